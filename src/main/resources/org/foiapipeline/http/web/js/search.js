// Search page: query box, active filters, facets to click, highlighted page hits, paging.
import { api, filterParams } from './api.js';
import { el, formatNumber, link, paramsObject, snippet } from './dom.js';
import { hitLogical } from './logical.js';

const PAGE_SIZE = 20;
const DIMENSIONS = {
  jurisdiction: 'Jurisdiction', agency: 'Agency', state: 'State', kind: 'Contact kind',
  year: 'Year', exemption: 'Exemption', status: 'Extraction status',
};
const FILTER_LABELS = { agency: 'Agency', jurisdiction: 'Jurisdiction', state: 'State', kind: 'Kind',
  exemption: 'Exemption', from: 'From', to: 'To' };

export async function searchView(root, _parts, params) {
  document.title = (params.get('q') ? params.get('q') + ' — ' : '') + 'Search — FOIA Pipeline';
  const current = paramsObject(params);
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const byDocument = params.get('by_document') === 'true';
  const collapse = params.get('collapse') === 'true';
  root.append(searchForm(params));
  const [result, entities] = await Promise.all([
    api('search', filterParams(params, { limit: PAGE_SIZE, offset, by_document: byDocument, collapse: collapse ? 'true' : undefined })),
    entityMatches(params.get('q')),
  ]);
  const body = el('div', { class: 'search-body' },
    facetPanel(result, current),
    el('section', { class: 'results' }, entities, summary(result, current, byDocument || collapse), collapseToggle(current, collapse), hitList(result, params), pager(result, current, offset)));
  root.append(activeFilters(current, result.names), body);
}

function searchForm(params) {
  const input = el('input', { type: 'search', name: 'q', id: 'q', value: params.get('q') || '',
    placeholder: 'Search page text: "287(g)" AND sheriff, Dakota County, training …', autocomplete: 'off', 'aria-label': 'Search query' });
  const form = el('form', { class: 'search-form', role: 'search' }, input, el('button', { type: 'submit', text: 'Search' }));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = paramsObject(params);
    delete next.offset;
    next.q = input.value.trim();
    location.hash = link(['search'], next);
  });
  return el('div', { class: 'search-head' }, form,
    el('p', { class: 'hint', text: 'Lucene syntax: quote phrases, AND / OR / NOT, wildcards like sheriff*. Click a facet to filter.' }));
}

function activeFilters(current, names) {
  const chips = [];
  for (const key of Object.keys(FILTER_LABELS)) {
    for (const value of [].concat(current[key] || [])) {
      const next = { ...current, [key]: [].concat(current[key]).filter(v => v !== value) };
      delete next.offset;
      chips.push(el('a', { class: 'chip', href: link(['search'], next), title: 'Remove this filter' },
        FILTER_LABELS[key] + ': ' + (names[value] || value), el('span', { class: 'x', 'aria-hidden': 'true', text: ' ×' })));
    }
  }
  return chips.length ? el('div', { class: 'filters' }, el('span', { class: 'muted', text: 'Filters:' }), chips) : '';
}

