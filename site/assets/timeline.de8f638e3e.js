/* Filters by actor and kind, kept in the address; j and k move between entries. */
(() => {
  'use strict';
  const list = document.querySelector('ol.events');
  const form = document.querySelector('form.filters');
  if (!list) return;
  const entries = [...list.querySelectorAll('li.entry')];
  const eras = [...list.querySelectorAll('li.era-marker')];
  const marks = [...document.querySelectorAll('.overview a')];
  const fields = form ? [form.elements.actor, form.elements.kind] : [];

  function apply() {
    const [actor, kind] = fields.map(f => f.value);
    for (const entry of entries) {
      entry.hidden = (!!actor && !entry.dataset.actors.split(' ').includes(actor))
        || (!!kind && entry.dataset.kind !== kind);
    }
    for (const era of eras) {
      era.hidden = era.dataset.events.split(' ').every(id => document.getElementById(id)?.hidden);
    }
    for (const mark of marks) {
      mark.classList.toggle('dim', !!document.getElementById(mark.getAttribute('href').slice(1))?.hidden);
    }
    const shown = entries.filter(e => !e.hidden).length;
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

  // The entry the address points to is shown, whatever the filter.
  function reveal() {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target?.hidden && entries.includes(target)) {
      for (const f of fields) f.value = '';
      apply();
      remember();
      target.scrollIntoView();
    }
  }

  if (form) {
    const params = new URLSearchParams(location.search);
    for (const f of fields) {
      if ([...f.options].some(o => o.value === params.get(f.name))) f.value = params.get(f.name);
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
    if (!step || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented
      || e.target.closest('input, select, textarea, [contenteditable]')) return;
    const shown = entries.filter(entry => !entry.hidden);
    const at = shown.findIndex(entry => entry.contains(document.activeElement));
    const next = at >= 0 ? shown[at + step]
      : step > 0 ? shown.find(entry => entry.getBoundingClientRect().top > 1)
        : shown.reverse().find(entry => entry.getBoundingClientRect().top < -1);
    if (!next) return;
    e.preventDefault();
    next.tabIndex = -1;
    next.focus();
  });
})();
