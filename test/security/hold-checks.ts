import { expect, vi } from 'vitest';
import type { TestApp } from '../helper.js';
import { waitFor } from '../wait-for.js';

/**
 * Holds real password verifications (after they ran) until `release()`, and counts them, so a test can line
 * every racing request up before any check settles: `whenQueued(n)` resolves once `n` credential checks of
 * these apps wait for their turn (AttemptBudget.waiting), an event, not a time.
 */
export function holdVerifications(apps: TestApp | TestApp[], { first = Infinity }: { first?: number } = {}) {
  const list = Array.isArray(apps) ? apps : [apps];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let calls = 0;
  let held = 0;
  for (const t of list) {
    const passwords = t.app.services.passwords;
    const verify = passwords.verify.bind(passwords);
    vi.spyOn(passwords, 'verify').mockImplementation(async (hash, password) => {
      calls += 1;
      const result = await verify(hash, password);
      if (held < first) {
        held += 1;
        await gate;
      }
      return result;
    });
  }
  const waiting = () => list.reduce((sum, t) => sum + t.app.services.budget.waiting(), 0);
  return {
    /** Real hashes evaluated so far. */
    get calls(): number {
      return calls;
    },
    release,
    async whenHeld(n: number): Promise<void> {
      await waitFor(`${n} verifications held (held: ${held})`, () => held >= n, { detail: () => `held: ${held}` });
      expect(held, 'verifications held').toBe(n);
    },
    async whenQueued(n: number): Promise<void> {
      await waitFor(`${n} credential checks waiting for their turn`, () => waiting() >= n, { detail: () => `waiting: ${waiting()}, held: ${held}` });
      expect(waiting(), 'checks waiting for their turn').toBe(n);
    },
  };
}

/**
 * Holds the next write transaction before it begins, until `release()`: a confirmation that passed its reads
 * outside the transaction then runs its transaction after whatever commits meanwhile.
 */
export function holdNextWriteTransaction(t: TestApp) {
  const db = t.app.db;
  const original = db.transaction.bind(db) as unknown as () => { execute(fn: unknown): Promise<unknown> };
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = false;
  vi.spyOn(db, 'transaction').mockImplementationOnce((() => ({
    execute: async (fn: unknown) => {
      held = true;
      await gate;
      return original().execute(fn);
    },
  })) as never);
  return {
    release,
    async waitUntilHeld(): Promise<void> {
      await waitFor('the next write transaction to be held', () => held);
    },
  };
}
