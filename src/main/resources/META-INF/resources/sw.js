// Decompress service worker. Static assets (styles, scripts, pictures, the empty questionnaire) are
// the same for everyone and cached for everyone. A plan is health data: it is served no-store and
// never cached here on its own; it is kept only when the person asks ("Keep this plan on this
// device", in the page's own Cache Storage), and forgotten when they ask.
'use strict';

var STATIC = 'decompress-static-v1';
var KEPT = 'decompress-kept-plans';
var ASSETS = ['/', '/static/app.css', '/static/print.css', '/static/plan.js', '/static/offline.js',
  '/static/questionnaire.js',
  '/static/icon.svg', '/static/icon-192.png', '/static/icon-512.png', '/manifest.webmanifest', '/static/offline.html'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(STATIC).then(function (cache) {
    return cache.addAll(ASSETS).then(function () {
      // Every picture, so that a kept plan shows them offline: the list is the same for everyone.
      return fetch('/figures/index.json').then(function (r) { return r.json(); }).then(function (keys) {
        var urls = [];
        keys.forEach(function (key) { urls.push('/figures/' + key + '.svg', '/figures/' + key + '-still.svg'); });
        return cache.addAll(urls);
      });
    });
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n !== STATIC && n !== KEPT; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function isStatic(url) {
  return url.pathname.indexOf('/static/') === 0 || url.pathname.indexOf('/figures/') === 0
    || url.pathname === '/manifest.webmanifest';
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (isStatic(url)) {
    event.respondWith(caches.match(request, { cacheName: STATIC }).then(function (hit) {
      return hit || fetch(request);
    }));
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(function () {
      if (url.pathname === '/plan') {
        return caches.open(KEPT).then(function (kept) { return kept.match(request.url); }).then(function (hit) {
          return hit || caches.match('/static/offline.html', { cacheName: STATIC });
        });
      }
      return caches.match(url.pathname === '/' && !url.search ? '/' : '/static/offline.html', { cacheName: STATIC });
    }));
  }
});
