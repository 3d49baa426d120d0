import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { bearer, buildTestApp, registerAndLogin, type LoggedInUser, type TestApp } from '../helper.js';

/** A JSON object of `count` unknown keys, e.g. {"k0":0,"k1":0,…}. */
function unknownKeys(count: number): string {
  return `{${Array.from({ length: count }, (_, i) => `"k${i}":0`).join(',')}}`;
}

describe('amplification through request bodies', () => {
  let t: TestApp;
  let admin: LoggedInUser;
  beforeAll(async () => {
    // The default body limit, as a deployment gets it.
    t = await buildTestApp();
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterAll(async () => t.close());

  it('an anonymous 1 MiB body of ~95,000 unknown keys gets a small 401, not a validation report', async () => {
    const body = unknownKeys(95_000);
    expect(body.length).toBeGreaterThan(1_000_000);
    const res = await t.app.inject({ method: 'PUT', url: '/api/users/1', headers: { 'content-type': 'application/json' }, payload: body });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'authorization_required' });
    expect(res.body.length).toBeLessThan(1024);
  });

  it('an anonymous body is never parsed: malformed JSON still answers 401, not 400 malformed_json', async () => {
    const res = await t.app.inject({ method: 'PUT', url: '/api/users/1', headers: { 'content-type': 'application/json' }, payload: '{"is_active": fal' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('authorization_required');
  });

  it('a body over the default BODY_LIMIT (64 KiB) is refused with 413 before it is parsed, even for an admin', async () => {
    expect(loadConfig({}).http.bodyLimit).toBe(65_536);
    const res = await t.app.inject({ method: 'PUT', url: `/api/users/${admin.id}`, headers: { ...bearer(admin.access), 'content-type': 'application/json' }, payload: unknownKeys(10_000) });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('a body breaking thousands of rules lists the first 20 and counts the rest', async () => {
    const body = unknownKeys(5_000);
    expect(body.length).toBeLessThan(65_536);
    const res = await t.app.inject({ method: 'PUT', url: `/api/users/${admin.id}`, headers: { ...bearer(admin.access), 'content-type': 'application/json' }, payload: body });
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toHaveLength(20);
    expect(problem.errors[0]).toEqual({ field: 'k0', message: 'is not an accepted field' });
    expect(problem.errors_total).toBe(5_000);
    expect(res.body.length).toBeLessThan(4096);
  });

  it('a short error list is given whole, without a count', async () => {
    const res = await t.app.inject({ method: 'PUT', url: `/api/users/${admin.id}`, headers: bearer(admin.access), payload: { a: 1, b: 2 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toHaveLength(2);
    expect(res.json()).not.toHaveProperty('errors_total');
  });
});
