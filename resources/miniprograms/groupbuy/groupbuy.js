// Group buy: an organiser offers an item at a price per unit; members join with a quantity;
// the organiser asks everyone to pay (one Hutong payment request per member, sent in an
// update addressed to that member); each member pays, and says so in an update.
//
// The state is a pure function of the updates, so every member converges:
// - the offer: of concurrent offers, the one with the smallest (clock, address) wins, and
//   only its organiser's "close" and requests count (kept per sender until then);
// - a member's quantity: their latest "join" (one member's updates arrive in order);
// - "close" (sent by the organiser when asking to pay) carries the final list, so a join
//   that crosses it changes nothing anywhere;
// - requests, "paid" and "settled" (the organiser marks someone paid by hand, e.g. in cash,
//   which is how a group buy without a wallet currency is settled) are keyed by member.
"use strict";

const MAX_QUANTITY = 9999;
const MAX_PRICE = 1e11;        // minor units: a member's amount stays far below 2^53 (exact)
let offer = null;              // {addr, name, item, price, currency, deadline, clock}
const joins = new Map();       // member address -> {name, quantity}
const closes = new Map();      // organiser address -> [[addr, name, quantity]] (the final list)
const asked = new Map();       // organiser address -> Map(member address -> {amount, quantity, code})
const paid = new Map();        // member address -> transfer id (hex)
const settles = new Map();     // organiser address -> Set(member address) marked paid by hand
let clock = 0;
let currencies = null;         // the wallet's currencies once loaded, for the offer form

const text = (value, limit) => String(value ?? "").trim().slice(0, limit);
const isQuantity = (q) => Number.isInteger(q) && q >= 0 && q <= MAX_QUANTITY;
const closedList = () => (offer && closes.get(offer.addr)) || null;
const requestsOf = () => (offer && asked.get(offer.addr)) || new Map();
const settledOf = () => (offer && settles.get(offer.addr)) || new Set();
// Those who owe the organiser once the list is closed, and whether each has paid.
const owed = () => (closedList() || []).filter((o) => o[0] !== offer.addr && o[2] > 0);
const isPaid = (addr) => (paid.has(addr) && requestsOf().has(addr)) || settledOf().has(addr);
const paidCount = () => owed().filter((o) => isPaid(o[0])).length;

function apply(p) {
  if (!p || typeof p !== "object" || typeof p.addr !== "string") return;
  if (Number.isInteger(p.clock)) clock = Math.max(clock, p.clock);
  if (p.type === "offer") {
    const currency = readCurrency(p.currency);
    if (!currency || !Number.isSafeInteger(p.price) || p.price <= 0 || p.price > MAX_PRICE
      || !Number.isInteger(p.clock)) return;
    const candidate = { addr: p.addr, name: text(p.name, 80), item: text(p.item, 80),
      price: p.price, currency, deadline: text(p.deadline, 80), clock: p.clock };
    if (!offer || candidate.clock < offer.clock || (candidate.clock === offer.clock && candidate.addr < offer.addr)) {
      offer = candidate;
    }
  } else if (p.type === "join" && isQuantity(p.quantity)) {
    joins.set(p.addr, { name: text(p.name, 80), quantity: p.quantity });
  } else if (p.type === "close" && !closes.has(p.addr) && Array.isArray(p.orders)) {
    closes.set(p.addr, p.orders.filter((o) => Array.isArray(o) && typeof o[0] === "string" && isQuantity(o[2]))
      .map((o) => [o[0], text(o[1], 80), o[2]]));
  } else if (p.type === "request" && typeof p.to === "string" && Number.isSafeInteger(p.amount)
    && typeof p.code === "string") {
    if (!asked.has(p.addr)) asked.set(p.addr, new Map());
    asked.get(p.addr).set(p.to, { amount: p.amount, quantity: p.quantity, code: p.code, made: Number(p.made) });
    if (p.addr === webxdc.selfAddr) askedHere.delete(p.to);
  } else if (p.type === "paid" && typeof p.transfer === "string") {
    paid.set(p.addr, p.transfer.slice(0, 128));
  } else if (p.type === "settled" && typeof p.to === "string") {
    if (!settles.has(p.addr)) settles.set(p.addr, new Set());
    settles.get(p.addr).add(p.to);
  }
}

const byNameThenAddr = (a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : 1) : (a[1] < b[1] ? -1 : 1));

// Everyone who ordered something: [addr, name, quantity], final once closed. `mine`
// ({name, quantity}) stands in for this member's own join, to word an update before sending it.
function orders(mine = null) {
  const all = new Map(joins);
  if (mine) all.set(webxdc.selfAddr, mine);
  const list = closedList() || [...all].map(([addr, j]) => [addr, j.name, j.quantity]);
  return list.filter((o) => o[2] > 0).sort(byNameThenAddr);
}

