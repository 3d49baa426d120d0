import type { AddressInfo } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import type { Clock } from '../../src/clock.js';
import type { Env } from '../../src/config.js';
import { buildTestApp, type TestApp } from '../../test/helper.js';

export interface LiveGatehouse {
  t: TestApp;
  baseUrl: string;
  /** POST /api/auth/refresh requests the server has received. */
  refreshes(): number;
  /** Holds the next `count` requests for `method url` on the server until `release()`; `allArrived` says when they are all held. */
  hold(count: number, method: string, url: string): { allArrived: Promise<void>; release(): void };
  close(): Promise<void>;
}

/** A Gatehouse listening on a free port of 127.0.0.1, as a browser or a Node client meets it. */
export async function startGatehouse({ env = {}, clock }: { env?: Env; clock?: Clock } = {}): Promise<LiveGatehouse> {
  let refreshes = 0;
  const holds: Array<{ method: string; url: string; left: number; arrived: () => void; gate: Promise<void> }> = [];
  const t = await buildTestApp({
    env: { SELF_SERVICE_RATE_LIMIT_MAX: '100000', ...env },
    clock,
    beforeReady: (app) =>
      app.addHook('onRequest', async (request: FastifyRequest) => {
        if (request.method === 'POST' && request.url === '/api/auth/refresh') refreshes += 1;
        const hold = holds.find((h) => h.left > 0 && h.method === request.method && h.url === request.url);
        if (!hold) return;
        hold.left -= 1;
        if (hold.left === 0) {
          holds.splice(holds.indexOf(hold), 1);
          hold.arrived();
        }
        await hold.gate;
      }),
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    refreshes: () => refreshes,
    hold(count, method, url) {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const allArrived = new Promise<void>((arrived) => holds.push({ method, url, left: count, arrived, gate }));
      return { allArrived, release };
    },
    close: () => t.close(),
  };
}

export const totpCode = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });
