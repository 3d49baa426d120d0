/**
 * Unknown accounts cost what real ones cost: one dummy per stored hash shape, picked in proportion to its
 * accounts, and by the same seed (the identifier's HMAC key) always the same, as one account's hash would be.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { Algorithm, hash as argon2Hash, Version } from '@node-rs/argon2';
import { hash as bcryptHash } from '@node-rs/bcrypt';
import type { Config } from '../config.js';
import { inspectPasswordHash } from './password-formats.js';

/** How many accounts (or sampled accounts) store a hash of one shape (`hashShape`). */
export interface HashShare {
  shape: string;
  accounts: number;
}

export interface DummyMix {
  /** A stored-hash stand-in: the same for the same seed, by chance without one, weighted by accounts. */
  pick(seed?: string): Promise<string>;
  /** Replaces the mix once the new shapes' dummies are made; an empty census keeps argon2id at current parameters. */
  update(census: readonly HashShare[]): Promise<void>;
  /** The shapes in use and their shares of accounts (sum 1). */
  shares(): { shape: string; share: number }[];
}

interface Entry {
  shape: string;
  /** Where this entry's slice of [0, 1) ends. */
  upTo: number;
  dummy: Promise<string>;
}

const ARGON2_SHAPE = /^\$argon2(id|i|d)\$(?:v=(16|19)\$)?m=(\d+),t=(\d+),p=(\d+)$/;
const ARGON2_ALGORITHMS = { d: Algorithm.Argon2d, i: Algorithm.Argon2i, id: Algorithm.Argon2id } as const;
const PBKDF2_HEX_BYTES: Record<string, number> = { sha1: 20, sha256: 32, sha512: 64 };

const randomSecret = (): string => randomBytes(32).toString('base64url');

/** A hash of a random secret with a shape's parameters: verifying any password against it costs what that shape costs. */
export async function makeDummyHash(shape: string): Promise<string> {
  const argon2 = ARGON2_SHAPE.exec(shape);
  let dummy: string;
  if (argon2) {
    const [, variant, version, m, t, p] = argon2;
    dummy = await argon2Hash(randomSecret(), {
      algorithm: ARGON2_ALGORITHMS[variant as keyof typeof ARGON2_ALGORITHMS],
      version: version === '19' ? Version.V0x13 : Version.V0x10,
      memoryCost: Number(m),
      timeCost: Number(t),
      parallelism: Number(p),
    });
  } else if (shape.startsWith('$2')) {
    dummy = await bcryptHash(randomSecret(), Number(shape.slice(4, 6)));
  } else if (shape.startsWith('pbkdf2:')) {
    dummy = `${shape}$${randomBytes(12).toString('base64url')}$${randomBytes(PBKDF2_HEX_BYTES[shape.split(':')[1] ?? ''] ?? 0).toString('hex')}`;
  } else {
    dummy = `${shape}$${randomBytes(12).toString('base64url')}$${randomBytes(64).toString('hex')}`;
  }
  if (!inspectPasswordHash(dummy).usable) throw new Error('a hash shape outside the accepted formats');
  return dummy;
}

/** A number in [0, 1) fixed by the seed, or random. */
function position(seed: string | undefined): number {
  if (seed === undefined) return randomInt(2 ** 47) / 2 ** 47;
  return createHash('sha256').update(seed).digest().readUIntBE(0, 6) / 2 ** 48;
}

export function createDummyMix(params: Config['passwords']): DummyMix {
  const current = `$argon2id$v=19$m=${params.memoryCost},t=${params.timeCost},p=${params.parallelism}`;
  let entries: Entry[] = [];
  const made = new Map<string, Promise<string>>();
  const dummyFor = (shape: string): Promise<string> => {
    let dummy = made.get(shape);
    if (!dummy) {
      dummy = makeDummyHash(shape);
      made.set(shape, dummy);
      // A shape whose dummy failed is tried again at the next update, not kept as a rejected promise.
      dummy.catch(() => made.delete(shape));
    }
    return dummy;
  };
  const build = (census: readonly HashShare[]): Entry[] => {
    const kept = [...census].filter((c) => c.accounts > 0).sort((a, b) => (a.shape < b.shape ? -1 : a.shape > b.shape ? 1 : 0));
    const total = kept.reduce((sum, c) => sum + c.accounts, 0);
    if (total === 0) return [{ shape: current, upTo: 1, dummy: dummyFor(current) }];
    let sum = 0;
    return kept.map((c) => {
      sum += c.accounts;
      return { shape: c.shape, upTo: sum / total, dummy: dummyFor(c.shape) };
    });
  };

  return {
    pick(seed) {
      if (entries.length === 0) entries = build([]);
      const at = position(seed);
      return (entries.find((e) => at < e.upTo) ?? (entries.at(-1) as Entry)).dummy;
    },
    async update(census) {
      let next = build(census);
      // A shape whose dummy cannot be made (a row the formats accept and no library computes) is left out:
      // one such row must not keep the mix from following every other shape.
      const settled = await Promise.allSettled(next.map((e) => e.dummy));
      if (settled.some((m) => m.status === 'rejected')) {
        next = build(census.filter((c) => next.some((e, i) => e.shape === c.shape && settled[i]?.status === 'fulfilled')));
        await Promise.all(next.map((e) => e.dummy));
      }
      // Dummies of shapes no longer stored are forgotten.
      for (const shape of made.keys()) if (!next.some((e) => e.shape === shape)) made.delete(shape);
      entries = next;
    },
    shares() {
      if (entries.length === 0) entries = build([]);
      return entries.map((e, i) => ({ shape: e.shape, share: e.upTo - (i === 0 ? 0 : (entries[i - 1] as Entry).upTo) }));
    },
  };
}
