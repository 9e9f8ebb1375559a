// A shared checklist. Items are identified by their author and a counter; ticking an item is
// "last writer wins" by a Lamport clock (ties broken by address), so members converge even
// when two people tick and untick the same item at the same time.
const items = new Map();       // id -> {text, done, stamp: [clock, addr]}
let clock = 0;
let counter = 0;

const later = (a, b) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

function apply(p) {
  if (!p || typeof p !== "object" || typeof p.id !== "string" || !Number.isInteger(p.clock)) return;
  clock = Math.max(clock, p.clock);
  const stamp = [p.clock, String(p.addr)];
  if (p.type === "add" && typeof p.text === "string" && !items.has(p.id)) {
    items.set(p.id, { text: p.text.slice(0, 200), done: false, stamp });
  } else if (p.type === "tick" && items.has(p.id)) {
    const item = items.get(p.id);
    if (later(stamp, item.stamp)) { item.done = Boolean(p.done); item.stamp = stamp; }
  }
}

function render() {
  const list = document.getElementById("items");
  list.textContent = "";
  for (const [id, item] of [...items].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const row = document.createElement("li");
    row.className = item.done ? "done" : "";
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = id;
    box.checked = item.done;
    box.onchange = () => tick(id, box.checked);
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = item.text;
    row.append(box, label);
    list.appendChild(row);
  }
}

function add(text) {
  counter += 1;
  const id = `${webxdc.selfAddr}/${String(counter).padStart(6, "0")}`;
  return webxdc.sendUpdate({ payload: { type: "add", id, text, clock: ++clock, addr: webxdc.selfAddr },
    info: `${webxdc.selfName} added "${text}"` }, "item added");
}

function tick(id, done) {
  return webxdc.sendUpdate({ payload: { type: "tick", id, done, clock: ++clock, addr: webxdc.selfAddr } },
    done ? "item done" : "item reopened");
}

document.getElementById("add").onsubmit = (event) => {
  event.preventDefault();
  const field = document.getElementById("text");
  if (field.value.trim()) add(field.value.trim());
  field.value = "";
};

window.checklistState = () => [...items].sort((a, b) => (a[0] < b[0] ? -1 : 1))
  .map(([id, item]) => [id, item.text, item.done]);
window.checklistAdd = add;
window.checklistTick = tick;
window.ready = webxdc.setUpdateListener((update) => {
  apply(update.payload);
  if (update.payload && update.payload.addr === webxdc.selfAddr && update.payload.type === "add") {
    counter = Math.max(counter, Number(update.payload.id.split("/").pop()) || 0);
  }
  render();
}, 0).then(() => { render(); window.listening = true; });
