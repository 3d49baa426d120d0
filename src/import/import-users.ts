import { createReadStream } from 'node:fs';
import { identifierKeyer } from '../account/lockout.js';
import { UNUSABLE_PASSWORD_HASH } from '../account/password-formats.js';
import { withBatches } from './batches.js';
import { SourceError } from './flask-source.js';
import type { ImportDeps } from './import-flask.js';
import { emptyReport, type ImportReport } from './import-report.js';
import { type UserCandidate, writeUsers } from './import-writer.js';
import { readJsonl } from './jsonl-source.js';
import { type JsonlUser, mapJsonlLine } from './jsonl-rows.js';

export interface UsersImportOptions {
  from: string;
  dryRun: boolean;
  /** Lines per transaction: small, since each new password is hashed (argon2id) inside it. */
  batchSize?: number;
}

export interface UsersImportDeps extends Omit<ImportDeps, 'lockDurationMs'> {
  hashPassword(password: string): Promise<string>;
  digestKey: Buffer;
}

const DEFAULT_BATCH = 200;

/** For the progress bar's total: one streaming pass over the file, counting newlines. */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
    }
  } catch (err) {
    throw new SourceError(`cannot read ${file}: ${(err as Error).message}`);
  }
  return lines;
}

function candidate(user: JsonlUser, { now, dryRun, hashPassword }: { now: number; dryRun: boolean; hashPassword: (p: string) => Promise<string> }): UserCandidate {
  return {
    where: { line: user.line },
    username: user.username,
    email: user.email,
    digest: user.digest,
    columns: async () => ({
      username: user.username,
      email: user.email,
      // A dry run hashes nothing: it writes nothing that would keep the hash.
      password_hash: 'password' in user.secret ? (dryRun ? UNUSABLE_PASSWORD_HASH : await hashPassword(user.secret.password)) : user.secret.password_hash,
      role: user.role,
      is_active: user.is_active ? 1 : 0,
      email_verified_at: user.email_verified ? now : null,
      locked_until: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    }),
  };
}

export async function importUsers(options: UsersImportOptions, { db, identifierKey, now, progress, hashPassword, digestKey, recordBatch }: UsersImportDeps): Promise<ImportReport> {
  const keyFor = identifierKeyer(identifierKey);
  const started = now();
  const report = emptyReport('jsonl', options.dryRun);
  const size = options.batchSize ?? DEFAULT_BATCH;
  const lines = await countLines(options.from);
  await withBatches(db, { dryRun: options.dryRun }, async (inBatch) => {
    const bar = progress(lines, 'lines');
    let pending: JsonlUser[] = [];
    const flush = async (): Promise<void> => {
      const at = now();
      const users = pending;
      pending = [];
      const written = await inBatch(async (trx) => {
        const rows = await writeUsers(trx, users.map((u) => candidate(u, { now: at, dryRun: options.dryRun, hashPassword })), { source: 'jsonl', now: at, report, keyFor });
        await recordBatch?.(trx, { source: 'jsonl', written: rows.length, now: at });
        return rows;
      });
      const byLine = new Map(users.map((u) => [u.line, u]));
      for (const c of written) {
        const user = byLine.get(c.where.line as number);
        if (user?.unusable_reason) report.unusable_passwords.push({ line: user.line, email: user.email, reason: user.unusable_reason });
      }
    };
    try {
      for await (const entry of readJsonl(options.from)) {
        report.read += 1;
        bar.advance(1);
        if ('error' in entry) {
          report.refused.push({ line: entry.line, reason: entry.error });
          continue;
        }
        const mapped = mapJsonlLine(entry.value, entry.line, digestKey);
        if (mapped.kind === 'refused') report.refused.push({ line: mapped.line, email: mapped.email, reason: mapped.reason });
        else pending.push(mapped.user);
        if (pending.length >= size) await flush();
      }
      if (pending.length > 0) await flush();
    } finally {
      bar.stop();
    }
  });
  report.seconds = (now() - started) / 1000;
  return report;
}
