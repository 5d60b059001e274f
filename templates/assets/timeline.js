/* Dateline: filters by actor and kind, kept in the address so a filtered view can be
   shared; j and k move between the entries. Without this script every entry shows. */
(() => {
  'use strict';
  const list = document.querySelector('ol.events');
  const form = document.querySelector('form.filters');
  if (!list) return;
  const entries = [...list.querySelectorAll('li.entry')];
  const marks = [...document.querySelectorAll('.overview a')];
  const fields = form ? [form.elements.actor, form.elements.kind] : [];

  function matches(entry, actor, kind) {
    return (!actor || entry.dataset.actors.split(' ').includes(actor))
      && (!kind || entry.dataset.kind === kind);
  }

  function apply() {
    const [actor, kind] = fields.map(f => f.value);
    let shown = 0;
    for (const entry of entries) {
      entry.hidden = !matches(entry, actor, kind);
      if (!entry.hidden) shown++;
    }
    for (const mark of marks) {
      const entry = document.getElementById(mark.getAttribute('href').slice(1));
      mark.classList.toggle('dim', !!entry && entry.hidden);
    }
    form.querySelector('.filter-status').textContent = shown === entries.length ? ''
      : form.dataset.status.replace('{0}', shown).replace('{1}', entries.length);
  }

  function remember() {
    const params = new URLSearchParams(location.search);
    for (const f of fields) {
      if (f.value) params.set(f.name, f.value); else params.delete(f.name);
    }
    const query = params.toString();
    history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + location.hash);
  }

  // An entry the address points to must be visible, whatever the filter.
  function reveal() {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.hidden && entries.includes(target)) {
      for (const f of fields) f.value = '';
      apply();
      remember();
      target.scrollIntoView();
    }
  }

  if (form) {
    const params = new URLSearchParams(location.search);
    for (const f of fields) {
      const wanted = params.get(f.name);
      if ([...f.options].some(o => o.value === wanted)) f.value = wanted;
    }
    form.addEventListener('change', () => { apply(); remember(); });
    form.addEventListener('submit', e => e.preventDefault());
    form.hidden = false;
    apply();
    reveal();
    addEventListener('hashchange', reveal);
  }

  document.addEventListener('keydown', e => {
    const step = { j: 1, k: -1 }[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    if (e.target.closest('input, select, textarea, [contenteditable]')) return;
    const visible = entries.filter(entry => !entry.hidden);
    const current = visible.findIndex(entry => entry.contains(document.activeElement));
    let next;
    if (current >= 0) {
      next = visible[current + step];
    } else if (step > 0) {
      next = visible.find(entry => entry.getBoundingClientRect().top > 1);
    } else {
      next = visible.reverse().find(entry => entry.getBoundingClientRect().top < -1);
    }
    if (!next) return;
    e.preventDefault();
    next.tabIndex = -1;
    next.focus();
  });
})();
