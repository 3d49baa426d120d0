import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/types.js';
import { lockoutPolicy, purgeStaleFailures } from './lockout.js';
import { purgeExpiredSessions } from './sessions.js';

export interface PurgeResult {
  sessions: number;
  loginFailures: number;
}

/** Deletes expired sessions and stale failed-login counters of unknown identifiers. */
export async function purgeExpired(db: Kysely<Database>, config: Config, now: number): Promise<PurgeResult> {
  return { sessions: await purgeExpiredSessions(db, now), loginFailures: await purgeStaleFailures(db, now, lockoutPolicy(config)) };
}

/** Runs the purge every SESSION_PURGE_INTERVAL seconds (0 disables it); returns a stop function. */
export function startPurgeTimer({ db, clock, config, logger }: { db: Kysely<Database>; clock: Clock; config: Config; logger: Logger }): () => void {
  if (config.sessionPurgeIntervalSeconds === 0) return () => {};
  const timer = setInterval(() => {
    purgeExpired(db, config, clock.now())
      .then((purged) => logger.debug({ purged }, 'purged expired sessions'))
      .catch((err) => logger.warn({ err }, 'session purge failed'));
  }, config.sessionPurgeIntervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
