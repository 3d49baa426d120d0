import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashSync } from '@node-rs/bcrypt';
import { describe, expect, it } from 'vitest';
import { backend, buildTestApp, loginUser, registerUser, type TestApp } from '../helper.js';

async function setHash(t: TestApp, id: number, hash: string): Promise<void> {
  await t.app.db.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
}

async function storedHash(t: TestApp, id: number): Promise<string> {
  return (await t.app.db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash;
}

describe(`bcrypt's 72-byte limit on imported accounts (${backend})`, () => {
  it.each([
    ['ASCII', 'quiet-Lantern-47-orbit-'.repeat(4).slice(0, 72), '-and-more'],
    ['two-byte characters cut at byte 72', 'é'.repeat(36), 'éééé'],
  ])('a password matching an imported hash only through truncation (%s) logs in but never becomes the stored password', async (_case, first72Bytes, rest) => {
    expect(Buffer.byteLength(first72Bytes)).toBe(72);
    const t = await buildTestApp();
    try {
      const user = await registerUser(t.app);
      // The Flask service hashed the first 72 bytes of whatever it was given.
      await setHash(t, user.id, hashSync(first72Bytes, 4));
      const longer = first72Bytes + rest;

      const login = await loginUser(t.app, { username: user.username, password: longer });
      expect(login.statusCode).toBe(200);
      // Not upgraded: argon2id of `longer` would lock out the owner, whose password may go on differently.
      expect(await storedHash(t, user.id)).toMatch(/^\$2[aby]\$/);

      // The owner, typing what bcrypt really checked, still gets in, and only then is the hash upgraded.
      expect((await loginUser(t.app, { username: user.username, password: first72Bytes })).statusCode).toBe(200);
      expect(await storedHash(t, user.id)).toMatch(/^\$argon2id\$/);
      expect((await loginUser(t.app, { username: user.username, password: longer })).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describe(`a corrupt stored hash (${backend})`, () => {
  it.each([
    ['not a hash at all', 'not-a-hash-at-all'],
    ['a cut bcrypt hash', '$2b$12$R9h/cIPz0gi.URNNX3kh2O'],
    ['a cut argon2id hash', '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ'],
  ])('%s answers like a wrong password and is logged as an error, without the hash', async (_case, corrupt) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-corrupt-hash-'));
    const t = await buildTestApp({ env: { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'info' } });
    let wrong: Awaited<ReturnType<typeof loginUser>>;
    let right: Awaited<ReturnType<typeof loginUser>>;
    try {
      const user = await registerUser(t.app);
      wrong = await loginUser(t.app, { username: user.username, password: 'not-the-password-9' });
      await setHash(t, user.id, corrupt);
      right = await loginUser(t.app, { username: user.username, password: user.password });
    } finally {
      await t.close();
    }
    expect(right.statusCode).toBe(401);
    expect(right.json()).toEqual({ ...wrong.json(), request_id: right.json().request_id });

    const lines = readdirSync(dir).filter((f) => /^gatehouse\.\d+\.log$/.test(f)).flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n')).filter(Boolean);
    const errors = lines.map((line) => JSON.parse(line)).filter((entry) => entry.level >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0].msg).toMatch(/password hash/i);
    expect(lines.join('\n')).not.toContain(corrupt);
  });
});
