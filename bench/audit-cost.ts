/**
 * What recording an audit event adds to a login: the marginal cost of `audit.record` inside a write transaction
 * that already writes (as a login's does: it updates the user row), with and without the event, alternating, on a
 * fresh database of the kind the bench runs against. Measured two ways:
 * - CPU: this process's CPU time plus, on PostgreSQL, the server backend's (from /proc): what competes with the
 *   hashing that bounds login throughput on a loaded machine;
 * - wall time of one transaction after another: an upper bound, as it also counts waiting for the database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import { createAuditTrail } from '../src/admin/audit-trail.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { inWriteTransaction } from '../src/db/transactions.js';
import { enqueueWebhookEvent } from '../src/webhooks/outbox.js';
import { median, processTreeCpuMicros } from './harness.js';

const ROUNDS = 7;
const PER_ROUND = 1000;

export interface AuditCost {
  /** Microseconds of CPU one event adds (this process, and the database server's backend on PostgreSQL). */
  cpuMicros: number;
  /** Microseconds of wall time one event adds to a transaction run alone. */
  wallMicros: number;
}

export async function auditRecordCost(databaseUrl: string | undefined): Promise<AuditCost> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-bench-audit-'));
  // One connection: every transaction runs on the same server backend, whose CPU is read from /proc.
  const { db } = openDatabase(databaseUrl ?? `sqlite:///${path.join(dir, 'audit.db')}`, { poolSize: 1 });
  try {
    await migrateToLatest(db);
    // SQLite runs in this process: no backend to add.
    const backendPid = databaseUrl ? Number((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]?.pid) : undefined;
    // With the webhook outbox's check for subscribed endpoints, as the server runs it (none registered here).
    const audit = createAuditTrail({ db, logger: pino({ level: 'warn' }), emit: enqueueWebhookEvent });
    const client = { ip: '127.0.0.1', userAgent: 'bench', requestId: 'bench' };
    const now = Date.now();
    const user = await db
      .insertInto('users')
      .values({ username: `bench-${now}`, email: `bench-${now}@example.com`, password_hash: 'x', role: 'user', is_active: 1, locked_until: null, last_login_at: null, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    const timed = async (withEvent: boolean): Promise<AuditCost> => {
      const cpu = process.cpuUsage();
      const backend = processTreeCpuMicros(backendPid);
      const started = performance.now();
      for (let i = 0; i < PER_ROUND; i++) {
        await inWriteTransaction(db, async (trx) => {
          await trx.updateTable('users').set({ last_login_at: Date.now() }).where('id', '=', user.id).execute();
          // A login hands the recorder the row it has just updated (a webhook's payload), as here.
          if (withEvent) await audit.record(trx, { action: 'login_succeeded', target: user.id, by: user.id, sessionId: 'bench-session', client, details: { via: 'password' }, user }, Date.now());
        });
      }
      const used = process.cpuUsage(cpu);
      return {
        wallMicros: ((performance.now() - started) * 1000) / PER_ROUND,
        cpuMicros: (used.user + used.system + processTreeCpuMicros(backendPid) - backend) / PER_ROUND,
      };
    };
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const without = await timed(false);
      const withEvent = await timed(true);
      wall.push(withEvent.wallMicros - without.wallMicros);
      cpu.push(withEvent.cpuMicros - without.cpuMicros);
    }
    await db.deleteFrom('audit_events').execute();
    await db.deleteFrom('users').where('id', '=', user.id).execute();
    return { cpuMicros: median(cpu), wallMicros: median(wall) };
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
