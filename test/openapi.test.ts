import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { ERROR_CODES } from '../src/errors.js';
import { buildTestApp, TEST_SECRET, type TestApp } from './helper.js';

interface RegisteredRoute {
  method: string;
  url: string;
}

/** Reads `printRoutes({ commonPrefix: false })`: each line is a path segment and its methods, nested by indentation. */
function registeredRoutes(tree: string): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  const segments: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(.+) \(([^)]*)\)$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    segments.length = depth;
    segments.push(match[2] ?? '');
    const methods = match[3] === '-' ? [] : (match[3] ?? '').split(', ');
    for (const method of methods) routes.push({ method, url: segments.join('') });
  }
  return routes;
}

function documentedRoutes(routes: RegisteredRoute[]): RegisteredRoute[] {
  // /docs, /pages/ and /admin/assets/ serve static files (Swagger UI, the account pages' and the console's scripts and styles).
  const files = ['/docs', '/pages/', '/admin/assets/'];
  return routes.filter(({ method, url }) => method !== 'HEAD' && method !== 'OPTIONS' && !files.some((prefix) => url.startsWith(prefix)));
}

/** The OpenAPI paths a printed route may be: routes sharing a parameter's place print its names together (`:provider|:id`). */
function openapiPaths(url: string): string[] {
  const alternatives = /:([A-Za-z0-9_]+)((?:\|:[A-Za-z0-9_]+)+)/.exec(url);
  if (!alternatives) return [url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')];
  const names = alternatives[0].split('|').map((name) => name.slice(1));
  return names.flatMap((name) => openapiPaths(url.replace(alternatives[0], `:${name}`)));
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: any;
  beforeAll(async () => {
    t = await buildTestApp({ env: { CORS_ORIGINS: 'https://app.example.com' } });
    const res = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(async () => t.close());

  it('is a valid OpenAPI 3 document', async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('Gatehouse');
  });

  it('lists every route the app registered, each with at least one response', () => {
    const routes = documentedRoutes(registeredRoutes(t.app.printRoutes({ commonPrefix: false })));
    expect(routes).toContainEqual({ method: 'GET', url: '/health' });
    for (const { method, url } of routes) {
      const operation = openapiPaths(url).map((path) => doc.paths[path]?.[method.toLowerCase()]).find(Boolean);
      expect(operation, `${method} ${url}`).toBeDefined();
      expect(Object.keys(operation.responses ?? {}).length, `${method} ${url}`).toBeGreaterThan(0);
    }
    const documented = Object.values(doc.paths).reduce((n: number, item) => n + Object.keys(item as object).length, 0);
    expect(documented).toBe(routes.length);
  });

  it('leaves /docs and the CORS preflight route out', () => {
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/docs') || p === '*')).toEqual([]);
  });

  it('declares the bearer JWT scheme and the tags', () => {
    expect(doc.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(doc.tags.map((tag: { name: string }) => tag.name)).toEqual(expect.arrayContaining(['auth', 'users', 'health', 'keys']));
  });

  it('documents errors as problem+json and lists every error code with its status', () => {
    const problem = doc.paths['/health'].get.responses.default.content['application/problem+json'].schema;
    expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code', 'detail', 'request_id']));
    expect(doc.paths['/ready'].get.responses['503'].content['application/problem+json']).toBeDefined();
    for (const [code, { status }] of Object.entries(ERROR_CODES)) {
      expect(doc.info.description).toContain(`| \`${code}\` | ${status} |`);
    }
  });
});

describe('npm run openapi', () => {
  it('writes the same document the app serves, without a database or Redis', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      const lines: string[] = [];
      const env = { NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1' };
      const code = await runCli(['openapi', file], { env, print: (line) => lines.push(line), printError: (line) => lines.push(line) });
      expect(code, lines.join('\n')).toBe(0);
      const written = JSON.parse(readFileSync(file, 'utf8'));
      expect((await new Validator().validate(written)).valid).toBe(true);
      expect(written.paths['/health'].get).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
