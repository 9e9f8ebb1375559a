// Split the bill (AA): whoever paid enters the total and picks who shares it; the shares are
// equal (exact to the minor unit: the remainder goes one unit each to the first people of
// the list, see splitEvenly in shared.js) or typed in. With Hutong's wallet the payer's app
// creates one payment request per other person, sent in an update addressed to them; each
// pays with one click and says so in an update. Everyone sees who paid and who still owes.
//
// Everyone who opens the app says "hello" once, which is how the payer can pick them.
// Bills are keyed by "<payer address>/<counter>", requests, payments and "settled" (the payer
// marks someone paid by hand: cash, or a bill without a wallet currency) by (bill, member),
// so the state does not depend on the order concurrent updates arrive in.
"use strict";

const members = new Map();    // address -> display name (everyone who opened the app)
const bills = new Map();      // id -> {payer, payerName, title, currency, total, shares: [{addr, name, amount}]}
const requests = new Map();   // `${bill} ${member}` -> {code, made}
const paid = new Map();       // `${bill} ${member}` -> transfer id
const settled = new Set();    // `${bill} ${member}` marked paid by the bill's payer
let counter = 0;
let currencies = null;        // the wallet's currencies once loaded, for the bill form

const text = (value, limit) => String(value ?? "").trim().slice(0, limit);
const key = (bill, addr) => `${bill} ${addr}`;

function apply(p) {
  if (!p || typeof p !== "object" || typeof p.addr !== "string") return;
  if (p.type === "hello") {
    members.set(p.addr, text(p.name, 80) || p.addr);
  } else if (p.type === "bill" && typeof p.id === "string" && p.id.startsWith(`${p.addr}/`) && !bills.has(p.id)) {
    const currency = readCurrency(p.currency);
    const shares = Array.isArray(p.shares) ? p.shares.filter((s) => s && typeof s.addr === "string"
      && Number.isSafeInteger(s.amount) && s.amount >= 0).map((s) => ({ addr: s.addr, name: text(s.name, 80), amount: s.amount })) : [];
    const total = shares.reduce((sum, s) => sum + s.amount, 0);
    if (!currency || !shares.length || total !== p.total) return;
    bills.set(p.id, { payer: p.addr, payerName: text(p.name, 80), title: text(p.title, 80), currency, total, shares });
    if (p.addr === webxdc.selfAddr) counter = Math.max(counter, Number(p.id.split("/").pop()) || 0);
  } else if (p.type === "request" && typeof p.bill === "string" && typeof p.to === "string"
    && typeof p.code === "string" && p.bill.startsWith(`${p.addr}/`)) {
    requests.set(key(p.bill, p.to), { code: p.code, made: Number(p.made) });
    if (p.addr === webxdc.selfAddr) askedHere.delete(key(p.bill, p.to));
  } else if (p.type === "paid" && typeof p.bill === "string" && typeof p.transfer === "string") {
    paid.set(key(p.bill, p.addr), p.transfer.slice(0, 128));
  } else if (p.type === "settled" && typeof p.bill === "string" && typeof p.to === "string"
    && p.bill.startsWith(`${p.addr}/`)) {
    settled.add(key(p.bill, p.to));
  }
}

// The people who can share a bill, sorted by name (then address): the order of the shares.
function people() {
  return [...members].sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : 1) : (a[1] < b[1] ? -1 : 1)));
}

// Shares for `participants` ([[addr, name]]): equal, or `custom` (addr -> text amount).
function shares(total, participants, currency, custom = null) {
  if (!custom) {
    const amounts = splitEvenly(total, participants.length);
    return participants.map(([addr, name], index) => ({ addr, name, amount: amounts[index] }));
  }
  return participants.map(([addr, name]) => {
    const amount = parseAmount(custom[addr] ?? "", currency.digits);
    if (amount === null) throw new Error(t("bad_amount", currency.digits));
    return { addr, name, amount };
  });
}

