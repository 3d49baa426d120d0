import { connect } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, PASSWORD, type TestApp, uniqueIdentity } from './helper.js';

describe('every error is problem+json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { BODY_LIMIT: '2048', AUTH_BODY_LIMIT: '2048' } });
  });
  afterAll(async () => t.close());

  function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): Record<string, unknown> }, status: number, code: string): void {
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const body = res.json();
    expect(body).toMatchObject({ type: 'about:blank', status, code, error: code, request_id: res.headers['x-request-id'] });
    expect(body.message).toBe(body.detail);
    expect(typeof body.title).toBe('string');
  }

  it('validation errors: 400 with errors[] per field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { username: 'ok_name', email: 5, extra: true } });
    expectProblem(res, 400, 'validation_failed');
    expect(res.json().errors).toEqual(expect.arrayContaining([
      { field: 'extra', message: 'is not an accepted field' },
      { field: 'password', message: 'is required' },
      expect.objectContaining({ field: 'email' }),
    ]));
  });

  it('malformed JSON: 400 malformed_json', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username": "a", "password": ' });
    expectProblem(res, 400, 'malformed_json');
  });

  it('wrong content type: 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'username=a&password=b' });
    expectProblem(res, 415, 'unsupported_media_type');
  });

  it('oversized body: 413', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { ...uniqueIdentity(), password: PASSWORD, padding: 'x'.repeat(4096) } });
    expectProblem(res, 413, 'payload_too_large');
  });

  it('unknown route: 404; wrong method: 405', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/nothing' }), 404, 'not_found');
    const wrongMethod = await t.app.inject({ method: 'GET', url: '/api/auth/login' });
    expectProblem(wrongMethod, 405, 'method_not_allowed');
    expect(wrongMethod.headers.allow).toBe('POST');
  });

  it.each([
    ['oversized headers', `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers_too_large'],
    ['a request the HTTP parser refuses', 'NOT A REQUEST\r\n\r\n', 400, 'bad_request'],
  ])('%s: problem+json from the socket level', async (_case, raw, status, code) => {
    if (!t.app.server.listening) await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const response = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(raw));
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    const [head = '', body = ''] = response.split('\r\n\r\n');
    expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(body)).toMatchObject({ status, code, error: code, type: 'about:blank' });
  });

  it('unexpected errors: 500 with no stack, SQL or driver text', async () => {
    const broken = await buildTestApp();
    try {
      await sql`drop table sessions`.execute(broken.app.db);
      const user = { ...uniqueIdentity(), password: PASSWORD };
      await broken.app.inject({ method: 'POST', url: '/api/auth/register', payload: user });
      const res = await broken.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: PASSWORD } });
      expectProblem(res, 500, 'internal_error');
      expect(res.json().detail).toBe('An unexpected error occurred.');
      expect(res.body).not.toMatch(/sessions|insert|relation|table|SQLITE|at .*\.ts|\n/i);
    } finally {
      await broken.close();
    }
  });
});
