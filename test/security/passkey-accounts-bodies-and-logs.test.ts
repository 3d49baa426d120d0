import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, loginUser, registerAndLogin, type TestApp } from '../helper.js';
import { creationOptions, newAuthenticator, signInWithPasskey } from '../passkey-helper.js';
import {
  buildLoggedPasskeyApp, buildPasskeyApp, discoverableOptions, expectProblem, liveSessionIds, ownerWithPasskey, postRegistration, postSecondStep, postSignIn,
} from './passkey-attack-helper.js';

// A passkey is a way in like a password: a disabled or locked account is refused through it too. Whatever an
// attacker posts as a WebAuthn response (oversized, not base64url, not JSON, missing or extra fields) is a 4xx
// problem, never a 500. And no log line keeps a public key, a signature, a clientDataJSON or a challenge.

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const count = async (t: TestApp, id: string) => (await t.app.db.selectFrom('passkeys').select('sign_count').where('id', '=', id).executeTakeFirstOrThrow()).sign_count;

describe(`passkey sign-in of disabled and locked accounts on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterAll(async () => t.close());

  it('a disabled account: 403 account_disabled, no session, the sign count not recorded', async () => {
    const owner = await ownerWithPasskey(t.app);
    await t.app.db.updateTable('users').set({ is_active: 0 }).where('id', '=', owner.id).execute();
    const before = await liveSessionIds(t.app, owner.id);
    expectProblem(await signInWithPasskey(t.app, owner.authenticator), 403, 'account_disabled');
    const options = await discoverableOptions(t.app, { username: owner.username });
    expectProblem(await postSignIn(t.app, owner.authenticator.assert(options)), 403, 'account_disabled');
    expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
    expect(await count(t, owner.passkeyId)).toBe(0);
  });

  it('a locked account: 423 account_locked, no session', async () => {
    const owner = await ownerWithPasskey(t.app);
    await t.app.db.updateTable('users').set({ locked_until: Date.now() + 3_600_000 }).where('id', '=', owner.id).execute();
    const before = await liveSessionIds(t.app, owner.id);
    expectProblem(await signInWithPasskey(t.app, owner.authenticator), 423, 'account_locked');
    expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
  });

  it('an account disabled between the password step and the passkey step: the second step is refused', async () => {
    const owner = await ownerWithPasskey(t.app);
    await t.app.db.updateTable('users').set({ mfa_enabled_at: Date.now() }).where('id', '=', owner.id).execute();
    const step = await loginUser(t.app, { username: owner.username, password: owner.password });
    const token = step.json().mfa_token as string;
    const assertion = owner.authenticator.assert(await discoverableOptions(t.app, { mfa_token: token }));
    await t.app.db.updateTable('users').set({ is_active: 0 }).where('id', '=', owner.id).execute();
    const before = await liveSessionIds(t.app, owner.id);
    const res = await postSecondStep(t.app, token, assertion);
    expect([401, 403], res.body).toContain(res.statusCode);
    expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
  });

  it('an account locked between the password step and the passkey step: 423', async () => {
    const owner = await ownerWithPasskey(t.app);
    await t.app.db.updateTable('users').set({ mfa_enabled_at: Date.now() }).where('id', '=', owner.id).execute();
    const token = (await loginUser(t.app, { username: owner.username, password: owner.password })).json().mfa_token as string;
    const assertion = owner.authenticator.assert(await discoverableOptions(t.app, { mfa_token: token }));
    await t.app.db.updateTable('users').set({ locked_until: Date.now() + 3_600_000 }).where('id', '=', owner.id).execute();
    expectProblem(await postSecondStep(t.app, token, assertion), 423, 'account_locked');
  });
});

describe(`malformed and oversized WebAuthn bodies on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterAll(async () => t.close());

  const neverServerError = (res: { statusCode: number; body: string; headers: Record<string, unknown> }, what: string) => {
    expect(res.statusCode, `${what}: ${res.body}`).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(500);
    expect(String(res.headers['content-type']), what).toContain('application/problem+json');
  };

  /** Shapes the schema refuses: 400 validation_failed. */
  const schemaBreakers = (good: Record<string, any>): Array<[string, unknown]> => [
    ['clientDataJSON not base64url', { ...good, response: { ...good.response, clientDataJSON: `${good.response.clientDataJSON}+/=` } }],
    ['signature with padding', { ...good, response: { ...good.response, signature: `${good.response.signature}==` } }],
    ['id with spaces', { ...good, id: 'not base64url at all' }],
    ['missing response', { ...good, response: undefined }],
    ['missing clientDataJSON', { ...good, response: { ...good.response, clientDataJSON: undefined } }],
    ['missing authenticatorData', { ...good, response: { ...good.response, authenticatorData: undefined } }],
    ['missing signature', { ...good, response: { ...good.response, signature: undefined } }],
    ['missing type', { ...good, type: undefined }],
    ['type password', { ...good, type: 'password' }],
    ['unknown top-level field', { ...good, admin: true }],
    ['unknown response field', { ...good, response: { ...good.response, userId: 1 } }],
    ['clientDataJSON a number', { ...good, response: { ...good.response, clientDataJSON: 12345 } }],
    ['response an array', { ...good, response: [good.response] }],
    ['response null', { ...good, response: null }],
    ['clientDataJSON over its bound', { ...good, response: { ...good.response, clientDataJSON: 'A'.repeat(4097) } }],
    ['signature over its bound', { ...good, response: { ...good.response, signature: 'A'.repeat(1025) } }],
    ['userHandle over its bound', { ...good, response: { ...good.response, userHandle: 'A'.repeat(129) } }],
    ['extension results too many', { ...good, clientExtensionResults: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`x${i}`, i])) }],
    ['authenticatorAttachment unknown', { ...good, authenticatorAttachment: 'bluetooth' }],
  ];

  /** Shapes the schema passes but nothing can verify: a refusal of the credential (401), never a 500. */
  const contentBreakers = (good: Record<string, any>, challenge: string): Array<[string, unknown]> => [
    ['clientDataJSON not JSON', { ...good, response: { ...good.response, clientDataJSON: b64('{"type":"webauthn.get",') } }],
    ['clientDataJSON JSON null', { ...good, response: { ...good.response, clientDataJSON: b64('null') } }],
    ['clientDataJSON an array', { ...good, response: { ...good.response, clientDataJSON: b64('[1,2]') } }],
    ['clientDataJSON with a numeric challenge', { ...good, response: { ...good.response, clientDataJSON: b64('{"type":"webauthn.get","challenge":1,"origin":"http://localhost:8000"}') } }],
    ['clientDataJSON empty', { ...good, response: { ...good.response, clientDataJSON: '' } }],
    ['clientDataJSON the right challenge, nothing else', { ...good, response: { ...good.response, clientDataJSON: b64(JSON.stringify({ challenge })) } }],
    ['authenticatorData truncated', { ...good, response: { ...good.response, authenticatorData: good.response.authenticatorData.slice(0, 20) } }],
    ['authenticatorData empty', { ...good, response: { ...good.response, authenticatorData: '' } }],
    ['signature garbage', { ...good, response: { ...good.response, signature: b64('not a DER signature') } }],
    ['signature empty', { ...good, response: { ...good.response, signature: '' } }],
    ['id empty', { ...good, id: '', rawId: '' }],
    ['id and rawId differ', { ...good, rawId: b64('another id') }],
    ['userHandle empty', { ...good, response: { ...good.response, userHandle: '' } }],
  ];

  it('sign-in: schema breakers 400 validation_failed, content breakers 401, never 500', async () => {
    const owner = await ownerWithPasskey(t.app);
    const good = owner.authenticator.assert(await discoverableOptions(t.app)) as unknown as Record<string, any>;
    for (const [what, response] of schemaBreakers(good)) {
      const res = await postSignIn(t.app, response);
      neverServerError(res, what);
      expectProblem(res, 400, 'validation_failed');
    }
    for (const [what] of contentBreakers(good, 'x')) {
      // Each one over a live challenge of its own, so it reaches past the challenge check.
      const options = await discoverableOptions(t.app);
      const fresh = owner.authenticator.assert(options, { counter: 0 }) as unknown as Record<string, any>;
      const [, response] = contentBreakers(fresh, options.challenge).find(([name]) => name === what)!;
      const res = await postSignIn(t.app, response);
      neverServerError(res, what);
      expect([400, 401], `${what}: ${res.body}`).toContain(res.statusCode);
    }
    expect(await liveSessionIds(t.app, owner.id)).toHaveLength(1);
  });

  it('sign-in: bodies that are not an object, and one over the body limit', async () => {
    for (const payload of ['null', '[]', '"response"', '{"response":', '{}', '{"response":{}}']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/passkey', headers: { 'content-type': 'application/json' }, payload });
      neverServerError(res, payload);
      expect(res.statusCode, payload).toBe(400);
    }
    const huge = await t.app.inject({ method: 'POST', url: '/api/auth/passkey', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ response: { id: 'A'.repeat(200_000) } }) });
    neverServerError(huge, 'huge');
    expect(huge.statusCode).toBe(413);
  });

  it('second step: a malformed webauthn proof is 400 or 401, never 500', async () => {
    const owner = await ownerWithPasskey(t.app);
    await t.app.db.updateTable('users').set({ mfa_enabled_at: Date.now() }).where('id', '=', owner.id).execute();
    const token = (await loginUser(t.app, { username: owner.username, password: owner.password })).json().mfa_token as string;
    const options = await discoverableOptions(t.app, { mfa_token: token });
    const good = owner.authenticator.assert(options, { counter: 0 }) as unknown as Record<string, any>;
    for (const [what, response] of schemaBreakers(good)) {
      const res = await postSecondStep(t.app, token, response);
      neverServerError(res, what);
      expect(res.statusCode, what).toBe(400);
    }
    for (const [what, response] of contentBreakers(good, options.challenge)) {
      const res = await postSecondStep(t.app, token, response);
      neverServerError(res, what);
    }
  });

  it('registration: schema breakers 400, broken attestations 400 passkey_rejected, never 500; nothing stored', async () => {
    const user = await registerAndLogin(t.app);
    const good = newAuthenticator().register((await creationOptions(t.app, user.access)).json()) as unknown as Record<string, any>;
    const breakers: Array<[string, unknown]> = [
      ['attestationObject not base64url', { ...good, response: { ...good.response, attestationObject: '$$$' } }],
      ['missing attestationObject', { ...good, response: { ...good.response, attestationObject: undefined } }],
      ['unknown field', { ...good, response: { ...good.response, extra: 'x' } }],
      ['too many transports', { ...good, response: { ...good.response, transports: Array(9).fill('usb') } }],
      ['attestationObject over its bound', { ...good, response: { ...good.response, attestationObject: 'A'.repeat(32_769) } }],
      ['publicKeyAlgorithm a string', { ...good, response: { ...good.response, publicKeyAlgorithm: 'ES256' } }],
    ];
    for (const [what, response] of breakers) {
      const res = await postRegistration(t.app, user.access, response);
      neverServerError(res, what);
      expectProblem(res, 400, 'validation_failed');
    }
    const content: Array<[string, (challenge: string, g: Record<string, any>) => unknown]> = [
      ['clientDataJSON not JSON', (_c, g) => ({ ...g, response: { ...g.response, clientDataJSON: b64('{not json') } })],
      ['attestationObject not CBOR', (_c, g) => ({ ...g, response: { ...g.response, attestationObject: b64('not cbor at all') } })],
      ['attestationObject empty', (_c, g) => ({ ...g, response: { ...g.response, attestationObject: '' } })],
      ['attestationObject a CBOR number', (_c, g) => ({ ...g, response: { ...g.response, attestationObject: 'GGQ' } })],
      ['attestationObject a CBOR map without authData', (_c, g) => ({ ...g, response: { ...g.response, attestationObject: Buffer.from([0xa1, 0x63, 0x66, 0x6d, 0x74, 0x64, 0x6e, 0x6f, 0x6e, 0x65]).toString('base64url') } })],
      ['clientDataJSON with only the challenge', (c, g) => ({ ...g, response: { ...g.response, clientDataJSON: b64(JSON.stringify({ challenge: c })) } })],
      ['unknown transports (dropped, not refused) with a forged origin', (c, g) => ({ ...g, response: { ...g.response, transports: ['quantum'], clientDataJSON: b64(JSON.stringify({ type: 'webauthn.create', challenge: c, origin: 'http://evil.example' })) } })],
    ];
    for (const [what, build] of content) {
      const options = (await creationOptions(t.app, user.access)).json();
      const fresh = newAuthenticator().register(options) as unknown as Record<string, any>;
      const res = await postRegistration(t.app, user.access, build(options.challenge, fresh));
      neverServerError(res, what);
      expectProblem(res, 400, 'passkey_rejected');
    }
    const stored = await t.app.db.selectFrom('passkeys').select('id').where('user_id', '=', user.id).execute();
    expect(stored).toEqual([]);
    const huge = await t.app.inject({ method: 'POST', url: '/api/users/me/passkeys', headers: { ...bearer(user.access), 'content-type': 'application/json' }, payload: JSON.stringify({ response: { ...good, response: { ...good.response, attestationObject: 'A'.repeat(2_000_000) } } }) });
    neverServerError(huge, 'huge');
    expect(huge.statusCode).toBe(413);
  });

  it('options: malformed username or mfa_token, both at once, unknown fields: 400, never 500', async () => {
    for (const payload of [{ username: '' }, { username: 'a\u0000b' }, { mfa_token: 'short' }, { mfa_token: 'x'.repeat(16) + '!' }, { username: 'a', mfa_token: 'x'.repeat(20) }, { user_id: 1 }, { username: 'x'.repeat(255) }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/passkey/options', payload });
      neverServerError(res, JSON.stringify(payload));
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});

describe(`no WebAuthn secret in the logs on ${backend}`, () => {
  it('no log line holds a public key, a signature, a clientDataJSON or a challenge', async () => {
    const t = await buildLoggedPasskeyApp();
    const secrets = new Set<string>();
    const keep = (...values: Array<string | undefined>) => {
      for (const v of values) if (v !== undefined && v.length >= 16) secrets.add(v);
    };
    try {
      const user = await registerAndLogin(t.app);
      const authenticator = newAuthenticator();
      // A refused registration (wrong origin), then an accepted one.
      const refusedOptions = (await creationOptions(t.app, user.access)).json();
      const refused = newAuthenticator().register(refusedOptions, { origin: 'http://evil.example' });
      expect((await postRegistration(t.app, user.access, refused)).statusCode).toBe(400);
      const options = (await creationOptions(t.app, user.access)).json();
      const registration = authenticator.register(options);
      expect((await postRegistration(t.app, user.access, registration)).statusCode).toBe(201);
      for (const r of [refused, registration]) keep(r.response.clientDataJSON, r.response.attestationObject, r.response.publicKey, r.response.authenticatorData);
      keep(refusedOptions.challenge, options.challenge);
      // Sign-ins: accepted, wrong origin, wrong key, replayed, cloned, malformed.
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const clone = authenticator.clone();
      for (const override of [{}, { origin: 'http://evil.example' }, { signWith: privateKey }, { rpId: 'evil.example' }, {}]) {
        const signIn = await discoverableOptions(t.app);
        const assertion = authenticator.assert(signIn, override);
        await postSignIn(t.app, assertion);
        keep(signIn.challenge, assertion.response.clientDataJSON, assertion.response.signature, assertion.response.authenticatorData);
      }
      const cloneOptions = await discoverableOptions(t.app);
      const cloned = clone.assert(cloneOptions);
      expect((await postSignIn(t.app, cloned)).statusCode).toBe(401);
      keep(cloneOptions.challenge, cloned.response.clientDataJSON, cloned.response.signature);
      const malformed = await discoverableOptions(t.app);
      const bad = authenticator.assert(malformed);
      await postSignIn(t.app, { ...bad, response: { ...bad.response, signature: `${bad.response.signature}==` } });
      keep(malformed.challenge, bad.response.clientDataJSON, bad.response.signature);
      const row = await t.app.db.selectFrom('passkeys').select(['public_key']).where('user_id', '=', user.id).executeTakeFirstOrThrow();
      keep(row.public_key);
      // Each challenge also as it appears inside clientDataJSON's bytes (base64url of the JSON holding it is covered above).
    } finally {
      await t.close();
    }
    const written = t.logs();
    expect(written).toContain('"audit":"passkey_added"');
    expect(written).toContain('"audit":"passkey_counter_regressed"');
    expect(written).toContain('"audit":"passkey_assertion_refused"');
    const leaked = [...secrets].filter((secret) => written.includes(secret));
    expect(leaked).toEqual([]);
  });
});
