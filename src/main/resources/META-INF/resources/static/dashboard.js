// Live updates without a build step. Pages work without this file: it only refreshes them.
"use strict";
(function () {
  var main = document.getElementById("live");
  var status = document.getElementById("live-status");

  // This page as the server renders it now (null when it answers with an error).
  function fetchPage() {
    return fetch(window.location.href, { headers: { "Accept": "text/html" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { return html ? new DOMParser().parseFromString(html, "text/html") : null; });
  }

  function refresh() {
    fetchPage()
      .then(function (page) {
        var fresh = page && page.getElementById("live");
        if (fresh) { main.replaceChildren.apply(main, Array.from(fresh.childNodes)); }
      })
      .catch(function () { /* the next change tries again */ });
  }

  // A stamp names the state of the operator's caches: a different one means something changed. The first
  // one a page hears is what it was rendered from.
  var lastStamp = null;
  function stampArrived(stamp) {
    if (lastStamp !== null && stamp !== lastStamp) { refresh(); }
    lastStamp = stamp;
  }
  function showConnected(connected) { if (status) { status.hidden = !connected; } }
  function listen(onStamp, onConnected) {
    var changes = new EventSource("/live");
    changes.onopen = function () { onConnected(true); };
    changes.onmessage = function (event) { onStamp(event.data); };
    changes.onerror = function () { onConnected(false); };
    return changes;
  }

  // /live holds its connection open, and a browser opens at most six to one host over HTTP/1.1: with one
  // per tab, a seventh tab of the dashboard would never load. So one tab, the holder of a Web Lock, listens
  // and tells the others; when it closes, the next tab waiting for the lock takes over.
  function shareOneConnection() {
    var channel = new BroadcastChannel("sparkop-live");
    var leading = false;
    var connected = false;
    channel.onmessage = function (event) {
      var message = event.data || {};
      if (message.hello) {
        if (leading) { channel.postMessage({ connected: connected, stamp: lastStamp }); }
        return;
      }
      if (typeof message.connected === "boolean") { showConnected(message.connected); }
      if (typeof message.stamp === "string") { stampArrived(message.stamp); }
    };
    navigator.locks.request("sparkop-live", function () {
      leading = true;
      listen(function (stamp) {
        stampArrived(stamp);
        channel.postMessage({ stamp: stamp });
      }, function (isConnected) {
        connected = isConnected;
        showConnected(isConnected);
        channel.postMessage({ connected: isConnected });
      });
      return new Promise(function () { /* held as long as this page is open */ });
    });
    channel.postMessage({ hello: true });
  }

  // Without Web Locks (a page served over plain HTTP to another host is not a secure context), each tab
  // listens while it is visible: background tabs give their connection back.
  function connectWhileVisible() {
    var changes = null;
    function follow() {
      if (document.visibilityState === "hidden") {
        if (changes) { changes.close(); changes = null; showConnected(false); }
      } else if (!changes) {
        changes = listen(stampArrived, showConnected);
      }
    }
    document.addEventListener("visibilitychange", follow);
    follow();
  }

  if (main && main.dataset.live === "true" && window.EventSource) {
    if (window.BroadcastChannel && navigator.locks) {
      shareOneConnection();
    } else {
      connectWhileVisible();
    }
  }

  var follow = document.getElementById("follow-status");
  var log = document.getElementById("log");
  if (follow && log && follow.dataset.follow && window.EventSource) {
    var lines = null;
    var ended = false;
    var atBottom = true;
    log.addEventListener("scroll", function () {
      atBottom = log.scrollTop + log.clientHeight >= log.scrollHeight - 20;
    });
    var startFollowing = function () {
      lines = new EventSource(follow.dataset.follow);
      lines.addEventListener("following", function () { follow.textContent = "Following: new lines appear below."; });
      lines.onmessage = function (event) {
        log.appendChild(document.createTextNode(event.data + "\n"));
        if (atBottom) { log.scrollTop = log.scrollHeight; }
      };
      lines.onerror = function () {
        follow.textContent = "The log stream ended (the pod finished or went away).";
        lines.close();
        lines = null;
        ended = true;
      };
    };
    // The lines written meanwhile, as the page shows them, before following again.
    var reloadLines = function () {
      return fetchPage()
        .then(function (page) {
          var fresh = page && page.getElementById("log");
          if (fresh) { log.textContent = fresh.textContent; }
          if (atBottom) { log.scrollTop = log.scrollHeight; }
        })
        .catch(function () { /* follow from here */ });
    };
    // Each followed log holds a connection, and a browser keeps six per host: hidden tabs give theirs back.
    document.addEventListener("visibilitychange", function () {
      if (ended) { return; }
      if (document.visibilityState === "hidden") {
        if (lines) { lines.close(); lines = null; }
        follow.textContent = "Paused while the tab is hidden.";
      } else if (!lines) {
        reloadLines().then(function () { if (!lines && !ended && document.visibilityState !== "hidden") { startFollowing(); } });
      }
    });
    startFollowing();
  }
})();
