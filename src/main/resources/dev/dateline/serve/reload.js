// Live reload for `dateline serve`. Served by the preview only; never part of a built site.
(function () {
  'use strict';
  var script = document.currentScript;
  var events = script.getAttribute('data-events');
  var version = script.getAttribute('data-version');
  var OVERLAY = 'dateline-build-errors';
  var source = null;

  function connect() {
    source = new EventSource(events + '?path=' + encodeURIComponent(location.pathname) +
        '&version=' + encodeURIComponent(version));
    source.onopen = function () { script.setAttribute('data-state', 'open'); };
    source.addEventListener('reload', function () {
      source.close();
      location.reload();
    });
    source.addEventListener('css', function (e) {
      var change = JSON.parse(e.data);
      hideErrors();
      if (swapStylesheets(change.renames)) {
        version = change.version;
      } else {
        source.close();
        location.reload();
      }
    });
    source.addEventListener('failed', function (e) { showErrors(e.data); });
    source.addEventListener('ok', hideErrors);
    source.onerror = function () {
      // The preview stopped or restarted: reconnect with this page's version, which tells the
      // preview whether the page went out of date meanwhile.
      script.setAttribute('data-state', 'closed');
      source.close();
      setTimeout(connect, 1000);
    };
  }

  function swapStylesheets(renames) {
    var swapped = false;
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var path = new URL(link.href, location.href).pathname;
      renames.forEach(function (rename) {
        if (path !== rename.from) {
          return;
        }
        // Load the new sheet beside the old one and drop the old one once it applies: no flash.
        var fresh = link.cloneNode();
        fresh.href = rename.to;
        fresh.onload = function () { link.remove(); };
        link.after(fresh);
        swapped = true;
      });
    });
    return swapped;
  }

  function showErrors(text) {
    var overlay = document.getElementById(OVERLAY);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = OVERLAY;
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;' +
          'padding:2rem;background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;';
      var title = document.createElement('p');
      title.style.cssText = 'margin:0 0 1rem;font-weight:bold;color:#ff8a80;';
      title.textContent = 'The site could not be rebuilt. Fix the content and save: this goes away by itself.';
      var pre = document.createElement('pre');
      pre.style.cssText = 'margin:0;white-space:pre-wrap;';
      overlay.appendChild(title);
      overlay.appendChild(pre);
      document.body.appendChild(overlay);
    }
    overlay.querySelector('pre').textContent = text;
  }

  function hideErrors() {
    var overlay = document.getElementById(OVERLAY);
    if (overlay) {
      overlay.remove();
    }
  }

  connect();
})();
