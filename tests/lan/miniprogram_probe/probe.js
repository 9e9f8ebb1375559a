// Tries every way out of the sandbox it knows. The page reads its targets from the URL
// fragment: #ip=10.77.0.2&name=probe.hutong.test&local=8081. Each attempt records whether
// the API even let it start; whether anything reached the network is measured outside.
const params = new URLSearchParams(location.hash.slice(1));
const IP = params.get("ip") || "10.77.0.2";
const NAME = params.get("name") || "probe.hutong.test";
const LOCAL = params.get("local") || "8081";
const results = [];
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A fresh frame has its own copies of the constructors: the guard may not reach it, the
// other layers must still hold.
function freshWindow() {
  const frame = document.createElement("iframe");
  frame.style.display = "none";
  document.body.appendChild(frame);
  return frame.contentWindow;
}

async function attempt(name, run) {
  try {
    const outcome = await Promise.race([Promise.resolve().then(run), pause(3000).then(() => "pending")]);
    results.push([name, "started", String(outcome).slice(0, 80)]);
  } catch (error) {
    results.push([name, "refused", String(error && error.message || error).slice(0, 80)]);
  }
}

function element(tag, attributes, parent = document.head) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  parent.appendChild(node);
  return node;
}

function peer(win, servers) {
  const Peer = win.RTCPeerConnection || win.webkitRTCPeerConnection;
  if (!Peer) throw new Error("no RTCPeerConnection");
  const connection = new Peer({ iceServers: servers, iceTransportPolicy: "all" });
  connection.createDataChannel("probe");
  return connection.createOffer().then((offer) => connection.setLocalDescription(offer))
    .then(() => pause(1500)).then(() => connection.localDescription && connection.localDescription.sdp.length);
}

