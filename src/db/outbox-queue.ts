import type { Kysely, Selectable } from 'kysely';
import { lockRowsSkippingLocked } from './transactions.js';
import type { Database } from './types.js';

/** The tables worked through as durable queues (the outbox pattern): rows `pending` until due, `sending` while claimed. */
export type QueueTable = 'mail_outbox' | 'webhook_deliveries';

interface QueueColumns {
  id: number;
  status: string;
  attempts: number;
  next_attempt_at: number;
  claimed_until: number | null;
}

type QueueRow<T extends QueueTable> = Selectable<Database[T]>;

// The queries below touch only the columns every queue table shares.
const queues = (db: Kysely<Database>) => db as unknown as Kysely<Record<QueueTable, QueueColumns>>;

/**
 * Claims up to `limit` due rows of `table` for `leaseMs`, atomically: two workers (two instances) never hold the same
 * row: rows another worker is claiming are passed over. A claim whose lease ran out (its worker died) is due again.
 */
export async function claimDueRows<T extends QueueTable>(db: Kysely<Database>, table: T, { now, limit, leaseMs }: { now: number; limit: number; leaseMs: number }): Promise<Array<QueueRow<T>>> {
  const q = queues(db);
  const due = lockRowsSkippingLocked(q
    .selectFrom(table as QueueTable)
    .select('id')
    .where((eb) => eb.or([
      eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
      eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)]),
    ]))
    .orderBy('id')
    .limit(limit));
  const claimed = await q
    .updateTable(table as QueueTable)
    .set((eb) => ({ status: 'sending', claimed_until: now + leaseMs, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
  // RETURNING has no order: work in the order the rows were written.
  return (claimed.sort((a, b) => a.id - b.id)) as unknown as Array<QueueRow<T>>;
}

/**
 * Renews a claim just before its row is worked on, if it is still this worker's: a worker whose lease ran out while
 * it went through its batch (a slow relay or receiver) finds another may own the row now, and skips it.
 */
export async function renewRowClaim<T extends QueueTable>(db: Kysely<Database>, table: T, row: { id: number; claimed_until: number | null }, { now, leaseMs }: { now: number; leaseMs: number }): Promise<QueueRow<T> | undefined> {
  const renewed = await queues(db)
    .updateTable(table as QueueTable)
    .set({ claimed_until: now + leaseMs })
    .where('id', '=', row.id)
    .where('status', '=', 'sending')
    .where('claimed_until', '=', row.claimed_until)
    .where('claimed_until', '>', now)
    .returningAll()
    .executeTakeFirst();
  return renewed as unknown as QueueRow<T> | undefined;
}

export interface QueueDrain {
  /** Works through every due row; concurrent calls join the run in progress, which then goes round once more. */
  drain(): Promise<number>;
  /** No run starts after this; resolves once the one in progress has ended. */
  stop(): Promise<void>;
}

/**
 * Drains a queue in claimed batches of `batch`, one run at a time per process; `work` settles one claimed row and
 * answers whether it was done (sent, delivered). `enabled` false: drains do nothing (a sender without a relay).
 */
export function createQueueDrain<R>({ claim, work, batch, enabled = true }: {
  claim: (limit: number) => Promise<R[]>;
  work: (row: R) => Promise<boolean>;
  batch: number;
  enabled?: boolean;
}): QueueDrain {
  let stopped = false;
  let running: Promise<number> | undefined;
  let again = false;

  async function pass(): Promise<number> {
    let done = 0;
    for (;;) {
      const rows = await claim(batch);
      for (const row of rows) if (await work(row)) done += 1;
      if (rows.length < batch) return done;
    }
  }

  return {
    drain() {
      if (!enabled || stopped) return Promise.resolve(0);
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        let done = 0;
        do {
          again = false;
          done += await pass();
        } while (again);
        return done;
      })().finally(() => {
        running = undefined;
      });
      return running;
    },
    async stop() {
      stopped = true;
      await running?.catch(() => undefined);
    },
  };
}
