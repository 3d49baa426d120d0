import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

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
  /** The mail sent to `to`, newest last, waiting up to `timeoutMs` for `count` of them. */
  mailFor(to: string, options?: { count?: number; timeoutMs?: number }): Promise<ReceivedMail[]>;
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

  async function mailFor(to: string, { count = 1, timeoutMs = 5000 } = {}): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mine = received.filter((m) => m.to === to.toLowerCase());
      if (mine.length >= count || Date.now() > deadline) return mine;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received,
    mailFor,
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
