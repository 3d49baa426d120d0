import { hash as argon2Hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../src/account/password-hasher.js';

const PARAMS = { memoryCost: 8192, timeCost: 1, parallelism: 1 };

// PASSWORD_HASH_CONCURRENCY: hashes beyond it wait their turn, in order, instead of taking CPU from every request.
describe('password hashes computed at once', () => {
  it('wait their turn beyond the limit: a cheap check issued after a costly one ends after it', async () => {
    const costly = await argon2Hash('Costly-Horse-7', { algorithm: 2, memoryCost: 65_536, timeCost: 4 });
    const cheap = await argon2Hash('Cheap-Horse-7', { algorithm: 2, memoryCost: 8192, timeCost: 1 });
    const run = async (concurrency: number) => {
      const hasher = createPasswordHasher(PARAMS, { concurrency });
      const ended: string[] = [];
      await Promise.all([
        hasher.verify(costly, 'Costly-Horse-7').then((check) => ended.push(`costly ${check.valid}`)),
        hasher.verify(cheap, 'Cheap-Horse-7').then((check) => ended.push(`cheap ${check.valid}`)),
        hasher.hash('New-Horse-7').then(() => ended.push('hash')),
      ]);
      return ended;
    };
    // One at a time: in the order they came, whatever each costs (with room for all, the costly check, about 30
    // times the work of each other, would end last).
    expect(await run(1)).toEqual(['costly true', 'cheap true', 'hash']);
  });
});
