// Attack: reverse pre-account takeover through the email-verification link (not a password reset).
// The attacker signs up through a provider that does not verify addresses, using the victim's address: Gatehouse
// creates an account with that address, unverified, and links the attacker's identity. The account mails a
// verification link to the victim (the attacker asks for it); the victim, expecting it, clicks it. The mailbox is now
// proven, yet the attacker's identity stays linked. When the victim then signs in with their own Google account
// (verified address), rule 2 links it automatically into that account: victim and attacker now share one account.
// A password reset unlinks identities that never proved the address (unlinkIdentitiesNotProvingEmail); proving the
// mailbox through the verification link must do the same, or the auto-link must refuse an account that still holds
// identities not proving its address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueEmailToken } from '../../src/account/email-tokens.js';
import { buildTestApp, perTestClock, type TestApp, uniqueIdentity } from '../helper.js';
import { Browser, type Providers, startProviders } from '../oauth-helper.js';

describe('review4: proving the mailbox through the verification link leaves the squatter\'s identity linked', () => {
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

  const identitiesOfUser = (id: number) => t.app.db.selectFrom('user_identities').selectAll().where('user_id', '=', id).execute();

  it('does not let the attacker\'s unverified identity into the account once the mailbox owner verified it', async () => {
    const { email } = uniqueIdentity('victim');
    // 1. The attacker signs up through the provider with the victim's (unverified) address.
    providers.as({ sub: 'attacker-sub-r4', email, email_verified: false });
    const attacker = new Browser(t.app);
    const signedUp = (await attacker.exchange((await attacker.signIn('google')).searchParams.get('code') as string)).json();
    const accountId = signedUp.user.id as number;
    expect(signedUp.user.email_verified ?? false).toBeFalsy();

    // 2. The verification mail reaches the victim, who clicks it (the token is what the mail carries).
    const token = await issueEmailToken(t.app.db, { userId: accountId, purpose: 'email_verify', email, now: clock.now(), ttlMs: 3_600_000 });
    const verified = await t.app.inject({ method: 'POST', url: '/api/auth/email/verify', payload: { token } });
    expect(verified.statusCode).toBe(200);

    // 3. The victim signs in with their own Google account, which verifies the address.
    providers.as({ sub: 'victim-sub-r4', email, email_verified: true });
    const victim = new Browser(t.app);
    const victimBack = await victim.signIn('google');
    const victimCode = victimBack.searchParams.get('code');

    // 4. The attacker signs in again through the identity that never proved the address.
    providers.as({ sub: 'attacker-sub-r4', email, email_verified: false });
    const again = new Browser(t.app);
    const attackerBack = await again.signIn('google');
    const attackerCode = attackerBack.searchParams.get('code');
    const attackerUser = attackerCode === null ? null : (await again.exchange(attackerCode)).json().user;

    // The proven mailbox's account must be the victim's alone: either the victim was refused (account_exists), or
    // the attacker's identity no longer reaches it.
    const shared = victimCode !== null && attackerUser?.id === accountId;
    expect({ victimBack: Object.fromEntries(victimBack.searchParams), attackerReaches: attackerUser?.id === accountId, shared }).toMatchObject({ shared: false });
    expect((await identitiesOfUser(accountId)).map((i) => i.subject)).not.toContain('attacker-sub-r4');
  });
});
