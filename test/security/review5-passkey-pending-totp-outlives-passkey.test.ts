import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, loginUser, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { claimsOf, newAuthenticator, registerPasskey, signInWithPasskey } from '../passkey-helper.js';
import { buildPasskeyApp, passkeyCount } from './passkey-attack-helper.js';

// Review 5, finding 5. Once a user has a factor (TOTP or a passkey), adding another needs a session at aal 2
// (docs/passkeys.md; mfa-service enrol checks it). But the check is made when a TOTP enrolment *starts*
// (POST /me/mfa/totp), not when it is *confirmed*, and the pending secret belongs to the user row, not to the
// session that asked for it. So a thief with the password starts a TOTP enrolment while the account has no factor;
// the owner then adds a passkey (the thief's session ends); the thief logs in again with the password (aal 1) and
// confirms the enrolment: TOTP is on, the owner's sessions end, the thief holds the secret and the recovery codes.
// The owner's own password logins now ask for the thief's code; the thief's password+code login is aal 2 and
// removes the owner's passkey; a password reset keeps TOTP ("it protects the password step against whoever reads the
// mailbox"), so the owner is out for good.

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`a TOTP enrolment started before the owner's passkey, confirmed after it on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 6, 5, 8, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp({ clock });
  });
  afterAll(async () => t.close());

  const post = (url: string, token: string, payload: object) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload });

  it('an aal-1 session cannot confirm a pending TOTP once the account has a passkey', async () => {
    const owner = await registerAndLogin(t.app);
    // The thief (stolen password) starts an enrolment while the account has no factor: allowed.
    const thief = (await loginUser(t.app, { username: owner.username, password: owner.password })).json().access_token as string;
    const started = await post('/api/users/me/mfa/totp', thief, { current_password: owner.password });
    expect(started.statusCode, started.body).toBe(200);
    const secret = started.json().secret as string;

    // The owner adds a passkey (first factor): the thief's session ends.
    const authenticator = newAuthenticator();
    expect((await registerPasskey(t.app, owner, authenticator)).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(thief) })).statusCode).toBe(401);

    // The thief logs in again with the password (aal 1) and confirms the enrolment started before.
    clock.advance(60_000);
    const again = (await loginUser(t.app, { username: owner.username, password: owner.password })).json();
    expect(claimsOf(again.access_token as string).aal).toBe(1);
    const confirmed = await post('/api/users/me/mfa/totp/confirm', again.access_token as string, { code: codeAt(secret, clock.now()) });
    expect(confirmed.statusCode, `an aal-1 session added a second factor: ${confirmed.body}`).toBe(403);
    expect(confirmed.json().code).toBe('mfa_required');

    // The owner's account is still the owner's: no TOTP the thief holds, the owner's passkey signs in, the password login asks no code.
    const user = await t.app.db.selectFrom('users').select('mfa_enabled_at').where('id', '=', owner.id).executeTakeFirstOrThrow();
    expect(user.mfa_enabled_at).toBeNull();
    expect((await loginUser(t.app, { username: owner.username, password: owner.password })).json().mfa_required).toBeUndefined();
    expect((await signInWithPasskey(t.app, authenticator)).statusCode).toBe(200);
    expect(await passkeyCount(t.app, owner.id)).toBe(1);
  });

  it('adding a passkey voids a TOTP enrolment left pending by another session', async () => {
    const owner = await registerAndLogin(t.app);
    const thief = (await loginUser(t.app, { username: owner.username, password: owner.password })).json().access_token as string;
    expect((await post('/api/users/me/mfa/totp', thief, { current_password: owner.password })).statusCode).toBe(200);
    expect((await registerPasskey(t.app, owner, newAuthenticator())).statusCode).toBe(201);
    const user = await t.app.db.selectFrom('users').select(['mfa_pending_secret']).where('id', '=', owner.id).executeTakeFirstOrThrow();
    expect(user.mfa_pending_secret, 'the pending enrolment of an ended session outlives the new factor').toBeNull();
  });
});
