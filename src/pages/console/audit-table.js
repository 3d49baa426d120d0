import { api, ApiError } from './api.js';
import { h, table, unavailable, when } from './dom.js';

const userLink = (id) => (id === null || id === undefined ? '—' : h('a', { href: `#/users/${id}` }, `#${id}`));
const details = (value) => (value && Object.keys(value).length > 0 ? h('pre', {}, JSON.stringify(value, null, 1)) : '');

/** Audit events, newest first, as a table. */
export function eventsTable(events) {
  return table('Audit events', ['At', 'Action', 'Actor', 'Target', 'IP', 'Details'],
    events.map((e) => [when(e.at), e.action, userLink(e.actor_id), userLink(e.target_user_id), e.ip || '—', details(e.details)]),
    'No event matches.');
}

/** Reads a page of events; null when the server has no audit API (404 for the whole feature, not a user). */
export async function readEvents(path) {
  try {
    return await api('GET', path);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404 && err.code !== 'user_not_found') return null;
    throw err;
  }
}

export const noAudit = () => unavailable('The audit log');
