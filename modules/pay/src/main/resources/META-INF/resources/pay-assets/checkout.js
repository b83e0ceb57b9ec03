/*
 * The buyer's page, live: follows the checkout through the API's event stream (polling when the
 * stream is unavailable), swaps in the server's fresh rendering of #checkout when it changes and
 * announces the new state; ticks the countdown; copies amount, address and memo. Without this
 * file the page still works: it refreshes itself while something can change.
 */
(function () {
  'use strict';

  var POLL_MS = 5000;
  var SLOW_POLL_MS = 30000;
  var root = document.getElementById('checkout');
  var announce = document.getElementById('announce');
  if (!root) {
    return;
  }
  var stream = null;
  var poller = null;
  var ticker = null;
  var fetching = false;
  /* the countdown ended here: the page no longer asks for money, whatever a late server says */
  var expiredHere = false;

  function refresh() {
    if (fetching) {
      return;
    }
    fetching = true;
    fetch(window.location.href, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var next = page.getElementById('checkout');
        if (!next) {
          return;
        }
        /* "already paid?" goes once the checkout no longer waits for money (its answer stays) */
        var rescan = document.getElementById('rescan');
        if (rescan && !page.getElementById('rescan') && !document.getElementById('rescan-answer')) {
          rescan.hidden = true;
        }
        var before = root.getAttribute('data-screen');
        var asking = next.getAttribute('data-screen');
        if (expiredHere && (asking === 'awaiting-payment' || asking === 'underpaid')) {
          /* a server a moment behind the buyer's clock: not back to asking for money, ask again */
          window.setTimeout(refresh, 2000);
          return;
        }
        var focused = document.activeElement && root.contains(document.activeElement);
        root.replaceWith(next);
        root = next;
        bind();
        if (next.getAttribute('data-screen') !== before) {
          announce.textContent = next.querySelector('h1').textContent;
          document.title = next.querySelector('h1').textContent + document.title.replace(/^[^·]*/, ' ');
          if (focused) {
            next.querySelector('h1').focus();
          }
        }
        follow();
      })
      .catch(function () {
        /* the next event or poll tries again */
      })
      .then(function () {
        fetching = false;
      });
  }

  function poll(every) {
    if (poller === null) {
      poller = window.setInterval(refresh, every);
    }
  }

  function stop() {
    if (stream !== null) {
      stream.close();
      stream = null;
    }
    if (poller !== null) {
      window.clearInterval(poller);
      poller = null;
    }
  }

  /* Keeps listening while the checkout can still change; stops once it cannot. */
  function follow() {
    if (root.getAttribute('data-live') !== 'true') {
      stop();
      return;
    }
    var events = root.getAttribute('data-events');
    if (stream === null && poller === null && events && window.EventSource) {
      stream = new EventSource(events);
      stream.addEventListener('status', function (event) {
        var status = JSON.parse(event.data).status;
        if (status !== root.getAttribute('data-status')) {
          refresh();
        }
      });
      stream.onerror = function () {
        if (stream !== null && stream.readyState === EventSource.CLOSED) {
          stream = null;
          poll(POLL_MS);
        }
      };
      /* what changes without a new status (a second part payment) shows within half a minute */
      poller = window.setInterval(refresh, SLOW_POLL_MS);
    } else if (stream === null) {
      /* no stream once the checkout has ended: late money can still arrive, looked for slowly */
      poll(events ? POLL_MS : SLOW_POLL_MS);
    }
  }

  /*
   * The time is up: the page stops asking for money at once (the QR code and the address go, the
   * title says expired), then asks the server, which says the same or what arrived meanwhile.
   */
  function expireHere(countdown) {
    expiredHere = true;
    var title = countdown.getAttribute('data-expired-title');
    if (title) {
      root.querySelector('h1').textContent = title;
      root.querySelector('.lead').textContent = countdown.getAttribute('data-expired-lead');
      announce.textContent = title;
      Array.prototype.forEach.call(
        root.querySelectorAll('.pay, .note, .countdown, .wallet, #memo-warning'),
        function (part) {
          part.hidden = true;
        }
      );
      root.setAttribute('data-screen', 'expired');
      root.className = root.className.replace(/screen-[a-z-]+/, 'screen-expired');
    }
    refresh();
  }

  function tick() {
    var countdown = document.getElementById('countdown');
    if (!countdown) {
      return;
    }
    var skew = Number(countdown.getAttribute('data-now')) - Date.now();
    var expires = Number(countdown.getAttribute('data-expires'));
    function show() {
      /* rounded up: 0:00:00 only once the time is really up, never a second early */
      var left = Math.max(0, Math.ceil((expires - (Date.now() + skew)) / 1000));
      var h = Math.floor(left / 3600);
      var m = Math.floor((left % 3600) / 60);
      var s = left % 60;
      countdown.textContent = h + ':' + (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
      if (left === 0) {
        window.clearInterval(ticker);
        ticker = null;
        expireHere(countdown);
      }
    }
    show();
    ticker = window.setInterval(show, 1000);
  }

  function copy(button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    function done() {
      // copying a memo chain's address says the memo is needed too
      announce.textContent = button.getAttribute('data-copied') || root.getAttribute('data-copied');
      button.classList.add('copied');
      window.setTimeout(function () {
        button.classList.remove('copied');
      }, 1500);
    }
    function bySelection() {
      var range = document.createRange();
      range.selectNodeContents(source);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      if (document.execCommand('copy')) {
        done();
      }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.textContent.trim()).then(done, bySelection);
    } else {
      bySelection();
    }
  }

  function bind() {
    if (ticker !== null) {
      window.clearInterval(ticker);
      ticker = null;
    }
    tick();
    Array.prototype.forEach.call(root.querySelectorAll('button[data-copy]'), function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        copy(button);
      });
    });
  }

  /*
   * A page left for another stays in the browser's back-forward cache with its stream open; a
   * browser allows only six connections per server, so a few visited pages would starve the rest.
   * Close the stream when the page is left, catch up when it is shown again.
   */
  window.addEventListener('pagehide', stop);
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      refresh();
    }
  });

  bind();
  follow();
})();
