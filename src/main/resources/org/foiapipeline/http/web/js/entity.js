// Entity page: what the index knows about one agency or jurisdiction — contact timeline, related entities, pages.
import { api } from './api.js';
import { el, formatNumber, link } from './dom.js';

const PAGES_SHOWN = 100;

export async function entityView(root, parts) {
  const id = parts[0] || '';
  const e = await api('entities/' + encodeURIComponent(id));
  document.title = e.name + ' — FOIA Pipeline';
  const names = e.names || {};
  const jurisdiction = !id.startsWith('agency:');
  root.append(
    el('div', { class: 'entity-head' },
      el('p', { class: 'muted', text: e.type + (e.state ? ' · ' + e.state : '') + ' · ' + e.id }),
      el('h1', { id: 'entity-name', text: e.name }),
      el('p', { class: 'stats' },
        stat(e.contacts_total, 'contact'), stat(e.documents, 'document'), stat(e.pages.length, 'page')),
      el('p', { class: 'actions' },
        el('a', { class: 'button', href: link(['search'], { [jurisdiction ? 'jurisdiction' : 'agency']: e.id }), text: 'Search its pages' }),
        el('a', { class: 'button', id: 'map-link', href: link(['contacts']), text: 'Contacts map' }),
        el('a', { class: 'button', href: '/api/contacts?format=csv&detail=true&' + (jurisdiction ? 'jurisdiction=' : 'agency=') + encodeURIComponent(e.id), text: 'Download its contacts (CSV)' })),
      e.variants.length ? el('p', { class: 'variants' }, el('span', { class: 'muted', text: 'Written as: ' }),
        e.variants.slice(0, 12).map(v => el('span', { class: 'variant', text: v.value + ' (' + v.count + ')' }))) : ''),
    el('div', { class: 'entity-body' },
      el('section', { class: 'timeline-box' }, el('h2', { text: 'Contact timeline' }), timeline(e, names)),
      el('aside', { class: 'entity-side' },
        el('h2', { text: 'Related entities' }), related(e.related),
        el('h2', { text: 'Pages mentioning it' }), pageList(e.pages))));
}

function stat(n, noun) {
  return el('span', { class: 'stat' }, el('strong', { text: formatNumber(n) }), ' ' + noun + (n === 1 ? '' : 's'));
}

function timeline(e, names) {
  if (!e.contacts.length) return el('p', { class: 'empty', text: 'No contacts recorded.' });
  const list = el('ol', { class: 'timeline', id: 'timeline' });
  for (const c of e.contacts) {
    const other = e.id === c.agency ? c.jurisdiction : c.agency;
    list.append(el('li', { class: 'event kind-' + c.kind },
      el('div', { class: 'when', text: c.date || 'undated' }),
      el('div', { class: 'what' },
        el('span', { class: 'badge kind', text: c.kind }), ' ',
        el('a', { href: link(['entity', other]), text: names[other] || other }),
        el('blockquote', { class: 'evidence', text: shorten(c.snippet, 400) }),
        el('a', { class: 'source', href: link(['doc', c.docId, String(c.page)]), text: c.path + ', page ' + c.page }))));
  }
  if (e.contacts_total > e.contacts.length) list.append(el('li', { class: 'muted', text: 'and ' + (e.contacts_total - e.contacts.length) + ' more — download the CSV' }));
  return list;
}

function related(items) {
  if (!items.length) return el('p', { class: 'empty', text: 'None.' });
  return el('ul', { class: 'related' }, items.map(r =>
    el('li', {}, el('a', { href: link(['entity', r.value]), text: r.name || r.value }), el('span', { class: 'count', text: r.count + ' pages' }))));
}

function pageList(pages) {
  if (!pages.length) return el('p', { class: 'empty', text: 'No pages.' });
  const list = el('ul', { class: 'pages' }, pages.slice(0, PAGES_SHOWN).map(p =>
    el('li', {}, el('a', { href: link(['doc', p.id, String(p.page)]) }, el('span', { class: 'path', text: p.path }), ' · page ' + p.page))));
  if (pages.length > PAGES_SHOWN) list.append(el('li', { class: 'muted', text: 'and ' + (pages.length - PAGES_SHOWN) + ' more' }));
  return list;
}

function shorten(s, max) {
  const flat = String(s || '').replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}