const isSettled = (id, bill, addr) => addr === bill.payer || paid.has(key(id, addr))
  || settled.has(key(id, addr));
const owing = (id, bill) => bill.shares.filter((s) => s.amount > 0 && !isSettled(id, bill, s.addr));

function billSummary(id, bill) {
  const due = bill.shares.filter((s) => s.amount > 0 && s.addr !== bill.payer);
  return t("summary", bill.title, due.length - owing(id, bill).length, due.length);
}

// --- Actions ---------------------------------------------------------------------------------
async function sayHello() {
  return webxdc.sendUpdate({ payload: { type: "hello", addr: webxdc.selfAddr, name: webxdc.selfName } }, "");
}

// The payer: posts the bill, then (with the wallet) one request per person who owes.
// Without payments the bill is still shared: who owes what is the useful part.
async function createBill(input) {
  const { id, bill } = await postBill(input);
  return askToPay(id, bill);
}

async function postBill({ title, total, currency, participants, custom = null }) {
  const amount = typeof total === "number" ? total : parseAmount(total, currency.digits);
  if (!amount) throw new Error(t("bad_amount", currency.digits));
  const chosen = people().filter(([addr]) => participants.includes(addr));
  if (!chosen.length) throw new Error(t("need_people"));
  const split = shares(amount, chosen, currency, custom);
  const sum = split.reduce((s, share) => s + share.amount, 0);
  if (sum !== amount) throw new Error(t("bad_sum", money(sum, currency), money(amount, currency)));
  const id = `${webxdc.selfAddr}/${counter + 1}`;
  const name = text(title, 80) || t("default_title");
  const payload = { type: "bill", id, addr: webxdc.selfAddr, name: webxdc.selfName, title: name,
    currency, total: amount, shares: split };
  await webxdc.sendUpdate({ payload, info: t("info_bill", webxdc.selfName, name, money(amount, currency)),
    summary: t("summary", name, 0, split.filter((s) => s.amount > 0 && s.addr !== webxdc.selfAddr).length) }, "");
  counter += 1;
  return { id, bill: { payer: webxdc.selfAddr, payerName: webxdc.selfName, title: name, currency,
    total: amount, shares: split } };
}

// Bills this device asked or paid for, before those updates come back (a second click on a
// button that is still showing must not ask or pay twice).
const askedHere = new Set();
const paidHere = new Set();

// Those who owe on bill `id` and have no payment request yet, or one about to expire.
const unasked = (id, bill) => owing(id, bill).filter((s) => !askedHere.has(key(id, s.addr))
  && (!requests.has(key(id, s.addr)) || isStale(requests.get(key(id, s.addr)))));

// The payer: one signed request for each person who owes on bill `id` and has none yet, all
// made before any is sent (a refusal changes nothing).
async function askToPay(id, bill = bills.get(id)) {
  if (!bill || bill.payer !== webxdc.selfAddr) throw new Error(t("not_payer"));
  const api = await paymentsReady();
  if (!bill.currency.id) throw Object.assign(new Error(""), { code: "no_currency" });
  const owed = bills.has(id) ? unasked(id, bill) : bill.shares.filter((s) => s.amount > 0 && s.addr !== bill.payer);
  const updates = [];
  for (const share of owed) {
    const memo = bill.title.slice(0, 40);
    const code = await api.createPaymentRequest({ currency: bill.currency.id, amount: share.amount, memo });
    updates.push({ payload: { type: "request", addr: webxdc.selfAddr, bill: id, to: share.addr,
      code: String(code), made: Date.now() } });
  }
  for (const update of updates) askedHere.add(key(id, update.payload.to));
  try {
    await sendAll(updates);
  } catch (error) {
    for (const update of updates) askedHere.delete(key(id, update.payload.to));
    throw error;
  }
}

