// Offline: registers the service worker (static assets for everyone) and, on a plan page, the
// "Keep this plan on this device" and "Forget it" buttons. The plan is kept from this very page:
// nothing is sent to the server to keep it, and forgetting deletes it from this browser only.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !('caches' in window)) { return; }
  // A worker that replaces another means a new version: the open page says so in one line.
  var hadWorker = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.register('/sw.js').then(function (registration) {
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') { registration.update().catch(function () { /* offline */ }); }
    });
  }).catch(function () { /* the page works without it */ });
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    var notice = document.getElementById('update-ready');
    if (!hadWorker || !notice || !notice.hidden) { return; }
    notice.hidden = false;
  });

  var keep = document.getElementById('keep-plan');
  var forget = document.getElementById('forget-plan');
  var status = document.getElementById('keep-status');
  if (!keep || !forget) { return; }
  var KEPT = 'decompress-kept-plans';
  var tools = document.getElementById('keep-tools');
  var here = location.href;
  // The page as it came from the server, before any script or timer changed it: that is what is kept.
  var asServed = '<!DOCTYPE html>\n' + document.documentElement.outerHTML;

  function show(kept) {
    keep.hidden = kept;
    forget.hidden = !kept;
    tools.hidden = false;
  }

  caches.open(KEPT).then(function (cache) { return cache.match(here); }).then(function (hit) { show(!!hit); });

  keep.addEventListener('click', function () {
    caches.open(KEPT).then(function (cache) {
      return cache.put(here, new Response(asServed, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    }).then(function () {
      show(true);
      status.textContent = tools.dataset.kept;
    }, function () { status.textContent = tools.dataset.notKept; });
  });

  forget.addEventListener('click', function () {
    caches.open(KEPT).then(function (cache) { return cache.delete(here); }).then(function () {
      show(false);
      status.textContent = tools.dataset.forgotten;
    });
  });
}());
