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

/** The session a token names and the token's id: its payload's sid and jti, read without a check (the floor trusts its load). */
function claimsOf(request: FastifyRequest): { sid: string; jti: string } {
  const token = (request.headers.authorization ?? '').slice('Bearer '.length);
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { sid: string; jti: string };
}

/** A parameter by name: `@name` for better-sqlite3, `$n` (its place in ROTATION_PARAMETERS) for PostgreSQL. */
type Parameter = (name: string) => string;
const ROTATION_PARAMETERS = ['jti', 'now', 'expires', 'sid', 'presented'];

// Gatehouse's own statements: the session with its user (every authenticated request), and the rotation (a
// compare-and-swap on the presented token's id). The floor answers the presented token again (it signs none),
// so its rotation writes that token's id back as the current one: the same row written, the same check made.
const SESSION_WITH_USER = (p: Parameter) =>
  `select "users".*, "sessions"."id" as "session_id", "sessions"."revoked_at" as "session_revoked_at", "sessions"."expires_at" as "session_expires_at", "sessions"."aal" as "session_aal" from "sessions" inner join "users" on "users"."id" = "sessions"."user_id" where "sessions"."id" = ${p('sid')}`;
const ROTATION = (p: Parameter) =>
  `update "sessions" set "previous_refresh_jti" = "refresh_jti", "refresh_jti" = ${p('jti')}, "rotated_at" = ${p('now')}, "last_used_at" = ${p('now')}, "expires_at" = ${p('expires')} where "sessions"."id" = ${p('sid')} and "refresh_jti" = ${p('presented')} and "revoked_at" is null and "expires_at" > ${p('now')} returning *`;

interface Work {
  me(claims: { sid: string }): Promise<unknown>;
  refresh(claims: { sid: string; jti: string }): Promise<unknown>;
}

/** A rotation that changed no row means the load presented a stale token: the floor must fail, not answer. */
function rotated(row: unknown): unknown {
  if (!row) throw new Error('floor: the presented refresh token is not the session\'s current one');
  return row;
}

function sqliteWork(url: string): Work {
  const file = url.replace(/^sqlite:\/\/\//, '');
  const db = new Database(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const read = db.prepare(SESSION_WITH_USER((name) => `@${name}`));
  const rotate = db.prepare(ROTATION((name) => `@${name}`));
  return {
    me: async ({ sid }) => read.get({ sid }),
    refresh: async ({ sid, jti }) => {
      read.get({ sid });
      const now = Date.now();
      return rotated(rotate.get({ jti, now, expires: now + 86_400_000, sid, presented: jti }));
    },
  };
}

function postgresWork(url: string): Work {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const read = { name: 'floor_session_with_user', text: SESSION_WITH_USER(() => '$1') };
  const rotate = { name: 'floor_rotation', text: ROTATION((name) => `$${ROTATION_PARAMETERS.indexOf(name) + 1}`) };
  return {
    me: ({ sid }) => pool.query({ ...read, values: [sid] }),
    refresh: async ({ sid, jti }) => {
      await pool.query({ ...read, values: [sid] });
      const now = Date.now();
      return rotated((await pool.query({ ...rotate, values: [jti, now, now + 86_400_000, sid, jti] })).rows[0]);
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
      if (work) await work[kind](claimsOf(request));
      reply.code(answer.status);
      for (const [name, value] of headers) reply.header(name, value);
      const presented = answer.token && (request.headers.authorization ?? '').slice('Bearer '.length);
      return presented ? answer.body.replace(answer.token ?? '', presented) : answer.body;
    },
  });
}
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.once('SIGTERM', () => process.exit(0));
