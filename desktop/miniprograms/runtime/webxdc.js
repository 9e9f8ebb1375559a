// window.webxdc for Hutong (https://webxdc.org/docs/spec/). Wrapped by the host in a function
// that receives `config` (selfAddr, selfName, limits) and `onChannel` (calls back with the
// QWebChannel's objects once it is open; channel.js). QtWebEngine delivers the channel's
// messages through the global `qt.webChannelTransport`, so it stays visible: an app can post
// raw channel messages, and the Python side validates every one of them.
(function (global, config, onChannel) {
  "use strict";
  let bridge = null;
  const waiting = [];
  const whenReady = function (call) {
    if (bridge) call(bridge); else waiting.push(call);
  };
  onChannel(function (objects) {
    bridge = objects.webxdc;
    bridge.updatesAvailable.connect(function () { pull(); });
    bridge.filesChosen.connect(function (request, text) { filesChosen(request, text); });
    while (waiting.length) waiting.shift()(bridge);
  });
  const call = function (method, argument) {
    return new Promise(function (resolve, reject) {
      whenReady(function (b) {
        b[method](argument, function (answer) {
          let parsed;
          try { parsed = JSON.parse(answer); } catch (error) { parsed = { error: "bad answer" }; }
          if (parsed && parsed.error) reject(new Error(parsed.error)); else resolve(parsed && parsed.ok);
        });
      });
    });
  };

  let listener = null;
  let lastSerial = 0;
  let pulling = false;
  let again = false;
  let listenerReady = null;
  const pull = function () {
    if (!listener) return;
    if (pulling) { again = true; return; }
    pulling = true;
    call("updatesSince", String(lastSerial)).then(function (updates) {
      for (const update of updates || []) {
        if (update.serial <= lastSerial) continue;
        lastSerial = update.serial;
        try { listener(update); } catch (error) { console.error(error); }
      }
      pulling = false;
      const more = again || (updates && updates.length > 0 &&
        updates[updates.length - 1].serial < updates[updates.length - 1].max_serial);
      again = false;
      if (more) { pull(); return; }
      if (listenerReady) { const ready = listenerReady; listenerReady = null; ready(); }
    }, function () { pulling = false; });
  };

  const pendingImports = new Map();
  let nextImport = 1;
  const filesChosen = function (request, text) {
    const done = pendingImports.get(request);
    if (!done) return;
    pendingImports.delete(request);
    let chosen = [];
    try { chosen = JSON.parse(text); } catch (error) { chosen = []; }
    done(chosen.map(function (file) {
      const bytes = Uint8Array.from(atob(file.base64), function (c) { return c.charCodeAt(0); });
      return new File([bytes], file.name, { type: file.type || "" });
    }));
  };

  const blobToBase64 = function (blob) {
    return new Promise(function (resolve, reject) {
      const reader = new FileReader();
      reader.onload = function () { resolve(String(reader.result).split(",", 2)[1] || ""); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsDataURL(blob);
    });
  };

  const webxdc = {
    selfAddr: config.selfAddr,
    selfName: config.selfName,
    sendUpdateInterval: config.sendUpdateInterval,
    sendUpdateMaxSize: config.sendUpdateMaxSize,
    sendUpdate: function (update, description) {
      let text;
      try { text = JSON.stringify(update); } catch (error) {
        return Promise.reject(new Error("the update is not JSON: " + error.message));
      }
      if (typeof text !== "string") return Promise.reject(new Error("the update is not JSON"));
      if (text.length > 4 * config.sendUpdateMaxSize) {
        return Promise.reject(new Error("the update is larger than sendUpdateMaxSize"));
      }
      return call("sendUpdate", text);
    },
    setUpdateListener: function (callback, serial) {
      listener = typeof callback === "function" ? callback : null;
      lastSerial = Number.isInteger(serial) && serial > 0 ? serial : 0;
      return new Promise(function (resolve) { listenerReady = resolve; pull(); });
    },
    getAllUpdates: async function () {
      const all = [];
      for (;;) {
        const batch = await call("updatesSince", String(all.length ? all[all.length - 1].serial : 0));
        all.push(...batch);
        const last = batch[batch.length - 1];
        if (!last || last.serial >= last.max_serial) return all;
      }
    },
    sendToChat: async function (message) {
      if (!message || typeof message !== "object") throw new Error("sendToChat needs a message object");
      const out = {};
      if (message.text !== undefined) out.text = String(message.text);
      if (message.file) {
        const file = message.file;
        out.file = { name: String(file.name || "") };
        if (file.blob instanceof Blob) out.file.base64 = await blobToBase64(file.blob);
        else if (typeof file.base64 === "string") out.file.base64 = file.base64;
        else if (typeof file.plainText === "string") out.file.plainText = file.plainText;
        else throw new Error("sendToChat: the file needs blob, base64 or plainText");
      }
      if (!out.text && !out.file) throw new Error("sendToChat needs a text or a file");
      return call("sendToChat", JSON.stringify(out));
    },
    importFiles: function (filter) {
      const wanted = {
        extensions: Array.isArray(filter && filter.extensions) ? filter.extensions.map(String) : [],
        mimeTypes: Array.isArray(filter && filter.mimeTypes) ? filter.mimeTypes.map(String) : [],
        multiple: Boolean(filter && filter.multiple),
      };
      const request = String(nextImport++);
      return new Promise(function (resolve, reject) {
        pendingImports.set(request, resolve);
        call("importFiles", JSON.stringify({ request: request, filter: wanted })).catch(function (error) {
          pendingImports.delete(request);
          reject(error);
        });
      });
    },
  };
  Object.freeze(webxdc);
  Object.defineProperty(global, "webxdc", { value: webxdc, writable: false, configurable: false });
})
