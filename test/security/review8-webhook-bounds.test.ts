import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, registerAndLogin, type TestApp } from '../helper.js';

// Review 8, what the webhooks API takes in and pages out. Broken before this review: the URL's 2048-character limit
// was checked on the text sent, but the URL stored is the parser's serialisation, which percent-encodes: 2000
// accented letters become 12 000 characters. PostgreSQL's varchar(2048) refused the row (500); SQLite stored it.
// Held: events (unknown, duplicate, none, too many), descriptions (length, control characters), unknown fields,
// wrong types, malformed ids and the delivery log's paging bounds all answer 400 problem+json, never 500.

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe(`review8: what the webhooks API takes in and pages out, on ${backend}`, () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await buildTestApp({ env: { WEBHOOK_POLL_INTERVAL: '600000' } });
    admin = (await registerAndLogin(t.app, { role: 'admin' })).access;
  });
  afterAll(async () => t.close());

  function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
    return t.app.inject({ method, url: `/api/admin/webhooks${url}`, headers: bearer(admin), ...(payload !== undefined ? { payload: payload as object } : {}) });
  }
  const created = async (): Promise<string> => {
    const res = await call('POST', '', { url: 'https://hooks.example.com/in', events: ['user.created'] });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().webhook.id;
  };
  const expectProblem = (res: Awaited<ReturnType<typeof call>>, status: number, what: string) => {
    expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBe(status);
    expect(res.headers['content-type'], what).toMatch(/^application\/problem\+json/);
  };

  it('breaks before the fix: a URL whose serialisation outgrows 2048 characters is 400 on the url, on create and on PATCH', async () => {
    const id = await created();
    const url = `https://hooks.example.com/${'é'.repeat(2000)}`;
    expect(url.length).toBeLessThanOrEqual(2048);
    expect(new URL(url).toString().length).toBeGreaterThan(2048);
    for (const res of [await call('POST', '', { url, events: ['user.created'] }), await call('PATCH', `/${id}`, { url })]) {
      expectProblem(res, 400, 'long url');
      expect(res.json().errors).toEqual([{ field: 'url', message: expect.any(String) }]);
    }
    // The longest URL that stays within the limit once serialised is taken, and read back as stored.
    const fits = `https://hooks.example.com/${'a'.repeat(2048 - 'https://hooks.example.com/'.length)}`;
    const res = await call('POST', '', { url: fits, events: ['user.created'] });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    expect(res.json().webhook.url).toBe(fits);
    expect((await call('GET', `/${id}`)).json().webhook.url).toBe('https://hooks.example.com/in');
  });

  it('holds: events unknown, duplicated, empty, too many or of the wrong type; long or control-character descriptions; unknown fields', async () => {
    const id = await created();
    const url = 'https://hooks.example.com/in';
    const bodies: unknown[] = [
      { url, events: ['user.created', 'user.created'] }, { url, events: ['user.hacked'] }, { url, events: [] }, { url, events: 'user.created' },
      { url, events: ['webhook.test'] }, { url, events: [...Array(11)].map(() => 'user.created') }, { url, events: [1] },
      { url, events: ['user.created'], description: 'x'.repeat(257) }, { url, events: ['user.created'], description: 'a\u0000b' },
      { url, events: ['user.created'], description: 'a\nb' }, { url, events: ['user.created'], secret: 'whsec_mine' },
      { url: 'x'.repeat(2049), events: ['user.created'] }, { url: 'https://a.example.com/\u0007', events: ['user.created'] }, { url: 42, events: ['user.created'] },
      { events: ['user.created'] }, [], null,
    ];
    for (const body of bodies) expectProblem(await call('POST', '', body), 400, JSON.stringify(body).slice(0, 80));
    for (const body of [{}, { enabled: 'yes' }, { events: [] }, { id: UNKNOWN }, { url: null }, { description: 'x'.repeat(257) }]) {
      expectProblem(await call('PATCH', `/${id}`, body), 400, JSON.stringify(body));
    }
    const listed = await call('GET', '');
    expect(listed.json().webhooks.filter((w: { id: string }) => w.id === id)).toEqual([expect.objectContaining({ url, events: ['user.created'], enabled: true })]);
  });

  it('holds: malformed ids are 4xx (400, 414 when overlong) and unknown ones 404 on every route, never 500', async () => {
    const routes = (hook: string): Array<['GET' | 'POST' | 'PATCH' | 'DELETE', string, object?]> => [
      ['GET', `/${hook}`], ['PATCH', `/${hook}`, { description: 'x' }], ['DELETE', `/${hook}`], ['POST', `/${hook}/test`],
      ['GET', `/${hook}/deliveries`], ['POST', `/${hook}/rotate-secret`],
    ];
    for (const bad of ['1', 'not-a-uuid', `${UNKNOWN}0`, `${UNKNOWN.slice(0, 35)}%00`, "'%20OR%201=1--", 'x'.repeat(600), '%E0%A4%A']) {
      for (const [method, url, body] of routes(bad)) {
        const res = await call(method, url, body);
        expect(res.statusCode >= 400 && res.statusCode < 500, `${method} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`).toBe(true);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    }
    for (const [method, url, body] of routes(UNKNOWN)) {
      const res = await call(method, url, body);
      expectProblem(res, 404, `${method} ${url}`);
      expect(res.json().code).toBe('webhook_not_found');
    }
  });

  it('holds: the delivery log pages within its bounds and refuses the rest with 400', async () => {
    const id = await created();
    for (const query of ['per_page=0', 'per_page=101', 'per_page=-1', 'per_page=abc', 'per_page=1e9', 'after=0', 'after=-5', 'after=2147483648',
      'after=1.5', 'after=99999999999999999999', 'status=bogus', 'status=', 'unknown=1', 'status=pending&status=failed']) {
      expectProblem(await call('GET', `/${id}/deliveries?${query}`), 400, query);
    }
    for (const query of ['per_page=100', 'per_page=1&after=2147483647', 'status=failed', '']) {
      const res = await call('GET', `/${id}/deliveries?${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(200);
      expect(res.json()).toEqual({ deliveries: [], next: null });
    }
  });
});
