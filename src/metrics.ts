import type { Kysely } from 'kysely';
import cluster from 'node:cluster';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PasswordHasher } from './account/password-hasher.js';
import type { PoolStats } from './db/connection.js';
import type { Database } from './db/types.js';
import { outboxCounts } from './mail/outbox.js';

/** How a login attempt ended (the password step, or the code step of a second factor). */
export type LoginOutcome = 'success' | 'wrong_password' | 'locked' | 'mfa_pending' | 'mfa_failed' | 'disabled' | 'email_not_verified';

/** What the auth service reports; one call where an audit event is already written. */
export interface AuthMetrics {
  loginOutcome(outcome: LoginOutcome): void;
  /** A lock that tells nothing of whether an account exists (see AttemptBudget.fail). */
  lock(): void;
  refreshReused(): void;
}

/** Metrics off: every call does nothing. */
export const noAuthMetrics: AuthMetrics = { loginOutcome() {}, lock() {}, refreshReused() {} };

export interface MetricsSources {
  db: Kysely<Database>;
  /** Connections of the database pool, read at scrape time. */
  poolStats: () => PoolStats;
}

export interface Metrics extends AuthMetrics {
  /** Of this app alone, never prom-client's global one: several apps in one process do not clash. */
  registry: Registry;
  observeRequest(labels: { method: string; route: string; status: number }, seconds: number): void;
  /** The hasher, timing each hash and verification. */
  timedHasher(hasher: PasswordHasher): PasswordHasher;
}

/** Every metric name, for the README and the tests. */
export const METRIC_NAMES = [
  'gatehouse_http_request_duration_seconds',
  'gatehouse_login_attempts_total',
  'gatehouse_account_locks_total',
  'gatehouse_refresh_reuse_total',
  'gatehouse_password_hash_duration_seconds',
  'gatehouse_mail_outbox_pending',
  'gatehouse_db_pool_connections',
] as const;

let workerAnswering: AggregatorRegistry<typeof Registry.PROMETHEUS_CONTENT_TYPE> | undefined;

/** The registry and its instruments, built once per app. */
export function createMetrics({ db, poolStats }: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  if (cluster.isWorker) {
    // A cluster worker answers the primary's scrape (src/cluster.ts) with this registry; prom-client starts
    // answering when the first AggregatorRegistry of the process is made.
    AggregatorRegistry.setRegistries([registry]);
    workerAnswering ??= new AggregatorRegistry();
  }
  const requests = new Histogram({
    name: 'gatehouse_http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const logins = new Counter({ name: 'gatehouse_login_attempts_total', help: 'Login attempts by outcome', labelNames: ['outcome'] as const, registers: [registry] });
  const locks = new Counter({ name: 'gatehouse_account_locks_total', help: 'Locks after too many failed credential checks', registers: [registry] });
  const reuse = new Counter({ name: 'gatehouse_refresh_reuse_total', help: 'Refresh tokens presented again after rotation (the session is revoked)', registers: [registry] });
  const hashing = new Histogram({
    name: 'gatehouse_password_hash_duration_seconds',
    help: 'Password hash and verification duration in seconds, by operation',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: 'gatehouse_mail_outbox_pending',
    help: 'Messages waiting in the mail outbox, read at scrape time',
    registers: [registry],
    // Every worker reads the same table: across workers (WEB_CONCURRENCY) it is one number, not a sum.
    aggregator: 'max',
    async collect() {
      try {
        this.set((await outboxCounts(db)).pending);
      } catch {
        this.reset(); // database unreachable: no sample rather than a stale one, and the scrape still answers
      }
    },
  });
  new Gauge({
    name: 'gatehouse_db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting clients); SQLite has one connection',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = poolStats();
      this.reset();
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  for (const outcome of ['success', 'wrong_password', 'locked'] as const) logins.inc({ outcome }, 0);

  const timed = <T>(operation: 'hash' | 'verify', run: () => Promise<T>): Promise<T> => {
    const end = hashing.startTimer({ operation });
    return run().finally(() => end());
  };
  return {
    registry,
    loginOutcome: (outcome) => logins.inc({ outcome }),
    lock: () => locks.inc(),
    refreshReused: () => reuse.inc(),
    observeRequest: ({ method, route, status }, seconds) => requests.observe({ method, route, status: String(status) }, seconds),
    timedHasher: (hasher) => ({
      hash: (password) => timed('hash', () => hasher.hash(password)),
      verify: (storedHash, password) => timed('verify', () => hasher.verify(storedHash, password)),
      // Recorded as a verification: a label of its own would tell an unknown account from a real one.
      verifyAgainstDummy: (password, seed) => timed('verify', () => hasher.verifyAgainstDummy(password, seed)),
    }),
  };
}
