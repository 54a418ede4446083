// For host pages that embed the infographic in an <iframe data-report-frame>: sets each
// frame's height to the height its content reports. The widget posts its height in
// Datawrapper's, pym.js's and AMP's formats; any of them is enough here.
(function () {
  'use strict';
  var MAX_HEIGHT = 100000;

  function heightFrom(data) {
    if (typeof data === 'string') {
      // pym.js: pymxPYMx<childId>xPYMxheightxPYMx<height>
      var parts = data.split('xPYMx');
      return parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height' ? Number(parts[3]) : null;
    }
    if (data && typeof data === 'object') {
      if (data.sentinel === 'amp' && data.type === 'embed-size') return Number(data.height);
      var heights = data['datawrapper-height'];
      if (heights && typeof heights === 'object') {
        for (var id in heights) return Number(heights[id]);
      }
    }
    return null;
  }

  // Full width and no border, set here rather than in a style attribute so that a strict CSP
  // on the host page has nothing to block.
  function fitWidth() {
    var frames = document.querySelectorAll('iframe[data-report-frame]');
    for (var i = 0; i < frames.length; i++) {
      frames[i].style.width = '100%';
      frames[i].style.border = '0';
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fitWidth);
  else fitWidth();

  window.addEventListener('message', function (event) {
    var height = heightFrom(event.data);
    if (!(height >= 0 && height <= MAX_HEIGHT)) return;
    var frames = document.querySelectorAll('iframe[data-report-frame]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });
})();
