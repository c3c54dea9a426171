// Decompress service worker, version {version} (from the static files, templates, figure code and
// poses, catalog and words: see Assets). Static files (styles, scripts, pictures, the empty
// questionnaire and the offline page, in every language) are the same for everyone and cached for
// everyone, under a cache named by the build: a new build installs a new cache and removes the
// old one, so a returning person gets the new files. A plan is health data: it is served no-store
// and never cached here on its own; it is kept only when the person asks ("Keep this plan on this
// device", in a cache of its own that updates never touch), and forgotten when they ask.
'use strict';

var VERSION = '{version}';
var STATIC = 'decompress-static-' + VERSION;
var KEPT = 'decompress-kept-plans';
var LANGUAGES = [{#for l in languages}'{l}'{#if l_hasNext}, {/if}{/for}];
var DEFAULT_LANGUAGE = '{defaultLanguage}';
var ASSETS = [{#for a in assets}'{a}'{#if a_hasNext}, {/if}{/for}];
var FIGURES = [{#for f in figures}'{f}'{#if f_hasNext}, {/if}{/for}];

function everything() {
  var urls = ASSETS.slice();
  LANGUAGES.forEach(function (lang) {
    urls.push('/?lang=' + lang, '/offline?lang=' + lang, '/manifest.webmanifest?lang=' + lang);
    FIGURES.forEach(function (key) {
      urls.push('/figures/' + key + '.svg?lang=' + lang + '&v=' + VERSION, '/figures/' + key + '-still.svg?lang=' + lang + '&v=' + VERSION);
    });
  });
  return urls;
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(STATIC).then(function (cache) {
    return cache.addAll(everything());
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

// A kept plan links the files of the build it was kept with: this build's file at the same address.
function thisBuilds(url) {
  if (url.pathname.indexOf('/figures/') === 0) {
    var figure = new URL(url.href);
    figure.searchParams.set('v', VERSION);
    return figure.href;
  }
  var asset = ASSETS.filter(function (a) { return a.split('?')[0] === url.pathname; })[0];
  return asset ? new URL(asset, url.origin).href : url.href;
}

function languageOf(url) {
  var asked = url.searchParams.get('lang');
  if (asked && LANGUAGES.indexOf(asked) >= 0) { return asked; }
  var browser = (self.navigator.language || '').split('-')[0];
  return LANGUAGES.indexOf(browser) >= 0 ? browser : DEFAULT_LANGUAGE;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (isStatic(url)) {
    // This build's files answer their own addresses. Any other address (a newer build's ?v=, which the
    // first page after an update links while this worker still runs) is fetched: only the network has
    // its bytes. This build's file of the same path stands in only offline (a kept plan of an older build).
    event.respondWith(caches.open(STATIC).then(function (cache) {
      return cache.match(request).then(function (hit) {
        return hit || fetch(request).catch(function () {
          return cache.match(thisBuilds(url)).then(function (own) { return own || Response.error(); });
        });
      });
    }));
    return;
  }
  if (request.mode === 'navigate') {
    var lang = languageOf(url);
    event.respondWith(fetch(request).catch(function () {
      if (url.pathname === '/plan') {
        return caches.open(KEPT).then(function (kept) { return kept.match(request.url); }).then(function (hit) {
          return hit || caches.match('/offline?lang=' + lang, { cacheName: STATIC });
        });
      }
      var emptyForm = url.pathname === '/' && (!url.search || url.search === '?lang=' + url.searchParams.get('lang'));
      return caches.match(emptyForm ? '/?lang=' + lang : '/offline?lang=' + lang, { cacheName: STATIC });
    }));
  }
});
