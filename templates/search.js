// The search box of a long timeline's pages. It is hidden in the HTML and shown by script (a line of
// the page, right after the box, and again here), so that readers without JavaScript never see a box
// that cannot work. Pagefind's index is loaded on first use, and then only the parts a query needs.
(() => {
  'use strict';
  const form = document.querySelector('form.site-search');
  if (!form) return;
  const input = form.querySelector('input[type=search]');
  const selects = [...form.querySelectorAll('select')];
  const status = form.querySelector('.search-status');
  const list = form.querySelector('.search-results');
  const script = new URL(form.dataset.pagefind, document.baseURI);
  const root = new URL('../', script);
  const SHOWN = 20;
  let loading = null;
  let latest = 0;
  let timer = 0;

  const say = (text) => { status.textContent = text; };
  const fill = (template, ...values) => values.reduce((t, v, i) => t.replace('{' + i + '}', v), template);

  // results' URLs as indexed, from the site root; they are resolved against where pagefind/ is
  const OPTIONS = { excerptLength: 24, baseUrl: '/' };
  // Pagefind reads the index's entry again for a query after a while: the preview makes a new index after
  // each save (the index's other files have their hash in their name and come from the browser's cache)
  const FRESH = 5000;
  let since = 0;

  const load = async () => {
    loading ??= import(script.href).catch((error) => {
      loading = null; // the preview may still be making the index: try again on the next query
      throw error;
    });
    const pagefind = await loading;
    if (Date.now() - since > FRESH) {
      await pagefind.destroy();
      await pagefind.options(OPTIONS);
      since = Date.now();
    }
    return pagefind;
  };

  // Pagefind's excerpt is the page's text with the matched words in <mark>; only those two are kept.
  const excerpt = (html) => {
    const p = document.createElement('p');
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    for (const node of body.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        p.append(mark);
      } else {
        p.append(node.textContent);
      }
    }
    return p;
  };

  const item = (data) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = new URL(data.url.replace(/^\/+/, ''), root).href;
    a.textContent = data.meta.title || data.url;
    li.append(a);
    if (data.meta.date) li.append(' (' + data.meta.date + ')');
    li.append(excerpt(data.excerpt || ''));
    return li;
  };

  const run = async () => {
    const term = input.value.trim();
    const query = ++latest;
    if (!term) {
      list.replaceChildren();
      say('');
      return;
    }
    say(form.dataset.searching);
    let pagefind;
    try {
      pagefind = await load();
    } catch {
      if (query === latest) say(form.dataset.notReady);
      return;
    }
    // a site with one long timeline has no timeline filter, and its readers do not download one
    const filters = form.dataset.timeline ? { timeline: [form.dataset.timeline] } : {};
    for (const select of selects) {
      if (select.value) filters[select.name] = [select.value];
    }
    const search = await pagefind.search(term, { filters });
    if (query !== latest || !search) return;
    const found = search.results.length;
    const datas = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (query !== latest) return;
    list.replaceChildren(...datas.map(item));
    const count = found === 0 ? form.dataset.none : found === 1 ? form.dataset.one : fill(form.dataset.many, found);
    say(found > SHOWN ? count + ' ' + fill(form.dataset.shown, SHOWN) : count);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  selects.forEach((select) => select.addEventListener('change', run));
  form.hidden = false;
})();
