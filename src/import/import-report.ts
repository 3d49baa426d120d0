/** What an import did, row by row where a person has to act: the same for a dry run and a real one. */

/** A source row not imported: `source_id` for Flask rows, `line` for JSONL lines. */
export interface RefusedRow {
  source_id?: number | string | null;
  line?: number;
  email?: string | null;
  reason: string;
}

/** A row left as it is because another account holds its email, username or id, or Gatehouse changed it since. */
export interface ConflictRow {
  source_id?: number | null;
  line?: number;
  email: string;
  reason: string;
}

/** A user imported (or updated) without a usable password: they sign in after a password reset. */
export interface UnusablePassword {
  source_id?: number;
  line?: number;
  email: string;
  reason: string;
}

export interface ImportReport {
  source: 'flask' | 'jsonl';
  dry_run: boolean;
  read: number;
  imported: number;
  updated: number;
  unchanged: number;
  conflicts: ConflictRow[];
  refused: RefusedRow[];
  unusable_passwords: UnusablePassword[];
  /** Flask roles other than admin/user, imported as `user`. */
  roles_mapped_to_user: Array<{ source_id: number; role: string }>;
  revoked_tokens: { read: number; imported: number; already_present: number; refused: number };
  /** Set after a Flask import on PostgreSQL: the id a new registration gets next is above this. */
  largest_id: number | null;
  seconds: number;
}

export function emptyReport(source: ImportReport['source'], dryRun: boolean): ImportReport {
  return {
    source,
    dry_run: dryRun,
    read: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    conflicts: [],
    refused: [],
    unusable_passwords: [],
    roles_mapped_to_user: [],
    revoked_tokens: { read: 0, imported: 0, already_present: 0, refused: 0 },
    largest_id: null,
    seconds: 0,
  };
}

/** Each named list is printed up to this many rows; the JSON report (--report FILE) holds them all. */
const LISTED = 50;

const where = (row: { source_id?: unknown; line?: number }): string => (row.line !== undefined ? `line ${row.line}` : `id ${String(row.source_id)}`);

function countBy<T>(rows: T[], key: (row: T) => string): string {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}: ${n}`).join('; ');
}

function listed<T>(title: string, rows: T[], line: (row: T) => string): string[] {
  if (rows.length === 0) return [];
  const more = rows.length > LISTED ? [`  … and ${rows.length - LISTED} more (all in the --report file)`] : [];
  return [`${title} (${rows.length}):`, ...rows.slice(0, LISTED).map((row) => `  ${line(row)}`), ...more];
}

/** The report as text lines: counts first, then each row that needs a person. Never a hash or a password. */
export function formatReport(report: ImportReport): string[] {
  const head = report.dry_run ? 'dry run: nothing was written; an import would give' : `${report.source} import done in ${report.seconds.toFixed(1)} s`;
  const lines = [
    head,
    `  users read ${report.read}: imported ${report.imported}, updated ${report.updated}, unchanged ${report.unchanged}, conflicts ${report.conflicts.length}, refused ${report.refused.length}`,
  ];
  if (report.refused.length > 0) lines.push(`  refused by reason: ${countBy(report.refused, (r) => r.reason)}`);
  if (report.unusable_passwords.length > 0) {
    lines.push(`  imported without a usable password (they sign in after a password reset): ${report.unusable_passwords.length} (${countBy(report.unusable_passwords, (r) => r.reason)})`);
  }
  if (report.source === 'flask') {
    const t = report.revoked_tokens;
    lines.push(`  revoked tokens read ${t.read}: imported ${t.imported}, already present ${t.already_present}, refused ${t.refused}`);
  }
  lines.push(
    ...listed('conflicts', report.conflicts, (c) => `${where(c)} ${c.email}: ${c.reason}`),
    ...listed('refused', report.refused, (r) => `${where(r)}${r.email ? ` ${r.email}` : ''}: ${r.reason}`),
    ...listed('without a usable password', report.unusable_passwords, (u) => `${where(u)} ${u.email}: ${u.reason}`),
    ...listed('roles imported as user', report.roles_mapped_to_user, (r) => `id ${r.source_id}: role "${r.role}"`),
  );
  return lines;
}
