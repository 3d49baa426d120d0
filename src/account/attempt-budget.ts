import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Database } from '../db/types.js';
import { AppError } from '../errors.js';
import { audit } from '../logging.js';
import { type AuthMetrics, noAuthMetrics } from '../metrics.js';
import { type CounterRef, type Failure, LEASE_MS, lockedError, type LockoutPolicy, recordFailure, releaseLease, takeLease } from './lockout.js';

/**
 * How every credential check (a login's password, `current_password`, a second-factor code) is budgeted, in
 * one place:
 * - At most one check is evaluated at a time on a counter (an account, a login identifier), on every
 *   instance: a check takes the counter's lease first, and racing checks wait for it (in this process in a
 *   queue, across processes by polling the lease).
 * - Only settled wrong credentials count. A check in flight is not a failure, so a correct password is never
 *   answered 423 unless settled failures locked the account; and since checks never overlap, at most
 *   MAX_FAILED_LOGINS wrong ones are evaluated per lock window, however many requests race.
 * - A check ends in one of three ways: `fail` (counted, may lock), a success the caller settles in its own
 *   transaction (settleAccountSuccess, settleIdentifierSuccess), or neither (a password step still waiting
 *   for its code: it neither counts nor clears the count). The lease is given back in every case.
 */

export type Attempt =
  /** The counter's lease is held: evaluate the credential. */
  | { state: 'open'; counter: CounterRef; now: number; attempts: number }
  | { state: 'locked'; counter: CounterRef; now: number; lockedUntil: number }
  | { state: 'missing'; counter: CounterRef; now: number };

export type OpenAttempt = Extract<Attempt, { state: 'open' }>;

/** What a wrong credential was offered as; `login` marks the password of a login. */
export type CheckedVia = 'login' | 'current_password' | 'totp' | 'recovery_code';

export interface AttemptBudget {
  readonly policy: LockoutPolicy;
  /** Runs `check` once it is this counter's turn; the lease is given back when it ends, however it ends. */
  run<T>(counter: CounterRef, check: (attempt: Attempt) => Promise<T>): Promise<T>;
  /**
   * Counts a wrong credential of an open attempt; audits it (unless `quiet`) and the lock it sets. A lock is
   * counted in the metrics only where it cannot tell a real account from an unknown one: an identifier's
   * lock, or an account's through a check other than a login's password.
   */
  fail(attempt: OpenAttempt, how: { via: CheckedVia; userId: number | null; quiet?: boolean }): Promise<Failure>;
  /** Checks waiting for their turn in this process (tests wait on it to reach a race by construction). */
  waiting(): number;
}

export interface AttemptBudgetDeps {
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
  policy: LockoutPolicy;
  metrics?: AuthMetrics;
}

/** Longest wait for another process's lease: past its end, a holder that died has left it free. */
const MAX_WAIT_MS = LEASE_MS + 5_000;

const keyOf = (counter: CounterRef): string => (counter.kind === 'account' ? `account:${counter.userId}` : `identifier:${counter.key}`);

export function createAttemptBudget({ db, clock, logger, policy, metrics = noAuthMetrics }: AttemptBudgetDeps): AttemptBudget {
  /** The tail of each counter's queue in this process. */
  const queues = new Map<string, Promise<void>>();
  let waiting = 0;

  /** Resolves when every earlier check of this process on the counter has ended; returns the turn's end. */
  async function turn(key: string): Promise<() => void> {
    const before = queues.get(key) ?? Promise.resolve();
    let end!: () => void;
    const mine = new Promise<void>((resolve) => {
      end = resolve;
    });
    const tail = before.then(() => mine);
    queues.set(key, tail);
    waiting++;
    try {
      await before;
    } finally {
      waiting--;
    }
    return () => {
      end();
      if (queues.get(key) === tail) queues.delete(key);
    };
  }

  /** Takes the lease, waiting (and counted as waiting) while another process holds it. */
  async function lease(counter: CounterRef, leaseId: string): Promise<Attempt> {
    const started = Date.now();
    let counted = false;
    try {
      for (let round = 0; ; round++) {
        const now = clock.now();
        const outcome = await takeLease(db, counter, leaseId, now);
        if (outcome.state === 'leased') return { state: 'open', counter, now, attempts: outcome.attempts };
        if (outcome.state === 'locked') return { state: 'locked', counter, now, lockedUntil: outcome.lockedUntil };
        if (outcome.state === 'missing') return { state: 'missing', counter, now };
        if (Date.now() - started > MAX_WAIT_MS) throw new AppError('service_unavailable', { retryAfter: 1 });
        if (!counted) waiting++;
        counted = true;
        await delay(Math.min(2 ** round, 50));
      }
    } finally {
      if (counted) waiting--;
    }
  }

  return {
    policy,

    async run(counter, check) {
      const endTurn = await turn(keyOf(counter));
      const leaseId = randomUUID();
      try {
        const attempt = await lease(counter, leaseId);
        try {
          return await check(attempt);
        } finally {
          if (attempt.state === 'open') await releaseLease(db, counter, leaseId);
        }
      } finally {
        endTurn();
      }
    },

    async fail(attempt, { via, userId, quiet = false }) {
      const failure = await recordFailure(db, attempt.counter, attempt.now, policy);
      if (!quiet) audit(logger, 'login_failed', { user_id: userId, attempts: failure.attempts, via });
      if (failure.lockedUntil !== null) {
        const identifier = attempt.counter.kind === 'identifier';
        audit(logger, identifier ? 'identifier_locked' : 'account_locked', { user_id: userId, locked_until: failure.lockedUntil, via });
        if (identifier || via !== 'login') metrics.lock();
      }
      return failure;
    },

    waiting: () => waiting,
  };
}

/** Why a check could not be evaluated: a locked counter answers 423; a vanished account answers `otherwise`. */
export function unevaluated(attempt: Exclude<Attempt, OpenAttempt>, otherwise: AppError): AppError {
  return attempt.state === 'locked' ? lockedError(attempt.lockedUntil, attempt.now) : otherwise;
}
