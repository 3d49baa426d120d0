import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_PROBE, buildEdgeTestApp, OPEN_PROBE } from './edge-helper.js';
import type { TestApp } from './helper.js';

function jsonOfSize(bytes: number): string {
  const overhead = JSON.stringify({ pad: '' }).length;
  return JSON.stringify({ pad: 'x'.repeat(bytes - overhead) });
}

function post(t: TestApp, url: string, bytes: number) {
  return t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: jsonOfSize(bytes) });
}

describe('body limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildEdgeTestApp({ env: { BODY_LIMIT: '65536' } });
  });
  afterAll(async () => t.close());

  it('refuses an auth body over AUTH_BODY_LIMIT (16 KiB) with 413 problem+json', async () => {
    expect((await post(t, AUTH_PROBE, 16_384)).statusCode).toBe(200);
    const res = await post(t, AUTH_PROBE, 16_385);
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 413, code: 'payload_too_large', error: 'payload_too_large' });
  });

  it('keeps the general BODY_LIMIT on other routes', async () => {
    expect((await post(t, OPEN_PROBE, 16_385)).statusCode, 'the auth limit stays on auth routes').toBe(200);
    expect((await post(t, OPEN_PROBE, 65_536)).statusCode).toBe(200);
    const res = await post(t, OPEN_PROBE, 65_537);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload_too_large' });
  });
});

describe('AUTH_BODY_LIMIT', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildEdgeTestApp({ env: { AUTH_BODY_LIMIT: '2048' } });
  });
  afterAll(async () => t.close());

  it('is configurable', async () => {
    expect((await post(t, AUTH_PROBE, 2048)).statusCode).toBe(200);
    expect((await post(t, AUTH_PROBE, 2049)).statusCode).toBe(413);
  });
});
