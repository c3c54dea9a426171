// Guided mode for the plan page: a hold timer for each exercise, then a repetition counter for its
// cooldown, then on to the next exercise. The page works without this script; it only adds comfort.
(function () {
  'use strict';

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
        navigator.clipboard.writeText(link).then(function () { status.textContent = 'Link copied.'; },
          function () { status.textContent = 'Copy the address from the address bar.'; });
      } else {
        status.textContent = 'Copy the address from the address bar.';
      }
    });
  }

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function focusNext(exercise) {
    exercise.classList.remove('active');
    var next = exercise.nextElementSibling;
    var target = next ? next.querySelector('.timer .start') || next.querySelector('h2') : document.getElementById('plan-end');
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
    var left = seconds;
    var side = 1;
    var ticking = null;

    function label() {
      return sides > 1 ? 'Hold, side ' + side + ' of ' + sides + ':' : 'Hold:';
    }
    function show() {
      phase.textContent = label();
      time.textContent = format(left);
    }
    function stop() {
      if (ticking) { clearInterval(ticking); ticking = null; }
    }
    function tick() {
      left -= 1;
      if (left > 0) { show(); return; }
      stop();
      if (side < sides) {
        side += 1;
        left = seconds;
        show();
        phase.textContent = 'Change sides. ' + label();
        start.textContent = 'Start side ' + side;
        start.hidden = false;
        pause.hidden = true;
        start.focus();
        return;
      }
      phase.textContent = 'Done.';
      time.textContent = 'Now the cooldown.';
      start.hidden = true;
      pause.hidden = true;
      startCooldown(exercise);
    }
    show();
    start.addEventListener('click', function () {
      exercise.classList.add('active');
      start.hidden = true;
      pause.hidden = false;
      pause.textContent = 'Pause';
      pause.focus();
      show();
      ticking = setInterval(tick, 1000);
    });
    pause.addEventListener('click', function () {
      if (ticking) {
        stop();
        pause.textContent = 'Resume';
        phase.textContent = 'Paused. ' + label();
      } else {
        pause.textContent = 'Pause';
        show();
        ticking = setInterval(tick, 1000);
      }
    });
  });
}());
