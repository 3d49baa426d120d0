import { createRequire } from 'node:module';
import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Redis } from 'ioredis';

/** What the library hands a store, besides its typed options: the limiter's own flags. */
type Flags = { continueExceeding?: boolean; exponentialBackoff?: boolean };
type RedisStoreCtor = new (continueExceeding: boolean | undefined, exponentialBackoff: boolean | undefined, redis: Redis, key: string) => FastifyRateLimitStore;

// The library's own store (its Lua script, one round trip per request); the package neither exports nor types it.
const LibraryRedisStore = createRequire(import.meta.url)('@fastify/rate-limit/store/RedisStore.js') as RedisStoreCtor;

/**
 * @fastify/rate-limit's Redis store with every key `nameSpace + key`. The library's own store names a limiter's
 * keys after the route it was declared on, which limiters made by `app.rateLimit()` lack
 * (`…rate-limit:undefinedundefined-credentials:…`); ours carry their name in the key already.
 */
export function redisStoreKeyedBy(redis: Redis, nameSpace: string): FastifyRateLimitStoreCtor {
  return class KeyedRedisStore implements FastifyRateLimitStore {
    readonly #store: FastifyRateLimitStore;
    constructor(options: FastifyRateLimitOptions | Flags) {
      const { continueExceeding, exponentialBackoff } = options as Flags;
      this.#store = new LibraryRedisStore(continueExceeding, exponentialBackoff, redis, nameSpace);
    }
    incr(...args: Parameters<FastifyRateLimitStore['incr']>): void {
      this.#store.incr(...args);
    }
    /** The library passes each limiter its merged options (their flags included), typed as route options. */
    child(limiter: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      return new KeyedRedisStore(limiter as unknown as Flags);
    }
  };
}
