import type { Kysely } from 'kysely';
import { identifierKeyer } from '../account/lockout.js';
import { moveUserIdsPastLargest } from '../db/sequences.js';
import { refreshPlannerStatistics } from '../db/statistics.js';
import type { Database } from '../db/types.js';
import { withBatches } from './batches.js';
import { detectRevokedTokensTable, detectUsersTable, parseColumnMaps } from './flask-columns.js';
import { mapFlaskUser, mapRevokedToken } from './flask-rows.js';
import { type FlaskSource, openFlaskSource, type SourceRow } from './flask-source.js';
import { emptyReport, type ImportReport } from './import-report.js';
import { type UserCandidate, writeRevokedTokens, writeUsers } from './import-writer.js';
import type { Progress } from './progress.js';

export interface FlaskImportOptions {
  from: string;
  dryRun: boolean;
  usersTable?: string;
  blacklistTable?: string;
  /** `field=column` */
  maps: string[];
  /** Source rows per transaction. */
  batchSize?: number;
}

export interface ImportDeps {
  db: Kysely<Database>;
  /** The server's key for login identifier counters (an imported lock is carried to them). */
  identifierKey: Buffer;
  now(): number;
  lockDurationMs: number;
  progress(total: number, label: string): Progress;
  /** Records a batch's accounts in the batch's own transaction (the audit trail): on record exactly when they commit. */
  recordBatch?(trx: Kysely<Database>, batch: { source: 'flask' | 'jsonl'; written: number; now: number }): Promise<void>;
}

const DEFAULT_BATCH = 10_000;

/**
 * Pages of a table in key order, each with `prepare(rows)` computed as soon as it arrives: the next page is read
 * and prepared while the caller writes this one (two pages in memory at most).
 */
async function* pages<T>(source: FlaskSource, table: string, columns: string[], key: string, size: number, prepare: (rows: SourceRow[]) => T): AsyncGenerator<{ rows: SourceRow[]; prepared: T }> {
  const read = (after: unknown) => {
    const page = source.page(table, columns, key, after, size).then((rows) => ({ rows, prepared: prepare(rows) }));
    page.catch(() => {}); // awaited on the next turn; a batch that fails first must not leave it unhandled
    return page;
  };
  let next = read(undefined);
  for (;;) {
    const page = await next;
    if (page.rows.length === 0) return;
    if (page.rows.length === size) next = read(page.rows[page.rows.length - 1]![key]);
    yield page;
    if (page.rows.length < size) return;
  }
}

export async function importFlask(options: FlaskImportOptions, { db, identifierKey, now, lockDurationMs, progress, recordBatch }: ImportDeps): Promise<ImportReport> {
  const keyFor = identifierKeyer(identifierKey);
  const started = now();
  const report = emptyReport('flask', options.dryRun);
  const size = options.batchSize ?? DEFAULT_BATCH;
  const maps = parseColumnMaps(options.maps);
  const source = await openFlaskSource(options.from);
  try {
    const users = await detectUsersTable(source, { table: options.usersTable, maps });
    const tokens = await detectRevokedTokensTable(source, { table: options.blacklistTable });
    const userColumns = [...new Set(Object.values(users.columns) as string[])];
    const idColumn = users.columns.id as string;

    await withBatches(db, { dryRun: options.dryRun }, async (inBatch) => {
      const bar = progress(await source.count(users.table), 'users');
      // The target's statistics are refreshed each time the import has doubled the rows it wrote.
      let analyzeAt = size;
      try {
        type Candidate = UserCandidate & { notes: { unusable?: string; role?: string } };
        const prepare = (rows: SourceRow[]) => {
          const at = now();
          const candidates: Candidate[] = [];
          for (const row of rows) {
            const mapped = mapFlaskUser(row, users.columns, { now: at, lockDurationMs });
            if (mapped.kind === 'refused') {
              report.refused.push({ source_id: mapped.source_id as number | string | null, email: mapped.email, reason: mapped.reason });
              continue;
            }
            const { digest, unusable_reason, unmapped_role, ...columns } = mapped.user;
            candidates.push({
              id: columns.id,
              where: { source_id: columns.id },
              username: columns.username,
              email: columns.email,
              digest,
              columns: async () => columns,
              notes: { unusable: unusable_reason, role: unmapped_role },
            });
          }
          return { at, candidates };
        };
        for await (const { rows: page, prepared } of pages(source, users.table, userColumns, idColumn, size, prepare)) {
          const { at, candidates } = prepared;
          const written = (await inBatch(async (trx) => {
            const rows = await writeUsers(trx, candidates, { source: 'flask', now: at, report, keyFor });
            await recordBatch?.(trx, { source: 'flask', written: rows.length, now: at });
            return rows;
          })) as Candidate[];
          for (const c of written) {
            if (c.notes.unusable) report.unusable_passwords.push({ source_id: c.id as number, email: c.email, reason: c.notes.unusable });
            if (c.notes.role) report.roles_mapped_to_user.push({ source_id: c.id as number, role: c.notes.role });
          }
          report.read += page.length;
          bar.advance(page.length);
          if (report.imported >= analyzeAt) {
            await inBatch((trx) => refreshPlannerStatistics(trx, ['users', 'user_imports']));
            analyzeAt = report.imported * 2;
          }
        }
      } finally {
        bar.stop();
      }

      if (tokens) {
        const tokenColumns = [...new Set(Object.values(tokens.columns) as string[])];
        for await (const { rows: page, prepared: mapped } of pages(source, tokens.table, tokenColumns, tokens.columns.jti as string, size, (rows) => rows.map((row) => mapRevokedToken(row, tokens.columns, now())))) {
          const valid = mapped.filter((t) => t !== undefined);
          const inserted = await inBatch((trx) => writeRevokedTokens(trx, valid));
          report.revoked_tokens.read += page.length;
          report.revoked_tokens.refused += page.length - valid.length;
          report.revoked_tokens.imported += inserted;
          report.revoked_tokens.already_present += valid.length - inserted;
        }
      }
    });
    if (!options.dryRun) report.largest_id = await moveUserIdsPastLargest(db);
  } finally {
    await source.close();
  }
  report.seconds = (now() - started) / 1000;
  return report;
}
