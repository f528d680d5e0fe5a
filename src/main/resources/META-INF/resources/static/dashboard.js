// Live updates without a build step. Pages work without this file: it only refreshes them.
"use strict";
(function () {
  var main = document.getElementById("live");
  var status = document.getElementById("live-status");

  function refresh() {
    fetch(window.location.href, { headers: { "Accept": "text/html" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("live");
        if (fresh) { main.replaceChildren.apply(main, Array.from(fresh.childNodes)); }
      })
      .catch(function () { /* the next change tries again */ });
  }

  if (main && main.dataset.live === "true" && window.EventSource) {
    var changes = new EventSource("/live");
    var first = true;
    changes.onopen = function () { if (status) { status.hidden = false; } };
    changes.onmessage = function () {
      if (first) { first = false; return; }
      refresh();
    };
    changes.onerror = function () { if (status) { status.hidden = true; } };
  }

  var follow = document.getElementById("follow-status");
  var log = document.getElementById("log");
  if (follow && log && follow.dataset.follow && window.EventSource) {
    var lines = new EventSource(follow.dataset.follow);
    var atBottom = true;
    log.addEventListener("scroll", function () {
      atBottom = log.scrollTop + log.clientHeight >= log.scrollHeight - 20;
    });
    lines.addEventListener("following", function () { follow.textContent = "Following: new lines appear below."; });
    lines.onmessage = function (event) {
      log.appendChild(document.createTextNode(event.data + "\n"));
      if (atBottom) { log.scrollTop = log.scrollHeight; }
    };
    lines.onerror = function () {
      follow.textContent = "The log stream ended (the pod finished or went away).";
      lines.close();
    };
  }
})();
