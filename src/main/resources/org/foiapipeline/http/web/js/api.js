// Fetches from the local JSON API; an error answer becomes an Error with the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function api(path, params) {
  const query = params ? '?' + params.toString() : '';
  const response = await fetch('/api/' + path + query, { headers: { Accept: 'application/json' } });
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError(response.status, 'The server sent an unreadable answer (' + response.status + ').');
  }
  if (!response.ok) throw new ApiError(response.status, body.error || 'Request failed (' + response.status + ').');
  return body;
}

/** The API query string for the filter params of a route (drops UI-only params). */
export function filterParams(params, extra = {}) {
  const out = new URLSearchParams();
  for (const key of ['q', 'agency', 'jurisdiction', 'state', 'from', 'to', 'kind', 'exemption']) {
    for (const value of params.getAll(key)) if (value) out.append(key, value);
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null && v !== '') out.set(k, v);
  return out;
}
