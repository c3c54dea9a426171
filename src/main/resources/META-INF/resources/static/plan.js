// Guided mode for the plan page: a hold timer for each exercise, then a repetition counter for its
// cooldown, then on to the next exercise. The page works without this script; it only adds comfort.
(function () {
  'use strict';

  // Every word this script shows comes from the page, in the page's language (#script-words).
  var wordsEl = document.getElementById('script-words');
  var words = wordsEl ? wordsEl.dataset : {};
  function say(name, values) {
    var text = words[name] || '';
    Object.keys(values || {}).forEach(function (key) { text = text.split('{' + key + '}').join(String(values[key])); });
    return text;
  }

  document.querySelectorAll('.js-only').forEach(function (el) { el.hidden = false; });

  var printButton = document.getElementById('print-plan');
  if (printButton) {
    printButton.addEventListener('click', function () { window.print(); });
  }
  var copyButton = document.getElementById('copy-link');
  if (copyButton) {
    copyButton.addEventListener('click', function () {
      var status = document.getElementById('copy-status');
      var link = document.getElementById('share-link').href;
      if (navigator.clipboard) {
        navigator.clipboard.writeText(link).then(function () { status.textContent = say('linkCopied'); },
          function () { status.textContent = say('copyByHand'); });
      } else {
        status.textContent = say('copyByHand');
      }
    });
  }

  // Sound at the end of a hold, with a mute switch remembered in this browser only.
  var MUTE_KEY = 'decompress.muted';
  var muteButton = document.getElementById('mute');
  function muted() {
    try { return localStorage.getItem(MUTE_KEY) === 'yes'; } catch (e) { return false; }
  }
  function showMute() {
    if (!muteButton) { return; }
    muteButton.setAttribute('aria-pressed', muted() ? 'true' : 'false');
    muteButton.textContent = muted() ? say('soundOff') : say('soundOn');
  }
  if (muteButton) {
    showMute();
    muteButton.addEventListener('click', function () {
      try { localStorage.setItem(MUTE_KEY, muted() ? 'no' : 'yes'); } catch (e) { /* private mode: stays as it is */ }
      showMute();
    });
  }
  var audio = null;
  function signal() {
    if (navigator.vibrate) { navigator.vibrate([200, 100, 200]); }
    if (muted()) { return; }
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) { return; }
    try {
      audio = audio || new Context();
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.setValueAtTime(0.2, audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
      tone.connect(gain);
      gain.connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.6);
    } catch (e) { /* no sound: the screen still says it */ }
  }

  // The screen stays awake while the guided mode runs, where the browser allows it.
  var wakeLock = null;
  var guided = false;
  function keepAwake() {
    guided = true;
    if (!navigator.wakeLock || wakeLock) { return; }
    navigator.wakeLock.request('screen').then(function (lock) {
      wakeLock = lock;
      lock.addEventListener('release', function () { wakeLock = null; });
    }, function () { /* not allowed here: the timer still runs */ });
  }
  function letSleep() {
    guided = false;
    if (wakeLock) { wakeLock.release(); wakeLock = null; }
  }
  document.addEventListener('visibilitychange', function () {
    if (guided && document.visibilityState === 'visible') { keepAwake(); }
  });

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function focusNext(exercise) {
    exercise.classList.remove('active');
    var next = exercise.nextElementSibling;
    var target = next ? next.querySelector('.timer .start') || next.querySelector('h2') : document.getElementById('plan-end');
    if (!next) { letSleep(); }
    if (next) {
      next.classList.add('active');
      next.scrollIntoView({ block: 'start' });
    }
    if (target) {
      if (!target.hasAttribute('tabindex') && target.tagName !== 'BUTTON') { target.setAttribute('tabindex', '-1'); }
      target.focus();
    }
  }

  function setUpCounter(exercise, counter) {
    var reps = parseInt(counter.dataset.reps, 10);
    var count = 0;
    var countEl = counter.querySelector('.count');
    var repButton = counter.querySelector('.rep');
    var nextButton = counter.querySelector('.next');
    repButton.addEventListener('click', function () {
      if (count >= reps) { return; }
      count += 1;
      countEl.textContent = String(count);
      if (count >= reps) {
        repButton.hidden = true;
        nextButton.hidden = false;
        nextButton.focus();
      }
    });
    nextButton.addEventListener('click', function () { focusNext(exercise); });
  }

  function startCooldown(exercise) {
    var cooldown = exercise.querySelector('.cooldown');
    if (!cooldown) {
      focusNext(exercise);
      return;
    }
    cooldown.classList.add('active');
    cooldown.scrollIntoView({ block: 'start' });
    var rep = cooldown.querySelector('.counter .rep');
    if (rep) { rep.focus(); }
  }

  document.querySelectorAll('.exercise').forEach(function (exercise) {
    var counter = exercise.querySelector('.counter');
    if (counter) { setUpCounter(exercise, counter); }
    var timer = exercise.querySelector('.timer');
    if (!timer) { return; }
    var seconds = parseInt(timer.dataset.seconds, 10);
    var sides = parseInt(timer.dataset.sides, 10);
    var phase = timer.querySelector('.phase');
    var time = timer.querySelector('.time');
    var start = timer.querySelector('.start');
    var pause = timer.querySelector('.pause');
    var READY = 3;
    var left = seconds;
    var ready = 0;
    var side = 1;
    var ticking = null;

    function label() {
      return sides > 1 ? say('holdSide', { sideNumber: side, sideCount: sides }) : say('hold');
    }
    function show() {
      if (ready > 0) {
        phase.textContent = say('getReady');
        time.textContent = format(ready);
        return;
      }
      phase.textContent = label();
      time.textContent = format(left);
    }
    function stop() {
      if (ticking) { clearInterval(ticking); ticking = null; }
    }
    function tick() {
      if (ready > 0) {
        ready -= 1;
        show();
        return;
      }
      left -= 1;
      if (left > 0) { show(); return; }
      stop();
      signal();
      timer.dataset.signals = String(parseInt(timer.dataset.signals || '0', 10) + 1);
      if (side < sides) {
        side += 1;
        left = seconds;
        show();
        phase.textContent = say('changeSides') + ' ' + label();
        start.textContent = say('startSide', { sideNumber: side });
        start.hidden = false;
        pause.hidden = true;
        start.focus();
        return;
      }
      phase.textContent = say('done');
      time.textContent = say('nowTheCooldown');
      start.hidden = true;
      pause.hidden = true;
      startCooldown(exercise);
    }
    show();
    start.addEventListener('click', function () {
      exercise.classList.add('active');
      keepAwake();
      start.hidden = true;
      pause.hidden = false;
      pause.textContent = say('pause');
      pause.focus();
      ready = READY;
      show();
      ticking = setInterval(tick, 1000);
    });
    pause.addEventListener('click', function () {
      if (ticking) {
        stop();
        pause.textContent = say('resume');
        phase.textContent = say('paused') + ' ' + label();
      } else {
        pause.textContent = say('pause');
        show();
        ticking = setInterval(tick, 1000);
      }
    });
  });
}());
