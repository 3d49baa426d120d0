import { api } from './api.js';
import { h, heading, table, when } from './dom.js';

export async function renderMail() {
  const mail = await api('GET', '/api/admin/mail');
  const counts = Object.entries(mail.counts).map(([status, count]) => [h('dt', {}, status), h('dd', {}, count)]);
  return [
    heading('Mail'),
    h('section', { 'aria-labelledby': 'outbox' }, h('h2', { id: 'outbox' }, 'Outbox'), h('dl', { id: 'mail-counts' }, counts,
      h('dt', {}, 'oldest waiting'), h('dd', {}, when(mail.oldest_pending_at)))),
    h('section', { 'aria-labelledby': 'failures' }, h('h2', { id: 'failures' }, 'Latest failures'),
      table('Latest failures', ['Queued', 'Recipient', 'Template', 'State', 'Attempts', 'Last error'],
        mail.failures.map((f) => [when(f.created_at), f.recipient, f.template, f.status === 'failed' ? 'given up' : 'will retry', f.attempts, f.last_error]), 'No failure.')),
  ];
}
