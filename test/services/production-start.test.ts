import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, TEST_SECRET } from '../helper.js';

// The production path of the README: `npm run build` once, then `npm start` (scripts/start.mjs) on an install
// without dev dependencies. It runs the dist/ that CI's `npm run build` made (.ci/run builds before this
// suite): without it the file fails, it does not skip.
const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILT = path.join(ROOT, 'dist', 'server.js');
if (!existsSync(BUILT)) throw new Error('dist/server.js is missing: run `npm run build` before `npm run test:services`');
const newestSource = readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .reduce((newest, entry) => Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
if (newestSource > statSync(BUILT).mtimeMs) throw new Error('dist/ is older than src/: run `npm run build` before `npm run test:services`');

const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };

/**
 * A deployment's tree: package.json, scripts/, src/ and dist/ with their timestamps, and a node_modules that holds
 * the production dependencies only (each linked to the installed copy; TypeScript, tsx and the rest are absent).
 */
function productionTree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-production-'));
  for (const entry of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts', 'src', 'dist']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true, preserveTimestamps: true });
  }
  for (const name of Object.keys(packageJson.dependencies)) {
    const target = path.join(dir, 'node_modules', name);
    mkdirSync(path.dirname(target), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules', name), target, 'dir');
  }
  return dir;
}

interface Run {
  /** Resolves with the server's URL once it listens, or rejects with the output if it exits first. */
  listening: Promise<string>;
  /** When npm and the server have both exited (npm's own code: 143 after stop()). */
  exited: Promise<{ code: number | null; output: string }>;
  /** SIGTERM to npm and the server. */
  stop(): void;
}

/** `npm start` in `dir`, with a PATH that has Node and npm and nothing of the project's. */
function npmStart(dir: string): Run {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: dir,
    env: {
      PATH: path.dirname(process.execPath), HOME: dir, NODE_ENV: 'production', JWT_SECRET_KEY: TEST_SECRET, HOST: '127.0.0.1', PORT: '0',
      DATABASE_URL: `sqlite:///${path.join(dir, 'app.db')}`, LOG_TO_FILE: 'false',
      // Cookie mode on, so its plugin (@fastify/cookie) loads from the production dependencies too.
      JWT_TOKEN_LOCATION: 'headers,cookies',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A group of its own: npm does not pass SIGTERM on to the server it started, so stop() signals them all.
    detached: true,
  });
  let output = '';
  const exited = new Promise<{ code: number | null; output: string }>((resolve) => child.once('close', (code) => resolve({ code, output })));
  const listening = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk;
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => reject(new Error(`npm start exited before listening:\n${output}`)));
  });
  listening.catch(() => undefined);
  return { listening, exited, stop: () => process.kill(-(child.pid as number), 'SIGTERM') };
}

describe('production start: npm run build once, then npm start without dev dependencies', () => {
  let dir: string;
  beforeAll(() => {
    dir = productionTree();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has no build step hooked to npm start, and a start script that needs no package', () => {
    expect(packageJson.scripts.prestart).toBeUndefined();
    expect(packageJson.scripts.start).toBe('node scripts/start.mjs');
    expect(readFileSync(path.join(ROOT, 'scripts/start.mjs'), 'utf8').match(/from '([^']+)'/g)?.every((spec) => spec.startsWith("from 'node:"))).toBe(true);
  });

  it('serves /health from the built dist/ without building (TypeScript is not installed)', async () => {
    expect(existsSync(path.join(dir, 'node_modules', 'typescript'))).toBe(false);
    const builtAt = statSync(path.join(dir, 'dist', 'server.js')).mtimeMs;
    const run = npmStart(dir);
    try {
      const url = await run.listening;
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      // A sign-in in cookie mode: the session cookies come from the production install's @fastify/cookie.
      const account = { username: 'prod_start_user', email: 'prod-start@example.com', password: PASSWORD };
      const json = { 'content-type': 'application/json' };
      expect((await fetch(`${url}/api/auth/register`, { method: 'POST', headers: json, body: JSON.stringify(account) })).status).toBe(201);
      const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ username: account.username, password: PASSWORD }) });
      expect(login.status).toBe(200);
      expect(login.headers.getSetCookie().find((c) => c.startsWith('access_token_cookie='))).toMatch(/HttpOnly.*Secure|Secure.*HttpOnly/);
    } finally {
      run.stop();
    }
    const { output } = await run.exited;
    // The server's own graceful stop, whatever npm answers to the signal.
    expect(output).toMatch(/"msg":"stopped"/);
    expect(output).not.toMatch(/building|tsc/);
    expect(statSync(path.join(dir, 'dist', 'server.js')).mtimeMs).toBe(builtAt);
  }, 60_000);

  it('refuses to start a dist/ older than its sources, saying the build needs the dev dependencies', async () => {
    const later = new Date(statSync(path.join(dir, 'dist', 'server.js')).mtimeMs + 60_000);
    utimesSync(path.join(dir, 'src', 'app.ts'), later, later);
    const run = npmStart(dir);
    await expect(run.listening).rejects.toThrow(/exited before listening/);
    const { code, output } = await run.exited;
    expect(code).toBe(1);
    expect(output).toMatch(/dist\/ is older than src, and building it needs the dev dependencies/);
  }, 60_000);
});
