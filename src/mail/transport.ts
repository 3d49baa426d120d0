import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MailConfig } from '../config.js';
import type { RenderedMail } from './templates.js';

export interface MailEnvelope {
  to: string;
  messageId: string;
  rendered: RenderedMail;
}

export interface MailTransport {
  /** Where mail goes, for logs: "smtp://host:port" (never the credentials) or the outbox folder. */
  describe: string;
  send(mail: MailEnvelope): Promise<{ file?: string }>;
  close(): void;
}

/** SMTP through nodemailer; without SMTP_URL, each message as an .eml file under MAIL_OUTBOX_DIR (development). */
export function createMailTransport(mail: MailConfig): MailTransport {
  const message = ({ to, messageId, rendered }: MailEnvelope) => ({ from: mail.from, to, messageId, subject: rendered.subject, text: rendered.text, html: rendered.html });
  if (mail.smtpUrl) {
    // A send must end well inside the sender's 60 s claim on the message.
    const transporter = nodemailer.createTransport({ url: mail.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as Parameters<typeof nodemailer.createTransport>[0]);
    const url = new URL(mail.smtpUrl);
    return {
      describe: `${url.protocol}//${url.host}`,
      send: async (envelope) => {
        await transporter.sendMail(message(envelope));
        return {};
      },
      close: () => transporter.close(),
    };
  }
  const dir = path.resolve(mail.outboxDir);
  const writer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    describe: dir,
    send: async (envelope) => {
      const info = await writer.sendMail(message(envelope));
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${envelope.messageId.replace(/[^\w.-]/g, '')}.eml`);
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      return { file };
    },
    close: () => writer.close(),
  };
}
