import { type Kysely, type RawBuilder, sql } from 'kysely';
import { carryImportedLock, type identifierKeyer } from '../account/lockout.js';
import { insertRows, valuesTable } from '../db/bulk.js';
import type { Database, NewUserRow } from '../db/types.js';
import type { ImportedRevokedToken } from './flask-rows.js';
import type { ImportReport } from './import-report.js';

/**
 * Writes one batch of imported users inside the transaction it is given. Every decision is made against the
 * database (the accounts already there, and the batch's own rows), so memory is bounded by the batch whatever
 * the size of the source, and importing in source order makes the lowest Flask id win a collision.
 */

export type ImportSource = 'flask' | 'jsonl';

/** The users columns an import writes; the id only when the source keeps its ids (Flask). */
export type ImportedColumns = Omit<NewUserRow, 'id'> & { id?: number };

export interface UserCandidate {
  /** Flask: the id kept. JSONL: undefined, the database gives one. */
  id?: number;
  /** How the report names the source row. */
  where: { source_id?: number; line?: number };
  username: string;
  email: string;
  digest: string;
  /** The columns to write: called only for rows actually inserted or updated (a JSONL password is hashed then). */
  columns(): Promise<ImportedColumns>;
}

interface ExistingUser {
  id: number;
  email: string;
  username_key: string;
  updated_at: number;
  source: string | null;
  digest: string | null;
  imported_at: number | null;
}

/** Rows per INSERT statement with one parameter per value (JSONL, whose new ids are read back). */
const ROWS_PER_INSERT = 2000;
const USER_COLUMNS = ['id', 'username', 'email', 'password_hash', 'role', 'is_active', 'failed_login_attempts', 'locked_until', 'last_failed_login_at', 'last_login_at', 'email_verified_at', 'created_at', 'updated_at'] as const;

