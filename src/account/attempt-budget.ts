import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/types.js';
import { AppError } from '../errors.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import type { ClientInfo, UserActor } from './actor.js';
import { inWriteTransaction } from '../db/transactions.js';
import { type AuthMetrics, noAuthMetrics } from '../metrics.js';
import { type CounterRef, type Failure, IN_FLIGHT_MS, lockedError, type LockoutPolicy, placeKey, recordFailure, releaseAttempt, reserveAttempt } from './lockout.js';

/**
 * How every credential check (a login's password, `current_password`, a second-factor code) is budgeted, in
 * one place:
 * - A check reserves a place on its counter (an account, a login identifier) before it is evaluated, in one
 *   transaction under the counter's row lock: settled failures plus live places never exceed
 *   MAX_FAILED_LOGINS, on every instance, so at most that many wrong ones are evaluated per lock window
 *   however many requests race. A place lasts IN_FLIGHT_MS: a check that outlives it is not answered.
 * - Only settled wrong credentials count. A check in flight is not a failure: one that finds the budget held
 *   by checks in flight waits for one of them to settle (woken in this process, polling across processes),
 *   so a correct password is never answered 423 unless settled failures locked the account.
 * - Checks run side by side while there is room, whichever identifier they came through, so how long an
 *   answer takes does not tell which identifiers share an account (below the budget's edge: README).
 * - A check ends in one of three ways: `fail` (counted, may lock), a success the caller settles in its own
 *   transaction (settleAccountSuccess, settleIdentifierSuccess), or neither (a password step still waiting
 *   for its code: it neither counts nor clears the count). Its place is given back in every case.
 */

export type Attempt =
  /** A place is reserved: evaluate the credential. */
  | { state: 'open'; counter: CounterRef; now: number; attempts: number; placeId: string }
  | { state: 'locked'; counter: CounterRef; now: number; lockedUntil: number }
  | { state: 'missing'; counter: CounterRef; now: number };

export type OpenAttempt = Extract<Attempt, { state: 'open' }>;

/** What a wrong credential was offered as; `login` marks the password of a login. */
export type CheckedVia = 'login' | 'current_password' | 'totp' | 'recovery_code';

/** What a credential check found: the right credential (with what acting on it gave), or a wrong one and its answer. */
export type Verdict<T> = { right: T } | { wrong: CheckedVia; answer: AppError };

export interface CheckOptions {
  /** The account whose credential it is, for the audit (null: none). */
  userId: number | null;
  /** The request's client, for the audit. */
  client?: ClientInfo;
  /** The signed-in user whose session sent the credential (a current password, a code), for the audit. */
  actor?: UserActor;
  /** The answer when the account vanished before its turn. */
  unavailable: AppError;
  /** Told when the check is refused unevaluated because the counter is locked, or finds a wrong credential (metrics). */
  onRefused?: (why: 'locked' | 'wrong') => void;
}

export interface AttemptBudget {
  readonly policy: LockoutPolicy;
  /**
   * The one way a credential is checked: a place on the counter is reserved, `evaluate` checks the credential (and,
   * when right, acts on it and settles the count in its own transaction, after `assertStillHeld`), and a wrong one is
   * counted, audited and answered: 423 when it locks, its own answer otherwise. A locked counter is answered 423
   * without evaluating; an account that vanished, `unavailable`.
   */
  check<T>(counter: CounterRef, options: CheckOptions, evaluate: (attempt: OpenAttempt) => Promise<Verdict<T>>): Promise<T>;
  /** Runs `check` once it has a place on the counter; the place is given back when it ends, however it ends. */
  run<T>(counter: CounterRef, check: (attempt: Attempt) => Promise<T>): Promise<T>;
  /**
   * Counts a wrong credential of an open attempt; audits it (unless `quiet`) and the lock it sets. A lock is
   * counted in the metrics only where it cannot tell a real account from an unknown one: an identifier's
   * lock, or an account's through a check other than a login's password.
   */
  fail(attempt: OpenAttempt, how: { via: CheckedVia; userId: number | null; client?: ClientInfo; actor?: UserActor; quiet?: boolean }): Promise<Failure>;
  /**
   * Before a right credential is acted on (and within `fail` for a wrong one): refuses, with 503 and nothing
   * counted or told, a check that outlived its place.
   */
  assertStillHeld(attempt: OpenAttempt): void;
  /** Checks of this process waiting for a place (tests wait on it to reach a race by construction). */
  waiting(): number;
}

export interface AttemptBudgetDeps {
  db: Kysely<Database>;
  clock: Clock;
  audit: AuditTrail;
  policy: LockoutPolicy;
  metrics?: AuthMetrics;
}

/** Longest wait for a place: past it, places held by a process that died have been given back. */
const MAX_WAIT_MS = IN_FLIGHT_MS + 5_000;

