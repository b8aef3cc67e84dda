// Contacts page: the jurisdiction table (sortable), CSV downloads and the county map coloured by contacts.
import { api, filterParams } from './api.js';
import { clear, el, formatNumber, link, paramsObject } from './dom.js';
import { countyMap } from './map.js';

const KINDS = ['inquiry', 'application', 'agreement', 'training', 'meeting', 'other'];
const COLUMNS = [
  ['name', 'Jurisdiction'], ['state', 'State'], ['contacts', 'Contacts'], ['first', 'First'], ['last', 'Last'],
  ...KINDS.map(k => [k, k[0].toUpperCase() + k.slice(1)]), ['documents', 'Documents'],
];

export async function contactsView(root, _parts, params) {
  document.title = 'Contacts — FOIA Pipeline';
  const query = filterParams(params);
  query.delete('q');
  const data = await api('contacts', query);
  const rows = data.jurisdictions;
  root.append(
    el('div', { class: 'contacts-head' },
      el('h1', { text: 'Contacts between federal agencies and jurisdictions' }),
      el('p', { class: 'muted' }, plural(data.total, 'contact') + ' with ' + plural(rows.length, 'jurisdiction')),
      filterForm(params),
      el('p', { class: 'actions' },
        el('a', { class: 'button', id: 'csv-detail', href: '/api/contacts?' + withParams(query, { format: 'csv', detail: 'true' }), download: 'contacts.csv', text: 'Download every contact (CSV)' }),
        el('a', { class: 'button', id: 'csv-table', href: '/api/contacts?' + withParams(query, { format: 'csv' }), download: 'contacts.csv', text: 'Download this table (CSV)' }))));
  const mapBox = el('section', { class: 'map-box' }, el('p', { class: 'muted', text: 'Loading the county map…' }));
  root.append(el('div', { class: 'contacts-grid' }, mapBox, topList(rows)),
    el('section', {}, el('h2', { text: 'By jurisdiction' }), table(rows, params)));
  await drawMap(mapBox, rows);
}

/** The jurisdictions with most contacts, with bars, beside the map. */
function topList(rows) {
  const top = rows.slice(0, 12);
  const max = Math.max(1, ...top.map(r => r.contacts));
  const list = el('ol', { class: 'top-list' }, top.map(r => {
    const bar = el('span', { class: 'bar' });
    bar.style.width = Math.max(2, 100 * r.contacts / max) + '%';
    return el('li', {}, el('a', { href: link(['entity', r.id]), text: r.name }),
      el('span', { class: 'bar-track' }, bar), el('span', { class: 'count', text: formatNumber(r.contacts) }));
  }));
  return el('aside', { class: 'top-box' }, el('h2', { text: 'Most contacts' }),
    top.length ? list : el('p', { class: 'empty', text: 'No contacts match.' }));
}

function withParams(query, extra) {
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

function filterForm(params) {
  const current = paramsObject(params);
  const state = el('input', { name: 'state', value: current.state || '', placeholder: 'TX', maxlength: 2, size: 3, 'aria-label': 'State' });
  const kind = el('select', { name: 'kind', 'aria-label': 'Kind' }, el('option', { value: '', text: 'any kind' }),
    KINDS.map(k => el('option', { value: k, selected: current.kind === k, text: k })));
  const from = el('input', { type: 'date', name: 'from', value: current.from || '', 'aria-label': 'From' });
  const to = el('input', { type: 'date', name: 'to', value: current.to || '', 'aria-label': 'To' });
  const form = el('form', { class: 'inline-form' },
    el('label', {}, 'State ', state), el('label', {}, 'Kind ', kind), el('label', {}, 'From ', from), el('label', {}, 'To ', to),
    el('button', { type: 'submit', text: 'Apply' }));
  form.addEventListener('submit', e => {
    e.preventDefault();
    location.hash = link(['contacts'], { ...current, state: state.value.trim().toUpperCase(), kind: kind.value, from: from.value, to: to.value });
  });
  return form;
}

async function drawMap(box, rows) {
  const counts = {};
  const names = {};
  for (const r of rows) {
    if (r.fips) { counts[r.fips] = r.contacts; names[r.fips] = r.name; }
  }
  const byFips = Object.fromEntries(rows.filter(r => r.fips).map(r => [r.fips, r.id]));
  const { element, legend } = await countyMap(counts, names, fips => { location.hash = link(['entity', byFips[fips]]); });
  const key = el('div', { class: 'legend' }, el('span', { class: 'muted', text: 'Contacts per county: ' }),
    legend.map(([n, c]) => {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = c;
      return el('span', { class: 'step' }, swatch, n === 0 ? 'none' : formatNumber(n) + '+');
    }));
  const others = rows.filter(r => !r.fips).length;
  clear(box).append(element, key,
    others ? el('p', { class: 'muted', text: others + ' cities, states or other jurisdictions are in the table but not on the county map.' }) : '');
}

function table(rows, params) {
  if (!rows.length) return el('p', { class: 'empty', text: 'No contacts match.' });
  let sort = params.get('sort') || 'contacts';
  let descending = params.get('dir') !== 'asc';
  const tbody = el('tbody');
  const head = el('tr');
  const fill = () => {
    const sorted = [...rows].sort((a, b) => compare(value(a, sort), value(b, sort)) * (descending ? -1 : 1));
    clear(tbody).append(...sorted.map(r => el('tr', {},
      el('td', {}, el('a', { href: link(['entity', r.id]), text: r.name })),
      el('td', { text: r.state }), el('td', { class: 'num', text: r.contacts }),
      el('td', { text: r.first || '—' }), el('td', { text: r.last || '—' }),
      KINDS.map(k => el('td', { class: 'num', text: r.kinds[k] || '' })),
      el('td', { class: 'num', text: r.documents }))));
    head.querySelectorAll('th').forEach(th => {
      th.setAttribute('aria-sort', th.dataset.key === sort ? (descending ? 'descending' : 'ascending') : 'none');
    });
  };
  for (const [key, label] of COLUMNS) {
    const button = el('button', { type: 'button', class: 'sort', text: label });
    button.addEventListener('click', () => {
      descending = sort === key ? !descending : !['name', 'state', 'first'].includes(key);
      sort = key;
      fill();
    });
    head.append(el('th', { 'data-key': key, scope: 'col' }, button));
  }
  fill();
  return el('table', { class: 'contacts', id: 'contacts-table' }, el('thead', {}, head), tbody);
}

function value(row, key) {
  return KINDS.includes(key) ? (row.kinds[key] || 0) : row[key];
}

function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a || '').localeCompare(String(b || ''));
}

function plural(n, noun) {
  return formatNumber(n) + ' ' + noun + (n === 1 ? '' : 's');
}
