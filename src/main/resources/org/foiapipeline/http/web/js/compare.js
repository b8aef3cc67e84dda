// Compare view: two releases of one document aligned word by word; what one release redacted and the other shows is marked.
import { api } from './api.js';
import { el, link } from './dom.js';

const LABELS = {
  redacted_in_second: 'redacted only in the second release',
  redacted_in_first: 'redacted only in the first release',
  recoded: 'other exemption code',
  text: 'other text',
};

export async function compareView(root, parts) {
  const [a, b] = parts;
  const diff = await api('diff', new URLSearchParams({ a: a || '', b: b || '' }));
  document.title = 'Compare ' + diff.first.path + ' — FOIA Pipeline';
  root.append(
    el('div', { class: 'doc-head' },
      el('h1', { class: 'doc-title', text: 'Compare two releases' }),
      el('p', {}, 'First: ', part(diff.first), ' · Second: ', part(diff.second)),
      el('p', { class: 'muted', text: (diff.same_group ? 'Near-duplicates' : 'Not grouped as near-duplicates') + ' · '
        + diff.same_words + ' of ' + diff.first_words + ' / ' + diff.second_words + ' words the same' }),
      el('p', { class: 'diff-legend' }, Object.entries(LABELS).map(([k, label]) =>
        el('span', { class: 'badge diff-' + k, text: diff.counts[k] + ' ' + label })))),
    el('div', { class: 'diff-body', id: 'diff-text' }, diff.pieces.map(piece)));
}

/** A release, or the pages of it compared (a part of a merged release), linked to its first page. */
function part(p) {
  const whole = p.start === undefined || (p.start === 1 && p.end === p.pages);
  return [el('a', { href: link(['doc', p.id, String(p.start || 1)]), text: p.path }),
    whole ? '' : ' (pages ' + p.start + '–' + p.end + ')'];
}

function piece(p) {
  if (p.same !== undefined) return el('span', { class: 'same', text: p.same + ' ' });
  const title = LABELS[p.kind] + ' (page ' + p.page + ')';
  return el('span', { class: 'change diff-' + p.kind, title },
    p.first ? el('del', { text: p.first }) : '', p.second ? el('ins', { text: p.second }) : '', ' ');
}
