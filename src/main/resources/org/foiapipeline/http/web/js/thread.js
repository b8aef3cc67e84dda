// Thread view: a printed-email thread in date order, each message with the pages it is printed on, and the chains
// (logical documents) that print it, all linking to the Document page.
import { api } from './api.js';
import { el, link } from './dom.js';
import { pageRange } from './logical.js';

export async function threadView(root, parts) {
  const id = parts[0] || '';
  const thread = await api('thread/' + encodeURIComponent(id));
  document.title = (thread.subject || thread.id) + ' — thread — FOIA Pipeline';
  const n = thread.messages.length;
  const c = thread.copies.length;
  root.append(
    el('div', { class: 'doc-head' },
      el('h1', { class: 'thread-subject', id: 'thread-subject', text: thread.subject || '(no subject)' }),
      el('p', { class: 'muted' }, 'Email thread · ' + n + ' message' + (n === 1 ? '' : 's') + ', printed in ' + c
        + ' chain' + (c === 1 ? '' : 's') + ' · ', el('code', { text: thread.id }))),
    el('h2', { text: 'Messages, oldest first' }),
    el('ol', { class: 'thread-messages', id: 'thread-messages' }, thread.messages.map(message)),
    el('h2', { text: 'Chains that print it' }),
    el('ul', { class: 'thread-copies', id: 'thread-copies' }, thread.copies.map(copy)));
}

function message(m) {
  return el('li', { class: 'message' },
    el('div', { class: 'when', text: m.date || 'undated' }),
    el('div', { class: 'what' },
      el('div', { class: 'message-subject', text: m.subject || '(no subject)' }),
      el('div', {}, el('span', { class: 'muted', text: 'From ' }), el('span', { class: 'from', text: m.from || '—' })),
      el('div', {}, el('span', { class: 'muted', text: 'To ' }), el('span', { class: 'to', text: (m.to || []).join('; ') || '—' })),
      el('div', { class: 'printed' }, el('span', { class: 'muted', text: 'Printed on ' }),
        m.at.flatMap((p, i) => [i ? ', ' : '', place(p)]))));
}

function place(p) {
  const text = p.path + ' p. ' + (p.page ?? '?');
  return p.id && p.page ? el('a', { class: 'message-page', href: link(['doc', p.id, String(p.page)]), text }) : el('span', { text });
}

function copy(c) {
  const facts = [c.number ? 'document ' + c.number + ' of ' + c.of : '', pageRange(c), c.date || '',
    c.messages + ' message' + (c.messages === 1 ? '' : 's')].filter(Boolean).join(' · ');
  return el('li', {},
    el('a', { class: 'copy-link', href: link(['doc', c.id, String(c.start)]), text: c.path }),
    el('span', { class: 'muted', text: ' — ' + facts }),
    c.title ? el('div', { class: 'logical-title', text: c.title }) : '');
}
