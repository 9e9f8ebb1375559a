// Opens the page's one QWebChannel and hands its objects to each part of the runtime
// (window.webxdc, window.hutong) once it is open. Returns `onChannel(callback)`.
(function (global, QWebChannel) {
  "use strict";
  const transport = global.qt && global.qt.webChannelTransport;
  let objects = null;
  const waiting = [];
  if (transport) {
    new QWebChannel(transport, function (channel) {
      objects = channel.objects;
      while (waiting.length) waiting.shift()(objects);
    });
  }
  return function (callback) {
    if (objects) callback(objects); else waiting.push(callback);
  };
})
