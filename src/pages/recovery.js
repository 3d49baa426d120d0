// Gatehouse account pages: read the token from the link (fragment first, never sent to a server), and POST
// only when the person submits. No inline script: the pages' CSP allows scripts from this origin only.
(function () {
  'use strict';
  const form = document.getElementById('form');
  const status = document.getElementById('status');
  const action = document.body.dataset.action;

  function show(kind, text, details) {
    status.className = kind;
    status.textContent = text;
    for (const line of details || []) {
      const item = document.createElement('div');
      item.textContent = line;
      status.appendChild(item);
    }
  }

  /** The token in the address, if any; it leaves the address bar (and the history) at once. */
  function takeToken() {
    const params = new URLSearchParams(location.hash.slice(1));
    const query = new URLSearchParams(location.search);
    const found = params.get('token') || query.get('token') || '';
    if (location.hash || query.has('token')) history.replaceState(null, '', location.pathname);
    return found;
  }

  // It stays in memory for the submit.
  let token = takeToken();
  if (!token) {
    form.hidden = true;
    show('error', 'This link has no token. Open the link from the mail again, or ask for a new one.');
  }

  // A newer link opened in this tab changes only the fragment: the browser reloads nothing, so take its token here.
  window.addEventListener('hashchange', () => {
    const fresh = takeToken();
    if (!fresh) return;
    token = fresh;
    form.hidden = false;
    show('', '');
  });

  const value = (id) => document.getElementById(id).value;

  /** What each page sends on submit, and what it says once the server agreed. */
  const ACTIONS = {
    reset: { url: '/api/auth/password/reset', newPassword: true, body: () => ({ token, password: value('password') }), done: 'Your password was changed. You can log in with it now.' },
    verify: { url: '/api/auth/email/verify', body: () => ({ token }), done: 'Your email address is confirmed.' },
    'accept-invitation': {
      url: '/api/auth/invitations/accept',
      newPassword: true,
      body: () => ({ token, username: value('username'), password: value('password') }),
      done: 'Your account is ready. You can log in with your username or email and the password you chose.',
    },
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const page = ACTIONS[action];
    if (page.newPassword && value('password') !== value('confirm')) {
      show('error', 'The two passwords differ.');
      return;
    }
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const res = await fetch(page.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(page.body()) });
      const data = await res.json().catch(() => ({}));
      if (res.ok) {
        form.hidden = true;
        show('done', page.done);
        document.getElementById('back').hidden = false;
      } else {
        show('error', data.detail || 'Something went wrong.', (data.errors || []).map((e) => e.field + ': ' + e.message));
      }
    } catch {
      show('error', 'The server could not be reached. Try again.');
    } finally {
      button.disabled = false;
    }
  });
})();
