import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { isPublicAddress, literalAddress, publicOnlyLookup, RefusedAddressError } from './addresses.js';

export interface OutboundRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** What one attempt came to: a 2xx is delivered; anything else is a failure with a short reason. */
export interface AttemptOutcome {
  delivered: boolean;
  status: number | null;
  error: string | null;
}

/** Short and free of secrets: the code or message of a network error, never the URL or the body. */
function describeFailure(err: unknown, timeoutMs: number): string {
  const e = err as NodeJS.ErrnoException;
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
  if (err instanceof RefusedAddressError) return err.message;
  return (e.code ?? e.message ?? 'request failed').slice(0, 200);
}

/**
 * POSTs one webhook. Redirects are not followed (a 3xx is a failure); without `allowPrivate` the address connected to
 * must be public: literal addresses are judged before connecting, names through a lookup that refuses private answers.
 */
export function postWebhook(request: OutboundRequest, { timeoutMs, allowPrivate }: { timeoutMs: number; allowPrivate: boolean }): Promise<AttemptOutcome> {
  const target = new URL(request.url);
  const literal = literalAddress(target.hostname);
  if (!allowPrivate && literal !== null && !isPublicAddress(literal)) {
    return Promise.resolve({ delivered: false, status: null, error: new RefusedAddressError(literal).message });
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(target, {
      method: 'POST',
      headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
      agent: false,
      signal: AbortSignal.timeout(timeoutMs),
      ...(allowPrivate ? {} : { lookup: publicOnlyLookup }),
    }, (res) => {
      const status = res.statusCode ?? 0;
      // The answer's body is not read: only its status counts.
      res.destroy();
      const delivered = status >= 200 && status < 300;
      resolve({ delivered, status, error: delivered ? null : `HTTP ${status}` });
    });
    req.on('error', (err) => resolve({ delivered: false, status: null, error: describeFailure(err, timeoutMs) }));
    if (!allowPrivate) {
      // Belt and braces: whatever chose the address, a connection to a private one is dropped at once.
      req.on('socket', (socket: Socket) => socket.once('connect', () => {
        if (socket.remoteAddress && !isPublicAddress(socket.remoteAddress)) req.destroy(new RefusedAddressError(socket.remoteAddress));
      }));
    }
    req.end(request.body);
  });
}
