// A poll: anyone sets the question and adds options; each person has one vote and may change
// it. The state is a pure function of the updates, so every member converges: options are a
// sorted set, votes "my latest choice" per address, and the question "last writer wins" by a
// Lamport clock (ties broken by address).
const options = [];            // option texts, sorted (the same on every device)
const votes = new Map();       // voter address -> option text
const names = new Map();       // voter address -> display name
let question = null;           // {text, stamp: [clock, addr]}
let clock = 0;

const WORDS = {
  en: { question: "What shall we choose?", add: "Add", option: "Add an option", ask: "Change the question",
    voted: "%1 voted", info_vote: "%1 voted for %2", info_option: "%1 added \"%2\"",
    info_question: "%1 asked: %2" },
  zh_CN: { question: "我们选什么？", add: "添加", option: "添加选项", ask: "修改问题",
    voted: "%1 人已投票", info_vote: "%1 投给了 %2", info_option: "%1 添加了“%2”",
    info_question: "%1 提问：%2" },
  fr: { question: "Que choisissons-nous ?", add: "Ajouter", option: "Ajouter une option",
    ask: "Changer la question", voted: "%1 votes", info_vote: "%1 a voté pour %2",
    info_option: "%1 a ajouté « %2 »", info_question: "%1 demande : %2" },
};
const lang = String(navigator.language || "en").toLowerCase();
const words = WORDS[lang.startsWith("zh") ? "zh_CN" : lang.startsWith("fr") ? "fr" : "en"];
const t = (key, ...args) => words[key].replace(/%(\d)/g, (_, n) => String(args[Number(n) - 1]));
const later = (a, b) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

function apply(update) {
  const p = update.payload;
  if (!p || typeof p !== "object") return;
  if (Number.isInteger(p.clock)) clock = Math.max(clock, p.clock);
  if (p.type === "option" && typeof p.text === "string") {
    const text = p.text.slice(0, 80);
    if (!options.includes(text)) { options.push(text); options.sort(); }
  } else if (p.type === "vote" && typeof p.option === "string" && typeof p.addr === "string") {
    votes.set(p.addr, p.option);
    names.set(p.addr, String(p.name || p.addr));
  } else if (p.type === "question" && typeof p.text === "string" && Number.isInteger(p.clock)) {
    const stamp = [p.clock, String(p.addr)];
    if (!question || later(stamp, question.stamp)) question = { text: p.text.slice(0, 200), stamp };
  }
}

function tally() {
  return options.map((text) => [...votes.values()].filter((v) => v === text).length);
}

function render() {
  document.getElementById("question").textContent = question ? question.text : t("question");
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
  document.getElementById("status").textContent = t("voted", votes.size);
}

function vote(text) {
  const info = t("info_vote", webxdc.selfName, text);
  return webxdc.sendUpdate(
    { payload: { type: "vote", option: text, addr: webxdc.selfAddr, name: webxdc.selfName },
      info, summary: t("voted", votes.size + (votes.has(webxdc.selfAddr) ? 0 : 1)) },
    info);
}

function addOption(text) {
  return webxdc.sendUpdate({ payload: { type: "option", text },
    info: t("info_option", webxdc.selfName, text.slice(0, 80)) }, "option added");
}

function ask(text) {
  const payload = { type: "question", text: text.slice(0, 200), clock: clock + 1, addr: webxdc.selfAddr };
  return webxdc.sendUpdate({ payload, info: t("info_question", webxdc.selfName, payload.text),
    document: payload.text }, "question");
}

document.getElementById("option").placeholder = t("option");
document.getElementById("add-button").textContent = t("add");
document.getElementById("ask-button").textContent = t("ask");
document.getElementById("add").onsubmit = (event) => {
  event.preventDefault();
  const field = document.getElementById("option");
  if (field.value.trim()) addOption(field.value.trim());
  field.value = "";
};
document.getElementById("ask-form").onsubmit = (event) => {
  event.preventDefault();
  const field = document.getElementById("ask-field");
  if (field.value.trim()) ask(field.value.trim());
  field.value = "";
};

// For tests and for anyone driving the app: the state as plain data.
window.pollState = () => ({ options: [...options], counts: tally(), voters: votes.size });
window.pollQuestion = () => (question ? question.text : null);
window.pollVote = vote;
window.pollAddOption = addOption;
window.pollAsk = ask;

window.ready = webxdc.setUpdateListener((update) => { apply(update); render(); }, 0)
  .then(() => { render(); window.listening = true; });
