// crtx review: the page's only script (its hash is in the Content-Security-Policy).
// Everything is already rendered; this adds: click a fact → its evidence,
// click a highlight → the facts it supports, sortable tables, the filter, keys.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('crtx-data').textContent);
  const all = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const pop = document.getElementById('pop');
  const filter = document.getElementById('filter');
  let currentFact = null;
  let lastUnconsumed = -1;
  let marked = [];

  const visible = (el) => !el.closest('.hidden');

  function mark(segments, item) {
    for (const el of marked) el.classList.remove('cur', 'flash');
    marked = [...segments, ...(item ? [item] : [])];
    for (const el of segments) {
      void el.offsetWidth; // restart the animation when the same evidence is flashed again
      el.classList.add('cur', 'flash');
    }
    if (item) item.classList.add('cur');
  }

  /** Scroll the fact list so the item shows in the part of the list that is on screen, without moving the page. */
  function showInList(item) {
    const list = item.closest('aside');
    if (!list || list.scrollHeight <= list.clientHeight) return;
    const box = list.getBoundingClientRect();
    const top = Math.max(box.top, document.querySelector('.bar').getBoundingClientRect().bottom);
    const bottom = Math.min(box.bottom, window.innerHeight);
    list.scrollTop += item.getBoundingClientRect().top - (top + (bottom - top) / 3);
  }

  function reveal(article) {
    if (article && article.classList.contains('hidden')) {
      filter.value = '';
      applyFilter();
    }
  }

  /** Go to what a list item stands for (a fact or a diagnostic): scroll its evidence into view and flash it. */
  function go(kind, id) {
    const item = document.getElementById(kind + id);
    if (!item) return;
    const article = item.closest('article');
    reveal(article);
    hidePop();
    const segments = all(`.txt [data-${kind}~="${id}"]`, article);
    mark(segments, item);
    if (kind === 'f') currentFact = item;
    (segments[0] || item).scrollIntoView({ block: 'center' });
    showInList(item);
  }

  function hidePop() {
    pop.hidden = true;
    for (const el of all('.facts li.sup')) el.classList.remove('sup');
  }

  /** A highlight was clicked: list the facts it supports (and the diagnostics on it) beside it. */
  function showPop(segment) {
    hidePop();
    const facts = (segment.dataset.f || '').split(' ').filter(Boolean);
    const diags = (segment.dataset.d || '').split(' ').filter(Boolean);
    pop.replaceChildren();
    const head = document.createElement('p');
    head.textContent = facts.length === 0 ? 'No fact is read from this text.' : `This text supports ${facts.length} fact${facts.length === 1 ? '' : 's'}:`;
    const list = document.createElement('ul');
    for (const id of facts) {
      const [, field, label, value] = data.facts[Number(id)];
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '#f' + id;
      a.textContent = `${label}: ${value}`;
      a.className = 'pop-fact';
      a.title = field;
      li.append(a);
      list.append(li);
      const item = document.getElementById('f' + id);
      item.classList.add('sup');
    }
    for (const id of diags) {
      const [, kind, code, message] = data.diags[Number(id)];
      const li = document.createElement('li');
      li.textContent = `${kind} [${code}] ${message}`;
      list.append(li);
    }
    pop.append(head, list);
    const first = facts.length ? document.getElementById('f' + facts[0]) : null;
    if (first) showInList(first);
    const rect = segment.getBoundingClientRect();
    pop.style.left = `${Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - 460)) + window.scrollX}px`;
    pop.style.top = `${rect.bottom + window.scrollY + 6}px`;
    pop.hidden = false;
  }

  function sortBy(th) {
    const table = th.closest('table');
    const body = table.tBodies[0];
    const column = th.cellIndex;
    const numeric = th.dataset.sort === 'num';
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of all('th', table)) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const rows = Array.from(body.rows).map((row, i) => {
      const cell = row.cells[column];
      const raw = cell.dataset.v !== undefined ? cell.dataset.v : cell.textContent.trim();
      return { row, i, key: numeric ? Number(raw) : raw.toLowerCase() };
    });
    rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i) * (ascending ? 1 : -1));
    body.append(...rows.map((r) => r.row));
  }

  function applyFilter() {
    const query = filter.value.trim().toLowerCase();
    let shown = 0;
    const hide = new Set();
    for (const row of all('#index tbody tr')) {
      const match = query === '' || row.dataset.key.includes(query);
      row.classList.toggle('hidden', !match);
      if (match) shown++;
      else hide.add(row.dataset.org);
    }
    for (const article of all('article.org')) article.classList.toggle('hidden', hide.has(article.id));
    for (const row of all('#incident-table tbody tr')) row.classList.toggle('hidden', hide.has(row.dataset.org));
    document.getElementById('shown').textContent = `${shown} of ${data.orgs.length} organization${data.orgs.length === 1 ? '' : 's'}`;
  }

  /** The organization in the middle of the screen, where j and k start when the current fact is elsewhere. */
  function articleInView() {
    const middle = window.innerHeight / 2;
    const articles = all('article.org').filter((a) => !a.classList.contains('hidden'));
    return articles.find((a) => a.getBoundingClientRect().bottom > middle) || articles[articles.length - 1];
  }

  function stepFact(delta) {
    const article = articleInView();
    if (!article) return;
    if (!currentFact || !visible(currentFact) || currentFact.closest('article') !== article) {
      const facts = all('li.fact', article);
      if (facts.length) go('f', facts[delta > 0 ? 0 : facts.length - 1].id.slice(1));
      return;
    }
    const facts = all('li.fact').filter(visible);
    const next = facts[Math.min(facts.length - 1, Math.max(0, facts.indexOf(currentFact) + delta))];
    go('f', next.id.slice(1));
  }

  function nextUnconsumed() {
    const items = all('li.diag.d-u').filter(visible);
    if (items.length === 0) return;
    const ids = items.map((li) => Number(li.id.slice(1)));
    const next = ids.find((id) => id > lastUnconsumed);
    lastUnconsumed = next === undefined ? ids[0] : next;
    go('d', lastUnconsumed);
  }

  document.addEventListener('click', (event) => {
    const target = event.target;
    const link = target.closest('a[href^="#"]');
    if (link) {
      const m = /^#([fd])(\d+)$/.exec(link.getAttribute('href'));
      if (m) {
        event.preventDefault();
        go(m[1], m[2]);
      } else {
        reveal(document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))));
        hidePop();
      }
      return;
    }
    const item = target.closest('li.fact, li.diag');
    if (item) return go(item.classList.contains('fact') ? 'f' : 'd', item.id.slice(1));
    const segment = target.closest('.txt [data-f], .txt [data-d]');
    if (segment) return showPop(segment);
    const header = target.closest('th[data-sort]');
    if (header) return sortBy(header);
    if (!target.closest('#pop')) hidePop();
  });

  filter.addEventListener('input', applyFilter);

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      hidePop();
      if (document.activeElement === filter) filter.blur();
      return;
    }
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    if (event.key === 'j') stepFact(1);
    else if (event.key === 'k') stepFact(-1);
    else if (event.key === 'n') nextUnconsumed();
    else if (event.key === '/') {
      event.preventDefault();
      filter.focus();
      filter.select();
    } else return;
    event.preventDefault();
  });
})();