async function pay(id) {
  const bill = bills.get(id);
  const code = requests.get(key(id, webxdc.selfAddr))?.code;
  if (!bill || !code || paidHere.has(code)) throw new Error(t("nothing_to_pay"));
  const api = await paymentsReady();
  const answer = await api.requestPayment(code);
  paidHere.add(code);
  render();
  const share = bill.shares.find((s) => s.addr === webxdc.selfAddr);
  const due = bill.shares.filter((s) => s.amount > 0 && s.addr !== bill.payer).length;
  return sendAll([{ payload: { type: "paid", addr: webxdc.selfAddr, bill: id,
    transfer: String((answer && answer.transfer) || "") },
  info: t("info_paid", webxdc.selfName, money(share ? share.amount : 0, bill.currency), bill.payerName),
  summary: t("summary", bill.title, due - owing(id, bill).length + 1, due) }]);
}

// The payer marks someone paid by hand (cash, or a payment made outside the app).
async function settle(id, addr) {
  const bill = bills.get(id);
  if (!bill || bill.payer !== webxdc.selfAddr) throw new Error(t("not_payer"));
  const share = owing(id, bill).find((s) => s.addr === addr);
  if (!share) throw new Error(t("nothing_to_pay"));
  const due = bill.shares.filter((s) => s.amount > 0 && s.addr !== bill.payer).length;
  return sendAll([{ payload: { type: "settled", addr: webxdc.selfAddr, bill: id, to: addr },
    info: t("info_settled", webxdc.selfName, share.name),
    summary: t("summary", bill.title, due - owing(id, bill).length + 1, due) }]);
}

// --- Page -------------------------------------------------------------------------------------
const $ = (id) => document.getElementById(id);

function button(label, className, action) {
  const node = document.createElement("button");
  node.textContent = label;
  node.className = className;
  node.addEventListener("click", () => attempt(node, action));
  return node;
}

function renderBill(id, bill) {
  const card = document.createElement("article");
  card.className = "bill";
  card.dataset.bill = id;
  const title = document.createElement("h2");
  title.textContent = `${bill.title} · ${money(bill.total, bill.currency)}`;
  const by = document.createElement("p");
  by.className = "quiet";
  by.textContent = t("paid_by", bill.payerName);
  const list = document.createElement("ul");
  for (const share of bill.shares) {
    const line = document.createElement("li");
    let state = t("owes");
    if (share.addr === bill.payer) state = t("payer");
    else if (paid.has(key(id, share.addr))) state = t("paid");
    else if (settled.has(key(id, share.addr))) state = t("settled");
    else if (share.amount === 0) state = "";
    line.textContent = `${share.name}: ${money(share.amount, bill.currency)} ${state ? `(${state})` : ""}`;
    line.className = share.addr === webxdc.selfAddr ? "mine" : "";
    if (state === t("owes") && bill.payer === webxdc.selfAddr) {
      const mark = button(t("mark_paid"), "small", () => settle(id, share.addr));
      mark.dataset.settle = share.addr;
      line.append(" ", mark);
    }
    list.appendChild(line);
  }
  card.append(title, by, list);
  const mine = key(id, webxdc.selfAddr);
  const myShare = bill.shares.find((s) => s.addr === webxdc.selfAddr);
  if (requests.has(mine) && !paid.has(mine) && !settled.has(mine) && !paidHere.has(requests.get(mine).code)
    && myShare) {
    card.appendChild(button(t("pay", money(myShare.amount, bill.currency), bill.payerName), "pay", () => pay(id)));
  }
  if (bill.payer === webxdc.selfAddr && unasked(id, bill).length && bill.currency.id) {
    card.appendChild(button(t("ask"), "ask", () => askToPay(id)));
  }
  const progress = document.createElement("p");
  progress.textContent = billSummary(id, bill);
  card.appendChild(progress);
  return card;
}

function render() {
  $("members").textContent = t("members", people().map(([, name]) => name).join(", "));
  const list = $("bills");
  list.textContent = "";
  for (const [id, bill] of [...bills].reverse()) list.appendChild(renderBill(id, bill));
  $("empty").hidden = bills.size > 0;
  if (!$("bill-form").hidden) renderParticipants();
}

