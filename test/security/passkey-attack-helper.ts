import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decode, encode } from 'cbor2';
import type { FastifyInstance } from 'fastify';
import { expect, vi } from 'vitest';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { bearer, buildTestApp, type LoggedInUser, registerAndLogin, type TestApp, type TestAppOptions } from '../helper.js';
import { newAuthenticator, PASSKEY_ENV, registerPasskey, signInOptions } from '../passkey-helper.js';
import type { SoftAuthenticator } from '../webauthn-authenticator.js';
import { waitFor } from '../wait-for.js';

/** Passkey attack tests: the app on the passkey origin, with budgets wide enough for many rounds. */
export const ATTACK_ENV = { ...PASSKEY_ENV, MAX_FAILED_LOGINS: '1000', SELF_SERVICE_RATE_LIMIT_MAX: '100000' };

export async function buildPasskeyApp(options: TestAppOptions = {}): Promise<TestApp> {
  return buildTestApp({ ...options, env: { ...ATTACK_ENV, ...options.env } });
}

/** An app whose log goes to files (LOG_LEVEL debug), read back after close (which flushes them). */
export async function buildLoggedPasskeyApp(options: TestAppOptions = {}): Promise<TestApp & { logs(): string; lines(): Array<Record<string, unknown>> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-passkey-logs-'));
  const t = await buildPasskeyApp({ ...options, env: { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'debug', ...options.env } });
  const logs = () => readdirSync(dir).filter((f) => f.endsWith('.log') && f !== 'current.log').map((f) => readFileSync(path.join(dir, f), 'utf8')).join('');
  const lines = () => logs().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { ...t, logs, lines };
}

export interface PasskeyOwner extends LoggedInUser {
  authenticator: SoftAuthenticator;
  /** The passkeys row id. */
  passkeyId: string;
  credentialId: string;
  userHandle: string;
}

/** A fresh user who registered one passkey (their other sessions end; the login's session stays). */
export async function ownerWithPasskey(app: FastifyInstance, options: { uv?: boolean; counterStep?: number } = {}): Promise<PasskeyOwner> {
  const user = await registerAndLogin(app);
  const authenticator = newAuthenticator(options);
  const res = await registerPasskey(app, user, authenticator);
  if (res.statusCode !== 201) throw new Error(`passkey registration failed: ${res.statusCode} ${res.body}`);
  const cred = authenticator.credentials[0]!;
  return { ...user, authenticator, passkeyId: res.json().passkey.id, credentialId: cred.id, userHandle: cred.userHandle };
}

export const postSignIn = (app: FastifyInstance, response: unknown) => app.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response } });
export const postRegistration = (app: FastifyInstance, access: string, response: unknown) =>
  app.inject({ method: 'POST', url: '/api/users/me/passkeys', headers: bearer(access), payload: { response } });
export const postSecondStep = (app: FastifyInstance, mfaToken: string, webauthn: unknown) =>
  app.inject({ method: 'POST', url: '/api/auth/login/mfa', payload: { mfa_token: mfaToken, webauthn } });

/** Options for a discoverable sign-in (no username), JSON. */
export async function discoverableOptions(app: FastifyInstance, body: { username?: string; mfa_token?: string } = {}) {
  const res = await signInOptions(app, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function liveSessionIds(app: FastifyInstance, userId: number): Promise<string[]> {
  return (await app.db.selectFrom('sessions').select('id').where('user_id', '=', userId).where('revoked_at', 'is', null).execute()).map((s) => s.id);
}

export async function passkeyCount(app: FastifyInstance, userId: number): Promise<number> {
  return (await app.db.selectFrom('passkeys').select('id').where('user_id', '=', userId).execute()).length;
}

/** Expects a refusal with this status and code, as application/problem+json. */
export function expectProblem(res: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number, code?: string): void {
  expect(res.statusCode, res.body).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  if (code !== undefined) expect(JSON.parse(res.body).code, res.body).toBe(code);
}

/**
 * A registration response whose attested credential carries `credentialId` instead of the one the authenticator
 * made (its own key stays): what an attacker who learnt a victim's credential id can send with attestation none.
 */
export function withCredentialId(response: RegistrationResponseJSON, credentialId: string): RegistrationResponseJSON {
  const att = decode(Buffer.from(response.response.attestationObject, 'base64url')) as { fmt: string; attStmt: object; authData: Uint8Array };
  const authData = Buffer.from(att.authData);
  const head = authData.subarray(0, 37 + 16);
  const oldLength = authData.readUInt16BE(53);
  const rest = authData.subarray(55 + oldLength);
  const id = Buffer.from(credentialId, 'base64url');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(id.length);
  const forged = Buffer.concat([head, length, id, rest]);
  const attestationObject = Buffer.from(encode({ fmt: att.fmt, attStmt: att.attStmt, authData: new Uint8Array(forged) })).toString('base64url');
  return { ...response, id: credentialId, rawId: credentialId, response: { ...response.response, attestationObject, authenticatorData: forged.toString('base64url') } };
}

/** An assertion naming another credential id than the one that signed it. */
export function renamed(response: AuthenticationResponseJSON, credentialId: string): AuthenticationResponseJSON {
  return { ...response, id: credentialId, rawId: credentialId };
}

/**
 * Holds every execution of an UPDATE of `table` (the one statement that spends a challenge, or records a sign count)
 * until `release()`: racing requests all reach the write having passed everything before it, then write together.
 */
export function holdUpdatesOf(t: TestApp, table: string) {
  const db = t.app.db;
  const original = db.updateTable.bind(db) as (table: string) => object;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  const wrap = (builder: object): object =>
    new Proxy(builder, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (prop === 'execute' || prop === 'executeTakeFirst' || prop === 'executeTakeFirstOrThrow') {
          return async (...args: unknown[]) => {
            held += 1;
            await gate;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result !== null && typeof result === 'object' && result !== target ? wrap(result) : result;
        };
      },
    });
  vi.spyOn(db, 'updateTable').mockImplementation(((name: string) => (name === table ? wrap(original(name)) : original(name))) as never);
  return {
    release,
    get held() {
      return held;
    },
    async whenHeld(n: number): Promise<void> {
      await waitFor(`${n} updates of ${table} held`, () => held >= n, { detail: () => `held: ${held}` });
    },
  };
}

/** Holds every write transaction before it begins until `release()`. */
export function holdWriteTransactions(t: TestApp) {
  const db = t.app.db;
  const original = db.transaction.bind(db) as unknown as () => { execute(fn: unknown): Promise<unknown> };
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  vi.spyOn(db, 'transaction').mockImplementation((() => ({
    execute: async (fn: unknown) => {
      held += 1;
      await gate;
      return original().execute(fn);
    },
  })) as never);
  return {
    release,
    async whenHeld(n: number): Promise<void> {
      await waitFor(`${n} write transactions held`, () => held >= n, { detail: () => `held: ${held}` });
    },
  };
}
