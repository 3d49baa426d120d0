// Gatehouse invitation page: read the token from the link (fragment first, never sent to a server), and POST
// only when the person submits. No inline script: the pages' CSP allows scripts from this origin only.
(function () {
  'use strict';
  const form = document.getElementById('form');
  const status = document.getElementById('status');

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

  let token = takeToken();
  if (!token) {
    form.hidden = true;
    show('error', 'This link has no token. Open the link from the invitation mail again.');
  }

  window.addEventListener('hashchange', () => {
    const fresh = takeToken();
    if (!fresh) return;
    token = fresh;
    form.hidden = false;
    show('', '');
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    const password = document.getElementById('password').value;
    if (password !== document.getElementById('confirm').value) {
      show('error', 'The two passwords differ.');
      return;
    }
    button.disabled = true;
    try {
      const body = { token, username: document.getElementById('username').value, password };
      const res = await fetch('/api/auth/invitations/accept', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const data = await res.json().catch(() => ({}));
      if (res.ok) {
        form.hidden = true;
        show('done', 'Your account is ready. You can log in with your username or email and the password you chose.');
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