// The form's participant rows: a box each (everyone ticked at first) and, for custom
// shares, an amount field; the preview shows the shares the bill would have.
function renderParticipants() {
  const box = $("participants");
  const before = new Map([...box.querySelectorAll("[data-addr]")].map((row) => [row.dataset.addr, row]));
  for (const [addr, name] of people()) {
    if (before.has(addr)) continue;
    const row = document.createElement("label");
    row.dataset.addr = addr;
    const tick = document.createElement("input");
    tick.type = "checkbox";
    tick.checked = true;
    const amount = document.createElement("input");
    amount.className = "custom";
    amount.inputMode = "decimal";
    amount.size = 8;
    const label = document.createElement("span");
    label.textContent = ` ${name} `;
    row.append(tick, label, amount);
    box.appendChild(row);
  }
  const custom = $("custom-mode").checked;
  for (const field of box.querySelectorAll(".custom")) field.hidden = !custom;
  preview();
}

function formInput() {
  const participants = [...$("participants").querySelectorAll("[data-addr]")]
    .filter((row) => row.querySelector("input[type=checkbox]").checked).map((row) => row.dataset.addr);
  let custom = null;
  if ($("custom-mode").checked) {
    custom = Object.fromEntries([...$("participants").querySelectorAll("[data-addr]")]
      .map((row) => [row.dataset.addr, row.querySelector(".custom").value]));
  }
  return { title: $("title-field").value, total: $("total-field").value, currency: chosenCurrency(), participants, custom };
}

function preview() {
  const input = formInput();
  const total = parseAmount(input.total, input.currency.digits);
  const chosen = people().filter(([addr]) => input.participants.includes(addr));
  let line = "";
  try {
    if (total && chosen.length) {
      line = shares(total, chosen, input.currency, input.custom)
        .map((s) => `${s.name} ${money(s.amount, input.currency)}`).join(" · ");
    }
  } catch (error) {
    line = error.message;
  }
  $("preview").textContent = line;
}

async function showBillForm() {
  $("new-bill").hidden = true;
  $("bill-form").hidden = false;
  currencies = await fillCurrencyChoice($("currency"), $("symbol"));
  renderParticipants();
}

const chosenCurrency = () => pickedCurrency(currencies, $("currency"), $("symbol"));

function wire() {
  translatePage();
  $("new-bill").addEventListener("click", () => attempt($("new-bill"), showBillForm));
  $("bill-form").addEventListener("input", preview);
  $("bill-form").addEventListener("change", renderParticipants);
  $("bill-form").addEventListener("submit", (event) => {
    event.preventDefault();
    attempt($("share"), async () => {
      const { id, bill } = await postBill(formInput());
      $("bill-form").hidden = true;
      $("new-bill").hidden = false;
      $("title-field").value = "";
      $("total-field").value = "";
      await askToPay(id, bill);
    });
  });
}

wire();

// For tests and for anyone driving the app: the state as plain data, and the actions.
window.splitState = () => ({
  members: people(),
  bills: [...bills].map(([id, bill]) => ({ id, title: bill.title, payer: bill.payer, total: bill.total,
    shares: bill.shares.map((s) => [s.addr, s.amount]),
    requested: bill.shares.filter((s) => requests.has(key(id, s.addr))).map((s) => s.addr),
    paid: bill.shares.filter((s) => paid.has(key(id, s.addr))).map((s) => s.addr),
    settled: bill.shares.filter((s) => settled.has(key(id, s.addr))).map((s) => s.addr),
    owing: owing(id, bill).map((s) => s.addr) })),
});
window.splitbill = { createBill, askToPay, pay, settle, splitEvenly, parseAmount, formatAmount };

window.ready = webxdc.setUpdateListener((update) => { apply(update.payload); render(); }, 0)
  .then(() => {
    render();
    window.listening = true;
    if (!members.has(webxdc.selfAddr)) return sayHello();
  });
