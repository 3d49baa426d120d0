import { eventsTable, noAudit, readEvents } from './audit-table.js';
import { field, formValues, h, heading } from './dom.js';

const FILTERS = ['action', 'actor', 'target', 'since', 'until'];
let trail = [];

/** datetime-local (the browser's local time) to ISO 8601 UTC, and back for the form. */
const toIso = (local) => (local ? new Date(local).toISOString() : '');
const toLocal = (iso) => (iso ? new Date(new Date(iso).getTime() - new Date(iso).getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '');

function auditHash(filters, after) {
  const query = new URLSearchParams(Object.entries({ ...filters, after: after ?? '' }).filter(([, v]) => v !== ''));
  return `#/audit${query.size > 0 ? `?${query}` : ''}`;
}

export async function renderAudit({ params }) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) || '']));
  const after = params.get('after') || '';
  if (!after) trail = [];
  const query = new URLSearchParams(Object.entries({ ...filters, after, per_page: '25' }).filter(([, v]) => v !== ''));
  const page = await readEvents(`/api/admin/audit?${query}`);
  if (page === null) return [heading('Audit log'), noAudit()];

  const form = h('form', { class: 'filters', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    const values = formValues(form);
    trail = [];
    location.hash = auditHash({ ...values, since: toIso(values.since), until: toIso(values.until) }, '');
  } },
  field('Action', h('input', { name: 'action', value: filters.action, placeholder: 'login_failed' })),
  field('Actor id', h('input', { name: 'actor', inputmode: 'numeric', value: filters.actor })),
  field('Target user id', h('input', { name: 'target', inputmode: 'numeric', value: filters.target })),
  field('Since', h('input', { name: 'since', type: 'datetime-local', value: toLocal(filters.since) })),
  field('Until', h('input', { name: 'until', type: 'datetime-local', value: toLocal(filters.until) })),
  h('button', { type: 'submit' }, 'Filter'));

  const previous = h('button', { type: 'button', class: 'secondary', disabled: trail.length === 0, onclick: () => { location.hash = auditHash(filters, trail.pop()); } }, 'Previous');
  const next = h('button', { type: 'button', class: 'secondary', disabled: page.next === null || page.next === undefined, onclick: () => {
    trail.push(after);
    location.hash = auditHash(filters, page.next);
  } }, 'Next');
  return [heading('Audit log'), form, eventsTable(page.events), h('nav', { class: 'pager', 'aria-label': 'Pages' }, previous, next)];
}
