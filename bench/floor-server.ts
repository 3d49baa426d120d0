/**
 * The floors: a bare Fastify server that answers a scenario with exactly the status, headers and body Gatehouse
 * gave in this run (recorded from a live answer, so the floor follows the product as it grows), and, with
 * FLOOR_DATABASE set, runs the same reads and writes first through statements prepared once (better-sqlite3's
 * cached statement on SQLite, a named prepared statement through `pg` on PostgreSQL). No token is verified, no
 * row checked: what Gatehouse does beyond this is its own work.
 *
 * FLOOR_ANSWERS: a JSON file of { "<METHOD> <path>": { status, headers, body, token? } }; `token` is the refresh
 * token in that body, replaced by the presented one (the load hands each answer's token to its next request).
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import Fastify, { type FastifyRequest } from 'fastify';
import pg from 'pg';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  token?: string;
}

const answers = JSON.parse(readFileSync(String(process.env.FLOOR_ANSWERS), 'utf8')) as Record<string, Answer>;
const databaseUrl = process.env.FLOOR_DATABASE;

/** The session a token names: its payload's sid, read without a check (the floor trusts its load). */
function sessionOf(request: FastifyRequest): string {
  const token = (request.headers.authorization ?? '').slice('Bearer '.length);
  return (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { sid: string }).sid;
}

// Gatehouse's own statements: the session with its user (every authenticated request), and the rotation.
const SESSION_WITH_USER = (p: (n: number) => string) =>
  `select "users".*, "sessions"."id" as "session_id", "sessions"."revoked_at" as "session_revoked_at", "sessions"."expires_at" as "session_expires_at", "sessions"."aal" as "session_aal" from "sessions" inner join "users" on "users"."id" = "sessions"."user_id" where "sessions"."id" = ${p(1)}`;
const ROTATION = (p: (n: number) => string) =>
  `update "sessions" set "previous_refresh_jti" = "refresh_jti", "refresh_jti" = ${p(1)}, "rotated_at" = ${p(2)}, "last_used_at" = ${p(2)}, "expires_at" = ${p(3)} where "sessions"."id" = ${p(4)} and "revoked_at" is null and "expires_at" > ${p(2)} returning *`;

interface Work {
  me(sessionId: string): Promise<unknown>;
  refresh(sessionId: string): Promise<unknown>;
}

function sqliteWork(url: string): Work {
  const file = url.replace(/^sqlite:\/\/\//, '');
  const db = new Database(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const read = db.prepare(SESSION_WITH_USER(() => '?'));
  const rotate = db.prepare(ROTATION((n) => `?${n}`));
  return {
    me: async (sid) => read.get(sid),
    refresh: async (sid) => {
      read.get(sid);
      const now = Date.now();
      return rotate.get(randomUUID(), now, now + 86_400_000, sid);
    },
  };
}

function postgresWork(url: string): Work {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const read = { name: 'floor_session_with_user', text: SESSION_WITH_USER((n) => `$${n}`) };
  const rotate = { name: 'floor_rotation', text: ROTATION((n) => `$${n}`) };
  return {
    me: (sid) => pool.query({ ...read, values: [sid] }),
    refresh: async (sid) => {
      await pool.query({ ...read, values: [sid] });
      const now = Date.now();
      return pool.query({ ...rotate, values: [randomUUID(), now, now + 86_400_000, sid] });
    },
  };
}

const work = databaseUrl ? (databaseUrl.startsWith('postgres') ? postgresWork(databaseUrl) : sqliteWork(databaseUrl)) : null;

const app = Fastify();
app.get('/health', async () => ({ status: 'ok' }));
for (const [route, answer] of Object.entries(answers)) {
  const [method, url] = route.split(' ') as ['GET' | 'POST', string];
  const headers = Object.entries(answer.headers).filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name));
  const kind = url.endsWith('/refresh') ? 'refresh' : 'me';
  app.route({
    method,
    url,
    handler: async (request, reply) => {
      if (work) await work[kind](sessionOf(request));
      reply.code(answer.status);
      for (const [name, value] of headers) reply.header(name, value);
      const presented = answer.token && (request.headers.authorization ?? '').slice('Bearer '.length);
      return presented ? answer.body.replace(answer.token ?? '', presented) : answer.body;
    },
  });
}
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.once('SIGTERM', () => process.exit(0));