function totals(mine = null) {
  const list = orders(mine);
  const units = list.reduce((sum, o) => sum + o[2], 0);
  return { units, amount: offer ? units * offer.price : 0, people: list.length };
}

function summary(mine = null) {
  const { units, amount, people } = totals(mine);
  return t("summary", people, units, offer.item, money(amount, offer.currency));
}

// --- Actions (each sends an update; the state changes only when it comes back) -------------
async function createOffer({ item, price, currency, deadline }) {
  const unitPrice = typeof price === "number" ? price : parseAmount(price, currency.digits);
  if (!text(item, 80)) throw new Error(t("need_item"));
  if (!unitPrice || unitPrice > MAX_PRICE) throw new Error(t("bad_amount", currency.digits));
  const payload = { type: "offer", addr: webxdc.selfAddr, name: webxdc.selfName, item: text(item, 80),
    price: unitPrice, currency, deadline: text(deadline, 80), clock: clock + 1 };
  const line = t("info_offer", webxdc.selfName, payload.item, money(unitPrice, currency));
  return webxdc.sendUpdate({ payload, info: line, summary: line, document: payload.item }, "");
}

async function join(quantity) {
  if (!offer) throw new Error(t("no_offer"));
  if (!isQuantity(quantity)) throw new Error(t("bad_quantity", MAX_QUANTITY));
  const payload = { type: "join", addr: webxdc.selfAddr, name: webxdc.selfName, quantity };
  const line = summary({ name: webxdc.selfName, quantity });
  const info = quantity ? t("info_join", webxdc.selfName, quantity, offer.item) : t("info_leave", webxdc.selfName);
  return webxdc.sendUpdate({ payload, info, summary: line }, "");
}

// Members this device asked or paid for, before those updates come back (a second click on a
// button that is still showing must not ask or pay twice).
const askedHere = new Set();
const paidHere = new Set();

// Those who owe and have no payment request yet, or one about to expire (the organiser pays
// nobody).
const unasked = () => (closedList() ? owed() : orders().filter(([addr]) => addr !== offer.addr))
  .filter(([addr]) => !isPaid(addr) && !askedHere.has(addr)
    && (!requestsOf().has(addr) || isStale(requestsOf().get(addr))));

// The organiser: closes the list (once) and sends one signed request per member who owes
// something. Every request is made before any update is sent, so a refusal (payments denied,
// no wallet) changes nothing; asking again later only asks those who have no request yet.
// An offer made without a wallet currency is only closed: the organiser collects by hand.
async function askToPay() {
  if (!offer || offer.addr !== webxdc.selfAddr) throw new Error(t("not_organiser"));
  const api = offer.currency.id ? await paymentsReady() : null;
  const closing = !closedList();
  const final = orders();
  const updates = [];
  if (closing) {
    const line = api ? "info_ask" : "info_close";
    updates.push({ payload: { type: "close", addr: webxdc.selfAddr, orders: final, clock: clock + 1 },
      info: t(line, webxdc.selfName, money(totals().amount, offer.currency)), summary: summary() });
  }
  for (const [addr, , quantity] of api ? unasked() : []) {
    const amount = quantity * offer.price;
    const memo = `${offer.item.slice(0, 40)} × ${quantity}`;
    const code = await api.createPaymentRequest({ currency: offer.currency.id, amount, memo });
    updates.push({ payload: { type: "request", addr: webxdc.selfAddr, to: addr, amount, quantity,
      code: String(code), made: Date.now() } });
  }
  for (const update of updates) if (update.payload.to) askedHere.add(update.payload.to);
  try {
    await sendAll(updates);
  } catch (error) {
    askedHere.clear();  // what did not go out can be asked again
    throw error;
  }
}

async function pay() {
  const request = requestsOf().get(webxdc.selfAddr);
  if (!request || paidHere.has(request.code)) throw new Error(t("nothing_to_pay"));
  const api = await paymentsReady();
  const answer = await api.requestPayment(request.code);
  paidHere.add(request.code);
  render();
  const transfer = String((answer && answer.transfer) || "");
  return sendAll([{ payload: { type: "paid", addr: webxdc.selfAddr, transfer },
    info: t("info_paid", webxdc.selfName, money(request.amount, offer.currency)),
    summary: t("summary_paid", paidCount() + 1, owed().length) }]);
}

// The organiser marks a member paid by hand (cash, or a payment made outside the app).
async function settle(addr) {
  if (!offer || offer.addr !== webxdc.selfAddr) throw new Error(t("not_organiser"));
  const order = owed().find((o) => o[0] === addr);
  if (!order) throw new Error(t("nothing_to_pay"));
  return sendAll([{ payload: { type: "settled", addr: webxdc.selfAddr, to: addr },
    info: t("info_settled", webxdc.selfName, order[1]),
    summary: t("summary_paid", paidCount() + (isPaid(addr) ? 0 : 1), owed().length) }]);
}

