// Hutong mini-program guard: runs before any script of the app, in every frame it can reach.
// It removes the web APIs that open connections of their own. It is one layer of several:
// the request interceptor, the CSP header and Chromium's switches (no DNS, no non-proxied
// UDP for WebRTC, a dead proxy) hold even if an app finds a frame this script did not reach.
(function (global) {
  "use strict";
  const gone = function () {
    throw new DOMException("Mini-programs cannot use the network", "SecurityError");
  };
  const remove = function (target, name, replacement) {
    try {
      Object.defineProperty(target, name, {
        value: replacement, writable: false, configurable: false, enumerable: false,
      });
    } catch (error) { /* already locked: it was removed before */ }
  };
  const constructors = [
    "RTCPeerConnection", "webkitRTCPeerConnection", "RTCDataChannel", "RTCIceCandidate",
    "RTCSessionDescription", "RTCRtpSender", "RTCRtpReceiver", "RTCRtpTransceiver",
    "RTCDtlsTransport", "RTCIceTransport", "RTCSctpTransport", "RTCCertificate",
    "WebSocket", "WebSocketStream", "WebTransport", "EventSource", "PresentationRequest",
    "SharedWorker",
  ];
  for (const name of constructors) remove(global, name, undefined);
  const nav = global.navigator;
  if (nav) {
    const proto = Object.getPrototypeOf(nav);
    remove(proto, "sendBeacon", function () { return false; });
    for (const name of ["serviceWorker", "mediaDevices", "geolocation", "usb", "hid",
      "serial", "bluetooth", "xr", "presentation", "credentials", "share",
      "canShare", "registerProtocolHandler", "getUserMedia", "webkitGetUserMedia",
      "requestMIDIAccess", "requestMediaKeySystemAccess", "storage"]) {
      remove(proto, name, undefined);
    }
  }
  remove(global, "open", function () { return null; });
  if (global.Notification) remove(global, "Notification", undefined);
  if (global.PaymentRequest) remove(global, "PaymentRequest", undefined);
  remove(global, "showOpenFilePicker", gone);
  remove(global, "showSaveFilePicker", gone);
  remove(global, "showDirectoryPicker", gone);
})(window);
