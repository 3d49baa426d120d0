import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/types.js';
import type { HashShare } from './dummy-mix.js';
import { hashShape } from './password-formats.js';

/** Rows read at most: shares estimated within about a percent, at the cost of one scan of the users table. */
export const CENSUS_SAMPLE_SIZE = 20_000;
/** The most common shapes kept; rarer ones are too few to move the mix. */
export const CENSUS_MAX_SHAPES = 32;

/**
 * Accounts per usable hash shape: every row, or an even sample of ids on a large table (every era of imports).
 * `!unusable` and corrupt rows are left out: their logins already cost a dummy of the mix.
 */
export async function takeHashCensus(db: Kysely<Database>, { sampleSize = CENSUS_SAMPLE_SIZE }: { sampleSize?: number } = {}): Promise<HashShare[]> {
  const { count } = await db.selectFrom('users').select((eb) => eb.fn.countAll<number | string | bigint>().as('count')).executeTakeFirstOrThrow();
  const stride = Math.ceil(Number(count) / sampleSize);
  let rows = stride > 1
    ? await db.selectFrom('users').select('password_hash').where(sql<number>`id % ${sql.lit(stride)}`, '=', 0).limit(sampleSize * 2).execute()
    : [];
  // Ids that all miss the stride (a sparse import) fall back to the first rows.
  if (rows.length === 0) rows = await db.selectFrom('users').select('password_hash').orderBy('id').limit(sampleSize).execute();

  const accounts = new Map<string, number>();
  for (const { password_hash } of rows) {
    const shape = hashShape(password_hash);
    if (shape !== undefined) accounts.set(shape, (accounts.get(shape) ?? 0) + 1);
  }
  return [...accounts].map(([shape, n]) => ({ shape, accounts: n })).sort((a, b) => b.accounts - a.accounts).slice(0, CENSUS_MAX_SHAPES);
}
