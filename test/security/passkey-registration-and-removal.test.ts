import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, loginUser, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { creationOptions, newAuthenticator, registerPasskey, signInWithPasskey } from '../passkey-helper.js';
import { FLASK_SECRET, mintFlaskToken } from '../flask-tokens.js';
import { UNUSABLE_PASSWORD_HASH } from '../../src/account/password-formats.js';
import {
  buildPasskeyApp, expectProblem, holdWriteTransactions, ownerWithPasskey, type PasskeyOwner, passkeyCount, postRegistration, withCredentialId,
} from './passkey-attack-helper.js';

// Adding a passkey adds a way in: a stolen access token (not fresh, no password) must not plant the attacker's
// passkey, nor may an attacker claim a victim's credential id. Removing one may never leave an account without a
// way in, even when two removals race.

const ROUNDS = 8;

describe(`registering passkeys with a stolen token on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 5, 1, 12, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    // Access tokens outlive the 10 fresh minutes, as a stolen one may.
    t = await buildPasskeyApp({ clock, env: { JWT_ACCESS_TOKEN_EXPIRES: '3600' } });
  });
  afterAll(async () => t.close());

  it('a token whose session signed in over 10 minutes ago cannot ask for creation options without current_password', async () => {
    const victim = await registerAndLogin(t.app);
    clock.advance(11 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(victim.access) })).statusCode).toBe(200);
    expectProblem(await creationOptions(t.app, victim.access), 403, 'invalid_current_password');
    expectProblem(await creationOptions(t.app, victim.access, { current_password: 'not-the-Password-1' }), 403, 'invalid_current_password');
    expect(await t.app.db.selectFrom('webauthn_challenges').select('challenge').where('user_id', '=', victim.id).execute()).toEqual([]);
    // With the password it may (the owner, not the thief).
    expect((await registerPasskey(t.app, victim, newAuthenticator(), { currentPassword: victim.password })).statusCode).toBe(201);
  });

  it('options asked while fresh cannot be answered once the challenge lived its 5 minutes', async () => {
    const victim = await registerAndLogin(t.app);
    const options = (await creationOptions(t.app, victim.access)).json();
    clock.advance(5 * 60_000 + 1);
    expectProblem(await postRegistration(t.app, victim.access, newAuthenticator().register(options)), 400, 'passkey_rejected');
    expect(await passkeyCount(t.app, victim.id)).toBe(0);
  });

  it('a fresh password login (aal 1) of an account that has a passkey cannot add another: it needs a second factor', async () => {
    const victim = await ownerWithPasskey(t.app);
    const stolen = await loginUser(t.app, { username: victim.username, password: victim.password });
    expect(stolen.statusCode).toBe(200);
    const access = stolen.json().access_token as string;
    expectProblem(await creationOptions(t.app, access), 403, 'mfa_required');
    expectProblem(await creationOptions(t.app, access, { current_password: victim.password }), 403, 'mfa_required');
    expect(await passkeyCount(t.app, victim.id)).toBe(1);
  });
});

describe(`claiming another user's credential id on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterAll(async () => t.close());

  it('the victim\'s credential id registered again by an attacker (their own key): refused, the victim\'s passkey untouched', async () => {
    const victim = await ownerWithPasskey(t.app);
    const attacker = await registerAndLogin(t.app);
    const before = await t.app.db.selectFrom('passkeys').selectAll().where('credential_id', '=', victim.credentialId).executeTakeFirstOrThrow();
    const options = (await creationOptions(t.app, attacker.access)).json();
    const forged = withCredentialId(newAuthenticator().register(options), victim.credentialId);
    expectProblem(await postRegistration(t.app, attacker.access, forged), 400, 'passkey_rejected');
    expect(await passkeyCount(t.app, attacker.id)).toBe(0);
    const after = await t.app.db.selectFrom('passkeys').selectAll().where('credential_id', '=', victim.credentialId).execute();
    expect(after).toEqual([before]);
    // The victim still signs in with it.
    expect((await signInWithPasskey(t.app, victim.authenticator)).statusCode).toBe(200);
  });

  it('the forged registration is well formed: with an id nobody holds it is accepted (so the refusal above is the uniqueness rule)', async () => {
    const attacker = await registerAndLogin(t.app);
    const options = (await creationOptions(t.app, attacker.access)).json();
    const id = Buffer.from('a credential id nobody holds!!').toString('base64url');
    const res = await postRegistration(t.app, attacker.access, withCredentialId(newAuthenticator().register(options), id));
    expect(res.statusCode, res.body).toBe(201);
  });

  it('one\'s own credential registered twice (a second ceremony, same id): refused', async () => {
    const owner = await ownerWithPasskey(t.app);
    const aal2 = (await signInWithPasskey(t.app, owner.authenticator)).json().access_token as string;
    const options = (await creationOptions(t.app, aal2)).json();
    const forged = withCredentialId(newAuthenticator().register({ ...options, excludeCredentials: [] }), owner.credentialId);
    expectProblem(await postRegistration(t.app, aal2, forged), 400, 'passkey_rejected');
    expect(await passkeyCount(t.app, owner.id)).toBe(1);
  });
});

