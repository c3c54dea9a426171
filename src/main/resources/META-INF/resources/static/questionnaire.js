// Follow-up questions (weeks of pregnancy, blood pressure, a doctor's yes) matter only with some
// answers: this shows each one only while one of its answers is ticked, and leaves it out of the
// form otherwise. Without this script every follow-up shows, saying when it applies.
(function () {
  'use strict';
  var followUps = document.querySelectorAll('fieldset[data-asked-when]');
  function update(fieldset) {
    var asked = fieldset.getAttribute('data-asked-when').split(' ').some(function (pair) {
      var eq = pair.indexOf('=');
      var box = document.querySelector('input[name="' + pair.slice(0, eq) + '"][value="' + pair.slice(eq + 1) + '"]');
      return box !== null && box.checked;
    });
    fieldset.hidden = !asked;
    fieldset.disabled = !asked;
  }
  followUps.forEach(function (fieldset) {
    update(fieldset);
    fieldset.getAttribute('data-asked-when').split(' ').forEach(function (pair) {
      var eq = pair.indexOf('=');
      document.querySelectorAll('input[name="' + pair.slice(0, eq) + '"]').forEach(function (input) {
        input.addEventListener('change', function () { update(fieldset); });
      });
    });
  });
}());

// A safety question's list ends with "None of these": ticking it clears the other boxes, ticking
// another box clears it, so the answer sent is never both. Without this script the service refuses
// both together and asks again.
(function () {
  'use strict';
  document.querySelectorAll('.options[data-none]').forEach(function (list) {
    var none = list.getAttribute('data-none');
    var boxes = list.querySelectorAll('input[type="checkbox"]');
    boxes.forEach(function (box) {
      box.addEventListener('change', function () {
        if (!box.checked) {
          return;
        }
        boxes.forEach(function (other) {
          if (other !== box && (box.value === none || other.value === none)) {
            other.checked = false;
            other.dispatchEvent(new Event('change'));
          }
        });
      });
    });
  });
}());
