// Shared by the group buy and split-the-bill apps: the same file in both packages (a test
// checks that the copies are identical). Money is always an integer number of minor units
// (fen, cents): "12.50" in a currency with 2 digits is 1250, never the float 12.5.
"use strict";

// --- Words: English, Chinese or French, from navigator.language ---------------------------
const LOCALE = (() => {
  const lang = String(navigator.language || "en").toLowerCase();
  if (lang.startsWith("zh")) return "zh_CN";
  if (lang.startsWith("fr")) return "fr";
  return "en";
})();
const WORDS = { en: {}, zh_CN: {}, fr: {} };

function addWords(table) {
  for (const locale of Object.keys(WORDS)) Object.assign(WORDS[locale], table[locale] || {});
}

// t("owes", "Ben", "¥3.00") fills %1, %2... in the current language (English if missing).
function t(key, ...args) {
  const text = WORDS[LOCALE][key] ?? WORDS.en[key] ?? key;
  return text.replace(/%(\d)/g, (_, n) => String(args[Number(n) - 1] ?? ""));
}

// Elements with data-t="key" get their text, data-placeholder="key" their placeholder.
function translatePage() {
  document.documentElement.lang = LOCALE.replace("_", "-");
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll("[data-placeholder]")) {
    node.placeholder = t(node.dataset.placeholder);
  }
}

// --- Money ----------------------------------------------------------------------------------
// "12.5", "12,50" or "12" -> minor units; null for anything else (signs, letters, too many
// decimals, amounts beyond what a double holds exactly).
function parseAmount(text, digits) {
  const match = /^(\d{1,15})(?:[.,](\d*))?$/.exec(String(text).trim());
  if (!match) return null;
  const fraction = match[2] || "";
  if (fraction.length > digits) return null;
  const units = BigInt(match[1]) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
  return units <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(units) : null;
}

// 1250, 2 -> "12.50"
function formatAmount(minor, digits) {
  const sign = minor < 0 ? "-" : "";
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  return digits > 0 ? `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}` : sign + text;
}

// A currency is {id: hex or null, name, symbol, digits}; id is null when the wallet is absent.
// A sign goes before the amount (¥12.50), a code after it (12.50 MEAL), as the wallet shows it.
function money(minor, currency) {
  const amount = formatAmount(minor, currency.digits);
  const symbol = currency.symbol || currency.name;
  if (!symbol) return amount;
  return /^[A-Za-z]{2,}$/.test(symbol) ? `${amount} ${symbol}` : `${symbol}${amount}`;
}

// An equal split of `total` minor units among `count` people, exact to the unit: everyone
// gets floor(total / count) and the remainder goes one unit each to the first people of
// the list. 10000 / 3 -> [3334, 3333, 3333].
function splitEvenly(total, count) {
  if (!Number.isSafeInteger(total) || total < 0 || !Number.isInteger(count) || count < 1) return [];
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < extra ? 1 : 0));
}

// A currency as it travels in an update, or null if the payload's one is malformed.
function readCurrency(value) {
  if (!value || typeof value !== "object") return null;
  const digits = value.digits;
  if (!Number.isInteger(digits) || digits < 0 || digits > 8) return null;
  return {
    id: typeof value.id === "string" && /^[0-9a-f]{1,128}$/.test(value.id) ? value.id : null,
    name: String(value.name || "").slice(0, 40),
    symbol: String(value.symbol || "").slice(0, 8),
    digits,
  };
}

// --- Sending ---------------------------------------------------------------------------------
// Sends updates in order, waiting and trying again when Hutong says the app sends too fast
// (a burst of 60, then 20 a second): asking forty people to pay is forty-one updates.
async function sendAll(updates) {
  for (const update of updates) {
    for (let tries = 1; ; tries += 1) {
      try {
        await webxdc.sendUpdate(update, "");
        break;
      } catch (error) {
        if (tries >= 30 || !/too many updates/.test(String(error && error.message))) throw error;
        await new Promise((resolve) => setTimeout(resolve, webxdc.sendUpdateInterval || 1000));
      }
    }
  }
}

// A payment request is valid 24 hours; after 23 its maker may ask again (a fresh request).
const REQUEST_STALE_MS = 23 * 3600 * 1000;
const isStale = (request) => Number.isFinite(request.made) && Date.now() - request.made > REQUEST_STALE_MS;

// --- window.hutong: optional; every part of the apps but paying works without it ----------
function hutongPayments() {
  const api = window.hutong;
  return api && typeof api.requestPayment === "function" && typeof api.createPaymentRequest === "function"
    && api.wallet && typeof api.wallet.currencies === "function" ? api : null;
}

// window.hutong if this Hutong can pay, else an Error with a .code: "absent" when there is
// no window.hutong at all, "unavailable" when it exists but nothing answers it (a host
// without the wallet). capabilities() needs no permission, so this never prompts.
async function paymentsReady() {
  const api = hutongPayments();
  if (!api) throw Object.assign(new Error("window.hutong is absent"), { code: "absent" });
  if (typeof api.capabilities === "function") await api.capabilities();
  return api;
}

