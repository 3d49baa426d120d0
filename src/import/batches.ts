import type { Kysely } from 'kysely';
import { inWriteTransaction } from '../db/transactions.js';
import type { Database } from '../db/types.js';

/** Runs one batch of writes in its own transaction. */
export type BatchRunner = <T>(fn: (trx: Kysely<Database>) => Promise<T>) => Promise<T>;

class DryRunRollback extends Error {}

/**
 * Gives `work` a runner that commits each batch, or, for a dry run, runs every batch in one transaction that is
 * rolled back at the end: the dry run decides exactly as the import would (later batches see earlier ones) and
 * writes nothing. On SQLite that transaction holds the write lock for the whole dry run.
 */
export async function withBatches<T>(db: Kysely<Database>, { dryRun }: { dryRun: boolean }, work: (inBatch: BatchRunner) => Promise<T>): Promise<T> {
  if (!dryRun) return work((fn) => inWriteTransaction(db, fn));
  let result: { value: T } | undefined;
  try {
    await inWriteTransaction(db, async (trx) => {
      result = { value: await work((fn) => fn(trx)) };
      throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
  return (result as { value: T }).value;
}
