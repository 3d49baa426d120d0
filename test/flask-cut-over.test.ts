import { hash as bcryptHash } from '@node-rs/bcrypt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { type FlaskType, mintFlaskToken } from './flask-tokens.js';
import { createFlaskSqlite, type FlaskDatabase, type FlaskTable, sqlalchemyTime } from './flask-fixture.js';
import { backend, bearer, buildTestApp, loginUser, registerUser, TEST_SECRET, type TestApp } from './helper.js';

// The whole cut-over, end to end: a Flask database imported by the CLI, then the Flask clients' own tokens,
// minted the way Flask-JWT-Extended mints them, exchanged at Gatehouse. What the importer did not bring (a
// conflict, an id Gatehouse already had) stays out of reach of a Flask token.

const FLASK_SECRET = 'the-flask-apps-JWT_SECRET_KEY-cut-over-0123456789';
const PASSWORD = 'Flask-cut-over-pass-1';
const BLACKLISTED = '5f0c7a52-0000-4000-8000-00000000b1ac';
const NOW = Date.now();

/** A Flask-JWT-Extended token issued a minute before the test. */
const flaskToken = (sub: number, type: FlaskType, jti?: string): Promise<string> => mintFlaskToken(NOW - 60_000, sub, type, { jti, secret: FLASK_SECRET });

describe(`a Flask deployment moved in, its tokens crossing over, on ${backend}`, () => {
  let t: TestApp;
  let flask: FlaskDatabase;
  let nativeId: number;

  beforeAll(async () => {
    t = await buildTestApp({ env: { LEGACY_JWT_SECRET_KEY: FLASK_SECRET, LEGACY_JWT_ACCEPT_ACCESS_TOKENS: 'true' } });
    // A Gatehouse user made before the import holds id 1: the Flask user 1 is a conflict, never this user.
    nativeId = (await registerUser(t.app)).id as number;
    const hash = await bcryptHash(PASSWORD, 10);
    const at = sqlalchemyTime(NOW - 86_400_000);
    const users: FlaskTable = {
      name: 'users',
      columns: { id: 'Integer', username: 'String', email: 'String', password_hash: 'String', is_admin: 'Boolean', is_active: 'Boolean', created_at: 'DateTime' },
      rows: [
        { id: nativeId, username: 'flask_first', email: 'first@flask.example', password_hash: hash, is_admin: true, is_active: true, created_at: at },
        { id: 101, username: 'alice', email: 'alice@flask.example', password_hash: hash, is_admin: false, is_active: true, created_at: at },
        { id: 102, username: 'alice_upper', email: 'ALICE@FLASK.EXAMPLE', password_hash: hash, is_admin: false, is_active: true, created_at: at },
        { id: 103, username: 'bob', email: 'bob@flask.example', password_hash: hash, is_admin: false, is_active: false, created_at: at },
        { id: 104, username: 'root', email: 'root@flask.example', password_hash: hash, is_admin: true, is_active: true, created_at: at },
      ],
    };
    const blacklist: FlaskTable = { name: 'token_blacklist', columns: { id: 'Integer', jti: 'String', created_at: 'DateTime' }, rows: [{ id: 1, jti: BLACKLISTED, created_at: at }] };
    flask = await createFlaskSqlite([users, blacklist]);
    const errors: string[] = [];
    const code = await runCli(['import-flask', '--from', flask.url], {
      env: { NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent', LOG_TO_FILE: 'false' },
      print: () => {},
      printError: (line) => errors.push(line),
    });
    expect(code, errors.join('\n')).toBe(0);
  }, 30_000);
  afterAll(async () => {
    await t.close();
    await flask.drop();
  });

  const refresh = (token: string) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: token } });
  const garbage = async () => (await refresh('not.a.token')).json();

  it('imported users log in with their Flask password, as their Flask id and role', async () => {
    const alice = await loginUser(t.app, { email: 'alice@flask.example', password: PASSWORD });
    expect(alice.statusCode).toBe(200);
    expect(alice.json().user).toMatchObject({ id: 101, role: 'user' });
    const root = await loginUser(t.app, { username: 'root', password: PASSWORD });
    expect(root.json().user).toMatchObject({ id: 104, role: 'admin' });
  });

  it("a live Flask refresh token becomes a Gatehouse session of the same user, once", async () => {
    const flaskRefresh = await flaskToken(101, 'refresh');
    const res = await refresh(flaskRefresh);
    expect(res.statusCode, res.body).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(res.json().access_token) });
    expect(me.json().user).toMatchObject({ id: 101, email: 'alice@flask.example' });
    const sessions = await t.app.db.selectFrom('sessions').select(['user_id', 'legacy_jti']).where('legacy_jti', 'is not', null).execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.user_id).toBe(101);
  });

  it('a Flask access token reads as its user, with the role stored now', async () => {
    const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(await flaskToken(104, 'access')) });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().user).toMatchObject({ id: 104, role: 'admin' });
  });

  it('the imported blacklist, a conflict, an id Gatehouse already had and a deactivated user answer as a garbage token', async () => {
    const expected = await garbage();
    const refused = {
      blacklisted: await flaskToken(101, 'refresh', BLACKLISTED),
      'a conflict (ALICE@ in upper case, not imported)': await flaskToken(102, 'refresh'),
      'the Flask user whose id a Gatehouse user holds': await flaskToken(nativeId, 'refresh'),
      'a deactivated user': await flaskToken(103, 'refresh'),
    };
    for (const [what, token] of Object.entries(refused)) {
      const res = await refresh(token);
      expect(res.statusCode, what).toBe(401);
      expect({ code: res.json().code, detail: res.json().detail }, what).toEqual({ code: expected.code, detail: expected.detail });
    }
    const asNative = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(await flaskToken(nativeId, 'access')) });
    expect(asNative.statusCode).toBe(401);
  });
});
