import { createHash } from 'node:crypto';
import { hashFromColumn, inspectPasswordHash, UNUSABLE_PASSWORD_HASH } from '../account/password-formats.js';
import type { ColumnMap, RevokedTokenField, UserField } from './flask-columns.js';
import type { SourceRow } from './flask-source.js';

/** A Flask user as Gatehouse stores it, with what the report needs to know about it. */
export interface ImportedUser {
  id: number;
  username: string;
  email: string;
  password_hash: string;
  role: 'user' | 'admin';
  is_active: number;
  failed_login_attempts: number;
  locked_until: number | null;
  last_failed_login_at: number | null;
  last_login_at: number | null;
  created_at: number;
  updated_at: number;
  /** Of the source row's values (not of anything computed from the clock), so a re-run finds it unchanged. */
  digest: string;
  /** Why the password cannot be used (it was stored as UNUSABLE_PASSWORD_HASH). */
  unusable_reason?: string;
  /** A role other than admin/user, imported as user. */
  unmapped_role?: string;
}

export type MappedUser = { kind: 'user'; user: ImportedUser } | { kind: 'refused'; source_id: unknown; email: string | null; reason: string };

export interface MappingOptions {
  now: number;
  /** How long an `is_locked` flag without a time locks for, from the import (Gatehouse's LOCKOUT_DURATION). */
  lockDurationMs: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SQL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const MAX_ID = 2_147_483_647;

/**
 * Epoch ms of a SQLAlchemy DateTime: text (`2025-10-30 18:31:32.742142`, naive, read as UTC; an offset when there
 * is one), a number (epoch seconds or ms) or a Date. Null for null; undefined for anything unreadable.
 */
export function parseSourceTime(value: unknown): number | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number' || typeof value === 'bigint') {
    const n = Number(value);
    return n > 1e11 ? Math.trunc(n) : Math.trunc(n * 1000);
  }
  if (typeof value !== 'string') return undefined;
  const m = SQL_DATETIME.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(fraction.padEnd(3, '0').slice(0, 3)));
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
  }
  return Number.isNaN(ms) ? undefined : ms;
}

/** SQLAlchemy Boolean: 0/1 on SQLite, a boolean on PostgreSQL; text forms too. Null when absent. */
export function parseSourceBoolean(value: unknown): boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value) !== 0;
  if (typeof value === 'string') return ['1', 't', 'true', 'y', 'yes', 'on'].includes(value.trim().toLowerCase());
  if (value instanceof Uint8Array) return value.some((b) => b !== 0);
  return null;
}

function sourceId(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_ID ? n : undefined;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : value === null || value === undefined ? null : String(value));

export function mapFlaskUser(row: SourceRow, columns: ColumnMap<UserField>, { now, lockDurationMs }: MappingOptions): MappedUser {
  const get = (field: UserField): unknown => (columns[field] === undefined ? undefined : row[columns[field] as string]);
  const rawEmail = text(get('email'))?.trim() ?? '';
  const id = sourceId(get('id'));
  const refuse = (reason: string): MappedUser => ({ kind: 'refused', source_id: get('id') ?? null, email: rawEmail || null, reason });
  if (id === undefined) return refuse('invalid id');
  if (!rawEmail) return refuse('no email');
  const email = rawEmail.toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) return refuse('invalid email');

  // Flask apps without usernames: a stable one from the id (the user signs in by email).
  const username = text(get('username'))?.trim() || `flask_${id}`;
  if (username.length > 64 || /[\u0000-\u001f\u007f]/.test(username)) return refuse('invalid username');

  const storedHash = hashFromColumn(get('password_hash'));
  let password_hash = UNUSABLE_PASSWORD_HASH;
  let unusable_reason: string | undefined;
  if (!storedHash) {
    unusable_reason = 'no password hash';
  } else {
    const inspection = inspectPasswordHash(storedHash);
    if (inspection.usable) password_hash = storedHash;
    // A hash Gatehouse cannot read costs the user a reset; one whose parameters would make each login a denial of service is a malicious row.
    else if (/^(unknown|malformed)/.test(inspection.reason)) unusable_reason = inspection.reason;
    else return refuse(inspection.reason);
  }

  const rawRole = text(get('role'))?.trim() ?? null;
  const isAdmin = parseSourceBoolean(get('is_admin'));
  const roleKey = rawRole?.toLowerCase();
  const role = rawRole !== null ? (roleKey === 'admin' ? 'admin' : 'user') : isAdmin ? 'admin' : 'user';
  const unmapped_role = rawRole !== null && roleKey !== 'admin' && roleKey !== 'user' ? rawRole : undefined;

  const times: Partial<Record<UserField, number | null>> = {};
  for (const field of ['locked_until', 'created_at', 'updated_at', 'last_login'] as const) {
    const parsed = parseSourceTime(get(field));
    if (parsed === undefined) return refuse(`unreadable ${field}`);
    times[field] = parsed;
  }
  const isActive = parseSourceBoolean(get('is_active')) ?? true;
  const failedRaw = Number(get('failed_login_attempts') ?? 0);
  const failed = Number.isInteger(failedRaw) && failedRaw > 0 ? Math.min(failedRaw, 1_000_000) : 0;
  const isLocked = parseSourceBoolean(get('is_locked'));
  const lockedUntilSource = times.locked_until ?? null;
  const created_at = times.created_at ?? now;
  const updated_at = times.updated_at ?? created_at;

  // A lock still running stays; an expired one is gone, and its failures with it (Gatehouse starts a new window).
  // `is_locked` without a time locks for LOCKOUT_DURATION from the import, then expires like any lock.
  let locked_until: number | null = null;
  if (lockedUntilSource !== null) locked_until = lockedUntilSource > now ? lockedUntilSource : null;
  else if (isLocked) locked_until = now + lockDurationMs;
  const lockExpired = lockedUntilSource !== null && locked_until === null;

  const digest = createHash('sha256')
    .update(JSON.stringify([id, username, email, storedHash ?? null, rawRole, isAdmin, isActive, failed, lockedUntilSource, isLocked, times.created_at, times.updated_at, times.last_login]))
    .digest('hex');
  return {
    kind: 'user',
    user: {
      id,
      username,
      email,
      password_hash,
      role,
      is_active: isActive ? 1 : 0,
      failed_login_attempts: lockExpired ? 0 : failed,
      locked_until,
      // Failures count toward a lock only within the window: the Flask row's last change is the best time known.
      last_failed_login_at: failed > 0 && !lockExpired ? updated_at : null,
      last_login_at: times.last_login ?? null,
      created_at,
      updated_at,
      digest,
      ...(unusable_reason ? { unusable_reason } : {}),
      ...(unmapped_role ? { unmapped_role } : {}),
    },
  };
}

export interface ImportedRevokedToken {
  jti: string;
  token_type: string | null;
  user_id: number | null;
  expires_at: number | null;
  revoked_at: number;
}

/** A blacklist row; undefined when it has no usable jti. */
export function mapRevokedToken(row: SourceRow, columns: ColumnMap<RevokedTokenField>, now: number): ImportedRevokedToken | undefined {
  const get = (field: RevokedTokenField): unknown => (columns[field] === undefined ? undefined : row[columns[field] as string]);
  const jti = text(get('jti'))?.trim();
  if (!jti || jti.length > 255) return undefined;
  const tokenType = text(get('token_type'))?.trim().slice(0, 16) || null;
  return {
    jti,
    token_type: tokenType,
    user_id: sourceId(get('user_id')) ?? null,
    expires_at: parseSourceTime(get('expires')) ?? null,
    revoked_at: parseSourceTime(get('created_at')) ?? now,
  };
}
