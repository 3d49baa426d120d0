// The admin console: a hash router over the pages; until someone signs in, the sign-in page.
import { currentUser, signedIn, signIn, signInWithCode, signOut } from './api.js';
import { field, h, heading, problemText } from './dom.js';
import { renderAudit } from './audit.js';
import { renderCreate } from './create.js';
import { renderMail } from './mail.js';
import { renderUser } from './user.js';
import { renderUsers } from './users.js';
import { renderWebhooks } from './webhooks.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
const APP_NAME = document.querySelector('meta[name=app-name]').content;

const ROUTES = [
  [/^#\/users\/new$/, renderCreate, 'Create & invite'],
  [/^#\/users\/(\d+)$/, renderUser, 'User'],
  [/^#\/users(?:\?.*)?$/, renderUsers, 'Users'],
  [/^#\/audit(?:\?.*)?$/, renderAudit, 'Audit log'],
  [/^#\/webhooks(?:\?.*)?$/, renderWebhooks, 'Webhooks'],
  [/^#\/mail$/, renderMail, 'Mail'],
];

function signInPage(notice) {
  chrome();
  const status = h('div', { class: 'status', role: 'alert' }, notice && h('p', { class: 'error' }, notice));
  const identifier = h('input', { name: 'identifier', autocomplete: 'username', required: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit' }, 'Sign in');
  const form = h('form', { id: 'sign-in', onsubmit: async (event) => {
    event.preventDefault();
    await attempt(submit, status, async () => {
      const step = await signIn(identifier.value.trim(), password.value);
      if (step.mfaToken) codePage(step.mfaToken);
      else enter();
    });
  } }, field('Username or email', identifier), field('Password', password), submit);
  show([heading(`Sign in to ${APP_NAME} admin`), form, status], 'Sign in', { narrow: true });
}

function codePage(mfaToken) {
  const status = h('div', { class: 'status', role: 'alert' });
  const code = h('input', { name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric', required: true, maxlength: '32' });
  const submit = h('button', { type: 'submit' }, 'Verify');
  const form = h('form', { id: 'second-factor', onsubmit: async (event) => {
    event.preventDefault();
    await attempt(submit, status, async () => {
      await signInWithCode(mfaToken, code.value.trim());
      enter();
    });
  } }, h('p', {}, 'Enter the 6-digit code from your authenticator app, or a recovery code.'), field('Code', code), submit);
  show([heading('Second factor'), form, status], 'Second factor', { narrow: true });
}

async function attempt(button, status, action) {
  button.disabled = true;
  status.replaceChildren();
  try {
    await action();
  } catch (err) {
    status.replaceChildren(h('p', { class: 'error' }, problemText(err)));
    // A refused sign-in starts over from the password (the second step's token is spent or expired).
    if (!signedIn() && err.status !== 401) signInPage(problemText(err));
  } finally {
    button.disabled = false;
  }
}

function enter() {
  if (!location.hash || location.hash === '#/' || location.hash === '#') location.hash = '#/users';
  else route();
}

/** Replaces the page's content and moves focus to its heading. */
function show(children, title, { narrow = false } = {}) {
  main.className = narrow ? 'narrow' : '';
  main.replaceChildren(...children.filter((child) => child !== null && child !== undefined && child !== false));
  document.title = `${title} · ${APP_NAME} admin`;
  (main.querySelector('h1') || main).focus();
}

function chrome() {
  nav.hidden = !signedIn();
  who.hidden = !signedIn();
  if (!signedIn()) return;
  who.replaceChildren(h('span', {}, `Signed in as ${currentUser().username}`), h('button', { type: 'button', id: 'sign-out', onclick: async () => {
    await signOut();
    location.hash = '';
    route();
  } }, 'Sign out'));
  for (const link of nav.querySelectorAll('a')) {
    const current = location.hash === link.getAttribute('href') || (link.getAttribute('href') === '#/users' && /^#\/users(\?|\/\d|$)/.test(location.hash));
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function route() {
  chrome();
  if (!signedIn()) return signInPage();
  const hash = location.hash || '#/users';
  const match = ROUTES.find(([pattern]) => pattern.test(hash));
  if (!match) return show([heading('Not found'), h('p', {}, 'No such page. '), h('a', { href: '#/users' }, 'Back to users')], 'Not found');
  const [pattern, render, title] = match;
  const params = new URLSearchParams(hash.split('?')[1] || '');
  try {
    show(await render({ id: Number(pattern.exec(hash)[1]), params, reload: route }), title);
  } catch (err) {
    if (!signedIn()) return signInPage(problemText(err));
    show([heading(title), h('p', { class: 'error', role: 'alert' }, problemText(err))], title);
  }
}

window.addEventListener('hashchange', route);
route();
