// The test server puts this script first in the <head> of every HTML page it serves (and the
// file:// test inlines it), so that every engine, including WebKit driven over classic
// WebDriver (which reports no console messages), gives the tests the same view of a page:
// - `qshAll(selector)`: matches in the document and in every widget's shadow root;
// - `__e2e.problems`: console errors and warnings, uncaught exceptions, unhandled rejections;
// - `__e2e.violations`: Content-Security-Policy violations;
// - `__e2e.messages`: the data of every `message` event the window received;
// - `__e2e.dialogs`: alert/confirm/prompt calls (recorded, never shown: nothing may call them);
// - each canvas's `__e2eTexts`: every label of its last drawing, with its glyph box in
//   backing-store pixels measured by the engine's own `measureText`.
(function () {
  'use strict';
  if (window.__e2e) return;
  var e2e = (window.__e2e = { problems: [], violations: [], messages: [], dialogs: [], harvested: 0 });

  window.qshAll = function (selector, root) {
    root = root || document;
    var found = Array.prototype.slice.call(root.querySelectorAll(selector));
    root.querySelectorAll('[data-report-infographic]').forEach(function (host) {
      if (host.shadowRoot) found = found.concat(Array.prototype.slice.call(host.shadowRoot.querySelectorAll(selector)));
    });
    return found;
  };

  function text(value) {
    if (value instanceof Error) return value.message;
    if (typeof value === 'object' && value !== null) {
      try { return JSON.stringify(value); } catch (error) { return String(value); }
    }
    return String(value);
  }
  [['error', 'error'], ['warn', 'warning']].forEach(function (pair) {
    var original = console[pair[0]];
    console[pair[0]] = function () {
      e2e.problems.push(pair[1] + ': ' + Array.prototype.map.call(arguments, text).join(' '));
      return original.apply(this, arguments);
    };
  });
  window.addEventListener('error', function (event) {
    e2e.problems.push('pageerror: ' + (event.error ? text(event.error) : event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    e2e.problems.push('pageerror: ' + text(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    e2e.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber + ' ' + event.sample);
  });
  window.addEventListener('message', function (event) {
    e2e.messages.push(event.data);
  });
  ['alert', 'confirm', 'prompt'].forEach(function (name) {
    window[name] = function (message) {
      e2e.dialogs.push(name + ': ' + message);
    };
  });

  // Canvas labels. Assigning a canvas's width clears it, so the list starts again there.
  var width = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'width');
  Object.defineProperty(HTMLCanvasElement.prototype, 'width', {
    configurable: true,
    enumerable: width.enumerable,
    get: width.get,
    set: function (value) {
      this.__e2eTexts = [];
      width.set.call(this, value);
    },
  });
  // A chart drawn again into the backing store it kept (a resize of a few pixels, a new
  // language) starts by filling its background from the corner: the list starts again there.
  var fillRect = CanvasRenderingContext2D.prototype.fillRect;
  CanvasRenderingContext2D.prototype.fillRect = function (x, y) {
    if (this.canvas && x <= 0 && y <= 0) this.canvas.__e2eTexts = [];
    return fillRect.apply(this, arguments);
  };
  var fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (label, x, y) {
    var canvas = this.canvas;
    if (canvas && String(label).trim() !== '') {
      var metrics = this.measureText(label);
      var matrix = this.getTransform();
      var box = [x - metrics.actualBoundingBoxLeft, y - metrics.actualBoundingBoxAscent,
        x + metrics.actualBoundingBoxRight, y + metrics.actualBoundingBoxDescent];
      var a = matrix.transformPoint(new DOMPoint(box[0], box[1]));
      var b = matrix.transformPoint(new DOMPoint(box[2], box[3]));
      (canvas.__e2eTexts = canvas.__e2eTexts || []).push({
        text: String(label),
        font: this.font,
        box: [Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y)],
      });
    }
    return fillText.apply(this, arguments);
  };
})();
