// Small DOM helpers. Every piece of text from the index goes through textContent or a text node, never innerHTML.

/** Creates an element: attrs are attributes (class, href, title, data-*...), children are nodes or strings. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Creates an SVG element. */
export function svg(tag, attrs = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&#x2F;': '/', '&#47;': '/' };

/** Decodes the few entities the index's HTML escaping produces; anything else stays as typed. */
export function unescapeHtml(s) {
  return s.replace(/&(lt|gt|amp|quot|#x27|#39|#x2F|#47);/g, m => ENTITIES[m]);
}

/**
 * Renders an index snippet (HTML-escaped text with <b> around matches) as text nodes and <mark> elements.
 * Only the literal tags <b> and </b> are interpreted; the rest is decoded and inserted as text.
 */
export function snippet(html) {
  const out = document.createDocumentFragment();
  let bold = false;
  for (const part of String(html).split(/(<b>|<\/b>)/)) {
    if (part === '<b>') { bold = true; continue; }
    if (part === '</b>') { bold = false; continue; }
    if (!part) continue;
    const text = unescapeHtml(part);
    out.append(bold ? el('mark', { text }) : document.createTextNode(text));
  }
  return out;
}

/**
 * Renders page text with marked spans ({start, end, cls, title}); overlapping spans nest as combined classes.
 * Returns a fragment of text nodes and <span>/<mark> elements.
 */
export function markedText(text, spans) {
  const cuts = new Set([0, text.length]);
  const valid = spans.filter(s => s.start >= 0 && s.end <= text.length && s.start < s.end);
  valid.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = valid.filter(s => s.start <= a && s.end >= b);
    if (!covering.length) { out.append(document.createTextNode(piece)); continue; }
    const hit = covering.some(s => s.cls === 'match');
    const node = el(hit ? 'mark' : 'span', {
      class: [...new Set(covering.map(s => s.cls))].join(' '),
      title: covering.map(s => s.title).filter(Boolean).join(' · ') || null,
    });
    node.textContent = piece;
    out.append(node);
  }
  return out;
}

/** Reads the hash route: "#/doc/abc/2?q=x" → {parts: ['doc','abc','2'], params: URLSearchParams}. */
export function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

/** Builds a hash link from path parts and params (empty values dropped). */
export function link(parts, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const value of [].concat(v)) if (value !== undefined && value !== null && value !== '') query.append(k, value);
  }
  const q = query.toString();
  return '#/' + parts.map(p => encodeURIComponent(p)).join('/') + (q ? '?' + q : '');
}

export function paramsObject(params) {
  const out = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

export function formatNumber(n) {
  return Number(n).toLocaleString('en-US');
}