// The joined wallet currencies (the first use asks the person to allow payments).
async function walletCurrencies() {
  const api = await paymentsReady();
  const found = await api.wallet.currencies();
  return (Array.isArray(found) ? found : []).map(readCurrency).filter((c) => c && c.id);
}

// One line for a person from a failed action: a hutong call's code in words, else the message.
function paymentErrorText(error) {
  const code = error && error.code;
  if (!code && error instanceof Error && error.message) return error.message;
  if (code === "unavailable") return t("error_absent");  // window.hutong without a bridge
  const known = ["absent", "denied", "not_declared", "cancelled", "invalid", "refused", "no_currency"];
  if (known.includes(code)) return t(`error_${code}`, (error && error.message) || "");
  return t("error_other", (error && error.message) || String(error));
}

// --- Page helpers (both pages have a #notice paragraph) ---------------------------------------
function notify(message) {
  const notice = document.getElementById("notice");
  notice.textContent = message || "";
  notice.hidden = !message;
}

// Runs a click's action once at a time (a double click does not post twice), showing failures.
function attempt(button, action) {
  if (button.disabled) return Promise.resolve();
  notify("");
  button.disabled = true;
  return Promise.resolve().then(action).catch((error) => notify(paymentErrorText(error)))
    .finally(() => { button.disabled = false; });
}

// Fills a currency <select> with the wallet's currencies. Without any (no wallet, payments
// not allowed, none joined) the typed-symbol field shows instead, and the notice says why.
async function fillCurrencyChoice(select, symbolField) {
  select.textContent = "";
  let found = [];
  try {
    found = await walletCurrencies();
    if (!found.length) notify(t("no_currencies"));
  } catch (error) {
    notify(paymentErrorText(error));
  }
  for (const [index, currency] of found.entries()) {
    select.appendChild(new Option(`${currency.symbol} ${currency.name}`.trim(), String(index)));
  }
  select.hidden = !found.length;
  symbolField.hidden = Boolean(found.length);
  return found;
}

// The currency picked in that form: a wallet currency, or a typed symbol with 2 decimals
// (such an offer or bill works, but cannot be paid through Hutong).
function pickedCurrency(found, select, symbolField) {
  if (found && found.length) return found[Number(select.value) || 0];
  return { id: null, name: "", symbol: String(symbolField.value).trim().slice(0, 8) || "¥", digits: 2 };
}

addWords({
  en: {
    no_currencies: "Join a currency in your wallet to be paid through Hutong.",
    error_absent: "Payments are not available in this version of Hutong; everything else still works.",
    error_denied: "Payments are turned off for this mini-program (you can allow them in the window's Permissions menu).",
    error_not_declared: "This mini-program did not declare payments.",
    error_cancelled: "Payment cancelled.",
    error_invalid: "This payment request is not valid any more: %1",
    error_refused: "The wallet refused the payment: %1",
    error_no_currency: "This was set up without a wallet currency, so it cannot be paid through Hutong.",
    error_other: "Something went wrong: %1",
    bad_amount: "Enter an amount like 12.50 (at most %1 decimals).",
  },
  zh_CN: {
    no_currencies: "在钱包中加入一种货币，才能通过互通收款。",
    error_absent: "此版本的互通不支持付款；其他功能照常可用。",
    error_denied: "此小程序的付款权限已关闭（可在窗口的“权限”菜单中重新允许）。",
    error_not_declared: "此小程序没有声明付款权限。",
    error_cancelled: "付款已取消。",
    error_invalid: "此付款请求已失效：%1",
    error_refused: "钱包拒绝了这笔付款：%1",
    error_no_currency: "创建时没有选择钱包货币，因此无法通过互通付款。",
    error_other: "出错了：%1",
    bad_amount: "请输入类似 12.50 的金额（最多 %1 位小数）。",
  },
  fr: {
    no_currencies: "Rejoignez une monnaie dans votre portefeuille pour être payé par Hutong.",
    error_absent: "Les paiements ne sont pas disponibles dans cette version de Hutong ; le reste fonctionne.",
    error_denied: "Les paiements sont désactivés pour ce mini-programme (autorisez-les dans le menu Autorisations de la fenêtre).",
    error_not_declared: "Ce mini-programme n'a pas déclaré les paiements.",
    error_cancelled: "Paiement annulé.",
    error_invalid: "Cette demande de paiement n'est plus valable : %1",
    error_refused: "Le portefeuille a refusé le paiement : %1",
    error_no_currency: "Créé sans monnaie du portefeuille : impossible de payer par Hutong.",
    error_other: "Une erreur s'est produite : %1",
    bad_amount: "Saisissez un montant comme 12,50 (au plus %1 décimales).",
  },
});