function chunks<T>(rows: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

/** Candidates per lookup: few enough that PostgreSQL plans one index lookup per value, not a scan of the table. */
const CANDIDATES_PER_LOOKUP = 1000;

/** The accounts holding a batch's ids, emails or usernames: index lookups per candidate, whatever the table's size. */
async function existingUsers(trx: Kysely<Database>, candidates: UserCandidate[]): Promise<ExistingUser[]> {
  const found = new Map<number, Omit<ExistingUser, 'source' | 'digest' | 'imported_at'>>();
  const holders = (table: RawBuilder<unknown>, match: RawBuilder<unknown>) =>
    sql`select users.id, users.email, lower(users.username) as username_key, users.updated_at from ${table} join users on ${match}`;
  for (const chunk of chunks(candidates, CANDIDATES_PER_LOOKUP)) {
    const ids = chunk.flatMap((c) => (c.id === undefined ? [] : [c.id]));
    const lookups = [
      holders(valuesTable(trx, chunk.map((c) => c.email), 'text', 'e'), sql`users.email = e.value`),
      holders(valuesTable(trx, chunk.map((c) => c.username.toLowerCase()), 'text', 'u'), sql`lower(users.username) = u.value`),
      ...(ids.length > 0 ? [holders(valuesTable(trx, ids, 'integer', 'i'), sql`users.id = i.value`)] : []),
    ];
    const { rows } = await sql<{ id: number; email: string; username_key: string; updated_at: number }>`${sql.join(lookups, sql` union `)}`.execute(trx);
    for (const r of rows) found.set(Number(r.id), { ...r, id: Number(r.id), updated_at: Number(r.updated_at) });
  }
  if (found.size === 0) return [];
  const { rows: imports } = await sql<{ user_id: number; source: string; digest: string; imported_at: number }>`
    select user_imports.user_id, user_imports.source, user_imports.digest, user_imports.imported_at
    from ${valuesTable(trx, [...found.keys()], 'integer', 'f')} join user_imports on user_imports.user_id = f.value`.execute(trx);
  const importOf = new Map(imports.map((r) => [Number(r.user_id), r]));
  return [...found.values()].map((u) => {
    const record = importOf.get(u.id);
    return { ...u, source: record?.source ?? null, digest: record?.digest ?? null, imported_at: record ? Number(record.imported_at) : null };
  });
}

const holder = (user: ExistingUser, source: ImportSource): string =>
  user.source === source && source === 'flask' ? `Flask user ${user.id} (the lowest id is imported)` : `Gatehouse user ${user.id}`;

/** Inserts, updates or leaves each candidate, and records conflicts and counts in the report. Returns the rows written. */
export interface WriteOptions {
  source: ImportSource;
  now: number;
  report: ImportReport;
  /** Keys the login counters of an account's email and username (an imported lock is carried to them). */
  keyFor: ReturnType<typeof identifierKeyer>;
}

export async function writeUsers(trx: Kysely<Database>, candidates: UserCandidate[], { source, now, report, keyFor }: WriteOptions): Promise<UserCandidate[]> {
  if (candidates.length === 0) return [];
  const existing = await existingUsers(trx, candidates);
  const byId = new Map(existing.map((u) => [u.id, u]));
  const byEmail = new Map(existing.map((u) => [u.email, u]));
  const byUsername = new Map(existing.map((u) => [u.username_key, u]));
  const batchEmails = new Map<string, UserCandidate>();
  const batchUsernames = new Map<string, UserCandidate>();
  const inserts: UserCandidate[] = [];
  const updates: Array<{ candidate: UserCandidate; id: number }> = [];
  // Worded as when the earlier row is already in the database, so a re-run reports the same conflict the same way.
  const name = (c: UserCandidate): string => (c.where.line !== undefined ? `line ${c.where.line}` : `Flask user ${c.where.source_id} (the lowest id is imported)`);

  for (const c of candidates) {
    const conflict = (reason: string): void => void report.conflicts.push({ ...c.where, email: c.email, reason });
    const usernameKey = c.username.toLowerCase();
    const earlierEmail = batchEmails.get(c.email);
    if (earlierEmail) {
      conflict(`email already registered by ${name(earlierEmail)}`);
      continue;
    }
    const earlierUsername = batchUsernames.get(usernameKey);
    if (earlierUsername) {
      conflict(`username already taken (case-insensitively) by ${name(earlierUsername)}`);
      continue;
    }
    const self = source === 'flask' ? byId.get(c.id as number) : byEmail.get(c.email);
    const emailHolder = byEmail.get(c.email);
    const usernameHolder = byUsername.get(usernameKey);
    if (self && self.source !== source) {
      conflict(source === 'flask' ? `id ${self.id} is taken by a Gatehouse user not imported from Flask` : `email already registered by ${holder(self, source)}`);
      continue;
    }
    if (self && self.digest === c.digest) {
      report.unchanged += 1;
    } else if (self && self.updated_at > (self.imported_at ?? 0)) {
      conflict('changed at Gatehouse since it was imported: not overwritten');
      continue;
    } else if (emailHolder && emailHolder.id !== self?.id) {
      conflict(`email already registered by ${holder(emailHolder, source)}`);
      continue;
    } else if (usernameHolder && usernameHolder.id !== self?.id) {
      conflict(`username already taken (case-insensitively) by ${holder(usernameHolder, source)}`);
      continue;
    } else if (self) {
      updates.push({ candidate: c, id: self.id });
    } else {
      inserts.push(c);
    }
    batchEmails.set(c.email, c);
    batchUsernames.set(usernameKey, c);
  }

  const records: Array<{ user_id: number; digest: string; updated_at: number }> = [];
  for (const { candidate, id } of updates) {
    const { id: _kept, ...columns } = await candidate.columns();
    await trx.updateTable('users').set(columns).where('id', '=', id).execute();
    records.push({ user_id: id, digest: candidate.digest, updated_at: columns.updated_at });
    await carryImportedLock(trx, { email: columns.email, username: columns.username, locked_until: columns.locked_until ?? null, failed_login_attempts: columns.failed_login_attempts ?? 0 }, keyFor, now);
  }
  for (const chunk of chunks(inserts, source === 'flask' ? inserts.length : ROWS_PER_INSERT)) {
    const rows = await Promise.all(chunk.map((c) => c.columns()));
    for (const row of rows) {
      if (row.locked_until) await carryImportedLock(trx, { email: row.email, username: row.username, locked_until: row.locked_until, failed_login_attempts: row.failed_login_attempts ?? 0 }, keyFor, now);
    }
    if (source === 'flask') {
      await insertRows(trx, 'users', USER_COLUMNS, rows);
      chunk.forEach((c, i) => records.push({ user_id: c.id as number, digest: c.digest, updated_at: rows[i]!.updated_at }));
    } else {
      const created = await trx.insertInto('users').values(rows).returning(['id', 'email']).execute();
      const idByEmail = new Map(created.map((r) => [r.email, Number(r.id)]));
      chunk.forEach((c, i) => records.push({ user_id: idByEmail.get(c.email) as number, digest: c.digest, updated_at: rows[i]!.updated_at }));
    }
  }
  // imported_at is never before the row's updated_at: a later Gatehouse change is what makes updated_at pass it.
  await insertRows(
    trx,
    'user_imports',
    ['user_id', 'source', 'digest', 'imported_at'],
    records.map((r) => ({ user_id: r.user_id, source, digest: r.digest, imported_at: Math.max(now, r.updated_at) })),
    { onConflict: { columns: ['user_id'], update: ['source', 'digest', 'imported_at'] } },
  );
  report.imported += inserts.length;
  report.updated += updates.length;
  return [...inserts, ...updates.map((u) => u.candidate)];
}

/** Insert-or-ignore: a token already refused stays as it is. Returns how many were new. */
export async function writeRevokedTokens(trx: Kysely<Database>, tokens: ImportedRevokedToken[]): Promise<number> {
  return insertRows(trx, 'legacy_revoked_tokens', ['jti', 'token_type', 'user_id', 'expires_at', 'revoked_at'], tokens, { onConflict: { columns: ['jti'] } });
}
