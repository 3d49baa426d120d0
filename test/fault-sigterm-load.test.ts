import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection.js';
import { createTestDatabase, PASSWORD, TEST_SECRET, type TestDatabase, uniqueIdentity } from './helper.js';
import { followLog, killServer, logLines, type ServerProcess, startServer } from './server-process.js';
import { waitFor } from './wait-for.js';

/**
 * Logins held in flight by construction: each to an account of its own whose attempt budget the test fills
 * with checks in flight (as other instances checking passwords on it would), so each login takes a place on
 * its identifier, then waits for room on the account, and cannot be answered until the test lets go. The test
 * sees each one waiting in the database (its identifier's place taken), so the premise does not depend on the
 * machine's speed.
 */
const LOGINS = 60;
/** Registrations all received before the signal: real hashes in flight beside the held logins. */
const REGISTRATIONS = 60;
/** Registrations sent just after SIGTERM: answered 201, refused whole (503), or refused at the socket. */
const LATE_REGISTRATIONS = 20;
const MIN_IN_FLIGHT = 50;
/** close-with-grace's delay in src/server.ts: past it the process exits non-zero. */
const GRACE_MS = 10_000;
/**
 * How long a login waits for a place on an account whose budget checks in flight elsewhere hold, before
 * answering 503 (MAX_WAIT_MS in src/account/attempt-budget.ts, IN_FLIGHT_MS + 5 s). The test holds the budget
 * only while it watches the requests arrive and the listener close (1 to 4 s on a busy 2-core machine); past
 * this, a held login would answer 503.
 */
const LEASE_WAIT_MS = 20_000;
/** The server's MAX_FAILED_LOGINS. */
const SERVER_MAX_FAILED_LOGINS = '1000';
/** The ids of the places the test holds, as another instance evaluating a password on each account would. */
const HOLD_TAG = 'held-by-fault-sigterm-load';

interface Outcome {
  id: string;
  status?: number;
  /** The problem's code, for an error answer. */
  code?: string;
  error?: string;
}

/** One request on a connection of its own (no keep-alive), so "accepted" means this very request reached the server. */
function send(port: number, id: string, path: string, body: unknown): Promise<Outcome> {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-request-id': id },
        timeout: 30_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          const code = (res.statusCode ?? 0) >= 400 ? (JSON.parse(text) as { code?: string }).code : undefined;
          resolve({ id, status: res.statusCode, code });
        });
        res.on('error', (err) => resolve({ id, error: err.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('client timeout')));
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ id, error: err.code ?? err.message }));
    req.end(payload);
  });
}

