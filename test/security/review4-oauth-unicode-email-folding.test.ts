// Attack: account takeover through Unicode case folding of the provider's email.
// Local addresses are ASCII (the registration schema's `format: email`) and stored lower-case. The provider's
// address is lower-cased with String#toLowerCase before the lookup, which folds some non-ASCII letters into ASCII:
// U+212A KELVIN SIGN "K" becomes "k". An attacker who holds the distinct (SMTPUTF8) mailbox "\u212Aate@corp.example",
// verified by their provider, is matched to the victim's verified local account "kate@corp.example" and rule 2 links
// the attacker's identity to it automatically: a sign-in as the victim. (GitHub's 2019 password-reset bug with the
// dotless i is the same class.) Expected: an address that is not the same after ASCII-only lower-casing is another
// address (no match: a new account, or account_exists), never the victim's account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { Browser, type Providers, startProviders } from '../oauth-helper.js';

describe('review4: a provider email folded by Unicode lower-casing', () => {
  const clock = perTestClock();
  let providers: Providers;
  let t: TestApp;

  beforeAll(async () => {
    providers = await startProviders();
    t = await buildTestApp({ env: { ...providers.env, SELF_SERVICE_RATE_LIMIT_MAX: '100000' }, clock });
  });
  afterAll(async () => {
    await t?.close();
    await providers?.close();
  });

  it('does not sign the holder of "\\u212Aate@…" into the verified account of "kate@…"', async () => {
    const victim = await registerAndLogin(t.app, { username: 'kate_r4', email: 'kate.r4@corp.example' });
    await t.app.db.updateTable('users').set({ email_verified_at: clock.now() }).where('id', '=', victim.id).execute();

    providers.as({ sub: 'kelvin-attacker', email: '\u212Aate.r4@corp.example', email_verified: true });
    const attacker = new Browser(t.app);
    const back = await attacker.signIn('google');
    const code = back.searchParams.get('code');
    const signedInAs = code === null ? null : (await attacker.exchange(code)).json().user?.id;

    expect(signedInAs).not.toBe(victim.id);
    const linked = await t.app.db.selectFrom('user_identities').select('subject').where('user_id', '=', victim.id).execute();
    expect(linked).toEqual([]);
  });
});
