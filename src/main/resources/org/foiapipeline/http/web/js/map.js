// A US county choropleth drawn as plain SVG paths from the pre-projected us-atlas file (Albers USA, 975×610),
// decoded with the vendored topojson-client. County features are keyed by 5-digit FIPS.
import { svg } from './dom.js';

export const NO_CONTACTS = '#eef0f3';
const SCALE = ['#fdbb84', '#fc8d59', '#ef6548', '#d7301f', '#b30000', '#7f0000'];
let atlas;

async function loadAtlas() {
  if (!atlas) {
    const response = await fetch('/data/counties-albers-10m.json');
    if (!response.ok) throw new Error('The county map data could not be loaded.');
    atlas = await response.json();
  }
  return atlas;
}

function ring(points) {
  return 'M' + points.map(p => p[0].toFixed(1) + ',' + p[1].toFixed(1)).join('L') + 'Z';
}

function pathData(geometry) {
  if (!geometry) return '';
  if (geometry.type === 'Polygon') return geometry.coordinates.map(ring).join('');
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flatMap(poly => poly.map(ring)).join('');
  if (geometry.type === 'MultiLineString') return geometry.coordinates.map(line => 'M' + line.map(p => p[0].toFixed(1) + ',' + p[1].toFixed(1)).join('L')).join('');
  return '';
}

/** Class breaks for counts 1..max: at most six colours, roughly even on a log scale. */
export function colour(count, max) {
  if (!count) return NO_CONTACTS;
  if (max <= 1) return SCALE[3];
  const t = Math.log(count) / Math.log(max);
  return SCALE[Math.min(SCALE.length - 1, Math.floor(t * (SCALE.length - 1) + 0.0001))];
}

/**
 * Draws the map: counts maps FIPS → contacts, names maps FIPS → display name. onSelect(fips) is called on click.
 */
export async function countyMap(counts, names, onSelect) {
  const topology = await loadAtlas();
  const topo = window.topojson;
  const max = Math.max(1, ...Object.values(counts));
  const root = svg('svg', { viewBox: '0 0 975 610', class: 'map', id: 'county-map', role: 'img', 'aria-label': 'Contacts by county' });
  const counties = svg('g', { class: 'counties' });
  for (const f of topo.feature(topology, topology.objects.counties).features) {
    const n = counts[f.id] || 0;
    const path = svg('path', { d: pathData(f.geometry), fill: colour(n, max), 'data-fips': f.id, class: n ? 'has' : '' });
    const title = svg('title', {});
    title.textContent = (names[f.id] || (f.properties.name + ' (' + f.id + ')')) + ': ' + n + ' contact' + (n === 1 ? '' : 's');
    path.append(title);
    if (n && onSelect) path.addEventListener('click', () => onSelect(f.id));
    counties.append(path);
  }
  const states = svg('path', { class: 'states', d: pathData(topo.mesh(topology, topology.objects.states, (a, b) => a !== b)) });
  const nation = svg('path', { class: 'nation', d: pathData(topo.mesh(topology, topology.objects.nation)) });
  root.append(counties, states, nation);
  return { element: root, legend: legend(max) };
}

function legend(max) {
  const steps = [];
  const seen = new Set();
  for (let n = 1; n <= max; n = n < 10 ? n + 1 : Math.ceil(n * 1.6)) {
    const c = colour(n, max);
    if (!seen.has(c)) { seen.add(c); steps.push([n, c]); }
  }
  return [[0, NO_CONTACTS], ...steps];
}
