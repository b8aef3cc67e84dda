// Document view: the rendered page beside its text, with hits, exemption codes, Bates numbers and redactions marked.
import { api } from './api.js';
import { el, link, markedText } from './dom.js';
import { groupPages, logicalLine, logicalList } from './logical.js';

const EXEMPTIONS = {
  '(b)(1)': 'classified national security information', '(b)(2)': 'internal agency rules and practices',
  '(b)(3)': 'exempted by another statute', '(b)(4)': 'trade secrets, confidential business information',
  '(b)(5)': 'privileged inter- or intra-agency communications', '(b)(6)': 'personal privacy',
  '(b)(7)(A)': 'law enforcement: interference with proceedings', '(b)(7)(C)': 'law enforcement: personal privacy',
  '(b)(7)(D)': 'law enforcement: confidential source', '(b)(7)(E)': 'law enforcement: techniques and procedures',
  '(b)(7)(F)': 'law enforcement: endangers life or safety',
};

export async function documentView(root, parts, params) {
  const [id, pageText] = parts;
  const q = params.get('q') || '';
  const doc = await api('documents/' + encodeURIComponent(id || ''));
  const total = doc.record.pages;
  const n = Math.min(Math.max(1, parseInt(pageText || '1', 10) || 1), Math.max(1, total));
  document.title = doc.record.path + ' — FOIA Pipeline';
  const page = await api('documents/' + id + '/pages/' + n, new URLSearchParams({ q }));
  const copies = await api('documents/' + encodeURIComponent(id) + '/copies');
  const body = el('div', { class: 'doc-body' }, imagePanel(doc, page), textPanel(page, q));
  const side = logicalList(doc, id, n, q);
  const nav = pageNav(id, n, total, q);
  groupPages(nav.querySelector('select'), doc);
  root.append(header(doc, q), releases(id, copies), partReleases(id, n, copies), logicalLine(doc, id, n, q), nav,
    side ? el('div', { class: 'doc-with-parts' }, side, body) : body);
  bindKeys(id, n, total, q);
}

function header(doc, q) {
  const r = doc.record;
  const facts = [r.pages + ' page' + (r.pages === 1 ? '' : 's'), 'status: ' + doc.status];
  if (r.date) facts.push('dated ' + r.date);
  if (r.ocr_pages) facts.push(r.ocr_pages + ' OCR page' + (r.ocr_pages === 1 ? '' : 's'));
  return el('div', { class: 'doc-head' },
    q ? el('a', { class: 'back', href: link(['search'], { q }), text: '← Back to results' }) : '',
    el('h1', { class: 'doc-title', text: r.path }),
    el('p', { class: 'muted' }, facts.join(' · '), ' · ', el('code', { class: 'docid', title: 'SHA-256 of the file', text: r.id.slice(0, 12) + '…' })));
}

/** The other releases of this document (near-duplicates), each with a link to compare. */
function releases(id, copies) {
  if (!copies.copies.length) return '';
  return el('p', { class: 'releases', id: 'releases' }, 'Also released as: ',
    copies.copies.map((c, i) => [i ? ' · ' : '', el('a', { href: link(['doc', c.id]), text: c.path }), ' (',
      el('a', { class: 'compare-link', href: link(['compare', id, c.id]), text: 'compare with this copy' }), ')']));
}

/** Pages START-END of a unit id "<file id>:START-END"; null for a whole file. */
function range(unit) {
  const m = /:(\d+)-(\d+)$/.exec(unit);
  return m ? [parseInt(m[1], 10), parseInt(m[2], 10)] : null;
}

/**
 * The other releases of the part of this file the page belongs to (a letter inside a merged release, released
 * on its own too), each with a link to compare that part with it.
 */
function partReleases(id, n, copies) {
  const unit = (copies.unit_copies || []).find(u => { const r = range(u.unit); return r && r[0] <= n && n <= r[1]; });
  if (!unit) return '';
  const [start, end] = range(unit.unit);
  const pages = start === end ? 'Page ' + start : 'Pages ' + start + '–' + end;
  return el('p', { class: 'releases', id: 'part-releases' }, pages + ' of this file ' + (start === end ? 'was' : 'were') + ' also released as: ',
    unit.copies.map((c, i) => [i ? ' · ' : '', el('a', { href: link(['doc', c.id, String(c.start)]), text: c.path }),
      range(c.ref) ? ' pages ' + c.start + '–' + c.end : '', ' (',
      el('a', { class: 'compare-link', href: link(['compare', unit.unit, c.ref]), text: 'compare' }), ')']));
}

