// Logical documents of a merged release (letters, email chains, agreements ... in one PDF): the list beside a
// document, the line naming the one being read, and the same line on search hits. Text goes in as text only.
import { el, link } from './dom.js';

/** "pages 14–16" or "page 14". */
export function pageRange(l) {
  return l.start === l.end ? 'page ' + l.start : 'pages ' + l.start + '–' + l.end;
}

/** "document 3 of 12: email, 2017-03-02, pages 14–16". */
export function describe(l) {
  return 'document ' + l.number + ' of ' + l.of + ': ' + [l.kind || 'document', l.date || 'undated', pageRange(l)].join(', ');
}

export function threadLink(threadId, text = 'Email thread →') {
  return el('a', { class: 'thread-link', href: link(['thread', threadId]), title: 'Every message of this thread in date order', text });
}

/** The logical document holding page n, or null. */
export function current(doc, n) {
  return (doc.logical_documents || []).find(l => l.start <= n && n <= l.end) || null;
}

/**
 * The header line for page n: which logical document it is in (only when the file holds more than one), its thread,
 * and links to the documents before and after it.
 */
export function logicalLine(doc, id, n, q) {
  const l = current(doc, n);
  if (!l || (l.of < 2 && !l.thread)) return '';
  const all = doc.logical_documents;
  const step = (other, rel, text) => other
    ? el('a', { class: 'logical-step', rel, href: link(['doc', id, String(other.start)], { q }), title: other.title || '', text })
    : '';
  return el('p', { class: 'logical-current', id: 'logical-current' },
    l.of > 1 ? el('strong', { text: describe(l) }) : '',
    l.of > 1 && l.title ? [' — ', el('span', { class: 'logical-title', text: l.title })] : '',
    l.thread ? [l.of > 1 ? ' · ' : '', threadLink(l.thread)] : '',
    l.of > 1 ? el('span', { class: 'logical-steps' }, step(all[l.number - 2], 'prev', '← previous document'),
      step(all[l.number], 'next', 'next document →')) : '');
}

/** Groups the page select's options by logical document, so a long release reads as its documents. */
export function groupPages(select, doc) {
  const all = doc.logical_documents || [];
  if (all.length < 2 || !select) return;
  const options = [...select.options];
  const chosen = select.value;
  for (const l of all) {
    const group = el('optgroup', { label: l.number + '. ' + [l.kind || 'document', l.date || 'undated'].join(', ')
      + (l.title ? ' — ' + l.title.slice(0, 60) : '') });
    options.filter(o => Number(o.value) >= l.start && Number(o.value) <= l.end).forEach(o => group.append(o));
    select.append(group);
  }
  select.value = chosen;  // moving the chosen option out and back in loses the choice
}

/** The side list of a file's logical documents, the one holding page n marked; null for a file with one or none. */
export function logicalList(doc, id, n, q) {
  const all = doc.logical_documents || [];
  if (all.length < 2) return null;
  const list = el('ol', { class: 'logical-list', id: 'logical-list' });
  for (const l of all) {
    const here = l.start <= n && n <= l.end;
    list.append(el('li', { class: here ? 'current' : null, 'aria-current': here ? 'true' : null, 'data-start': l.start },
      el('a', { class: 'logical-link', href: link(['doc', id, String(l.start)], { q }) },
        el('span', { class: 'logical-meta', text: l.number + '. ' + [l.kind || 'document', l.date || 'undated', pageRange(l)].join(' · ') }),
        el('span', { class: 'logical-title', text: l.title || '(untitled)' })),
      l.thread ? threadLink(l.thread, 'thread →') : ''));
  }
  return el('aside', { class: 'logical-side', 'aria-label': 'Documents in this file' },
    el('h3', { text: all.length + ' documents in this file' }), list);
}

/** The line under a search hit naming its logical document (when its file holds several) and its thread. */
export function hitLogical(hit) {
  const l = hit.logical;
  if (!l) return '';
  return el('p', { class: 'hit-logical muted' },
    l.of > 1 ? el('span', { text: describe(l) + (l.title ? ' — ' + l.title : '') }) : '',
    l.thread ? [l.of > 1 ? ' · ' : '', threadLink(l.thread)] : '');
}
