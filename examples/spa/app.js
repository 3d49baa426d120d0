// The example app: Gatehouse's client in cookie mode, so no token ever reaches this script.
import { createClient, GatehouseError } from '/client/index.js';
import { GATEHOUSE_URL } from '/config.js';

const client = createClient({ baseUrl: GATEHOUSE_URL, mode: 'cookie' });
// For trying calls from the browser's console, e.g. await gatehouse.request('GET', '/api/users/me/sessions').
globalThis.gatehouse = client;
const $ = (id) => document.getElementById(id);
let pendingMfaToken = null;

function show(state, { user = null, message = '', error = false } = {}) {
  document.body.dataset.state = state;
  $('username').textContent = user?.username ?? '';
  $('email').textContent = user?.email ?? '';
  $('message').textContent = message;
  $('message').className = error ? 'error' : '';
}

/** What a person reads for a refusal: the server's detail when there is one. */
function describe(err) {
  if (err instanceof GatehouseError) return err.detail || err.message || err.code;
  return 'Gatehouse could not be reached.';
}

/** Runs a form's action with its button disabled, showing any refusal on the page. */
function onSubmit(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      await action(new FormData(form));
    } catch (err) {
      $('message').textContent = describe(err);
      $('message').className = 'error';
    } finally {
      button.disabled = false;
    }
  });
}

function signedIn(user, message = '') {
  pendingMfaToken = null;
  for (const form of document.forms) form.reset();
  show('signed-in', { user, message });
  void showPasskeys();
}

/** The signed-in person's passkeys, one line each (written with textContent: names are the person's own text). */
async function showPasskeys() {
  const list = $('passkeys');
  try {
    const { passkeys } = await client.request('get', '/api/users/me/passkeys');
    list.replaceChildren(...passkeys.map((passkey) => {
      const item = document.createElement('li');
      item.dataset.id = passkey.id;
      item.textContent = `${passkey.name}, added ${new Date(passkey.created_at).toLocaleString()}${passkey.last_used_at ? `, last used ${new Date(passkey.last_used_at).toLocaleString()}` : ''}`;
      return item;
    }));
    list.dataset.count = String(passkeys.length);
  } catch (err) {
    list.replaceChildren();
    $('message').textContent = describe(err);
    $('message').className = 'error';
  }
}

/** Runs a button's action with the button disabled, showing any refusal on the page. */
function onClick(button, action) {
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await action();
    } catch (err) {
      $('message').textContent = describe(err);
      $('message').className = 'error';
    } finally {
      button.disabled = false;
    }
  });
}

/** A login that answered: signed in, or the second step (a passkey offered when the account has one). */
function afterLogin(result) {
  if (result.mfaRequired) {
    pendingMfaToken = result.mfaToken;
    $('mfa-passkey').hidden = !result.methods.includes('webauthn');
    show('mfa', { message: 'Enter the code from your authenticator app.' });
    $('mfa-code').focus();
    return;
  }
  signedIn(result.user);
}

onSubmit($('register-form'), async (fields) => {
  const username = fields.get('username');
  await client.register({ username, email: fields.get('email'), password: fields.get('password') });
  $('register-form').reset();
  $('login-identifier').value = username;
  show('signed-out', { message: `Account ${username} created: log in below.` });
});

onSubmit($('login-form'), async (fields) => {
  const identifier = String(fields.get('identifier'));
  const login = identifier.includes('@') ? { email: identifier } : { username: identifier };
  afterLogin(await client.login({ ...login, password: fields.get('password') }));
});

// No username, no password: the browser offers the passkeys it holds for this site.
onClick($('passkey-sign-in'), async () => afterLogin(await client.signInWithPasskey()));

onClick($('mfa-passkey'), async () => signedIn((await client.completeMfaWithPasskey(pendingMfaToken)).user));

onSubmit($('passkey-form'), async (fields) => {
  const name = String(fields.get('name') ?? '').trim();
  const currentPassword = String(fields.get('current_password') ?? '');
  const passkey = await client.registerPasskey({ ...(name ? { name } : {}), ...(currentPassword ? { currentPassword } : {}) });
  $('passkey-form').reset();
  $('message').textContent = `Passkey ${passkey.name} added.`;
  $('message').className = '';
  await showPasskeys();
});

onSubmit($('mfa-form'), async (fields) => {
  const result = await client.completeMfa({ mfaToken: pendingMfaToken, code: String(fields.get('code')).trim() });
  signedIn(result.user);
});

$('refresh').addEventListener('click', async () => {
  try {
    await client.refresh();
    signedIn(await client.me(), `Session refreshed at ${new Date().toLocaleTimeString()}.`);
  } catch (err) {
    show('signed-out', { message: describe(err), error: true });
  }
});

$('logout').addEventListener('click', async () => {
  try {
    await client.logout();
  } catch (err) {
    $('message').textContent = describe(err);
    $('message').className = 'error';
  }
});

// Whatever ends the session (this page, another tab, a refused refresh), the client says so and the page follows.
const SIGNED_OUT = { logout: 'Logged out.', other_tab: 'Logged out in another tab.', refresh_failed: 'Your session ended: log in again.' };
client.onSignedOut((reason) => show('signed-out', { message: SIGNED_OUT[reason] ?? '' }));

// On load: me() refreshes the access token itself when it expired, so a reload keeps the person signed in.
try {
  signedIn(await client.me());
} catch (err) {
  const expected = err instanceof GatehouseError && err.status === 401;
  show('signed-out', expected ? {} : { message: describe(err), error: true });
}
