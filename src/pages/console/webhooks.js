import { api, ApiError } from './api.js';
import { confirmAction } from './dialog.js';
import { field, formValues, h, heading, run, statusLine, table, unavailable, when } from './dom.js';

const EVENTS = ['user.created', 'user.updated', 'user.deleted', 'user.locked', 'user.password_changed', 'user.email_verified',
  'session.created', 'session.revoked', 'mfa.enabled', 'mfa.disabled'];

/** The signing secret of the endpoint just created: shown on the next render only, then forgotten. */
let revealed = null;

async function listWebhooks() {
  try {
    return (await api('GET', '/api/admin/webhooks')).webhooks;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

function deliveriesSection(webhook) {
  const status = statusLine();
  const body = h('div', {});
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'More deliveries');
  let after = null;
  const rows = [];
  const load = async () => {
    const query = new URLSearchParams(after !== null ? { after: String(after) } : {});
    const page = await run(more, status, () => api('GET', `/api/admin/webhooks/${webhook.id}/deliveries?${query}`));
    if (!page) return;
    rows.push(...page.deliveries.map((d) => [when(d.created_at), d.type, d.status, d.attempts, d.last_status ?? '—', d.last_error || '—', when(d.delivered_at || d.next_attempt_at)]));
    body.replaceChildren(table(`Deliveries to ${webhook.url}`, ['Queued', 'Event', 'Status', 'Attempts', 'HTTP', 'Last error', 'Delivered / next try'], rows, 'No delivery yet.'));
    after = page.next ?? null;
    more.hidden = after === null;
  };
  more.addEventListener('click', load);
  load();
  return h('section', { 'aria-labelledby': 'deliveries-title', id: 'deliveries' }, h('h2', { id: 'deliveries-title' }, `Deliveries: ${webhook.url}`), status.el, body, more);
}

export async function renderWebhooks({ params, reload }) {
  const webhooks = await listWebhooks();
  if (webhooks === null) return [heading('Webhooks'), unavailable('Webhooks')];
  const status = statusLine();
  const secret = revealed;
  revealed = null;

  const form = h('form', { id: 'new-webhook', onsubmit: async (event) => {
    event.preventDefault();
    const { url, description } = formValues(form);
    const events = [...form.querySelectorAll('input[name=events]:checked')].map((box) => box.value);
    const answer = await run(event.submitter, created, () => api('POST', '/api/admin/webhooks', { url, events, ...(description ? { description } : {}) }));
    if (!answer) return;
    revealed = { url: answer.webhook.url, secret: answer.secret };
    reload();
  } },
  field('Endpoint URL', h('input', { name: 'url', type: 'url', required: true, placeholder: 'https://app.example.com/hooks/gatehouse' })),
  field('Description', h('input', { name: 'description', maxlength: '200' })),
  h('fieldset', {}, h('legend', {}, 'Events'), EVENTS.map((name) => h('label', {}, h('input', { type: 'checkbox', name: 'events', value: name, checked: true }), name))),
  h('button', { type: 'submit' }, 'Add endpoint'));
  const created = statusLine();

  const rows = webhooks.map((webhook) => {
    const act = (label, { danger, confirm, call }) => {
      const button = h('button', { type: 'button', class: danger ? 'danger' : 'secondary', onclick: async () => {
        if (confirm && !(await confirmAction(confirm))) return;
        if ((await run(button, status, call)) !== undefined) reload();
      } }, label);
      return button;
    };
    const test = h('button', { type: 'button', class: 'secondary', onclick: async () => {
      if ((await run(test, status, () => api('POST', `/api/admin/webhooks/${webhook.id}/test`).then(() => true))) !== undefined) status.done(`A test event is on its way to ${webhook.url}.`);
    } }, 'Send test');
    const state = !webhook.enabled ? `disabled${webhook.disabled_at ? ` ${when(webhook.disabled_at)}` : ''}` : webhook.failing_since ? `failing since ${when(webhook.failing_since)}` : 'enabled';
    return [webhook.url, webhook.events.join(', '), state, h('div', { class: 'row' },
      h('a', { href: `#/webhooks?deliveries=${webhook.id}` }, 'Deliveries'), test,
      webhook.enabled
        ? act('Disable', { danger: true, call: () => api('PATCH', `/api/admin/webhooks/${webhook.id}`, { enabled: false }), confirm: { title: 'Disable this endpoint?', message: `${webhook.url} gets no more events until enabled again.`, confirm: 'Disable' } })
        : act('Enable', { call: () => api('PATCH', `/api/admin/webhooks/${webhook.id}`, { enabled: true }) }),
      act('Delete', { danger: true, call: () => api('DELETE', `/api/admin/webhooks/${webhook.id}`).then(() => true), confirm: { title: 'Delete this endpoint?', message: `${webhook.url} and its delivery log are removed.`, confirm: 'Delete' } }))];
  });
  const shown = webhooks.find((webhook) => webhook.id === params.get('deliveries'));

  return [
    heading('Webhooks'),
    secret && h('section', { class: 'notice', 'aria-labelledby': 'secret-title' }, h('h2', { id: 'secret-title' }, 'Signing secret'),
      h('p', {}, `Copy the signing secret of ${secret.url} now: it is shown this once.`), h('p', { class: 'secret', id: 'webhook-secret' }, secret.secret)),
    status.el,
    h('section', { 'aria-labelledby': 'endpoints' }, h('h2', { id: 'endpoints' }, 'Endpoints'),
      table('Endpoints', ['URL', 'Events', 'State', ''], rows, 'No endpoint yet.')),
    shown && deliveriesSection(shown),
    h('section', { 'aria-labelledby': 'add-title' }, h('h2', { id: 'add-title' }, 'Add an endpoint'), form, created.el),
  ];
}
