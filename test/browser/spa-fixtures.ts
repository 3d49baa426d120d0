import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLIENT = path.join(ROOT, 'client');

/** Ports nobody listens on now, all distinct: the origins must be known before the servers start. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(servers.map((server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))));
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  return ports;
}

function newestChange(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs));
}

/** The page imports client/dist as it is: build it when it is missing or older than its sources. */
export function ensureClientBuilt(): void {
  const built = path.join(CLIENT, 'dist', 'index.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestChange(path.join(CLIENT, 'src'))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(CLIENT, 'tsconfig.json')], { cwd: ROOT, stdio: 'pipe' });
}

/** A stranger's page with a plain HTML form posting to Gatehouse's logout, as a CSRF attack would. */
export async function startAttackerServer(port: number, apiUrl: string): Promise<Server> {
  const html = `<!doctype html><title>Win a prize</title><form method="post" action="${apiUrl}/api/auth/logout"><button type="submit">Claim</button></form>`;
  const server = createHttpServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  // Dual-stack: one server answers as http://localhost:port (same site as the app) and http://127.0.0.1:port (another site).
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return server;
}

/** One answer of Gatehouse, as its onResponse hook saw it. */
export interface Seen {
  method: string;
  path: string;
  status: number;
}

export const answered = (method: string, url: string, status?: number) => (seen: Seen): boolean =>
  seen.method === method && seen.path === url && (status === undefined || seen.status === status);

/**
 * What Gatehouse answered, counted on the server, and a hold on POST /api/auth/refresh so a test builds its race
 * by construction: the refresh waits until the condition the test names holds.
 */
export function watchGatehouse() {
  const traffic: Seen[] = [];
  const waiters = new Set<() => void>();
  let refreshesArrived = 0;
  let hold: (() => boolean) | null = null;
  const recheck = (): void => [...waiters].forEach((check) => check());
  const when = (condition: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = () => {
        if (!condition()) return;
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });
  return {
    /** For buildTestApp's beforeReady. */
    install(app: FastifyInstance): void {
      app.addHook('onRequest', async (request) => {
        if (request.method !== 'POST' || request.url !== '/api/auth/refresh') return;
        refreshesArrived += 1;
        recheck();
        if (hold) await when(hold);
      });
      app.addHook('onResponse', async (request, reply) => {
        traffic.push({ method: request.method, path: request.url.split('?')[0]!, status: reply.statusCode });
        recheck();
      });
    },
    /** Forgets what was seen and lifts the hold: the counts start from here. */
    reset(): void {
      traffic.length = 0;
      refreshesArrived = 0;
      hold = null;
    },
    count: (match: (seen: Seen) => boolean): number => traffic.filter(match).length,
    /** Refreshes that reached the server, held or not. */
    refreshesArrived: (): number => refreshesArrived,
    holdRefreshUntil(condition: () => boolean): void {
      hold = condition;
    },
    /** Resolves once `condition` holds, checked at each request and answer (and at recheck()). */
    when,
    recheck,
  };
}