describe(`removing the last way in, racing, on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  /** A user with two passkeys and no usable password, and an aal-2 session signed in with the first passkey. */
  async function passwordlessWithTwoPasskeys(): Promise<{ owner: PasskeyOwner; access: string; ids: string[] }> {
    const owner = await ownerWithPasskey(t.app);
    const second = await registerPasskey(t.app, owner, newAuthenticator());
    expect(second.statusCode, second.body).toBe(201);
    await t.app.db.updateTable('users').set({ password_hash: UNUSABLE_PASSWORD_HASH }).where('id', '=', owner.id).execute();
    const signedIn = await signInWithPasskey(t.app, owner.authenticator);
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    return { owner, access: signedIn.json().access_token as string, ids: [owner.passkeyId, second.json().passkey.id as string] };
  }

  const remove = (access: string, id: string) => t.app.inject({ method: 'DELETE', url: `/api/users/me/passkeys/${id}`, headers: bearer(access) });

  it('one at a time: the first removal 204, the last 409 last_sign_in_method', async () => {
    const { owner, access, ids } = await passwordlessWithTwoPasskeys();
    expect((await remove(access, ids[1]!)).statusCode).toBe(204);
    expectProblem(await remove(access, ids[0]!), 409, 'last_sign_in_method');
    expect(await passkeyCount(t.app, owner.id)).toBe(1);
  });

  it(`two DELETEs of the two passkeys held until both are in, then together: exactly one 204 and one 409, ${ROUNDS} rounds`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { owner, access, ids } = await passwordlessWithTwoPasskeys();
      const hold = holdWriteTransactions(t);
      const racing = ids.map((id) => remove(access, id));
      await hold.whenHeld(2);
      hold.release();
      const results = await Promise.all(racing);
      vi.restoreAllMocks();
      expect(results.map((r) => r.statusCode).sort(), `round ${round}: ${results.map((r) => r.body).join(' ')}`).toEqual([204, 409]);
      expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('last_sign_in_method');
      expect(await passkeyCount(t.app, owner.id), `round ${round}`).toBe(1);
    }
  });

  it(`two DELETEs fired freely: exactly one 204 and one 409, ${ROUNDS} rounds`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { owner, access, ids } = await passwordlessWithTwoPasskeys();
      const results = await Promise.all(ids.map((id) => remove(access, id)));
      expect(results.map((r) => r.statusCode).sort(), `round ${round}`).toEqual([204, 409]);
      expect(await passkeyCount(t.app, owner.id), `round ${round}`).toBe(1);
    }
  });

  it('an aal-1 session cannot remove a passkey (a stolen password does not strip the second factor)', async () => {
    const owner = await ownerWithPasskey(t.app);
    const stolen = (await loginUser(t.app, { username: owner.username, password: owner.password })).json().access_token as string;
    expectProblem(await remove(stolen, owner.passkeyId), 403, 'mfa_required');
    expect(await passkeyCount(t.app, owner.id)).toBe(1);
  });

  it('another user\'s passkey id through /me: 404, untouched', async () => {
    const victim = await ownerWithPasskey(t.app);
    const attacker = await ownerWithPasskey(t.app);
    const aal2 = (await signInWithPasskey(t.app, attacker.authenticator)).json().access_token as string;
    expectProblem(await remove(aal2, victim.passkeyId), 404);
    expectProblem(await t.app.inject({ method: 'PATCH', url: `/api/users/me/passkeys/${victim.passkeyId}`, headers: bearer(aal2), payload: { name: 'mine now' } }), 404);
    expectProblem(await t.app.inject({ method: 'DELETE', url: `/api/users/${victim.id}/passkeys/${victim.passkeyId}`, headers: bearer(aal2) }), 403);
    expect(await passkeyCount(t.app, victim.id)).toBe(1);
  });
});

describe(`a stolen Flask access token adding a passkey on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 6, 2, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp({ clock, env: { LEGACY_JWT_SECRET_KEY: FLASK_SECRET, LEGACY_JWT_ACCEPT_ACCESS_TOKENS: 'true' } });
  });
  afterAll(async () => t.close());

  it('a fresh Flask access token (no session) gets no creation options, with or without the password, and cannot finish a registration', async () => {
    const victim = await registerAndLogin(t.app);
    await t.app.db.insertInto('user_imports').values({ user_id: victim.id, source: 'flask', digest: 'e'.repeat(64), imported_at: clock.now() }).execute();
    const flask = await mintFlaskToken(clock.now(), victim.id, 'access', { fresh: true });
    // The token is accepted as an actor (so the refusals below are about passkeys).
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(flask) })).statusCode).toBe(200);
    for (const body of [{}, { current_password: victim.password }]) {
      const res = await creationOptions(t.app, flask, body);
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).toBeLessThan(500);
    }
    // Options from the victim's own session, answered through the Flask token: the challenge is not its session's.
    const options = (await creationOptions(t.app, victim.access)).json();
    const res = await postRegistration(t.app, flask, newAuthenticator().register(options));
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
    expect(await passkeyCount(t.app, victim.id)).toBe(0);
  });
});
