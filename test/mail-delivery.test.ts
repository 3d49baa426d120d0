import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../src/clock.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { retryDelayMs } from '../src/mail/sender.js';
import { createRenderer } from '../src/mail/templates.js';
import { backend, bearer, buildTestApp, createTestDatabase, loginUser, manualClock, perTestClock, registerAndLogin, registerUser, type TestApp, type TestDatabase, uniqueIdentity } from './helper.js';
import { type ReceivedMail, startSmtpServer, type TestSmtpServer } from './smtp-helper.js';
import { waitFor } from './wait-for.js';

/** The background timer never fires during a test: the tests drain the outbox themselves. */
const QUIET = { MAIL_POLL_INTERVAL: '600000' };
const NEW_PASSWORD = 'amber-Falcon-93-river';
const SECOND = 1000;

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Lets the work a request scheduled finish (the forgot-password task, the sender's kick) and drains the outbox
 * once. After it, no drain started by a kick is still running or still to come.
 */
async function flush(app: FastifyInstance): Promise<number> {
  await app.services.recovery.settled();
  // A kick queued just before runs now: its drain has finished, or the drain below joins it.
  await nextTick();
  return app.services.mailer.drain();
}

const outbox = (app: FastifyInstance, recipient?: string) => {
  let query = app.db.selectFrom('mail_outbox').selectAll().orderBy('id');
  if (recipient) query = query.where('recipient', '=', recipient);
  return query.execute();
};

/** Writes a message to the outbox the way a request's transaction does, without the kick that follows a commit. */
async function queueOnly(app: FastifyInstance, clock: Clock, to: string): Promise<void> {
  await app.db.transaction().execute((trx) => app.services.mailer.queue(trx, { to, template: 'password_changed', vars: { username: 'someone' }, now: clock.now() }));
}

const tokenIn = (mail: ReceivedMail | undefined): string => {
  const match = mail && /[#?&]token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no token in ${mail?.subject}`);
  return match[1] as string;
};
const linkIn = (mail: ReceivedMail | undefined): string => {
  const match = mail && /https?:\/\/\S+token=[A-Za-z0-9_-]+/.exec(mail.text);
  if (!match) throw new Error(`no link in ${mail?.subject}`);
  return match[0];
};
const forgot = (app: FastifyInstance, email: string) => app.inject({ method: 'POST', url: '/api/auth/password/forgot', payload: { email } });

function readLogLines(dir: string): Array<Record<string, unknown>> {
  // current.log is a link to the newest numbered file.
  return readdirSync(dir).filter((f) => /^gatehouse\.\d+\.log$/.test(f))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('retry delays', () => {
  it('double from 10 s per failed attempt and stop growing at 30 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(retryDelayMs)).toEqual([10, 20, 40, 80, 160, 320, 640, 1280].map((s) => s * SECOND));
    expect([9, 10, 50, 100].map(retryDelayMs)).toEqual([1_800_000, 1_800_000, 1_800_000, 1_800_000]);
  });
});

describe(`mail through an SMTP outage on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ clock, env: { SMTP_URL: smtp.url, APP_URL: 'https://auth.example.com', MAIL_MAX_ATTEMPTS: '5', ...QUIET } });
  });
  afterEach(() => smtp.accept());
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('keeps mail pending while the server refuses, retries 10 s, 20 s, 40 s, 80 s apart, then delivers each message exactly once', async () => {
    smtp.refuse();
    // The answers do not depend on the mail: registerUser insists on 201.
    const amy = await registerUser(t.app);
    const accepted = await forgot(t.app, amy.email);
    expect(accepted.statusCode).toBe(202);
    expect(await flush(t.app)).toBe(0);

    let rows = await outbox(t.app, amy.email);
    expect(rows.map((r) => r.template)).toEqual(['email_verify', 'password_reset']);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: clock.now() + 10 * SECOND, claimed_until: null });
      expect(row.last_error).toMatch(/451|try again/);
      expect(row.sealed_body).not.toBeNull();
    }

    // Each failure waits twice as long as the one before; a drain before the time tries nothing.
    for (const [attempt, delay] of [[2, 20], [3, 40], [4, 80]] as const) {
      const previous = (await outbox(t.app, amy.email))[0]!;
      clock.set(previous.next_attempt_at - 1);
      expect(await t.app.services.mailer.drain()).toBe(0);
      expect((await outbox(t.app, amy.email)).map((r) => r.attempts)).toEqual([attempt - 1, attempt - 1]);
      clock.set(previous.next_attempt_at);
      expect(await t.app.services.mailer.drain()).toBe(0);
      rows = await outbox(t.app, amy.email);
      for (const row of rows) expect(row).toMatchObject({ status: 'pending', attempts: attempt, next_attempt_at: clock.now() + delay * SECOND });
    }
    expect(smtp.received.filter((m) => m.to === amy.email)).toEqual([]);

    // The server is back: once the delay has run out, the fifth and last allowed attempt delivers both.
    smtp.accept();
    clock.advance(80 * SECOND - 1);
    expect(await t.app.services.mailer.drain()).toBe(0);
    clock.advance(1);
    expect(await t.app.services.mailer.drain()).toBe(2);
    rows = await outbox(t.app, amy.email);
    for (const row of rows) expect(row).toMatchObject({ status: 'sent', attempts: 5, sealed_body: null, claimed_until: null, last_error: null, sent_at: clock.now() });
    const mails = smtp.received.filter((m) => m.to === amy.email);
    expect(mails.map((m) => m.subject)).toEqual(['Confirm your email address', 'Reset your password']);
    expect(mails.map((m) => m.messageId)).toEqual(rows.map((r) => r.message_id));

    // The link works: the outage delayed it, it did not spend or void it.
    const reset = await t.app.inject({ method: 'POST', url: '/api/auth/password/reset', payload: { token: tokenIn(mails[1]), password: NEW_PASSWORD } });
    expect(reset.statusCode).toBe(200);
    await flush(t.app);
    expect(smtp.received.filter((m) => m.to === amy.email).map((m) => m.subject)).toEqual(['Confirm your email address', 'Reset your password', 'Your password was changed']);

    // Sent is final: later drains, however late, send nothing again.
    for (const later of [0, 3_600 * SECOND, 86_400 * SECOND]) {
      clock.advance(later);
      expect(await t.app.services.mailer.drain()).toBe(0);
    }
    const all = smtp.received.filter((m) => m.to === amy.email);
    expect(all).toHaveLength(3);
    expect(new Set(all.map((m) => m.messageId)).size).toBe(3);
  });

  it('gives a message up after MAIL_MAX_ATTEMPTS failures: failed, its body dropped, never sent later', async () => {
    smtp.refuse();
    const ben = await registerUser(t.app);
    await flush(t.app);
    for (let attempt = 2; attempt <= 5; attempt++) {
      const [row] = await outbox(t.app, ben.email);
      expect(row).toMatchObject({ status: 'pending', attempts: attempt - 1 });
      clock.set(row!.next_attempt_at);
      await t.app.services.mailer.drain();
    }
    const [row] = await outbox(t.app, ben.email);
    expect(row).toMatchObject({ status: 'failed', attempts: 5, sealed_body: null, claimed_until: null, sent_at: null });
    expect(row!.last_error).toMatch(/451|try again/);

    smtp.accept();
    clock.advance(86_400 * SECOND);
    expect(await t.app.services.mailer.drain()).toBe(0);
    expect(await outbox(t.app, ben.email)).toMatchObject([{ status: 'failed', attempts: 5 }]);
    expect(smtp.received.filter((m) => m.to === ben.email)).toEqual([]);
  });

  it('seals the body at rest: neither the token nor the link is in the row, and the row keeps no body once sent', async () => {
    smtp.refuse();
    const cleo = await registerUser(t.app);
    await forgot(t.app, cleo.email);
    await flush(t.app);
    const waiting = await outbox(t.app, cleo.email);
    expect(waiting).toHaveLength(2);

    smtp.accept();
    clock.advance(10 * SECOND);
    expect(await t.app.services.mailer.drain()).toBe(2);
    const mails = smtp.received.filter((m) => m.to === cleo.email);
    expect(mails).toHaveLength(2);
    for (const [i, row] of waiting.entries()) {
      const token = tokenIn(mails[i]);
      const stored = JSON.stringify(row);
      expect(row.sealed_body!.length).toBeGreaterThan(100);
      // Neither in clear nor merely encoded: the body is encrypted.
      // (The recipient is stored in clear: it is the address, not the message.)
      for (const secret of [token, linkIn(mails[i]), 'https://auth.example.com', mails[i]!.subject, 'Hello']) {
        expect(stored).not.toContain(secret);
        expect(Buffer.from(row.sealed_body!, 'base64url').toString('latin1')).not.toContain(secret);
      }
    }
    const sent = await outbox(t.app, cleo.email);
    expect(sent.map((r) => [r.status, r.sealed_body])).toEqual([['sent', null], ['sent', null]]);
  });
});

describe(`two instances sending from one outbox on ${backend}`, () => {
  let a: TestApp;
  let b: TestApp;
  let smtp: TestSmtpServer;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    smtp = await startSmtpServer();
    const env = { SMTP_URL: smtp.url, ...QUIET };
    a = await buildTestApp({ clock, env });
    b = await buildTestApp({ clock, env, database: a.database });
  });
  afterEach(() => smtp.accept());
  afterAll(async () => {
    await b.close();
    await a.close();
    await smtp.close();
  });

  const receivedBy = (emails: string[]) => smtp.received.filter((m) => emails.includes(m.to));
  const drainBoth = () => Promise.all([a.app.services.mailer.drain(), b.app.services.mailer.drain()]);

  it('delivers each of 30 messages exactly once when both drain the backlog at the same moment', async () => {
    // An outage leaves 30 messages due at once; then both instances go for them together, several times.
    smtp.refuse();
    const users = await Promise.all(Array.from({ length: 30 }, (_, i) => registerUser((i % 2 ? a : b).app)));
    await Promise.all([flush(a.app), flush(b.app)]);
    const emails = users.map((u) => u.email);
    const rows = (await outbox(a.app)).filter((r) => emails.includes(r.recipient));
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.status === 'pending' && r.attempts === 1)).toBe(true);

    smtp.accept();
    clock.advance(10 * SECOND);
    const sentBy = { a: 0, b: 0 };
    for (let round = 0; round < 4; round++) {
      const [byA, byB] = await drainBoth();
      sentBy.a += byA;
      sentBy.b += byB;
    }
    // Both sent part of the backlog (one claims a batch of 20, the other the rest): the race did take place.
    expect(sentBy.a + sentBy.b).toBe(30);
    expect(Math.min(sentBy.a, sentBy.b)).toBeGreaterThan(0);
    const mails = receivedBy(emails);
    expect(mails).toHaveLength(30);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(30);
    expect(new Set(mails.map((m) => m.messageId))).toEqual(new Set(rows.map((r) => r.message_id)));
    expect(new Set(mails.map((m) => m.to))).toEqual(new Set(emails));
    const after = (await outbox(b.app)).filter((r) => emails.includes(r.recipient));
    expect(after.every((r) => r.status === 'sent' && r.attempts === 2 && r.sealed_body === null)).toBe(true);
  });

  it('delivers each of 30 messages exactly once when registrations on both instances kick their senders concurrently', async () => {
    const users = await Promise.all(Array.from({ length: 30 }, (_, i) => registerUser((i % 2 ? a : b).app)));
    await Promise.all([flush(a.app), flush(b.app), drainBoth()]);
    await drainBoth();
    const emails = users.map((u) => u.email);
    const mails = receivedBy(emails);
    expect(mails).toHaveLength(30);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(30);
    expect(new Set(mails.map((m) => m.to))).toEqual(new Set(emails));
  });

  it('leaves a live claim to its holder, and sends a claim whose sender died once its lease has run out, once', async () => {
    const { email } = uniqueIdentity('orphan');
    await queueOnly(a.app, clock, email);
    // A sender claimed the message and died before sending it: its lease runs 30 s more.
    await a.app.db.updateTable('mail_outbox').set({ status: 'sending', attempts: 1, claimed_until: clock.now() + 30 * SECOND }).where('recipient', '=', email).execute();
    await drainBoth();
    expect(receivedBy([email])).toEqual([]);
    expect(await outbox(a.app, email)).toMatchObject([{ status: 'sending', attempts: 1 }]);

    clock.advance(30 * SECOND);
    await drainBoth();
    expect(receivedBy([email])).toEqual([]);
    clock.advance(1);
    await drainBoth();
    await drainBoth();
    const [row] = await outbox(a.app, email);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, sealed_body: null });
    expect(receivedBy([email]).map((m) => m.messageId)).toEqual([row!.message_id]);
  });
});

/** An SMTP server that can hold its answer to one DATA (a slow relay): the message is in, its sender still waits. */
async function startSlowSmtpServer() {
  const received: string[] = [];
  const held: Array<() => void> = [];
  let holdNext = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail.messageId ?? '');
        if (holdNext) {
          holdNext = false;
          held.push(() => callback());
        } else {
          callback();
        }
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    holdNext: () => {
      holdNext = true;
    },
    release: () => {
      for (const answer of held.splice(0)) answer();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe(`a sender slower than its lease on ${backend}`, () => {
  // A sender works through a batch claimed under one 60 s lease; with a slow relay the lease can run out
  // mid-batch and another instance claim the rest. Each claim is renewed right before its send, so the first
  // sender skips what it no longer holds and nobody gets a message (and its token) twice.
  it('never sends a message of its batch once its lease has run out and another instance holds it', async () => {
    const slow = await startSlowSmtpServer();
    const clock = manualClock(Date.now());
    const env = { SMTP_URL: slow.url, ...QUIET };
    const a = await buildTestApp({ clock, env });
    const b = await buildTestApp({ clock, env, database: a.database });
    try {
      const [first, second] = [uniqueIdentity('slow').email, uniqueIdentity('slow').email];
      await queueOnly(a.app, clock, first);
      await queueOnly(a.app, clock, second);
      // A claims both and sends the first; the relay takes its time to answer.
      slow.holdNext();
      const drainA = a.app.services.mailer.drain();
      await waitFor('the slow relay to receive the first message', () => slow.received.length > 0);
      expect(slow.received).toHaveLength(1);
      // A minute later A still waits, and its lease has run out: B takes both over and sends them.
      clock.advance(60 * SECOND + 1);
      expect(await b.app.services.mailer.drain()).toBe(2);
      // Then the relay answers A, which goes on with its batch.
      slow.release();
      await drainA;
      const rows = await outbox(a.app);
      expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
      // The first message was with the relay before the lease ran out: at least once is all one can ask of it.
      // The second was not yet started by A when B claimed it: only B may send it.
      expect(slow.received.filter((id) => id === rows[1]!.message_id)).toHaveLength(1);
    } finally {
      await b.close();
      await a.close();
      await slow.close();
    }
  });
});

describe(`an instance that stops before sending on ${backend}`, () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    database = await createTestDatabase();
    const handle = openDatabase(database.url, { poolSize: 1 });
    await migrateToLatest(handle.db);
    await handle.db.destroy();
  });
  afterAll(async () => {
    await smtp.close();
    await database.drop();
  });

  it('loses nothing: the next instance on the database sends what the stopped one committed', async () => {
    const clock = manualClock(Date.now());
    const env = { SMTP_URL: smtp.url, ...QUIET };
    const first = await buildTestApp({ clock, env, database });
    // Committed and tried while the SMTP server was down.
    smtp.refuse();
    const dora = await registerUser(first.app);
    await flush(first.app);
    // Committed, never tried: the process ends between the commit and its sender's first look.
    const { email: queued } = uniqueIdentity('committed');
    await queueOnly(first.app, clock, queued);
    // A forgot-password request answered just before the shutdown: its mail is written while the app closes.
    expect((await forgot(first.app, dora.email)).statusCode).toBe(202);
    await first.close();
    smtp.accept();
    expect(smtp.received).toEqual([]);
    const left = await (async () => {
      const handle = openDatabase(database.url, { poolSize: 1 });
      try {
        return await handle.db.selectFrom('mail_outbox').select(['recipient', 'template', 'status', 'attempts']).orderBy('id').execute();
      } finally {
        await handle.db.destroy();
      }
    })();
    expect(left).toEqual([
      { recipient: dora.email, template: 'email_verify', status: 'pending', attempts: 1 },
      { recipient: queued, template: 'password_changed', status: 'pending', attempts: 0 },
      { recipient: dora.email, template: 'password_reset', status: 'pending', attempts: 0 },
    ]);

    const second = await buildTestApp({ clock, env, database });
    try {
      // What was never tried goes at once; the refused message when its retry is due.
      expect(await flush(second.app)).toBe(2);
      clock.advance(10 * SECOND);
      expect(await second.app.services.mailer.drain()).toBe(1);
      expect(await second.app.services.mailer.drain()).toBe(0);
      expect(smtp.received.map((m) => [m.to, m.subject])).toEqual([
        [queued, 'Your password was changed'],
        [dora.email, 'Reset your password'],
        [dora.email, 'Confirm your email address'],
      ]);
      expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(3);
    } finally {
      await second.close();
    }
  });
});

describe(`mailed tokens and logs on ${backend}`, () => {
  it('never writes a mailed token or link to the log, at debug level, through every flow', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-mail-logs-'));
    const smtp = await startSmtpServer();
    const clock = manualClock(Date.now());
    const t = await buildTestApp({ clock, env: { SMTP_URL: smtp.url, LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'debug', ...QUIET } });
    const secrets: string[] = [];
    try {
      const post = (url: string, payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, payload, headers });
      const eve = await registerAndLogin(t.app);
      const admin = await registerAndLogin(t.app, { role: 'admin' });
      // A refused attempt first: its warning names the message, not its content.
      smtp.refuse();
      await forgot(t.app, eve.email);
      await flush(t.app);
      smtp.accept();
      clock.advance(10 * SECOND);
      await flush(t.app);
      const [verifyMail, resetMail] = await smtp.mailFor(eve.email, { count: 2 });
      // The pages with the token in the query (a PASSWORD_RESET_URL may use one), then the API calls.
      for (const mail of [verifyMail, resetMail]) {
        const url = new URL(linkIn(mail));
        expect((await t.app.inject({ method: 'GET', url: `${url.pathname}?token=${tokenIn(mail)}` })).statusCode).toBe(200);
      }
      expect((await post('/api/auth/email/verify', { token: tokenIn(verifyMail) })).statusCode).toBe(200);
      expect((await post('/api/auth/password/reset', { token: tokenIn(resetMail), password: NEW_PASSWORD })).statusCode).toBe(200);
      // A used token, presented again, is refused and logged as a refusal, still without the token.
      expect((await post('/api/auth/password/reset', { token: tokenIn(resetMail), password: NEW_PASSWORD })).statusCode).toBe(400);

      const fay = await registerAndLogin(t.app);
      const next = uniqueIdentity('faynew').email;
      expect((await t.app.inject({ method: 'PUT', url: `/api/users/${fay.id}`, headers: bearer(fay.access), payload: { email: next, current_password: fay.password } })).statusCode).toBe(200);
      expect((await post(`/api/users/${fay.id}/password-reset`, {}, bearer(admin.access))).statusCode).toBe(202);
      clock.advance(61 * SECOND);
      expect((await post('/api/auth/email/verify/resend', {}, bearer(fay.access))).statusCode).toBe(202);
      await flush(t.app);
      const changeMail = (await smtp.mailFor(next))[0];
      const fayMails = await smtp.mailFor(fay.email, { count: 4 });
      expect(fayMails.map((m) => m.subject)).toEqual(['Confirm your email address', 'Your email address is being changed', 'Reset your password', 'Confirm your email address']);
      expect((await post('/api/auth/email/verify', { token: tokenIn(changeMail) })).statusCode).toBe(200);

      for (const mail of [verifyMail, resetMail, changeMail, fayMails[0], fayMails[2], fayMails[3]]) secrets.push(tokenIn(mail), linkIn(mail));
      expect(new Set(secrets).size).toBe(12);
    } finally {
      await t.close();
      await smtp.close();
    }
    const lines = readLogLines(dir);
    const written = lines.map((l) => JSON.stringify(l)).join('\n');
    // The log is not empty: it has the deliveries, the refusal, the requests and the audit events.
    expect(lines.filter((l) => l.msg === 'mail sent').length).toBeGreaterThanOrEqual(9);
    expect(written).toContain('mail not sent; will retry');
    for (const event of ['password_reset_requested', 'password_reset', 'email_verified', 'email_changed', 'password_reset_sent']) expect(written).toContain(`"audit":"${event}"`);
    expect(written).toContain('/reset-password?token=');
    for (const secret of secrets) expect(written).not.toContain(secret);
    // Not cut in pieces either: no long run of the token's leading characters.
    for (const secret of secrets.filter((s) => !s.includes('/'))) expect(written).not.toContain(secret.slice(0, 16));
  });
});

describe(`the development outbox (no SMTP_URL) on ${backend}`, () => {
  for (const nodeEnv of ['test', 'development']) {
    it(`writes each message to an .eml file and logs the file and subject, never the token (NODE_ENV=${nodeEnv})`, async () => {
      const mailDir = mkdtempSync(path.join(tmpdir(), 'gatehouse-eml-'));
      const logDir = mkdtempSync(path.join(tmpdir(), 'gatehouse-eml-logs-'));
      const clock = manualClock(Date.now());
      const t = await buildTestApp({ clock, env: { NODE_ENV: nodeEnv, MAIL_OUTBOX_DIR: mailDir, APP_URL: 'https://auth.example.com', LOG_TO_FILE: 'true', LOG_DIR: logDir, LOG_LEVEL: 'info', ...QUIET } });
      let user: { username: string; email: string };
      try {
        expect(t.app.services.mailer.available).toBe(true);
        user = await registerUser(t.app);
        await flush(t.app);
      } finally {
        await t.close();
      }
      const files = readdirSync(mailDir);
      expect(files).toHaveLength(1);
      const file = path.join(mailDir, files[0]!);
      expect(file).toMatch(/\.eml$/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const mail = await simpleParser(readFileSync(file));
      expect(mail.subject).toBe('Confirm your email address');
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(user.email);
      const match = /https:\/\/auth\.example\.com\/verify-email#token=([A-Za-z0-9_-]{43})\b/.exec(mail.text ?? '');
      expect(match).not.toBeNull();
      const token = match![1]!;

      const lines = readLogLines(logDir);
      const sent = lines.filter((l) => l.msg === 'mail sent');
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ file, subject: 'Confirm your email address', template: 'email_verify' });
      expect(lines.find((l) => l.msg === 'no SMTP_URL: mail is written to .eml files')).toMatchObject({ outbox_dir: mailDir });
      const written = lines.map((l) => JSON.stringify(l)).join('\n');
      expect(written).not.toContain(token);
      expect(written).not.toContain(token.slice(0, 16));
    });
  }
});

describe(`production without SMTP_URL on ${backend}`, () => {
  let t: TestApp;
  let mailDir: string;
  beforeAll(async () => {
    mailDir = mkdtempSync(path.join(tmpdir(), 'gatehouse-prod-mail-'));
    t = await buildTestApp({ env: { NODE_ENV: 'production', MAIL_OUTBOX_DIR: mailDir, ...QUIET } });
  });
  afterAll(async () => t.close());

  const expectMailUnavailable = (res: { statusCode: number; headers: Record<string, unknown>; json(): Record<string, unknown> }) => {
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('3600');
    expect(res.json()).toMatchObject({ status: 503, code: 'mail_unavailable', error: 'mail_unavailable', detail: expect.stringMatching(/SMTP_URL/) });
  };

  it('answers 503 mail_unavailable to forgot-password for a known and an unknown address alike', async () => {
    const gus = await registerUser(t.app);
    const known = await forgot(t.app, gus.email);
    const unknown = await forgot(t.app, uniqueIdentity('ghost').email);
    expectMailUnavailable(known);
    expectMailUnavailable(unknown);
    const strip = (body: Record<string, unknown>) => ({ ...body, request_id: undefined });
    expect(strip(unknown.json())).toEqual(strip(known.json()));
    await t.app.services.recovery.settled();
    expect(await t.app.db.selectFrom('email_tokens').select('token_hash').where('purpose', '=', 'password_reset').execute()).toEqual([]);
    expect(await t.app.db.selectFrom('mail_outbox').select('template').where('template', '=', 'password_reset').execute()).toEqual([]);
  });

  it('answers 503 mail_unavailable to a verification resend and an admin\'s reset link', async () => {
    const hal = await registerAndLogin(t.app);
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    expectMailUnavailable(await t.app.inject({ method: 'POST', url: '/api/auth/email/verify/resend', headers: bearer(hal.access) }));
    expectMailUnavailable(await t.app.inject({ method: 'POST', url: `/api/users/${hal.id}/password-reset`, headers: bearer(admin.access) }));
    expect((await loginUser(t.app, { username: hal.username, password: hal.password })).statusCode).toBe(200);
  });

  // Production never writes mail (live tokens) to files: it waits in the outbox until SMTP_URL is set.
  it('registers (201) but writes no mail file holding a live token; the mail waits in the outbox', async () => {
    await registerUser(t.app);
    await flush(t.app);
    expect(readdirSync(mailDir)).toEqual([]);
    const waiting = await t.app.db.selectFrom('mail_outbox').select(['status', 'attempts']).execute();
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((row) => row.status === 'pending' && row.attempts === 0)).toBe(true);
  });
});

describe(`templates a deployment overrides on ${backend}`, () => {
  it('mails the reset message from MAIL_TEMPLATES_DIR with its variables filled; parts not overridden stay built in', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-templates-'));
    writeFileSync(path.join(dir, 'password_reset.subject.txt'), 'Password help for {{username}}\n');
    writeFileSync(path.join(dir, 'password_reset.txt'), 'Hi {{username}},\nfollow {{link}} within {{expires_in}}.\n-- Example Corp\n');
    const smtp = await startSmtpServer();
    const t = await buildTestApp({ env: { SMTP_URL: smtp.url, MAIL_TEMPLATES_DIR: dir, APP_URL: 'https://auth.example.com', PASSWORD_RESET_TTL: '1800', ...QUIET } });
    try {
      const ivy = await registerUser(t.app);
      await forgot(t.app, ivy.email);
      await flush(t.app);
      const [verify, reset] = await smtp.mailFor(ivy.email, { count: 2 });
      expect(verify!.subject).toBe('Confirm your email address');
      expect(reset!.subject).toBe(`Password help for ${ivy.username}`);
      expect(reset!.text).toMatch(new RegExp(`^Hi ${ivy.username},\\nfollow https://auth\\.example\\.com/reset-password#token=[A-Za-z0-9_-]{43} within 30 minutes\\.\\n-- Example Corp\\n?$`));
      expect(reset!.html).toContain('href="https://auth.example.com/reset-password#token=');
      // The link from the custom text works.
      const done = await t.app.inject({ method: 'POST', url: '/api/auth/password/reset', payload: { token: tokenIn(reset), password: NEW_PASSWORD } });
      expect(done.statusCode).toBe(200);
    } finally {
      await t.close();
      await smtp.close();
    }
  });

  it('keeps a subject on one line whatever a variable holds, and escapes variables in HTML only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-templates-'));
    writeFileSync(path.join(dir, 'password_changed.subject.txt'), 'Changed: {{username}}\n\n');
    const render = createRenderer(dir);
    const injected = 'eve\r\nBcc: victim@example.com\nX-Evil: 1\r\rtail';
    const changed = render('password_changed', { username: injected });
    expect(changed.subject).not.toMatch(/[\r\n]/);
    expect(changed.subject).toBe('Changed: eve Bcc: victim@example.com X-Evil: 1 tail');
    const notice = createRenderer(null)('email_change_notice', { username: '<b>x</b>', new_email: 'a"&\'@example.com' });
    expect(notice.subject).toBe('Your email address is being changed');
    expect(notice.html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(notice.html).toContain('a&quot;&amp;&#39;@example.com');
    expect(notice.html).not.toContain('<b>x</b>');
    expect(notice.text).toContain('Hello <b>x</b>,');
  });
});
