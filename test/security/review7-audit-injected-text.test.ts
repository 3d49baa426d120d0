import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { backend, bearer, buildTestApp, registerAndLogin, type TestApp, TEST_SECRET } from '../helper.js';
import { newAuthenticator, PASSKEY_ENV, registerPasskey, signInOptions } from '../passkey-helper.js';

// Attack (anonymous, knowing a username): POST /api/auth/passkey/options {username} hands out the account's real
// credential ids and a live challenge. An assertion naming such an id, with that challenge and a clientDataJSON
// whose `origin` is any text the attacker likes, is refused by the signature library with a message that quotes
// the origin ("Unexpected authentication response origin \"…\""); passkey-sign-in.ts stores that message verbatim
// in the event's details (`refusal`), about the victim (target_user_id). So an anonymous attacker writes close to
// 3 KB of free text of their choosing (a fake "security notice", a phone number, a link) into the victim's
// own security history (GET /api/users/me/audit) and the admins' log, unclipped, while every client-supplied
// column (user agent 512, request id 64) is clipped. The library's message is documented "for the log (never
// shown to the client)". The event should carry a fixed reason code (or a clipped, attacker-free message).
// The same text reaches the operator's terminal through `gatehouse audit`: JSON.stringify leaves C1 controls
// (U+009B is CSI on terminals that honour 8-bit controls) and bidi overrides (U+202E) unescaped, so the attacker
// can recolour or visually reorder the line an auditor reads.

describe(`review7: attacker text in a victim's audit history, on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { ...PASSKEY_ENV } });
  });
  afterAll(() => t.close());

  it('a refused assertion does not store the attacker\'s chosen text in the victim\'s history', async () => {
    const victim = await registerAndLogin(t.app);
    expect((await registerPasskey(t.app, victim, newAuthenticator())).statusCode).toBe(201);
    const planted = `SECURITY NOTICE: your account is compromised, call +1-555-0100 or visit https://evil.example/recover ${'!'.repeat(2700)}`;
    for (let round = 0; round < 3; round++) {
      // Anonymous: options for the victim's username, then a forged assertion (no key needed: the origin is checked first).
      const options = await signInOptions(t.app, { username: victim.username });
      expect(options.statusCode).toBe(200);
      const { challenge, allowCredentials } = options.json() as { challenge: string; allowCredentials: { id: string }[] };
      const clientDataJSON = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge, origin: planted })).toString('base64url');
      const id = allowCredentials[0]!.id;
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response: { id, rawId: id, type: 'public-key', clientExtensionResults: {}, response: { clientDataJSON, authenticatorData: 'AAAA', signature: 'AAAA' } } } });
      expect(res.statusCode, res.body).toBe(401);
    }
    const history = await t.app.inject({ method: 'GET', url: '/api/users/me/audit?action=passkey_assertion_refused', headers: bearer(victim.access) });
    expect(history.statusCode).toBe(200);
    const events = history.json().events as { details: Record<string, unknown> }[];
    expect(events).toHaveLength(3);
    const text = JSON.stringify(events.map((e) => e.details));
    expect(text, 'attacker-chosen text in the victim\'s history').not.toContain('SECURITY NOTICE');
    for (const e of events) expect(JSON.stringify(e.details).length).toBeLessThanOrEqual(512);
  });

  it('the operator\'s `audit` output carries no terminal control or bidi override characters from an attacker', async () => {
    const victim = await registerAndLogin(t.app);
    expect((await registerPasskey(t.app, victim, newAuthenticator())).statusCode).toBe(201);
    const options = await signInOptions(t.app, { username: victim.username });
    const { challenge, allowCredentials } = options.json() as { challenge: string; allowCredentials: { id: string }[] };
    const origin = 'https://ok.example\u009b2J\u009b32m login_succeeded \u202etxt.exe';
    const clientDataJSON = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge, origin })).toString('base64url');
    const id = allowCredentials[0]!.id;
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response: { id, rawId: id, type: 'public-key', clientExtensionResults: {}, response: { clientDataJSON, authenticatorData: 'AAAA', signature: 'AAAA' } } } })).statusCode).toBe(401);
    const out: string[] = [];
    const code = await runCli(['audit', '--action', 'passkey_assertion_refused', '--target', String(victim.id)], {
      env: { NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent', LOG_TO_FILE: 'false' },
      print: (line) => out.push(line),
      printError: () => {},
    });
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0], 'control characters an attacker chose, printed raw').not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