async function entityMatches(q) {
  if (!q || q.length < 3 || /[":()*?]|\b(AND|OR|NOT)\b/.test(q)) return '';
  try {
    const found = await api('entities', new URLSearchParams({ name: q }));
    if (!found.candidates.length) return '';
    return el('div', { class: 'entity-suggest' }, el('span', { class: 'muted', text: 'Entity: ' }),
      found.candidates.slice(0, 5).map(c => el('a', { class: 'chip entity', href: link(['entity', c.id]), text: c.name + ' →' })));
  } catch (e) {
    return '';
  }
}

function facetPanel(result, current) {
  const panel = el('aside', { class: 'facets', 'aria-label': 'Filters' });
  const approx = result.facets_estimated ? '≈ ' : '';
  if (approx) {
    panel.append(el('p', { class: 'hint', text: 'Counts estimated from a sample of the matching documents.' }));
  }
  for (const [dim, label] of Object.entries(DIMENSIONS)) {
    const values = (result.facets[dim] || []).filter(v => v.count > 0);
    if (!values.length) continue;
    const list = el('ul');
    for (const v of values.slice(0, 12)) {
      const name = result.names[v.value] || v.value;
      const href = facetLink(dim, v.value, current);
      const item = href
        ? el('a', { href, title: 'Filter by ' + name, 'data-facet': dim, 'data-value': v.value }, el('span', { class: 'name', text: name }))
        : el('span', { class: 'name', text: name });
      list.append(el('li', {}, item, el('span', { class: 'count', text: approx + formatNumber(v.count) })));
    }
    panel.append(el('section', {}, el('h3', { text: label }), list));
  }
  return panel;
}

function facetLink(dim, value, current) {
  const next = { ...current };
  delete next.offset;
  if (dim === 'year') {
    next.from = value + '-01-01';
    next.to = value + '-12-31';
  } else if (['agency', 'jurisdiction'].includes(dim)) {
    next[dim] = [...new Set([].concat(current[dim] || [], value))];
  } else if (['state', 'kind', 'exemption'].includes(dim)) {
    next[dim] = value;
  } else {
    return null;
  }
  return link(['search'], next);
}

function summary(result, current, byDocument) {
  const noun = byDocument ? 'document' : 'page';
  const toggle = el('a', { class: 'toggle', href: link(['search'], { ...current, offset: undefined, by_document: byDocument ? undefined : 'true' }),
    text: byDocument ? 'Show every matching page' : 'Group by document' });
  return el('div', { class: 'summary' },
    el('strong', { text: formatNumber(result.total) }), ' ' + noun + (result.total === 1 ? '' : 's') + ' match', ' · ', toggle);
}

/** Switches between every release and one hit per group of near-duplicate releases. */
function collapseToggle(current, collapse) {
  return el('div', { class: 'summary' }, el('a', { class: 'toggle', id: 'collapse-toggle',
    href: link(['search'], { ...current, offset: undefined, collapse: collapse ? undefined : 'true' }),
    text: collapse ? 'Show every release' : 'Collapse near-duplicate releases' }));
}

/** "3 releases: also a.pdf, b.pdf", linking each copy, for a collapsed hit. */
function copiesLine(hit, q) {
  if (!hit.copies || !hit.copies.length) return '';
  return el('p', { class: 'copies muted' }, hit.releases + ' releases — also: ',
    hit.copies.map((c, i) => [i ? ', ' : '', el('a', { href: link(['doc', c.id, String(c.page)], { q }), text: c.path })]),
    ' · ', el('a', { href: link(['compare', hit.id, hit.copies[0].id]), text: 'compare' }));
}

function hitList(result, params) {
  if (!result.hits.length) return el('p', { class: 'empty', text: 'Nothing matches. Try fewer words or remove a filter.' });
  const q = params.get('q') || '';
  return el('ol', { class: 'hits', start: result.offset + 1 }, result.hits.map(hit =>
    el('li', { class: 'hit' },
      el('div', { class: 'hit-head' },
        el('a', { class: 'hit-link', href: link(['doc', hit.id, String(hit.page)], { q }) }, el('span', { class: 'path', text: hit.path })),
        el('span', { class: 'page-no', text: 'page ' + hit.page })),
      hitLogical(hit), el('p', { class: 'snippet' }, snippet(hit.snippet || '')), copiesLine(hit, q))));
}

function pager(result, current, offset) {
  if (result.total <= PAGE_SIZE) return '';
  const prev = offset > 0 ? el('a', { href: link(['search'], { ...current, offset: Math.max(0, offset - PAGE_SIZE) }), text: '← Previous' }) : '';
  const more = offset + PAGE_SIZE < Math.min(result.total, 10000);
  const next = more ? el('a', { href: link(['search'], { ...current, offset: offset + PAGE_SIZE }), text: 'Next →' }) : '';
  const to = Math.min(result.total, offset + PAGE_SIZE);
  return el('nav', { class: 'pager' }, prev, el('span', { text: (offset + 1) + '–' + to + ' of ' + formatNumber(result.total) }), next);
}
