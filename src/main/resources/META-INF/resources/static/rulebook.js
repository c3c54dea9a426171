// The rule book's search box: shows only the rule entries and index lines that hold every word typed,
// in the browser, without asking the server. The page is whole without this script; it only filters.
(function () {
  'use strict';

  var box = document.querySelector('.book-search');
  var input = document.getElementById('rule-search');
  var status = document.getElementById('rule-search-status');
  if (!box || !input || !status) {
    return;
  }
  box.hidden = false;

  // Every word shown here comes from the page, in the page's language.
  function say(name, values) {
    var text = status.dataset[name] || '';
    Object.keys(values || {}).forEach(function (key) { text = text.split('{' + key + '}').join(String(values[key])); });
    return text;
  }

  function fold(text) {
    return text.toLocaleLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  var items = Array.prototype.map.call(document.querySelectorAll('[data-search]'), function (el) {
    return { el: el, text: fold(el.textContent), rule: el.classList.contains('rule-entry') };
  });
  var rules = items.filter(function (item) { return item.rule; }).length;
  var sections = document.querySelectorAll('section.stage, section.book-index');

  function filter() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var match = words.every(function (word) { return item.text.indexOf(word) >= 0; });
      item.el.hidden = !match;
      if (match && item.rule) {
        shown++;
      }
    });
    sections.forEach(function (section) {
      section.hidden = words.length > 0 && !section.querySelector('[data-search]:not([hidden])');
    });
    status.textContent = words.length === 0 ? '' : shown === 0 ? say('none') : say('count', { count: shown, total: rules });
  }

  input.addEventListener('input', filter);
  if (input.value) {
    filter();
  }
}());
