import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueEmailToken } from '../src/account/email-tokens.js';
import { UNUSABLE_PASSWORD_HASH } from '../src/account/password-formats.js';
import { COOKIE_ENV, cookieBrowser, EVIL_ORIGIN, SESSION_COOKIES, type SetCookie } from './cookie-browser.js';
import { backend, bearer, buildTestApp, type LoggedInUser, loginUser, perTestClock, registerAndLogin, registerUser, type TestApp } from './helper.js';
import { claimsOf, creationOptions, newAuthenticator, PASSKEY_ENV, registerPasskey, signInOptions, signInWithPasskey } from './passkey-helper.js';
import type { SoftAuthenticator } from './webauthn-authenticator.js';

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

const MINUTE = 60_000;
/** What a passkey looks like to its owner: never the public key or the credential id. */
const VIEW_KEYS = ['aaguid', 'backed_up', 'backup_eligible', 'created_at', 'id', 'last_used_at', 'name', 'transports', 'user_verified'];

describe(`passkey flows on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 6, 1, 12, 0, 0));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { ...PASSKEY_ENV, SELF_SERVICE_RATE_LIMIT_MAX: '100000', MAX_FAILED_LOGINS: '3' } });
  });
  afterAll(() => t.close());

  const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
  const post = (url: string, token: string | null, payload: object) => t.app.inject({ method: 'POST', url, headers: token ? bearer(token) : {}, payload });
  const patch = (url: string, token: string, payload: object) => t.app.inject({ method: 'PATCH', url, headers: bearer(token), payload });
  const del = (url: string, token: string) => t.app.inject({ method: 'DELETE', url, headers: bearer(token) });
  const refresh = (refreshToken: string) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: refreshToken } });
  const problem = (res: { statusCode: number; json(): { code?: string } }) => [res.statusCode, res.json().code];
  const myPasskeys = async (access: string) => {
    const res = await get('/api/users/me/passkeys', access);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().passkeys as Array<Record<string, unknown>>;
  };

  /** A user (password login, fresh session) who registered a passkey from that session, now at aal 2. */
  async function withPasskey(options: { uv?: boolean; role?: 'user' | 'admin' } = {}): Promise<{ user: LoggedInUser; authenticator: SoftAuthenticator; passkey: { id: string; name: string } }> {
    const user = await registerAndLogin(t.app, { role: options.role ?? 'user' });
    const authenticator = newAuthenticator({ uv: options.uv });
    const res = await registerPasskey(t.app, user, authenticator);
    expect(res.statusCode, res.body).toBe(201);
    return { user, authenticator, passkey: res.json().passkey };
  }

  /** Enrols and confirms TOTP with the password (the session then stands at aal 2); returns the secret. */
  async function enrolTotp(user: LoggedInUser): Promise<string> {
    const started = await post('/api/users/me/mfa/totp', user.access, { current_password: user.password });
    expect(started.statusCode, started.body).toBe(200);
    const { secret } = started.json();
    const confirmed = await post('/api/users/me/mfa/totp/confirm', user.access, { code: codeAt(secret, clock.now()) });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    clock.advance(30_000);
    return secret;
  }

  /** A passkey sign-in's tokens (discoverable, no username). */
  async function passkeySession(authenticator: SoftAuthenticator): Promise<{ access: string; refresh: string }> {
    const res = await signInWithPasskey(t.app, authenticator);
    expect(res.statusCode, res.body).toBe(200);
    return { access: res.json().access_token, refresh: res.json().refresh_token };
  }

  describe('registration', () => {
    it('answers creation options (rp localhost, resident key required, UV preferred, attestation none), 201 with Location and a view without key material, lists, renames; one user handle for both passkeys; existing ones excluded', async () => {
      const alice = await registerAndLogin(t.app);
      const first = await creationOptions(t.app, alice.access);
      expect(first.statusCode, first.body).toBe(200);
      const options1 = first.json();
      expect(options1).toMatchObject({
        rp: { id: 'localhost', name: 'Gatehouse' },
        user: { name: alice.username },
        attestation: 'none',
        authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'preferred' },
        excludeCredentials: [],
        timeout: 5 * MINUTE,
      });
      expect(options1.challenge).toMatch(/^[A-Za-z0-9_-]{16,}$/);
      expect(options1.user.id).toMatch(/^[A-Za-z0-9_-]+$/);

      const laptop = newAuthenticator();
      const created = await t.app.inject({ method: 'POST', url: '/api/users/me/passkeys', headers: bearer(alice.access), payload: { response: laptop.register(options1), name: 'Laptop' } });
      expect(created.statusCode, created.body).toBe(201);
      const passkey = created.json().passkey;
      expect(created.headers.location).toBe(`/api/users/me/passkeys/${passkey.id}`);
      expect(Object.keys(passkey).sort()).toEqual(VIEW_KEYS);
      expect(passkey).toMatchObject({ name: 'Laptop', last_used_at: null, created_at: new Date(clock.now()).toISOString(), transports: ['internal'], user_verified: true, backup_eligible: false, backed_up: false });
      const credential = laptop.credentials[0]!;
      expect(created.body).not.toContain(credential.id);
      expect(created.body).not.toContain(credential.publicKey.export({ format: 'der', type: 'spki' }).toString('base64url'));

      // The second registration (this session now stands at aal 2, still fresh) excludes the first passkey.
      const second = await creationOptions(t.app, alice.access);
      expect(second.statusCode, second.body).toBe(200);
      const options2 = second.json();
      expect(options2.excludeCredentials).toEqual([{ id: credential.id, type: 'public-key', transports: ['internal'] }]);
      expect(options2.user.id).toBe(options1.user.id);
      expect(options2.challenge).not.toBe(options1.challenge);
      expect(() => laptop.register(options2)).toThrow(/excluded/);
      const phone = newAuthenticator();
      const added = await t.app.inject({ method: 'POST', url: '/api/users/me/passkeys', headers: bearer(alice.access), payload: { response: phone.register(options2) } });
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json().passkey.name).toBe('Passkey 2026-07-01');
      expect(phone.credentials[0]!.userHandle).toBe(credential.userHandle);
      expect(phone.credentials[0]!.userHandle).toBe(options1.user.id);
      const stored = await t.app.db.selectFrom('passkeys').select('user_handle').where('user_id', '=', alice.id).execute();
      expect(stored.map((r) => r.user_handle)).toEqual([options1.user.id, options1.user.id]);

      const list = await myPasskeys(alice.access);
      expect(list.map((p) => p.id).sort()).toEqual([passkey.id, added.json().passkey.id].sort());
      for (const p of list) expect(Object.keys(p).sort()).toEqual(VIEW_KEYS);
      const listBody = JSON.stringify(list);
      expect(listBody).not.toContain(credential.id);
      expect(listBody).not.toContain(phone.credentials[0]!.id);

      const renamed = await patch(`/api/users/me/passkeys/${added.json().passkey.id}`, alice.access, { name: 'Phone' });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json().passkey).toMatchObject({ id: added.json().passkey.id, name: 'Phone' });
      expect((await myPasskeys(alice.access)).find((p) => p.id === added.json().passkey.id)?.name).toBe('Phone');
      // Someone else's passkey id is no passkey of yours.
      const bob = await registerAndLogin(t.app);
      expect(problem(await patch(`/api/users/me/passkeys/${passkey.id}`, bob.access, { name: 'Mine' }))).toEqual([404, 'not_found']);
      expect((await myPasskeys(alice.access)).find((p) => p.id === passkey.id)?.name).toBe('Laptop');
    });

    it('the creation challenge is bound to its session, single use, and lives 5 minutes', async () => {
      const carol = await registerAndLogin(t.app);
      const other = await loginUser(t.app, { username: carol.username, password: carol.password });
      const authenticator = newAuthenticator();
      const register = (access: string, response: object) => t.app.inject({ method: 'POST', url: '/api/users/me/passkeys', headers: bearer(access), payload: { response } });

      const options = (await creationOptions(t.app, carol.access)).json();
      expect(problem(await register(other.json().access_token, authenticator.register(options)))).toEqual([400, 'passkey_rejected']);

      const late = (await creationOptions(t.app, carol.access)).json();
      clock.advance(5 * MINUTE + 1);
      expect(problem(await register(carol.access, newAuthenticator().register(late)))).toEqual([400, 'passkey_rejected']);

      const fresh = (await creationOptions(t.app, carol.access, { current_password: carol.password })).json();
      const response = newAuthenticator().register(fresh);
      expect((await register(carol.access, response)).statusCode).toBe(201);
      expect(problem(await register(carol.access, response))).toEqual([400, 'passkey_rejected']);
      expect(await myPasskeys(carol.access)).toHaveLength(1);
    });

    it('needs a session signed in within 10 minutes or current_password; a wrong password counts toward the lockout', async () => {
      const dan = await registerAndLogin(t.app);
      clock.advance(9 * MINUTE);
      expect((await creationOptions(t.app, dan.access)).statusCode).toBe(200);
      clock.advance(MINUTE + 1);
      const stale = await creationOptions(t.app, dan.access);
      expect(problem(stale)).toEqual([403, 'invalid_current_password']);
      expect(stale.json().errors).toEqual([{ field: 'current_password', message: 'is required' }]);
      expect((await creationOptions(t.app, dan.access, { current_password: dan.password })).statusCode).toBe(200);

      // MAX_FAILED_LOGINS is 3 here (the right password above cleared the count): the third wrong one locks the account.
      const wrong = { current_password: 'not-the-Password-1' };
      expect(problem(await creationOptions(t.app, dan.access, wrong))).toEqual([403, 'invalid_current_password']);
      expect(problem(await creationOptions(t.app, dan.access, wrong))).toEqual([403, 'invalid_current_password']);
      const locked = await creationOptions(t.app, dan.access, wrong);
      expect(problem(locked)).toEqual([423, 'account_locked']);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      const row = await t.app.db.selectFrom('users').select('locked_until').where('id', '=', dan.id).executeTakeFirstOrThrow();
      expect(row.locked_until).toBeGreaterThan(clock.now());
      // The right password no longer helps: neither here nor at the login (whose answers follow the identifier's
      // counter, so an account locked elsewhere answers as a wrong password does).
      expect(problem(await creationOptions(t.app, dan.access, { current_password: dan.password }))).toEqual([423, 'account_locked']);
      expect(problem(await loginUser(t.app, { username: dan.username, password: dan.password }))).toEqual([401, 'invalid_credentials']);
    });

    it('ends the user\'s other sessions and raises the registering session to aal 2, amr with webauthn', async () => {
      const erin = await registerAndLogin(t.app);
      const other = (await loginUser(t.app, { username: erin.username, password: erin.password })).json();
      expect(claimsOf(erin.access)).toMatchObject({ aal: 1, amr: ['pwd'] });
      expect((await registerPasskey(t.app, erin, newAuthenticator())).statusCode).toBe(201);

      expect((await get('/api/users/me', other.access_token)).statusCode).toBe(401);
      expect((await refresh(other.refresh_token)).statusCode).toBe(401);
      expect((await get('/api/users/me', erin.access)).statusCode).toBe(200);
      const refreshed = await refresh(erin.refresh);
      expect(refreshed.statusCode, refreshed.body).toBe(200);
      expect(claimsOf(refreshed.json().access_token)).toMatchObject({ aal: 2, amr: ['pwd', 'webauthn'] });
      const sessions = (await get('/api/users/me/sessions', refreshed.json().access_token)).json().sessions;
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ current: true, aal: 2 });
    });
  });

  describe('factors need aal 2 once one exists', () => {
    it('a password session (aal 1) of a user with a passkey may not ask for creation options, remove a passkey or enrol TOTP; a passkey sign-in with UV may', async () => {
      const { user, authenticator, passkey } = await withPasskey();
      // A passkey does not turn on a second step for password logins.
      const login = await loginUser(t.app, { username: user.username, password: user.password });
      expect(login.statusCode).toBe(200);
      const aal1 = login.json().access_token;
      expect(claimsOf(aal1)).toMatchObject({ aal: 1, amr: ['pwd'] });
      expect(problem(await creationOptions(t.app, aal1, { current_password: user.password }))).toEqual([403, 'mfa_required']);
      expect(problem(await del(`/api/users/me/passkeys/${passkey.id}`, aal1))).toEqual([403, 'mfa_required']);
      expect(problem(await post('/api/users/me/mfa/totp', aal1, { current_password: user.password }))).toEqual([403, 'mfa_required']);
      expect(await myPasskeys(aal1)).toHaveLength(1);

      const { access: aal2 } = await passkeySession(authenticator);
      expect(claimsOf(aal2)).toMatchObject({ aal: 2 });
      expect((await creationOptions(t.app, aal2)).statusCode).toBe(200);
      expect((await post('/api/users/me/mfa/totp', aal2, { current_password: user.password })).statusCode).toBe(200);
    });

    it('a session at aal 1 of a user with TOTP may not ask for creation options', async () => {
      const frank = await registerAndLogin(t.app);
      await enrolTotp(frank);
      // Sessions of a TOTP user open at aal 2; this one is put back at aal 1 to stand for a one-factor session.
      await t.app.db.updateTable('sessions').set({ aal: 1 }).where('user_id', '=', frank.id).execute();
      expect(problem(await creationOptions(t.app, frank.access, { current_password: frank.password }))).toEqual([403, 'mfa_required']);
      await t.app.db.updateTable('sessions').set({ aal: 2 }).where('user_id', '=', frank.id).execute();
      expect((await creationOptions(t.app, frank.access, { current_password: frank.password })).statusCode).toBe(200);
    });
  });

  describe('passwordless sign-in', () => {
    it('a discoverable passkey signs in alone: the login answer, amr ["webauthn"], aal 2 with UV; last_used_at set', async () => {
      const { user, authenticator, passkey } = await withPasskey();
      clock.advance(3 * MINUTE);
      const options = await signInOptions(t.app);
      expect(options.statusCode).toBe(200);
      expect(options.json()).toMatchObject({ rpId: 'localhost', allowCredentials: [], userVerification: 'preferred', timeout: 5 * MINUTE });
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response: authenticator.assert(options.json()) } });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ access_token: expect.any(String), refresh_token: expect.any(String), token_type: 'Bearer', user: { id: user.id, username: user.username } });
      expect(claimsOf(body.access_token)).toMatchObject({ sub: String(user.id), aal: 2, amr: ['webauthn'] });
      expect(claimsOf(body.refresh_token)).toMatchObject({ type: 'refresh' });
      const listed = (await myPasskeys(body.access_token)).find((p) => p.id === passkey.id);
      expect(listed?.last_used_at).toBe(new Date(clock.now()).toISOString());
      const refreshed = await refresh(body.refresh_token);
      expect(claimsOf(refreshed.json().access_token)).toMatchObject({ aal: 2, amr: ['webauthn'] });
    });

    it('without user verification the sign-in stands at aal 1', async () => {
      const { user, authenticator, passkey } = await withPasskey({ uv: false });
      expect(passkey).toMatchObject({ user_verified: false });
      const res = await signInWithPasskey(t.app, authenticator);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().user.id).toBe(user.id);
      expect(claimsOf(res.json().access_token)).toMatchObject({ aal: 1, amr: ['webauthn'] });
      // The same key with UV this time: aal 2.
      const verified = await signInWithPasskey(t.app, authenticator, { uv: true });
      expect(claimsOf(verified.json().access_token)).toMatchObject({ aal: 2, amr: ['webauthn'] });
    });

    it('the sign-in challenge is single use and lives 5 minutes', async () => {
      const { authenticator } = await withPasskey();
      const options = (await signInOptions(t.app)).json();
      const response = authenticator.assert(options);
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response } })).statusCode).toBe(200);
      expect(problem(await t.app.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response } }))).toEqual([401, 'invalid_credentials']);
      const late = (await signInOptions(t.app)).json();
      clock.advance(5 * MINUTE + 1);
      expect(problem(await t.app.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response: authenticator.assert(late) } }))).toEqual([401, 'invalid_credentials']);
    });

    it('with a username the options list that user\'s passkeys; an unknown name, or a user without passkeys, is answered alike', async () => {
      const { user, authenticator } = await withPasskey();
      const second = newAuthenticator();
      expect((await registerPasskey(t.app, user, second)).statusCode).toBe(201);
      const ids = [authenticator.credentials[0]!.id, second.credentials[0]!.id].sort();

      const res = await signInOptions(t.app, { username: user.username });
      expect(res.statusCode).toBe(200);
      expect(res.json().allowCredentials.map((c: { id: string }) => c.id).sort()).toEqual(ids);
      // A username only: the account's email is answered as an unknown name (else the two would be linked).
      const byEmail = (await signInOptions(t.app, { username: user.email })).json();
      expect(byEmail.allowCredentials).toHaveLength(1);
      expect(ids).not.toContain(byEmail.allowCredentials[0].id);
      const named = (await signInOptions(t.app, { username: user.username })).json();
      const signedIn = await t.app.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response: second.assert(named) } });
      expect(signedIn.statusCode, signedIn.body).toBe(200);
      expect(signedIn.json().user.id).toBe(user.id);

      const single = (await signInOptions(t.app, { username: (await withPasskey()).user.username })).json();
      const withoutPasskeys = await registerUser(t.app);
      const unknownName = `nobody_${Date.now().toString(36)}`;
      const unknown = (await signInOptions(t.app, { username: unknownName })).json();
      const unknownAgain = (await signInOptions(t.app, { username: unknownName })).json();
      const noPasskeys = (await signInOptions(t.app, { username: withoutPasskeys.username })).json();
      const otherUnknown = (await signInOptions(t.app, { username: `${unknownName}x` })).json();
      for (const options of [unknown, unknownAgain, noPasskeys, otherUnknown]) {
        expect(Object.keys(options).sort()).toEqual(Object.keys(single).sort());
        expect(options).toMatchObject({ rpId: 'localhost', userVerification: 'preferred', timeout: 5 * MINUTE });
        expect(options.allowCredentials).toHaveLength(1);
        const [entry] = options.allowCredentials;
        expect(Object.keys(entry).sort()).toEqual(Object.keys(single.allowCredentials[0]).sort());
        expect(entry.type).toBe('public-key');
        expect(entry.id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
        expect(Array.isArray(entry.transports)).toBe(true);
      }
      expect(unknownAgain.allowCredentials[0].id).toBe(unknown.allowCredentials[0].id);
      expect(unknownAgain.challenge).not.toBe(unknown.challenge);
      expect(otherUnknown.allowCredentials[0].id).not.toBe(unknown.allowCredentials[0].id);
      expect(noPasskeys.allowCredentials[0].id).not.toBe(unknown.allowCredentials[0].id);
    });

    it('lists no transports for a username, real or stand-in: they would tell one from the other', async () => {
      const { user } = await withPasskey();
      const real = (await signInOptions(t.app, { username: user.username })).json().allowCredentials[0];
      const unknown = (await signInOptions(t.app, { username: `nobody_${Date.now().toString(36)}` })).json().allowCredentials[0];
      // The passkey was registered with transports ['internal']; listing them would set it apart from the stand-in.
      expect(real.transports ?? []).toEqual([]);
      expect(unknown.transports ?? []).toEqual([]);
    });
  });

  describe('a passkey as the second step of a password login', () => {
    it('completes a TOTP user\'s login: methods include webauthn, options list the user\'s passkeys, tokens aal 2 amr ["pwd","webauthn"], the mfa_token is then spent', async () => {
      const gina = await registerAndLogin(t.app);
      await enrolTotp(gina);
      const authenticator = newAuthenticator();
      expect((await registerPasskey(t.app, gina, authenticator)).statusCode).toBe(201);

      const login = await loginUser(t.app, { username: gina.username, password: gina.password });
      expect(login.statusCode).toBe(200);
      expect(login.json()).toEqual({ mfa_required: true, mfa_token: expect.any(String), methods: ['totp', 'recovery_code', 'webauthn'] });
      const mfaToken = login.json().mfa_token;
      const options = await signInOptions(t.app, { mfa_token: mfaToken });
      expect(options.statusCode, options.body).toBe(200);
      expect(options.json().allowCredentials.map((c: { id: string }) => c.id)).toEqual([authenticator.credentials[0]!.id]);
      const spare = (await signInOptions(t.app, { mfa_token: mfaToken })).json();

      const done = await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, webauthn: authenticator.assert(options.json()) });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().user.id).toBe(gina.id);
      expect(claimsOf(done.json().access_token)).toMatchObject({ aal: 2, amr: ['pwd', 'webauthn'] });

      const again = await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, webauthn: authenticator.assert(spare) });
      expect(problem(again)).toEqual([401, 'invalid_or_expired_token']);
      expect(problem(await signInOptions(t.app, { mfa_token: mfaToken }))).toEqual([401, 'invalid_or_expired_token']);
    });

    it('a TOTP user without a passkey: methods lack webauthn and /passkey/options {mfa_token} answers 401', async () => {
      const hank = await registerAndLogin(t.app);
      await enrolTotp(hank);
      const login = await loginUser(t.app, { username: hank.username, password: hank.password });
      expect(login.json()).toEqual({ mfa_required: true, mfa_token: expect.any(String), methods: ['totp', 'recovery_code'] });
      expect(problem(await signInOptions(t.app, { mfa_token: login.json().mfa_token }))).toEqual([401, 'invalid_or_expired_token']);
    });

    it('another user\'s passkey does not complete the step', async () => {
      const ivy = await registerAndLogin(t.app);
      await enrolTotp(ivy);
      expect((await registerPasskey(t.app, ivy, newAuthenticator())).statusCode).toBe(201);
      const { authenticator: strangers } = await withPasskey();
      const mfaToken = (await loginUser(t.app, { username: ivy.username, password: ivy.password })).json().mfa_token;
      const options = (await signInOptions(t.app, { mfa_token: mfaToken })).json();
      const res = await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, webauthn: strangers.assert(options, { credentialId: strangers.credentials[0]!.id }) });
      expect(problem(res)).toEqual([401, 'invalid_mfa_code']);
    });

    it('a passkey sign-in without UV of a TOTP user asks for the code (totp, recovery_code) and completes with it', async () => {
      const jack = await registerAndLogin(t.app);
      const secret = await enrolTotp(jack);
      const authenticator = newAuthenticator({ uv: false });
      expect((await registerPasskey(t.app, jack, authenticator)).statusCode).toBe(201);
      const res = await signInWithPasskey(t.app, authenticator);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ mfa_required: true, mfa_token: expect.any(String), methods: ['totp', 'recovery_code'] });
      const done = await post('/api/auth/login/mfa', null, { mfa_token: res.json().mfa_token, code: codeAt(secret, clock.now()) });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().user.id).toBe(jack.id);
      expect(claimsOf(done.json().access_token)).toMatchObject({ aal: 2 });
      // With UV the passkey is enough by itself.
      const verified = await signInWithPasskey(t.app, authenticator, { uv: true });
      expect(claimsOf(verified.json().access_token)).toMatchObject({ aal: 2, amr: ['webauthn'] });
    });

    it('records amr ["webauthn","otp"] for a passkey sign-in completed with a TOTP code (no password was given)', async () => {
      const kim = await registerAndLogin(t.app);
      const secret = await enrolTotp(kim);
      const authenticator = newAuthenticator({ uv: false });
      expect((await registerPasskey(t.app, kim, authenticator)).statusCode).toBe(201);
      const mfaToken = (await signInWithPasskey(t.app, authenticator)).json().mfa_token;
      const done = await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, code: codeAt(secret, clock.now()) });
      expect(done.statusCode, done.body).toBe(200);
      expect(claimsOf(done.json().access_token).amr).toEqual(['webauthn', 'otp']);
    });
  });

  describe('one passkey without UV never passes both steps', () => {
    it('the code step opened by a passkey sign-in without UV cannot be completed by the same passkey again (methods say totp, recovery_code only)', async () => {
      const leo = await registerAndLogin(t.app);
      await enrolTotp(leo);
      const authenticator = newAuthenticator({ uv: false });
      expect((await registerPasskey(t.app, leo, authenticator)).statusCode).toBe(201);
      const first = await signInWithPasskey(t.app, authenticator);
      expect(first.json()).toMatchObject({ mfa_required: true, methods: ['totp', 'recovery_code'] });
      const mfaToken = first.json().mfa_token;
      // The step was opened by this passkey (one factor, no user verification): it may not also be the second factor.
      const options = await signInOptions(t.app, { mfa_token: mfaToken });
      expect(options.statusCode, options.body).toBe(401);
      // Nor through options of a sign-in: the step refuses any assertion.
      const signInOptionsAnswer = await signInOptions(t.app, {});
      const second = await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, webauthn: authenticator.assert(signInOptionsAnswer.json()) });
      expect(second.statusCode, second.body).toBe(401);
      expect(second.json().code).toBe('invalid_mfa_code');
      // The step is still alive: it takes its code (a wrong one is a wrong code, not a dead step).
      expect((await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, recovery_code: 'wrong-code0' })).json().code).toBe('invalid_mfa_code');
    });
  });

  describe('removing passkeys', () => {
    it('removes one\'s own passkey at aal 2: 204, the other sessions end, the passkey no longer signs in', async () => {
      const { user, authenticator, passkey } = await withPasskey();
      const { access } = await passkeySession(authenticator);
      const other = (await loginUser(t.app, { username: user.username, password: user.password })).json();
      expect((await get('/api/users/me', other.access_token)).statusCode).toBe(200);

      expect((await del(`/api/users/me/passkeys/${passkey.id}`, access)).statusCode).toBe(204);
      expect((await get('/api/users/me', other.access_token)).statusCode).toBe(401);
      expect((await refresh(other.refresh_token)).statusCode).toBe(401);
      expect((await get('/api/users/me', access)).statusCode).toBe(200);
      expect(await myPasskeys(access)).toEqual([]);
      expect(problem(await signInWithPasskey(t.app, authenticator))).toEqual([401, 'invalid_credentials']);
      expect(problem(await del(`/api/users/me/passkeys/${passkey.id}`, access))).toEqual([404, 'not_found']);
    });

    it('refuses to remove the last way in (no usable password, no provider): 409 last_sign_in_method', async () => {
      const { user, authenticator, passkey } = await withPasskey();
      await t.app.db.updateTable('users').set({ password_hash: UNUSABLE_PASSWORD_HASH }).where('id', '=', user.id).execute();
      expect((await loginUser(t.app, { username: user.username, password: user.password })).statusCode).toBe(401);
      const { access } = await passkeySession(authenticator);
      expect(problem(await del(`/api/users/me/passkeys/${passkey.id}`, access))).toEqual([409, 'last_sign_in_method']);
      expect(await myPasskeys(access)).toHaveLength(1);

      // A second passkey (from the fresh passkey session, at aal 2): then the first may go, and the second is the last.
      const spare = newAuthenticator();
      const added = await registerPasskey(t.app, { access }, spare);
      expect(added.statusCode, added.body).toBe(201);
      expect((await del(`/api/users/me/passkeys/${passkey.id}`, access)).statusCode).toBe(204);
      expect(problem(await del(`/api/users/me/passkeys/${added.json().passkey.id}`, access))).toEqual([409, 'last_sign_in_method']);

      // An admin may not remove it either.
      const admin = await registerAndLogin(t.app, { role: 'admin' });
      expect(problem(await del(`/api/users/${user.id}/passkeys/${added.json().passkey.id}`, admin.access))).toEqual([409, 'last_sign_in_method']);
      expect((await signInWithPasskey(t.app, spare)).statusCode).toBe(200);
    });

    it('admins see and remove a user\'s passkeys (the user\'s sessions end); others get 403', async () => {
      const admin = await registerAndLogin(t.app, { role: 'admin' });
      const { user, passkey } = await withPasskey();
      const someone = await registerAndLogin(t.app);

      const seen = await get(`/api/users/${user.id}/passkeys`, admin.access);
      expect(seen.statusCode, seen.body).toBe(200);
      expect(seen.json().passkeys.map((p: { id: string }) => p.id)).toEqual([passkey.id]);
      expect(Object.keys(seen.json().passkeys[0]).sort()).toEqual(VIEW_KEYS);
      expect((await get('/api/users/999999/passkeys', admin.access)).statusCode).toBe(404);

      for (const token of [someone.access, user.access]) {
        expect(problem(await get(`/api/users/${user.id}/passkeys`, token))).toEqual([403, 'forbidden']);
        expect((await del(`/api/users/${user.id}/passkeys/${passkey.id}`, token)).statusCode).toBe(403);
      }
      expect(await myPasskeys(user.access)).toHaveLength(1);

      expect((await del(`/api/users/${user.id}/passkeys/${passkey.id}`, admin.access)).statusCode).toBe(204);
      expect((await get('/api/users/me', user.access)).statusCode).toBe(401);
      expect((await get(`/api/users/${user.id}/passkeys`, admin.access)).json().passkeys).toEqual([]);
      expect((await get('/api/users/me', admin.access)).statusCode).toBe(200);
    });
  });

  describe('account states', () => {
    it('a disabled account is refused: 403 account_disabled', async () => {
      const { user, authenticator } = await withPasskey();
      await t.app.db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
      expect(problem(await signInWithPasskey(t.app, authenticator))).toEqual([403, 'account_disabled']);
      await t.app.db.updateTable('users').set({ is_active: 1 }).where('id', '=', user.id).execute();
      expect((await signInWithPasskey(t.app, authenticator)).statusCode).toBe(200);
    });

    it('a locked account is refused: 423 with Retry-After', async () => {
      const { user, authenticator } = await withPasskey();
      await t.app.db.updateTable('users').set({ locked_until: clock.now() + 2 * MINUTE }).where('id', '=', user.id).execute();
      const res = await signInWithPasskey(t.app, authenticator);
      expect(res.statusCode, res.body).toBe(423);
      expect(res.headers['retry-after']).toBe('120');
      clock.advance(2 * MINUTE + 1000);
      expect((await signInWithPasskey(t.app, authenticator)).statusCode).toBe(200);
    });
  });

  it('a password reset removes the user\'s passkeys, and they no longer sign in', async () => {
    const { user, authenticator } = await withPasskey();
    const other = newAuthenticator();
    expect((await registerPasskey(t.app, user, other)).statusCode).toBe(201);
    const token = await t.app.db.transaction().execute((trx) => issueEmailToken(trx, { userId: user.id, purpose: 'password_reset', email: user.email, now: clock.now(), ttlMs: 30 * MINUTE }));
    const newPassword = 'amber-Falcon-93-river';
    const reset = await post('/api/auth/password/reset', null, { token, password: newPassword });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(await t.app.db.selectFrom('passkeys').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
    expect(problem(await signInWithPasskey(t.app, authenticator))).toEqual([401, 'invalid_credentials']);
    expect(problem(await signInWithPasskey(t.app, other))).toEqual([401, 'invalid_credentials']);
    const login = await loginUser(t.app, { username: user.username, password: newPassword });
    expect(login.statusCode).toBe(200);
    expect(await myPasskeys(login.json().access_token)).toEqual([]);
  });
});

describe(`passkey sign-in with REQUIRE_EMAIL_VERIFICATION on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 6, 1, 12, 0, 0));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { ...PASSKEY_ENV, SELF_SERVICE_RATE_LIMIT_MAX: '100000', REQUIRE_EMAIL_VERIFICATION: 'true' } });
  });
  afterAll(() => t.close());

  it('an unverified address is refused: 403 email_not_verified', async () => {
    const registered = await registerUser(t.app);
    await t.app.db.updateTable('users').set({ email_verified_at: clock.now() }).where('id', '=', registered.id).execute();
    const login = await loginUser(t.app, { username: registered.username, password: registered.password });
    expect(login.statusCode, login.body).toBe(200);
    const authenticator = newAuthenticator();
    expect((await registerPasskey(t.app, { access: login.json().access_token }, authenticator)).statusCode).toBe(201);
    expect((await signInWithPasskey(t.app, authenticator)).statusCode).toBe(200);

    await t.app.db.updateTable('users').set({ email_verified_at: null }).where('id', '=', registered.id).execute();
    const res = await signInWithPasskey(t.app, authenticator);
    expect([res.statusCode, res.json().code]).toEqual([403, 'email_not_verified']);
  });
});

