import type { Kysely } from 'kysely';

// Identifier counters are now keyed by an HMAC under a server key instead of a bare SHA-256. The old keys
// can no longer be matched, and a counter lives at most one lockout window: forget them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('login_failures').execute();
}

export async function down(): Promise<void> {
  // Nothing to restore: the counters were short-lived by design.
}
