import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, type LoggedInUser, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { newAuthenticator, registerPasskey, signInWithPasskey } from '../passkey-helper.js';
import { buildPasskeyApp, liveSessionIds } from './passkey-attack-helper.js';

// Review 5, finding 2. A passkey sign-in without user verification, for an account with TOTP, opens a code step
// (mfa_challenges.passkey_id). When the owner removes that passkey (lost, stolen, cloned) the removal ends the
// sessions it signed in, but not the step it opened: the step is then completed with a code and becomes an aal-2
// session whose first factor is a passkey that no longer exists. A provider sign-in's step dies with its identity
// (auth-service: "holds only while its identity is still linked"); a password's step dies with the password. The
// passkey's should die with the passkey.

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`a code step opened by a passkey that was removed since on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 6, 4, 10, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp({ clock });
  });
  afterAll(async () => t.close());

  const post = (url: string, token: string | null, payload: object) => t.app.inject({ method: 'POST', url, headers: token ? bearer(token) : {}, payload });

  async function enrolTotp(user: LoggedInUser): Promise<string> {
    const started = await post('/api/users/me/mfa/totp', user.access, { current_password: user.password });
    expect(started.statusCode, started.body).toBe(200);
    const { secret } = started.json();
    expect((await post('/api/users/me/mfa/totp/confirm', user.access, { code: codeAt(secret, clock.now()) })).statusCode).toBe(200);
    clock.advance(30_000);
    return secret;
  }

  it('the step cannot be completed once its passkey is removed', async () => {
    const owner = await registerAndLogin(t.app);
    const secret = await enrolTotp(owner);
    const stolen = newAuthenticator({ uv: false });
    const added = await registerPasskey(t.app, owner, stolen);
    expect(added.statusCode, added.body).toBe(201);

    // The thief's copy of the key opens the code step.
    const step = await signInWithPasskey(t.app, stolen);
    expect(step.json()).toMatchObject({ mfa_required: true, methods: ['totp', 'recovery_code'] });
    const mfaToken = step.json().mfa_token as string;

    // The owner removes the stolen passkey (their session is at aal 2).
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/users/me/passkeys/${added.json().passkey.id}`, headers: bearer(owner.access) });
    expect(removed.statusCode, removed.body).toBe(204);
    const before = await liveSessionIds(t.app, owner.id);

    clock.advance(30_000);
    const done = await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, code: codeAt(secret, clock.now()) });
    expect(done.statusCode, 'a step opened by a removed passkey is dead').toBe(401);
    expect(done.json().code).toBe('invalid_or_expired_token');
    expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
  });
});
