// window.hutong: Hutong's own API beside webxdc (docs/miniprograms.md). Each call is sent as
// one JSON text {method, args} to the bridge's `call(id, text)` slot, which answers at once
// ({ok} or {error: {code, message}}) or, when a native prompt must be answered first, with
// {pending: true} and later through the `answered(id, text)` signal.
(function (global, onChannel) {
  "use strict";
  let bridge = null;
  let opened = false;
  const waiting = [];
  const pending = new Map();
  let next = 1;

  const failure = function (error) {
    const result = new Error(String((error && error.message) || "the call failed"));
    result.code = String((error && error.code) || "failed");
    return result;
  };
  const settle = function (id, text) {
    const done = pending.get(id);
    if (!done) return;
    pending.delete(id);
    let parsed = null;
    try { parsed = JSON.parse(text); } catch (error) { parsed = null; }
    if (!parsed || typeof parsed !== "object") {
      done.reject(failure({ code: "failed", message: "the answer was unreadable" }));
    } else if (parsed.error) {
      done.reject(failure(parsed.error));
    } else {
      done.resolve(parsed.ok === undefined ? null : parsed.ok);
    }
  };
  onChannel(function (objects) {
    bridge = objects.hutong || null;
    opened = true;
    if (bridge) bridge.answered.connect(function (id, text) { settle(id, text); });
    while (waiting.length) waiting.shift()();
  });

  const call = function (method, args) {
    let text;
    try {
      text = JSON.stringify({ method: method, args: args === undefined ? null : args });
    } catch (error) {
      return Promise.reject(failure({ code: "invalid", message: "the arguments are not JSON" }));
    }
    return new Promise(function (resolve, reject) {
      const send = function () {
        if (!bridge) {
          reject(failure({ code: "unavailable", message: "window.hutong is not available here" }));
          return;
        }
        const id = String(next++);
        pending.set(id, { resolve: resolve, reject: reject });
        bridge.call(id, text, function (answer) {
          let parsed = null;
          try { parsed = JSON.parse(answer); } catch (error) { parsed = null; }
          if (parsed && parsed.pending === true) return;  // the answer comes with `answered`
          settle(id, answer);
        });
      };
      if (opened) send(); else waiting.push(send);
    });
  };

  const hutong = {
    capabilities: function () { return call("capabilities"); },
    getProfile: function () { return call("getProfile"); },
    storage: Object.freeze({
      get: function (key) { return call("storage.get", { key: key }); },
      set: function (key, value) { return call("storage.set", { key: key, value: value }); },
      remove: function (key) { return call("storage.remove", { key: key }); },
      keys: function () { return call("storage.keys"); },
    }),
    wallet: Object.freeze({
      currencies: function () { return call("wallet.currencies"); },
    }),
    createPaymentRequest: function (request) { return call("createPaymentRequest", request); },
    requestPayment: function (code) { return call("requestPayment", { code: code }); },
    shareToChat: function (card) { return call("shareToChat", card); },
  };
  Object.freeze(hutong);
  Object.defineProperty(global, "hutong", { value: hutong, writable: false, configurable: false });
})