describe(`passkey sign-in in cookie mode on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 6, 1, 12, 0, 0));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { ...COOKIE_ENV, ...PASSKEY_ENV } });
  });
  afterAll(() => t.close());

  it('registers through the cookie session, and a passkey sign-in sets the session cookies', async () => {
    const user = await registerUser(t.app);
    const browser = cookieBrowser(t.app);
    expect((await browser.post('/api/auth/login', { payload: { username: user.username, password: user.password } })).statusCode).toBe(200);
    const options = await browser.post('/api/users/me/passkeys/options', { payload: {} });
    expect(options.statusCode, options.body).toBe(200);
    const authenticator = newAuthenticator();
    const created = await browser.post('/api/users/me/passkeys', { payload: { response: authenticator.register(options.json()) } });
    expect(created.statusCode, created.body).toBe(201);

    const fresh = cookieBrowser(t.app);
    const requestOptions = await fresh.post('/api/auth/passkey/options', { payload: {} });
    expect(requestOptions.statusCode, requestOptions.body).toBe(200);
    const res = await fresh.post('/api/auth/passkey', { payload: { response: authenticator.assert(requestOptions.json()) } });
    expect(res.statusCode, res.body).toBe(200);
    const cookies = Object.fromEntries((res.cookies as SetCookie[]).map((c) => [c.name, c]));
    expect(Object.keys(cookies).sort()).toEqual(SESSION_COOKIES);
    expect(cookies.access_token_cookie).toMatchObject({ httpOnly: true, secure: true, path: '/' });
    expect(claimsOf(cookies.access_token_cookie!.value)).toMatchObject({ sub: String(user.id), aal: 2, amr: ['webauthn'] });
    expect(res.json().user.id).toBe(user.id);
    const me = await fresh.get('/api/users/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
    // A sign-in from a page of another origin is refused, as a password login is.
    const elsewhere = cookieBrowser(t.app);
    const foreign = await elsewhere.post('/api/auth/passkey/options', { payload: {}, origin: EVIL_ORIGIN });
    expect(foreign.statusCode).toBe(403);
  });
});