async function probe() {
  const win = freshWindow();
  await attempt("fetch http ip", () => fetch(`http://${IP}/fetch`).then((r) => r.status));
  await attempt("fetch https ip", () => fetch(`https://${IP}/fetch`).then((r) => r.status));
  await attempt("fetch http name", () => fetch(`http://${NAME}/fetch`).then((r) => r.status));
  await attempt("fetch no-cors", () => fetch(`http://${IP}:8080/nocors`, { mode: "no-cors" }).then((r) => r.type));
  await attempt("fetch loopback", () => fetch(`http://127.0.0.1:${LOCAL}/loop`).then((r) => r.status));
  await attempt("fetch from fresh frame", () => win.fetch(`http://${IP}/frame-fetch`).then((r) => r.status));
  await attempt("xhr", () => new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("GET", `http://${IP}/xhr`);
    request.onload = () => resolve(request.status);
    request.onerror = () => reject(new Error("xhr error"));
    request.send();
  }));
  await attempt("websocket", () => new WebSocket(`ws://${IP}/ws`));
  await attempt("websocket fresh frame", () => new win.WebSocket(`ws://${IP}:8080/ws`));
  await attempt("websocket loopback fresh frame", () => new win.WebSocket(`ws://localhost:${LOCAL}/ws`));
  await attempt("eventsource", () => new EventSource(`http://${IP}/es`));
  await attempt("eventsource fresh frame", () => new win.EventSource(`http://${NAME}/es`));
  await attempt("webtransport fresh frame", () => new win.WebTransport(`https://${IP}:443/wt`).ready);
  await attempt("img", () => { element("img", { src: `http://${IP}/img.png` }, document.body); });
  await attempt("script", () => { element("script", { src: `http://${NAME}/s.js` }); });
  await attempt("iframe", () => { element("iframe", { src: `http://${IP}/frame` }, document.body); });
  await attempt("link preconnect", () => { element("link", { rel: "preconnect", href: `http://${IP}:8080/` }); });
  await attempt("link preconnect name", () => { element("link", { rel: "preconnect", href: `https://pre.${NAME}/` }); });
  await attempt("link dns-prefetch", () => { element("link", { rel: "dns-prefetch", href: `//dns.${NAME}` }); });
  await attempt("link prefetch", () => { element("link", { rel: "prefetch", href: `http://${IP}/prefetch` }); });
  await attempt("link stylesheet", () => { element("link", { rel: "stylesheet", href: `http://${IP}/s.css` }); });
  await attempt("css url()", () => { element("div", { style: `background-image: url(http://${IP}/bg.png); width: 9px; height: 9px` }, document.body); });
  await attempt("css @import", () => { element("style", {}).textContent = `@import url("http://${IP}/imp.css");`; });
  await attempt("css font", () => {
    element("style", {}).textContent = `@font-face { font-family: Probe; src: url("http://${NAME}/f.woff2"); }`;
    element("p", { style: "font-family: Probe" }, document.body).textContent = "font";
    return document.fonts.load("12px Probe").then((fonts) => fonts.length);
  });
  await attempt("video", () => { element("video", { src: `http://${IP}/v.mp4`, preload: "auto" }, document.body); });
  await attempt("webrtc stun udp", () => peer(window, [{ urls: `stun:${IP}:3478` }]));
  await attempt("webrtc stun udp fresh frame", () => peer(win, [{ urls: `stun:${IP}:3478` }]));
  await attempt("webrtc stun name fresh frame", () => peer(win, [{ urls: `stun:${NAME}:19302` }]));
  await attempt("webrtc turn udp fresh frame", () => peer(win, [{ urls: `turn:${IP}:3478?transport=udp`, username: "u", credential: "p" }]));
  await attempt("webrtc turn tcp fresh frame", () => peer(win, [{ urls: `turn:${IP}:3478?transport=tcp`, username: "u", credential: "p" }]));
  await attempt("webrtc turns tcp fresh frame", () => peer(win, [{ urls: `turns:${IP}:443?transport=tcp`, username: "u", credential: "p" }]));
  await attempt("webrtc host candidates fresh frame", () => peer(win, []));
  await attempt("sendBeacon", () => navigator.sendBeacon(`http://${IP}/beacon`, "x"));
  await attempt("sendBeacon fresh frame", () => win.navigator.sendBeacon(`http://${IP}:8080/beacon`, "x"));
  await attempt("window.open", () => String(window.open(`http://${IP}/open`)));
  await attempt("window.open fresh frame", () => String(win.open(`http://${NAME}/open`)));
  await attempt("service worker fresh frame", () => win.navigator.serviceWorker.register("sw.js"));
  await attempt("worker importScripts and fetch", () => {
    const source = `try { importScripts("http://${IP}/w.js"); } catch (e) {}
      fetch("http://${NAME}/worker-fetch").catch(() => 0);
      try { new WebSocket("ws://${IP}:8080/worker-ws"); } catch (e) {}
      try { new EventSource("http://${IP}/worker-es"); } catch (e) {}`;
    new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
    return pause(1000);
  });
  await attempt("form submit", () => {
    const form = element("form", { action: `http://${IP}/form`, method: "post", target: "sink" }, document.body);
    element("input", { name: "q", value: "1" }, form);
    form.submit();
  });
  await attempt("meta refresh in frame", () => {
    element("iframe", { srcdoc: `<meta http-equiv="refresh" content="0;url=http://${IP}/refresh">` }, document.body);
    return pause(500);
  });
  await attempt("link with ping", () => {
    const link = element("a", { href: "#x", ping: `http://${IP}/ping` }, document.body);
    link.click();
  });
  await attempt("other instance", () => fetch("webxdc://beef/index.html").then((r) => r.status));
  await attempt("external scheme", () => { location.href = "mailto:someone@example.org"; return pause(300); });
  await pause(3000);  // let anything delayed (preconnects, ICE gathering) go out
  await attempt("navigate away", () => { location.href = `http://${IP}/navigate`; return pause(1000); });
  window.probeResults = results;
  document.getElementById("status").textContent = `done: ${results.length} attempts`;
}

window.probeStarted = webxdc.setUpdateListener(() => {}, 0).then(probe);
