import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hash as bcryptHash } from '@node-rs/bcrypt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, loginUser, PASSWORD, registerAndLogin, registerUser, type TestApp, uniqueIdentity } from './helper.js';

const WERKZEUG = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'werkzeug-hashes.json'), 'utf8')) as { vectors: { method: string; password: string; hash: string }[] };
const HEX_64 = 'ab'.repeat(32);
const HEX_128 = 'cd'.repeat(64);

/** Hashes no login may ever spend time on, each with why it is refused. */
const REFUSED_HASHES: [string, string][] = [
  ['an unknown format', `md5$${HEX_64.slice(0, 32)}`],
  ['a malformed bcrypt hash', '$2b$10$tooShort'],
  ['scrypt with N = 2^24', `scrypt:${2 ** 24}:8:1$saltsaltsalt$${HEX_128}`],
  ['pbkdf2 with 10^9 iterations', `pbkdf2:sha256:1000000000$saltsaltsalt$${HEX_64}`],
  ['argon2 asking for 4 GiB', '$argon2id$v=19$m=4194304,t=3,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo'],
];

describe(`users: an admin creates a user (POST /api/users) on ${backend}`, () => {
  let t: TestApp;
  let admin: LoggedInUser;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterAll(async () => t.close());

  const create = (payload: unknown, token: string | null = admin.access) =>
    t.app.inject({ method: 'POST', url: '/api/users', headers: token ? bearer(token) : {}, payload: payload as object });
  const row = (id: number) => t.app.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const userCount = async () => Number((await t.app.db.selectFrom('users').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);

  it('creates a user with a password: 201, Location, defaults, never a hash; the user logs in with it', async () => {
    const identity = uniqueIdentity('created');
    const res = await create({ ...identity, password: PASSWORD });
    expect(res.statusCode).toBe(201);
    const { user } = res.json();
    expect(res.headers.location).toBe(`/api/users/${user.id}`);
    expect(user).toMatchObject({ ...identity, role: 'user', is_active: true, email_verified: false, email_verified_at: null, failed_login_attempts: 0 });
    expect(res.body).not.toMatch(/argon2|password/);
    expect((await row(user.id)).password_hash).toMatch(/^\$argon2id\$/);
    expect((await loginUser(t.app, { email: identity.email, password: PASSWORD })).statusCode).toBe(200);
  });

  it('stores an email lower-case, and refuses one already registered in any case (409 email_taken)', async () => {
    const identity = uniqueIdentity('cased');
    const res = await create({ username: identity.username, email: identity.email.toUpperCase(), password: PASSWORD });
    expect(res.statusCode).toBe(201);
    expect(res.json().user.email).toBe(identity.email);
    const again = await create({ username: `${identity.username}_2`, email: `${identity.email[0]!.toUpperCase()}${identity.email.slice(1)}`, password: PASSWORD });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'email_taken', errors: [{ field: 'email' }] });
    const name = await create({ username: identity.username.toUpperCase(), email: `other.${identity.email}`, password: PASSWORD });
    expect(name.statusCode).toBe(409);
    expect(name.json().code).toBe('username_taken');
  });

  it('takes a bcrypt hash from another system: the password logs in, and the stored hash becomes argon2id', async () => {
    const identity = uniqueIdentity('bcrypt');
    const passwordHash = await bcryptHash('legacy-Bcrypt-pass-12', 4);
    const res = await create({ ...identity, password_hash: passwordHash });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain(passwordHash);
    expect(res.body).not.toMatch(/\$2b\$|password/);
    const id = res.json().user.id as number;
    expect((await row(id)).password_hash).toBe(passwordHash);
    expect((await loginUser(t.app, { username: identity.username, password: 'legacy-Bcrypt-pass-12' })).statusCode).toBe(200);
    expect((await row(id)).password_hash).toMatch(/^\$argon2id\$/);
  });

  it('takes werkzeug hashes as they are, never echoed', async () => {
    for (const vector of WERKZEUG.vectors) {
      const identity = uniqueIdentity('werkzeug');
      const res = await create({ ...identity, password_hash: vector.hash });
      expect(res.statusCode, vector.method).toBe(201);
      expect(res.body).not.toMatch(/pbkdf2|scrypt|password/);
      expect((await row(res.json().user.id)).password_hash).toBe(vector.hash);
    }
  });

  // Passes once the hasher verifies werkzeug hashes (the hashes branch); until then the login is a 401.
  it('logs a user created with a werkzeug pbkdf2 hash in with its password, and upgrades the hash to argon2id', async () => {
    const vector = WERKZEUG.vectors.find((v) => v.method === 'pbkdf2:sha256:260000')!;
    const identity = uniqueIdentity('werkzeug_login');
    const res = await create({ ...identity, password_hash: vector.hash });
    expect(res.statusCode).toBe(201);
    expect((await loginUser(t.app, { username: identity.username, password: vector.password })).statusCode).toBe(200);
    expect((await row(res.json().user.id)).password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each(REFUSED_HASHES)('refuses %s with 400 naming password_hash, creating nothing', async (_why, passwordHash) => {
    const before = await userCount();
    const res = await create({ ...uniqueIdentity('refused'), password_hash: passwordHash });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'password_hash', message: expect.stringMatching(/^is not accepted: /) }] });
    expect(res.body).not.toContain(passwordHash);
    expect(await userCount()).toBe(before);
  });

  it('asks for exactly one of password and password_hash (400 naming both)', async () => {
    const passwordHash = await bcryptHash(PASSWORD, 4);
    for (const credential of [{ password: PASSWORD, password_hash: passwordHash }, {}]) {
      const res = await create({ ...uniqueIdentity('credential'), ...credential });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['password', 'password_hash']);
    }
  });

  it('checks the password policy, schema and policy together, and refuses unknown fields', async () => {
    const identity = uniqueIdentity('policy');
    const weak = await create({ ...identity, password: identity.username });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual(expect.arrayContaining([{ field: 'password', message: 'must not be the same as the username' }]));
    const both = await create({ username: identity.username, email: 'not-an-email', password: 'password' });
    expect(both.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
    for (const extra of [{ id: 1 }, { is_admin: true }, { email_verified_at: '2026-01-01T00:00:00Z' }, { role: 'root' }, { is_active: 'false' }]) {
      const res = await create({ ...uniqueIdentity('extra'), password: PASSWORD, ...extra });
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
    }
  });

  it('creates an admin, who may administer at once', async () => {
    const identity = uniqueIdentity('new_admin');
    const res = await create({ ...identity, password: PASSWORD, role: 'admin' });
    expect(res.statusCode).toBe(201);
    expect(res.json().user.role).toBe('admin');
    const login = await loginUser(t.app, { username: identity.username, password: PASSWORD });
    const list = await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(login.json().access_token) });
    expect(list.statusCode).toBe(200);
  });

  it('creates an inactive user: the right password gets 403 account_disabled, a wrong one 401', async () => {
    const identity = uniqueIdentity('inactive');
    const res = await create({ ...identity, password: PASSWORD, is_active: false });
    expect(res.statusCode).toBe(201);
    expect(res.json().user.is_active).toBe(false);
    const right = await loginUser(t.app, { username: identity.username, password: PASSWORD });
    expect(right.statusCode).toBe(403);
    expect(right.json().code).toBe('account_disabled');
    expect((await loginUser(t.app, { username: identity.username, password: 'wrong-Password-00' })).statusCode).toBe(401);
  });

  it('marks the email verified now with email_verified (no verification mail), or leaves it to the mailed link', async () => {
    const verified = uniqueIdentity('verified');
    const res = await create({ ...verified, password: PASSWORD, email_verified: true });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ email_verified: true, email_verified_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const unverified = uniqueIdentity('unverified');
    expect((await create({ ...unverified, password: PASSWORD })).statusCode).toBe(201);
    const mailsTo = async (email: string) => (await t.app.db.selectFrom('mail_outbox').select('template').where('recipient', '=', email).execute()).map((m) => m.template);
    expect(await mailsTo(verified.email)).toEqual([]);
    expect(await mailsTo(unverified.email)).toEqual(['email_verify']);
  });

  it('refuses a non-admin with 403 and no token with 401, before the body is read', async () => {
    const alice = await registerAndLogin(t.app);
    const before = await userCount();
    for (const payload of [{ ...uniqueIdentity('by_user'), password: PASSWORD, role: 'admin' }, { nonsense: true }, 'not json']) {
      const res = await create(payload, alice.access);
      expect(res.statusCode, JSON.stringify(payload)).toBe(403);
      expect(res.json().code).toBe('forbidden');
      const anonymous = await create(payload, null);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().code).toBe('authorization_required');
    }
    expect(await userCount()).toBe(before);
  });

  it('refuses an admin whose rights were withdrawn since their login', async () => {
    const former = await registerAndLogin(t.app, { role: 'admin' });
    await t.app.db.updateTable('users').set({ role: 'user' }).where('id', '=', former.id).execute();
    const res = await create({ ...uniqueIdentity('by_former'), password: PASSWORD, role: 'admin' }, former.access);
    expect(res.statusCode).toBe(403);
  });

  it('answers a huge body 413 without creating anyone', async () => {
    const before = await userCount();
    const res = await create({ ...uniqueIdentity('huge'), password: PASSWORD, padding: 'x'.repeat(t.config.http.bodyLimit) });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await userCount()).toBe(before);
  });

  it('is in the OpenAPI document, with its body and answers', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const operation = doc.paths['/api/users'].post;
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409', '413']));
    const body = operation.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties).sort()).toEqual(['email', 'email_verified', 'is_active', 'password', 'password_hash', 'role', 'username']);
    expect(body.required.sort()).toEqual(['email', 'username']);
    expect(body.additionalProperties).toBe(false);
  });
});

