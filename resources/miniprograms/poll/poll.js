// A poll: anyone adds options; each person has one vote and may change it.
// The state is a pure function of the updates, so every member converges.
const options = [];            // option texts, sorted (the same on every device)
const votes = new Map();       // voter address -> option text
const names = new Map();       // voter address -> display name

function apply(update) {
  const p = update.payload;
  if (!p || typeof p !== "object") return;
  if (p.type === "option" && typeof p.text === "string" && !options.includes(p.text)) {
    options.push(p.text.slice(0, 80));
    options.sort();
  } else if (p.type === "vote" && typeof p.option === "string" && typeof p.addr === "string") {
    votes.set(p.addr, p.option);
    names.set(p.addr, String(p.name || p.addr));
  }
}

function tally() {
  return options.map((text) => [...votes.values()].filter((v) => v === text).length);
}

function render() {
  const list = document.getElementById("options");
  list.textContent = "";
  const counts = tally();
  options.forEach((text, index) => {
    const item = document.createElement("li");
    if (votes.get(webxdc.selfAddr) === text) item.className = "mine";
    const button = document.createElement("button");
    button.textContent = `${text} (${counts[index]})`;
    button.dataset.option = String(index);
    button.onclick = () => vote(text);
    item.appendChild(button);
    list.appendChild(item);
  });
  document.getElementById("status").textContent = `${votes.size} voted`;
}

function vote(text) {
  const info = `${webxdc.selfName} voted for ${text}`;
  return webxdc.sendUpdate(
    { payload: { type: "vote", option: text, addr: webxdc.selfAddr, name: webxdc.selfName },
      info, summary: `${votes.size + (votes.has(webxdc.selfAddr) ? 0 : 1)} voted` },
    info);
}

function addOption(text) {
  return webxdc.sendUpdate({ payload: { type: "option", text } }, "option added");
}

document.getElementById("add").onsubmit = (event) => {
  event.preventDefault();
  const field = document.getElementById("option");
  if (field.value.trim()) addOption(field.value.trim());
  field.value = "";
};

// For tests and for anyone driving the app: the state as plain data.
window.pollState = () => ({ options: [...options], counts: tally(), voters: votes.size });
window.pollVote = vote;
window.pollAddOption = addOption;

window.ready = webxdc.setUpdateListener((update) => { apply(update); render(); }, 0)
  .then(() => { render(); window.listening = true; });