// --- Page -------------------------------------------------------------------------------------
const $ = (id) => document.getElementById(id);

function row(cells, className) {
  const tr = document.createElement("tr");
  if (className) tr.className = className;
  for (const cell of cells) {
    const td = document.createElement("td");
    if (cell instanceof Node) td.appendChild(cell); else td.textContent = cell;
    tr.appendChild(td);
  }
  return tr;
}

// The status cell: organiser / paid / marked paid / to pay, and for the organiser a button
// to mark someone paid by hand.
function status(addr) {
  const cell = document.createElement("span");
  if (!closedList()) return cell;
  if (addr === offer.addr) {
    cell.textContent = t("organiser");
  } else if (isPaid(addr)) {
    cell.textContent = paid.has(addr) && requestsOf().has(addr) ? t("paid") : t("settled");
  } else {
    cell.textContent = `${t("owes")} `;
    if (webxdc.selfAddr === offer.addr) {
      const mark = document.createElement("button");
      mark.className = "small";
      mark.dataset.settle = addr;
      mark.textContent = t("mark_paid");
      mark.addEventListener("click", () => attempt(mark, () => settle(addr)));
      cell.appendChild(mark);
    }
  }
  return cell;
}

function render() {
  $("start").hidden = Boolean(offer);
  $("offer").hidden = !offer;
  if (!offer) return;
  $("item").textContent = offer.item;
  $("price").textContent = t("price", money(offer.price, offer.currency));
  $("deadline").textContent = offer.deadline ? t("deadline", offer.deadline) : "";
  $("organiser-line").textContent = t("by", offer.name);
  const table = $("orders");
  table.textContent = "";
  for (const [addr, name, quantity] of orders()) {
    table.appendChild(row([name, String(quantity), money(quantity * offer.price, offer.currency), status(addr)],
      addr === webxdc.selfAddr ? "mine" : ""));
  }
  const { units, amount, people } = totals();
  $("total").textContent = t("total", people, units, money(amount, offer.currency));
  const closed = Boolean(closedList());
  $("join-form").hidden = closed;
  $("closed-line").hidden = !closed;
  const mine = joins.get(webxdc.selfAddr);
  if (mine && document.activeElement !== $("quantity")) $("quantity").value = String(mine.quantity);
  $("ask").textContent = offer.currency.id ? t("ask") : t("close_orders");
  $("ask").hidden = webxdc.selfAddr !== offer.addr || units === 0
    || (closed && (!offer.currency.id || !unasked().length));
  const request = requestsOf().get(webxdc.selfAddr);
  $("pay").hidden = !request || isPaid(webxdc.selfAddr) || paidHere.has(request.code);
  if (request) $("pay").textContent = t("pay", money(request.amount, offer.currency));
  $("progress").textContent = owed().length ? t("summary_paid", paidCount(), owed().length) : "";
}

async function showOfferForm() {
  $("start-button").hidden = true;
  $("offer-form").hidden = false;
  currencies = await fillCurrencyChoice($("currency"), $("symbol"));
}

const chosenCurrency = () => pickedCurrency(currencies, $("currency"), $("symbol"));

function wire() {
  translatePage();
  $("start-button").addEventListener("click", () => attempt($("start-button"), showOfferForm));
  $("offer-form").addEventListener("submit", (event) => {
    event.preventDefault();
    attempt($("create"), () => createOffer({ item: $("item-field").value, price: $("price-field").value,
      currency: chosenCurrency(), deadline: $("deadline-field").value }));
  });
  $("join-form").addEventListener("submit", (event) => {
    event.preventDefault();
    attempt($("join"), () => join(Number($("quantity").value)));
  });
  $("leave").addEventListener("click", () => attempt($("leave"), () => join(0)));
  $("ask").addEventListener("click", () => attempt($("ask"), askToPay));
  $("pay").addEventListener("click", () => attempt($("pay"), pay));
}

wire();

// For tests and for anyone driving the app: the state as plain data, and the actions.
window.groupbuyState = () => ({
  offer: offer && { item: offer.item, price: offer.price, organiser: offer.addr, currency: offer.currency },
  orders: orders(), ...totals(), closed: Boolean(closedList()),
  requests: Object.fromEntries([...requestsOf()].map(([addr, r]) => [addr, r.amount])),
  paid: Object.fromEntries([...paid].filter(([addr]) => requestsOf().has(addr))),
  settled: [...settledOf()].sort(),
  owing: owed().filter((o) => !isPaid(o[0])).map((o) => o[0]),
});
window.groupbuy = { createOffer, join, askToPay, pay, settle };

window.ready = webxdc.setUpdateListener((update) => { apply(update.payload); render(); }, 0)
  .then(() => { render(); window.listening = true; });
