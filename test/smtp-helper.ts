import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './wait-for.js';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

export interface TestSmtpServer {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** The mail sent to `to`, newest last, once `count` of them arrived; fails after `timeoutMs` if they do not. */
  mailFor(to: string, options?: { count?: number; timeoutMs?: number }): Promise<ReceivedMail[]>;
  /** The mail received for `to` so far, newest last, without waiting (after `deliverMail`, that is all of it). */
  mailsTo(to: string): ReceivedMail[];
  /** The token of the link in the `count`-th mail to `to` (from the fragment or the query). */
  tokenFor(to: string, options?: { count?: number }): Promise<string>;
  /** Refuses every message (SMTP 451) until `accept()`. */
  refuse(): void;
  accept(): void;
  close(): Promise<void>;
}

/** A real SMTP server inside the test process; messages are parsed with mailparser. */
export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      if (refusing) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(',');
          received.push({ to, subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', messageId: mail.messageId ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.server.address() as AddressInfo).port;

  const mailsTo = (to: string): ReceivedMail[] => received.filter((m) => m.to === to.toLowerCase());
  const mailFor = (to: string, { count = 1, timeoutMs = 10_000 } = {}): Promise<ReceivedMail[]> =>
    waitFor(`${count} mail(s) to ${to}`, () => (mailsTo(to).length >= count ? mailsTo(to) : undefined), {
      timeoutMs,
      detail: () => `received for ${to}: ${mailsTo(to).map((m) => m.subject).join(' | ') || 'none'}`,
    });

  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received,
    mailFor,
    mailsTo,
    async tokenFor(to, { count = 1 } = {}) {
      const mine = await mailFor(to, { count });
      const mail = mine[count - 1];
      const match = mail && /[#?&]token=([A-Za-z0-9_-]+)/.exec(mail.text);
      if (!match) throw new Error(`no link with a token in the mail to ${to} (${mine.length} received)`);
      return match[1] as string;
    },
    refuse: () => {
      refusing = true;
    },
    accept: () => {
      refusing = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Lets the app's scheduled mail work finish and its outbox drain, as the background sender would. */
export async function deliverMail(app: FastifyInstance): Promise<void> {
  await app.services.recovery.settled();
  await app.services.mailer.drain();
}
