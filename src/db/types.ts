import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are epoch milliseconds (BIGINT), identical on SQLite and PostgreSQL. Booleans are 0/1. */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  email: string;
  password_hash: string;
  role: 'user' | 'admin';
  is_active: number;
  failed_login_attempts: Generated<number>;
  locked_until: number | null;
  last_failed_login_at: Generated<number | null>;
  last_login_at: number | null;
  created_at: number;
  updated_at: number;
}

/** One row per login: a refresh-token family. */
export interface SessionsTable {
  id: string;
  user_id: number;
  refresh_jti: string;
  previous_refresh_jti: string | null;
  rotated_at: number | null;
  created_at: number;
  last_used_at: number;
  expires_at: number;
  revoked_at: number | null;
  revoked_reason: string | null;
  user_agent: string | null;
  ip: string | null;
}

/** Failed-login counters for identifiers that match no account, so a lock reveals nothing. */
export interface LoginFailuresTable {
  identifier: string;
  failed_login_attempts: number;
  locked_until: number | null;
  updated_at: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