/** Resolves with the connect error code, or null when the port still accepts. */
function tryConnect(port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(null);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

describe('SIGTERM under load', () => {
  let database: TestDatabase;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await killServer(server);
    await database?.drop();
  });

  it(`answers every accepted request (${LOGINS} logins held in flight, ${REGISTRATIONS} registrations, ${LATE_REGISTRATIONS} more during the close, real argon2id), refuses new connections, exits 0 in the grace period`, async () => {
    server = await startServer({
      DATABASE_URL: database.url,
      JWT_SECRET_KEY: TEST_SECRET,
      NODE_ENV: 'production',
      // Production argon2id parameters (the defaults): each login and registration spends a real hash.
      AUTH_RATE_LIMIT_MAX: '100000',
      MAX_FAILED_LOGINS: SERVER_MAX_FAILED_LOGINS,
      // Load shedding is not under test: every accepted request must get its own answer, not a 503.
      MAX_EVENT_LOOP_DELAY: '0',
    });
    const { port } = server;

    const users = Array.from({ length: LOGINS }, () => ({ ...uniqueIdentity('sigterm'), password: PASSWORD }));
    const setup = await Promise.all(users.map((user, i) => send(port, `setup-${i}`, '/api/auth/register', user)));
    for (const res of setup) expect(res.status, res.error).toBe(201);

    // The log lines of the requests under test, read incrementally as the server writes them.
    const expected = new Map<string, number>();
    const incoming = new Set<string>();
    const completed = new Set<string>();
    let shuttingDown = false;
    const log = followLog(server, (line) => {
      const id = String(line.reqId);
      if (line.msg === 'incoming request' && expected.has(id)) incoming.add(id);
      if (line.msg === 'request completed' && expected.has(id)) completed.add(id);
      if (typeof line.msg === 'string' && line.msg.startsWith('shutting down')) shuttingDown = true;
    });
    const inFlight = () => [...incoming].filter((id) => !completed.has(id)).length;

    const { db } = openDatabase(database.url, { poolSize: 1 });
    try {
      // Fill every account's attempt budget with checks in flight, as other instances evaluating passwords would.
      const usernames = users.map((u) => u.username);
      // The server's budget is MAX_FAILED_LOGINS (1000) per account: MAX - 1 recent failures (no lock) and one
      // place of a check in flight fill it.
      const held = await db
        .updateTable('users')
        .set({ failed_login_attempts: Number(SERVER_MAX_FAILED_LOGINS) - 1, last_failed_login_at: Date.now() })
        .where('username', 'in', usernames)
        .returning('id')
        .execute();
      expect(held).toHaveLength(LOGINS);
      await db.insertInto('credential_checks').values(held.map(({ id }) => ({ id: `${HOLD_TAG}-${id}`, counter: `account:${id}`, expires_at: Date.now() + 3_600_000 }))).execute();
      /** Logins waiting for a held account: each holds a place on its identifier meanwhile (none else is checked). */
      const waitingLogins = async () =>
        Number((await db.selectFrom('credential_checks').select((eb) => eb.fn.countAll<number>().as('n')).where('counter', 'like', 'identifier:%').executeTakeFirstOrThrow()).n);

      const heldSince = Date.now();
      const outcomes: Array<Promise<Outcome>> = [];
      const loginIds = new Set<string>();
      for (let i = 0; i < LOGINS; i++) {
        const user = users[i] as (typeof users)[number];
        const id = `login-${i}`;
        expected.set(id, 200);
        loginIds.add(id);
        outcomes.push(send(port, id, '/api/auth/login', { username: user.username, password: PASSWORD }));
      }

      // The premise, by construction: every login is logged as received and waits in the database for its
      // account (past the shutdown gate, in its route). None can be answered until the test lets go. No hash
      // runs yet (a held login has not reached its own), so this phase stays short however busy the machine.
      await log.until(() => [...loginIds].every((id) => incoming.has(id)));
      // A condition in another process's database: polled, with a deadline well inside the logins' own wait.
      const waiting = await waitFor(`${LOGINS} logins waiting for their held accounts`, async () => {
        const count = await waitingLogins();
        return count >= LOGINS ? count : undefined;
      }, { timeoutMs: LEASE_WAIT_MS / 2, intervalMs: 5, detail: () => server?.output().slice(-3000) ?? '' });
      const loginsHeldMs = Date.now() - heldSince;

      // Real hashes in flight beside them: registrations, all received before the signal (none can be refused
      // yet), and more sent right after it, racing the listener's close.
      const registrationEmails = new Map<string, string>();
      const register = (id: string) => {
        const identity = uniqueIdentity('sigterm');
        expected.set(id, 201);
        registrationEmails.set(id, identity.email);
        outcomes.push(send(port, id, '/api/auth/register', { ...identity, password: PASSWORD }));
      };
      for (let i = 0; i < REGISTRATIONS; i++) register(`register-${i}`);
      await log.until(() => [...expected.keys()].every((id) => incoming.has(id)));

      expect([...loginIds].filter((id) => completed.has(id)), 'logins answered while their account was held').toEqual([]);
      const inFlightAtSigterm = inFlight();
      expect(inFlightAtSigterm, 'requests being handled at SIGTERM').toBeGreaterThanOrEqual(MIN_IN_FLIGHT);
      const sigtermAt = Date.now();
      server.child.kill('SIGTERM');
      for (let i = 0; i < LATE_REGISTRATIONS; i++) register(`late-register-${i}`);

      // New connections are refused while the held logins are still in flight: the process cannot have ended.
      await log.until(() => shuttingDown);
      const refused = await waitFor('a new connection to be refused', async () => {
        const outcome = await tryConnect(port);
        // Caught in the queue of a listener that is closing (reset, never served): the next attempt tells.
        return outcome === 'ECONNRESET' ? null : outcome;
      }, { timeoutMs: GRACE_MS, intervalMs: 5, detail: () => server?.output().slice(-3000) ?? '' });
      const refusedAfterMs = Date.now() - sigtermAt;
      expect(refused).toBe('ECONNREFUSED');
      const inFlightWhenRefused = inFlight();
      expect(inFlightWhenRefused, 'held logins still in flight when new connections are refused').toBeGreaterThanOrEqual(LOGINS);

      // Let go: each held login finds room on its account at its next poll and is answered.
      await db.deleteFrom('credential_checks').where('id', 'like', `${HOLD_TAG}-%`).execute();
      const heldMs = Date.now() - heldSince;

      const results = await Promise.all(outcomes);
      const { code } = await server.exited;
      const exitMs = Date.now() - sigtermAt;
      log.stop();
      // Accepted = the server logged it. Each accepted request got its own answer; the others, sent while the
      // server was closing, were refused at the socket and never half-handled.
      const accepted = new Set(logLines(server).filter((l) => l.msg === 'incoming request' && expected.has(String(l.reqId))).map((l) => String(l.reqId)));
      // Every held login was in its route when the signal came: it is answered in full, never refused.
      expect(
        results.filter((r) => loginIds.has(r.id) && r.status !== 200),
        `held logins not answered 200 (budgets held ${heldMs} ms; a login gives up waiting for room after ${LEASE_WAIT_MS} ms)`,
      ).toEqual([]);
      // A request whose connection was open but which arrived once closing had begun is refused whole, in the
      // error contract (503 service_unavailable, retry elsewhere), before any route work.
      const refusedWhileClosing = (r: Outcome) => r.status === 503 && r.code === 'service_unavailable';
      const failures = results.filter((r) => accepted.has(r.id) && r.status !== expected.get(r.id) && !refusedWhileClosing(r));
      expect(failures).toEqual([]);
      const refusedEmails = results.filter(refusedWhileClosing).map((r) => registrationEmails.get(r.id)).filter((e): e is string => e !== undefined);
      const usersOfRefused = refusedEmails.length === 0 ? [] : await db.selectFrom('users').select('email').where('email', 'in', refusedEmails).execute();
      expect(usersOfRefused, 'a refused registration left a user').toEqual([]);
      const notAccepted = results.filter((r) => !accepted.has(r.id));
      for (const r of notAccepted) expect(['ECONNREFUSED', 'ECONNRESET'], JSON.stringify(r)).toContain(r.error);
      expect(code, server.output().slice(-3000)).toBe(0);
      expect(exitMs).toBeLessThan(GRACE_MS);
      expect(server.output()).toContain('shutting down');
      console.info(
        `fault-sigterm-load: ${inFlightAtSigterm} requests in flight at SIGTERM (${waiting} logins held, ${accepted.size} of ${expected.size} accepted in all); ` +
          `new connections refused ${refusedAfterMs} ms after it, with ${inFlightWhenRefused} still in flight; budgets held ${heldMs} ms (logins all waiting after ${loginsHeldMs} ms); ` +
          `${results.filter((r) => r.status === 200).length} × 200, ${results.filter((r) => r.status === 201).length} × 201, ` +
          `${results.filter(refusedWhileClosing).length} × 503, ` +
          `${notAccepted.length} never accepted (${notAccepted.map((r) => r.error).join(', ') || 'none'}); exit 0 after ${exitMs} ms`,
      );
    } finally {
      await db.destroy();
    }
  }, 90_000); // a real server start (tsx) and 150 production-strength hashes, on a busy 2-core machine
});