export function createAttemptBudget({ db, clock, audit, policy, metrics = noAuthMetrics }: AttemptBudgetDeps): AttemptBudget {
  /** Checks of this process waiting for a place, by counter: woken whenever a check on it settles. */
  const sleepers = new Map<string, Set<() => void>>();
  let waiting = 0;

  function wake(key: string): void {
    const set = sleepers.get(key);
    if (!set) return;
    sleepers.delete(key);
    for (const resolve of set) resolve();
  }

  /** Until a check of this process on the counter settles, or a short poll for other processes' checks. */
  async function nap(key: string, round: number): Promise<void> {
    let set = sleepers.get(key);
    if (!set) sleepers.set(key, (set = new Set()));
    const poll = new AbortController();
    let resolve!: () => void;
    const woken = new Promise<void>((r) => {
      resolve = r;
    });
    set.add(resolve);
    try {
      await Promise.race([woken, delay(Math.min(2 ** round, 50), undefined, { signal: poll.signal }).catch(() => undefined)]);
    } finally {
      poll.abort();
      set.delete(resolve);
      if (set.size === 0 && sleepers.get(key) === set) sleepers.delete(key);
    }
  }

  /** Reserves a place, waiting (and counted as waiting) while checks in flight hold the budget. */
  async function reserve(counter: CounterRef): Promise<Attempt> {
    const key = placeKey(counter);
    const started = Date.now();
    let counted = false;
    try {
      for (let round = 0; ; round++) {
        const now = clock.now();
        const placeId = randomUUID();
        const outcome = await reserveAttempt(db, counter, placeId, now, policy);
        if (outcome.state === 'reserved') return { state: 'open', counter, now, attempts: outcome.attempts, placeId };
        if (outcome.state === 'locked') return { state: 'locked', counter, now, lockedUntil: outcome.lockedUntil };
        if (outcome.state === 'missing') return { state: 'missing', counter, now };
        if (Date.now() - started > MAX_WAIT_MS) throw new AppError('service_unavailable', { retryAfter: 1 });
        if (!counted) waiting++;
        counted = true;
        await nap(key, round);
      }
    } finally {
      if (counted) waiting--;
    }
  }

  /**
   * A check that ran past its place's end (IN_FLIGHT_MS: a hash queued behind a flood, a stalled database) may
   * have been joined by others once its place freed itself: its result is neither counted nor answered.
   */
  function assertStillHeld(attempt: OpenAttempt): void {
    if (clock.now() >= attempt.now + IN_FLIGHT_MS) throw new AppError('service_unavailable', { retryAfter: 1, detail: 'The check took too long; try again.' });
  }

  async function run<T>(counter: CounterRef, check: (attempt: Attempt) => Promise<T>): Promise<T> {
    const attempt = await reserve(counter);
    try {
      return await check(attempt);
    } finally {
      if (attempt.state === 'open') {
        try {
          await releaseAttempt(db, attempt.placeId);
        } finally {
          wake(placeKey(counter));
        }
      }
    }
  }

  async function fail(attempt: OpenAttempt, { via, userId, client, actor, quiet = false }: { via: CheckedVia; userId: number | null; client?: ClientInfo; actor?: UserActor; quiet?: boolean }): Promise<Failure> {
    assertStillHeld(attempt);
    const identifier = attempt.counter.kind === 'identifier';
    // The count and its events commit together: a failure is on record exactly when it was counted.
    const failure = await inWriteTransaction(db, async (trx) => {
      const counted = await recordFailure(trx, attempt.counter, attempt.now, policy);
      if (!quiet) await audit.record(trx, { action: 'login_failed', target: userId, by: actor, client, details: { attempts: counted.attempts, via } }, attempt.now);
      if (counted.lockedUntil !== null) {
        await audit.record(trx, { action: identifier ? 'identifier_locked' : 'account_locked', target: userId, client, details: { locked_until: new Date(counted.lockedUntil).toISOString(), via } }, attempt.now);
      }
      return counted;
    });
    if (failure.lockedUntil !== null && (identifier || via !== 'login')) metrics.lock();
    return failure;
  }

  function check<T>(counter: CounterRef, { userId, client, actor, unavailable, onRefused }: CheckOptions, evaluate: (attempt: OpenAttempt) => Promise<Verdict<T>>): Promise<T> {
    return run(counter, async (attempt) => {
      if (attempt.state === 'locked') onRefused?.('locked');
      if (attempt.state !== 'open') throw unevaluated(attempt, unavailable);
      const verdict = await evaluate(attempt);
      if ('right' in verdict) return verdict.right;
      const failure = await fail(attempt, { via: verdict.wrong, userId, client, actor });
      onRefused?.('wrong');
      throw failure.lockedUntil !== null ? lockedError(failure.lockedUntil, attempt.now) : verdict.answer;
    });
  }

  return { policy, run, check, fail, assertStillHeld, waiting: () => waiting };
}

/** Why a check could not be evaluated: a locked counter answers 423; a vanished account answers `otherwise`. */
function unevaluated(attempt: Exclude<Attempt, OpenAttempt>, otherwise: AppError): AppError {
  return attempt.state === 'locked' ? lockedError(attempt.lockedUntil, attempt.now) : otherwise;
}