function pageNav(id, n, total, q) {
  const to = p => link(['doc', id, String(p)], { q });
  const select = el('select', { 'aria-label': 'Page', id: 'page-select' });
  for (let p = 1; p <= total; p++) select.append(el('option', { value: p, selected: p === n, text: 'Page ' + p + ' of ' + total }));
  select.addEventListener('change', () => { location.hash = to(select.value); });
  return el('nav', { class: 'page-nav' },
    n > 1 ? el('a', { href: to(n - 1), rel: 'prev', text: '← Previous page' }) : el('span', { class: 'disabled', text: '← Previous page' }),
    select,
    n < total ? el('a', { href: to(n + 1), rel: 'next', text: 'Next page →' }) : el('span', { class: 'disabled', text: 'Next page →' }));
}

function imagePanel(doc, page) {
  if (!doc.has_image) {
    return el('section', { class: 'page-image none' }, el('p', { class: 'muted', text: 'No page image: this document is not a PDF.' }));
  }
  const frame = el('div', { class: 'frame' });
  const img = el('img', { src: '/api/documents/' + page.id + '/pages/' + page.page + '.png', alt: 'Page ' + page.page + ' as rendered', id: 'page-image' });
  img.addEventListener('error', () => frame.replaceChildren(el('p', { class: 'muted', text: 'The page image is not available (the source file moved or changed since ingest).' })));
  frame.append(img);
  for (const box of page.redactions || []) {
    frame.append(el('div', { class: 'redaction', title: 'Redacted area',
      style: null, 'data-box': [box.x, box.y, box.width, box.height].join(',') }));
  }
  placeBoxes(frame);
  return el('section', { class: 'page-image' }, frame);
}

/** Positions redaction outlines with CSSOM (the style attribute is blocked by the content security policy). */
function placeBoxes(frame) {
  frame.querySelectorAll('.redaction').forEach(div => {
    const [x, y, w, h] = div.dataset.box.split(',').map(Number);
    Object.assign(div.style, { left: x * 100 + '%', top: y * 100 + '%', width: w * 100 + '%', height: h * 100 + '%' });
  });
}

function textPanel(page, q) {
  const spans = [
    ...page.hits.map(h => ({ start: h.start, end: h.end, cls: 'match', title: 'matches your search' })),
    ...page.exemption_marks.map(m => ({ start: m.start, end: m.end, cls: 'exemption', title: 'FOIA exemption ' + m.label + describe(m.label) })),
    ...page.bates_marks.map(m => ({ start: m.start, end: m.end, cls: 'bates', title: 'Bates number' })),
    ...(page.mentions || []).filter(m => m.id).map(m => ({ start: m.start, end: m.end, cls: 'mention', title: page.names[m.id] || m.id })),
  ];
  const text = page.text
    ? el('pre', { class: 'page-text', id: 'page-text' }, markedText(page.text, spans))
    : el('p', { class: 'muted', text: 'This page has no text.' });
  return el('section', { class: 'page-side' }, facts(page, q), text);
}

function describe(code) {
  return EXEMPTIONS[code] ? ' — ' + EXEMPTIONS[code] : '';
}

function facts(page, q) {
  const rows = [];
  const source = page.source === 'scanned' ? 'OCR' + (page.ocr_confidence >= 0 ? ' (confidence ' + Math.round(page.ocr_confidence) + ')' : '') : 'text layer';
  rows.push(el('span', { class: 'fact', text: 'Text from ' + (page.source === 'none' ? 'nowhere (no text)' : source) }));
  if (q) rows.push(el('span', { class: page.hits.length ? 'fact hitcount' : 'fact', text: page.hits.length + ' match' + (page.hits.length === 1 ? '' : 'es') + ' on this page' }));
  for (const b of page.bates) rows.push(el('span', { class: 'badge bates', title: 'Bates number', text: 'Bates ' + b }));
  for (const code of page.exemptions) rows.push(el('span', { class: 'badge exemption', title: 'FOIA exemption' + describe(code), text: code + describe(code) }));
  if ((page.redactions || []).length) rows.push(el('span', { class: 'badge redacted', text: page.redactions.length + ' redaction' + (page.redactions.length === 1 ? '' : 's') }));
  const entities = page.entities.map(id => el('a', { class: 'chip entity', href: link(['entity', id]), text: page.names[id] || id }));
  return el('div', { class: 'page-facts' }, el('div', { class: 'row' }, rows),
    entities.length ? el('div', { class: 'row' }, el('span', { class: 'muted', text: 'Mentioned: ' }), entities) : '');
}

function bindKeys(id, n, total, q) {
  window.onkeydown = e => {
    if (e.target.closest && e.target.closest('input, select, textarea')) return;
    if (!location.hash.startsWith('#/doc/')) { window.onkeydown = null; return; }
    if (e.key === 'ArrowLeft' && n > 1) location.hash = link(['doc', id, String(n - 1)], { q });
    if (e.key === 'ArrowRight' && n < total) location.hash = link(['doc', id, String(n + 1)], { q });
  };
}
