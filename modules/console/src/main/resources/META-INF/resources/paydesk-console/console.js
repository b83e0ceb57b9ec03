/*
 * Paydesk console: instants are rendered in UTC ("2026-11-25 00:35:34 UTC") so that a page reads
 * right without scripts; this shows them in the viewer's own time zone, keeping UTC in the title.
 * It watches the page, so rows a table loads later are shown the same way.
 */
(function () {
  "use strict";
  var UTC = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) UTC$/;
  var format = new Intl.DateTimeFormat(undefined, {
    year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short"
  });

  function localize(root) {
    var stamps = root.querySelectorAll ? root.querySelectorAll(".pd-time") : [];
    for (var i = 0; i < stamps.length; i++) {
      var el = stamps[i];
      var match = UTC.exec(el.textContent.trim());
      if (match) {
        el.title = el.textContent.trim();
        el.textContent = format.format(new Date(match[1] + "T" + match[2] + "Z"));
      }
    }
  }

  function start() {
    localize(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) {
            localize(node.parentNode || node);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
