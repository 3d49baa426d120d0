import { type FlaskSource, SourceError } from './flask-source.js';

/** Each field the importer reads, with the column names Flask apps commonly give it (the first found wins). */
const USER_FIELDS = {
  id: ['id'],
  username: ['username', 'user_name', 'login'],
  email: ['email', 'email_address'],
  password_hash: ['password_hash', 'password', 'hashed_password', 'pw_hash'],
  role: ['role'],
  is_admin: ['is_admin', 'admin', 'is_superuser'],
  is_active: ['is_active', 'active', 'enabled'],
  failed_login_attempts: ['failed_login_attempts', 'failed_logins', 'login_attempts'],
  locked_until: ['locked_until', 'lockout_until'],
  is_locked: ['is_locked', 'locked'],
  created_at: ['created_at', 'created_on', 'date_created', 'registered_on'],
  updated_at: ['updated_at', 'updated_on', 'modified_at'],
  last_login: ['last_login', 'last_login_at', 'last_seen'],
} as const;

const REVOKED_TOKEN_FIELDS = {
  jti: ['jti'],
  token_type: ['token_type', 'type'],
  user_id: ['user_id', 'user_identity', 'identity'],
  expires: ['expires', 'expires_at', 'exp'],
  created_at: ['created_at', 'revoked_at', 'blacklisted_on'],
} as const;

export type UserField = keyof typeof USER_FIELDS;
export type RevokedTokenField = keyof typeof REVOKED_TOKEN_FIELDS;
/** Field → the source column that holds it; absent when the table has none. */
export type ColumnMap<F extends string> = Partial<Record<F, string>>;

const REQUIRED_USER_FIELDS: readonly UserField[] = ['id', 'email', 'password_hash'];
const USERS_TABLES = ['users', 'user'];
const REVOKED_TOKEN_TABLES = ['token_blacklist', 'token_blocklist'];

function findTable(tables: string[], wanted: string): string | undefined {
  return tables.find((t) => t === wanted) ?? tables.find((t) => t.toLowerCase() === wanted.toLowerCase());
}

/** `--map field=column` options, checked against the fields the importer knows. */
export function parseColumnMaps(maps: readonly string[]): ColumnMap<UserField> {
  const result: ColumnMap<UserField> = {};
  for (const map of maps) {
    const [field, column, ...rest] = map.split('=');
    if (!field || !column || rest.length > 0) throw new SourceError(`--map ${map}: expected field=column`);
    if (!(field in USER_FIELDS)) throw new SourceError(`--map ${map}: unknown field "${field}" (known: ${Object.keys(USER_FIELDS).join(', ')})`);
    result[field as UserField] = column;
  }
  return result;
}

function detect<F extends string>(fields: Record<F, readonly string[]>, columns: string[], maps: ColumnMap<F>, table: string): ColumnMap<F> {
  const found: ColumnMap<F> = {};
  for (const field of Object.keys(fields) as F[]) {
    const mapped = maps[field];
    if (mapped !== undefined) {
      if (!columns.includes(mapped)) throw new SourceError(`--map ${field}=${mapped}: table "${table}" has no column "${mapped}" (columns: ${columns.join(', ')})`);
      found[field] = mapped;
      continue;
    }
    for (const name of fields[field]) {
      const column = columns.find((c) => c === name) ?? columns.find((c) => c.toLowerCase() === name);
      if (column !== undefined) {
        found[field] = column;
        break;
      }
    }
  }
  return found;
}

export interface UsersTableShape {
  table: string;
  columns: ColumnMap<UserField>;
}

export async function detectUsersTable(source: FlaskSource, { table, maps }: { table?: string; maps: ColumnMap<UserField> }): Promise<UsersTableShape> {
  const tables = await source.tables();
  const name = table !== undefined ? findTable(tables, table) : USERS_TABLES.map((t) => findTable(tables, t)).find((t) => t !== undefined);
  if (name === undefined) {
    throw new SourceError(table !== undefined ? `the Flask database has no table "${table}"` : `no users table found (looked for ${USERS_TABLES.join(', ')}; tables: ${tables.join(', ') || 'none'}): name it with --users-table`);
  }
  const columns = detect(USER_FIELDS, await source.columns(name), maps, name);
  const missing = REQUIRED_USER_FIELDS.filter((f) => columns[f] === undefined);
  if (missing.length > 0) {
    throw new SourceError(`table "${name}" has no column for ${missing.join(', ')} (looked for ${missing.map((f) => USER_FIELDS[f].join('/')).join('; ')}): name it with --map field=column`);
  }
  return { table: name, columns };
}

export interface RevokedTokensTableShape {
  table: string;
  columns: ColumnMap<RevokedTokenField>;
}

/** The token blacklist, if the Flask database has one; a table named by --blacklist-table must exist and have `jti`. */
export async function detectRevokedTokensTable(source: FlaskSource, { table }: { table?: string }): Promise<RevokedTokensTableShape | undefined> {
  const tables = await source.tables();
  const name = table !== undefined ? findTable(tables, table) : REVOKED_TOKEN_TABLES.map((t) => findTable(tables, t)).find((t) => t !== undefined);
  if (name === undefined) {
    if (table !== undefined) throw new SourceError(`the Flask database has no table "${table}"`);
    return undefined;
  }
  const columns = detect(REVOKED_TOKEN_FIELDS, await source.columns(name), {}, name);
  if (columns.jti === undefined) throw new SourceError(`table "${name}" has no jti column`);
  return { table: name, columns };
}
