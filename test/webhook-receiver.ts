import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** What the receiver answers: a status, a redirect, or nothing at all (the sender must time out). */
export type ReceiverAnswer = { status: number; location?: string } | 'hang';

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  answer(next: ReceiverAnswer): void;
  close(): Promise<void>;
}

/** An HTTP server inside the test process that records every webhook POSTed to it. */
export async function startWebhookReceiver({ host = '127.0.0.1' }: { host?: string } = {}): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let current: ReceiverAnswer = { status: 204 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (current === 'hang') return;
      res.writeHead(current.status, current.location ? { location: current.location } : {});
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/hooks`,
    received,
    answer: (next) => {
      current = next;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * Verifies a webhook the way a receiver following the Standard Webhooks specification does, written from the spec
 * and independent of src/webhooks/signature.ts: HMAC-SHA256 keyed with the base64 after `whsec_`, over
 * `${id}.${timestamp}.${body}`, compared in constant time with each space-separated `v1,` signature.
 */
export function verifyStandardWebhook(secret: string, { headers, body }: ReceivedWebhook): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest();
  return String(headers['webhook-signature'] ?? '').split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    const given = Buffer.from(signature ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}
