// The single-page app: routes on the location hash and renders one view into <main>.
import { clear, el, route } from './dom.js';
import { searchView } from './search.js';
import { documentView } from './document.js';
import { entityView } from './entity.js';
import { contactsView } from './contacts.js';
import { compareView } from './compare.js';
import { threadView } from './thread.js';

const VIEWS = { '': searchView, search: searchView, doc: documentView, entity: entityView, contacts: contactsView, compare: compareView, thread: threadView };
let generation = 0;

async function render() {
  const main = document.getElementById('main');
  const { parts, params } = route();
  const view = VIEWS[parts[0] || ''] || searchView;
  const mine = ++generation;
  document.querySelectorAll('[data-nav]').forEach(a =>
    a.classList.toggle('active', a.dataset.nav === (parts[0] === 'contacts' ? 'contacts' : 'search')));
  const container = el('div', { class: 'view loading' });
  clear(main).append(container);
  try {
    await view(container, parts.slice(1), params);
  } catch (e) {
    if (mine !== generation) return;
    clear(container).append(el('div', { class: 'error', role: 'alert', text: e.message || String(e) }));
  } finally {
    container.classList.remove('loading');
  }
}

window.addEventListener('hashchange', () => { render(); window.scrollTo(0, 0); });
render();