describe(`users: POST /api/users with MFA_REQUIRED_FOR_ADMINS on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { MFA_REQUIRED_FOR_ADMINS: 'true' } });
  });
  afterAll(async () => t.close());

  it('refuses an admin without a second factor (403 mfa_required)', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: bearer(admin.access), payload: { ...uniqueIdentity('no_mfa'), password: PASSWORD } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('mfa_required');
  });
});

describe(`users: the audit event of POST /api/users on ${backend}`, () => {
  it('names the actor, the new user and the hash scheme, never the hash', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-users-create-'));
    const t = await buildTestApp({ env: { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'info' } });
    const passwordHash = await bcryptHash('audited-Bcrypt-pass-3', 4);
    let admin!: LoggedInUser;
    let id = 0;
    try {
      admin = await registerAndLogin(t.app, { role: 'admin' });
      const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: bearer(admin.access), payload: { ...uniqueIdentity('audited'), password_hash: passwordHash, role: 'admin' } });
      expect(res.statusCode).toBe(201);
      id = res.json().user.id;
      await registerUser(t.app);
    } finally {
      await t.close();
    }
    const written = readdirSync(dir).filter((f) => f.endsWith('.log') && f !== 'current.log').map((f) => readFileSync(path.join(dir, f), 'utf8')).join('');
    expect(written).not.toContain(passwordHash);
    const lines = written.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line.audit === 'user_created')).toEqual([
      expect.objectContaining({ actor_id: admin.id, user_id: id, role: 'admin', is_active: true, email_verified: false, password_scheme: 'bcrypt' }),
    ]);
  });
});
