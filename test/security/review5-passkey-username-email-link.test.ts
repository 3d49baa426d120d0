import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, registerAndLogin, type TestApp } from '../helper.js';
import { buildPasskeyApp, discoverableOptions, ownerWithPasskey } from './passkey-attack-helper.js';

// Review 5, finding 4. POST /api/auth/passkey/options {username} takes a username or an email. A real account's
// options list its real credential ids whichever form names it; an unknown name, or an account without passkeys,
// gets a stand-in derived from the string given, so its username and its email get two different stand-ins. Asking
// once by username (often public) and once by a guessed email therefore tells whether that email is the account's,
// and that it is registered at all: an oracle the rest of the API (forgot password, login, lockout) closes. The docs
// name the number of entries and the ids' lengths as what can still differ; not this.

const ids = (options: { allowCredentials: Array<{ id: string }> }) => options.allowCredentials.map((c) => c.id).sort();

describe(`username options linking a username to its email on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterAll(async () => t.close());

  it('options by username and by the account\'s email answer alike whether or not the account has a passkey', async () => {
    const owner = await ownerWithPasskey(t.app);
    const plain = await registerAndLogin(t.app);
    const linked = async (who: { username: string; email: string }) =>
      JSON.stringify(ids(await discoverableOptions(t.app, { username: who.username }))) === JSON.stringify(ids(await discoverableOptions(t.app, { username: who.email })));
    // For an account without passkeys (as for an unknown pair) the two answers differ; they must differ for one with a passkey too.
    expect(await linked(plain)).toBe(false);
    expect(await linked(owner), 'the email of an account with a passkey is confirmed by its username\'s options').toBe(false);
    // And a wrong guess of the email is answered like the right one.
    const wrongGuess = JSON.stringify(ids(await discoverableOptions(t.app, { username: `x${owner.email}` }))) === JSON.stringify(ids(await discoverableOptions(t.app, { username: owner.username })));
    expect(wrongGuess).toBe(false);
  });
});
