import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, loginUser, perTestClock, registerAndLogin, type TestApp } from '../helper.js';

// Mutation pass (useRecoveryCode without its `user_id` condition survived the suite): a recovery code completes
// the login of its own account only. Otherwise whoever knows a victim's password completes the victim's second
// step with a recovery code of their own account.

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`a recovery code of another account on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 8, 7, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterAll(async () => t.close());

  const post = (url: string, token: string | null, payload: object) => t.app.inject({ method: 'POST', url, headers: token ? bearer(token) : {}, payload });

  /** Enrols a factor; returns the recovery codes. */
  async function enrol(user: LoggedInUser): Promise<string[]> {
    const started = await post('/api/users/me/mfa/totp', user.access, { current_password: user.password });
    expect(started.statusCode).toBe(200);
    const confirmed = await post('/api/users/me/mfa/totp/confirm', user.access, { code: codeAt(started.json().secret, clock.now()) });
    expect(confirmed.statusCode).toBe(200);
    return confirmed.json().recovery_codes as string[];
  }

  const passwordStep = async (user: LoggedInUser): Promise<string> => {
    const res = await loginUser(t.app, { username: user.username, password: user.password });
    expect(res.json().mfa_required).toBe(true);
    return res.json().mfa_token as string;
  };

  it("does not complete the victim's second step (401 invalid_mfa_code) and stays usable by its owner", async () => {
    const victim = await registerAndLogin(t.app);
    const attacker = await registerAndLogin(t.app);
    await enrol(victim);
    const [attackersCode] = await enrol(attacker);

    const stolen = await post('/api/auth/login/mfa', null, { mfa_token: await passwordStep(victim), recovery_code: attackersCode });
    expect(stolen.statusCode).toBe(401);
    expect(stolen.json().code).toBe('invalid_mfa_code');
    expect(stolen.json().access_token).toBeUndefined();

    const own = await post('/api/auth/login/mfa', null, { mfa_token: await passwordStep(attacker), recovery_code: attackersCode });
    expect(own.statusCode).toBe(200);
    expect(own.json().user.id).toBe(attacker.id);
  });
});
