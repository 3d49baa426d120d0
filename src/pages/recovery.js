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

  async function post(url, body) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const data = await res.json().catch(() => ({}));
    return { ok: res.ok, data };
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      let result;
      if (action === 'reset') {
        const password = document.getElementById('password').value;
        if (password !== document.getElementById('confirm').value) {
          show('error', 'The two passwords differ.');
          return;
        }
        result = await post('/api/auth/password/reset', { token, password });
      } else {
        result = await post('/api/auth/email/verify', { token });
      }
      if (result.ok) {
        form.hidden = true;
        show('done', action === 'reset' ? 'Your password was changed. You can log in with it now.' : 'Your email address is confirmed.');
      } else {
        show('error', result.data.detail || 'Something went wrong.', (result.data.errors || []).map((e) => e.field + ': ' + e.message));
      }
    } catch {
      show('error', 'The server could not be reached. Try again.');
    } finally {
      button.disabled = false;
    }
  });
})();
