/**
 * The report's only script: the changed-only / all filter, fold rows and anchors into hidden rows.
 * Note: without it every row is shown and the filter buttons stay hidden, so nothing is lost.
 */
export const SCRIPT = `
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var buttons = Array.prototype.slice.call(document.querySelectorAll('[data-set-filter]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.row'));
  var shown = document.getElementById('shown');
  function set(filter) {
    root.setAttribute('data-filter', filter);
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-set-filter') === filter)); });
    if (shown) {
      var n = rows.filter(function (r) { return r.offsetParent !== null; }).length;
      shown.textContent = (shown.getAttribute('data-template') || '{n} / {m}').replace('{n}', String(n)).replace('{m}', String(rows.length));
    }
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (el && el.offsetParent === null) { set('all'); el.scrollIntoView(); }
  }
  buttons.forEach(function (b) { b.addEventListener('click', function () { set(b.getAttribute('data-set-filter')); }); });
  Array.prototype.forEach.call(document.querySelectorAll('tr.fold a'), function (a) {
    a.addEventListener('click', function () { set('all'); });
  });
  window.addEventListener('hashchange', reveal);
  set(root.getAttribute('data-default-filter') || 'changed');
  reveal();
})();
`;
