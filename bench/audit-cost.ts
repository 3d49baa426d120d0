/**
 * What recording an audit event adds to a login: the marginal time of `audit.record` inside a write transaction
 * (a transaction that reads and commits, with and without the event, alternating), on a fresh database of the
 * kind the bench runs against. Compared with the login rate measured in the same run.
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

const ROUNDS = 5;
const PER_ROUND = 1000;

/** Microseconds one recorded event adds to a write transaction (median of alternating rounds). */
export async function auditRecordCostMicros(databaseUrl: string | undefined): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-bench-audit-'));
  const { db } = openDatabase(databaseUrl ?? `sqlite:///${path.join(dir, 'audit.db')}`, { poolSize: 2 });
  try {
    await migrateToLatest(db);
    // With the webhook outbox's read of the subscribed endpoints, as the server runs it (none registered here).
    const audit = createAuditTrail({ db, logger: pino({ level: 'warn' }), emit: enqueueWebhookEvent });
    const client = { ip: '127.0.0.1', userAgent: 'bench', requestId: 'bench' };
    const timed = async (withEvent: boolean): Promise<number> => {
      const started = performance.now();
      for (let i = 0; i < PER_ROUND; i++) {
        await inWriteTransaction(db, async (trx) => {
          await sql`select 1`.execute(trx);
          if (withEvent) await audit.record(trx, { action: 'login_succeeded', target: 1, by: 1, sessionId: 'bench-session', client, details: { via: 'password' } }, Date.now());
        });
      }
      return ((performance.now() - started) * 1000) / PER_ROUND;
    };
    const extra: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const without = await timed(false);
      extra.push((await timed(true)) - without);
    }
    await db.deleteFrom('audit_events').execute();
    return [...extra].sort((a, b) => a - b)[Math.floor(extra.length / 2)] ?? 0;
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
