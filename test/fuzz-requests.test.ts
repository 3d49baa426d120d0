/**
 * Property-based fuzzing of the whole HTTP surface (fast-check; a failure prints the shrunk counterexample and
 * the exact request). One seed drives the whole file: FUZZ_SEED when set, else DEFAULT_SEED (the suite must not
 * pass or fail by luck: with a random seed the reach check failed once in about thirty full runs), printed at the
 * start of the output and in every failure (the final reach check's too); each property runs on a seed derived
 * from it. `FUZZ_SEED=random` explores a new one. The properties share the server's state, so a run is replayed whole, not one property alone:
 *   FUZZ_SEED=<n> npx vitest run test/fuzz-requests.test.ts
 *
 * Routes and methods come from the app's own OpenAPI document, so a new route is fuzzed without touching this
 * file; unknown paths and methods are thrown in too. Every answer must be:
 * - a documented status: one the route lists in its OpenAPI responses (`default` does not count), or one any
 *   request may get (404, 405, 413, 414, 415, 429, 431, and 400 `bad_request` for a request the framework refuses);
 * - never a 5xx; every 4xx problem+json whose `code` belongs to that status; always with an `X-Request-Id`;
 * - free of side effects when refused: a 4xx leaves the users and sessions tables as they were (row counts and
 *   the newest users.updated_at), and a success changes them only as its route says (ROW_EFFECTS).
 * The last test checks the server still answers /health.
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors.js';
import { WEBHOOK_EVENT_TYPES } from '../src/webhooks/events.js';
import { backend, buildTestApp, PASSWORD, registerAndLogin, TEST_SECRET, type TestApp } from './helper.js';

/** Limits so high (or none) that no request is answered 429: the fuzz is after behaviour, not the limiters. */
const ENV = {
  AUTH_RATE_LIMIT_MAX: '1000000',
  REFRESH_RATE_LIMIT_MAX: '1000000',
  SELF_SERVICE_RATE_LIMIT_MAX: '1000000',
  MAIL_RESEND_INTERVAL: '0',
  // The generated endpoints point at hooks.example.com, which this machine cannot reach: each attempt gives up fast,
  // so the app's close (which waits for the dispatcher's attempt in flight) is not held by a hanging lookup.
  WEBHOOK_TIMEOUT: '200',
  // Load shedding would turn a busy CI machine into 503s; the purge timer would delete rows mid-count.
  MAX_EVENT_LOOP_DELAY: '0',
  SESSION_PURGE_INTERVAL: '0',
};

/** FUZZ_SCALE=10 for a longer soak, 0.1 for a quick look; the default runs within about a minute on 2 cores. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
/** Requests per property; their sum is the number of generated requests per run (asserted at the end). */
const RUNS_AT_SCALE_1 = {
  wellFormed: 500,
  bodies: 3000,
  tokens: 2600,
  queries: 1200,
  contentTypes: 1200,
  paths: 1000,
  unknownRouteBodies: 300,
  badPercentEncoding: 250,
  overlongParameters: 150,
};
/** The run's seed (a 32-bit integer): FUZZ_SEED replays a run; property i runs on SEED + i. */
const DEFAULT_SEED = 1491193894;
const SEED = seedOf(process.env.FUZZ_SEED);
function seedOf(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SEED;
  if (value === 'random') return Math.floor(Math.random() * 0x7fffffff);
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${JSON.stringify(value)}`);
  return seed | 0;
}
const REPLAY = `replay this run with FUZZ_SEED=${SEED}${process.env.FUZZ_SCALE ? ` FUZZ_SCALE=${process.env.FUZZ_SCALE}` : ''} npx vitest run test/fuzz-requests.test.ts`;
console.log(`fuzz seed ${SEED} (${process.env.FUZZ_SEED ? `FUZZ_SEED=${process.env.FUZZ_SEED}` : 'the default'}): ${REPLAY}`);
const RUNS = Object.fromEntries(Object.entries(RUNS_AT_SCALE_1).map(([name, runs]) => [name, Math.max(1, Math.round(runs * SCALE))])) as typeof RUNS_AT_SCALE_1;
const TOTAL_RUNS = Object.values(RUNS).reduce((a, b) => a + b, 0);

/**
 * Codes the contract (DESIGN.md, "Second factor") answers with a status that depends on the route: invalid_mfa_code is
 * 400 when enrolling or managing the factor, 401 when logging in with it. Every other code has its table status.
 */
const ROUTE_DEPENDENT_CODES: Record<string, number[]> = { invalid_mfa_code: [400, 401] };

/** Statuses any request may get, whatever its route. 400 only as the generic `bad_request` of the framework. */
const GENERAL_STATUSES = new Set([404, 405, 413, 414, 415, 429, 431]);
const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'] as const;
const ODD_METHODS = ['TRACE', 'PROPFIND', 'SEARCH', 'LINK', 'MKCOL'] as const;

// ---------------------------------------------------------------------------------------------------------------
// The route model, read from the OpenAPI document.

interface JsonSchema {
  type?: string;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  isStatic: boolean;
  statuses: Set<number>;
  pathParams: Record<string, JsonSchema>;
  queryParams: Record<string, JsonSchema>;
  body?: JsonSchema;
  secured: boolean;
}

interface OpenApiOperation {
  responses: Record<string, unknown>;
  parameters?: { in: string; name: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  security?: unknown[];
}

function operationsOf(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [template, byMethod] of Object.entries(doc.paths)) {
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '([^/]*)'); // the router matches an empty parameter too
    for (const [method, op] of Object.entries(byMethod)) {
      const params = op.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        isStatic: !template.includes('{'),
        statuses: new Set(Object.keys(op.responses).filter((s) => /^\d{3}$/.test(s)).map(Number)),
        pathParams: Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, p.schema])),
        queryParams: Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
        body: op.requestBody?.content['application/json']?.schema,
        secured: (op.security ?? []).length > 0,
      });
    }
  }
  return operations;
}

const keyOf = (op: Operation): string => `${op.method} ${op.template}`;

/**
 * Routes whose success needs a secret no generated request can hold: a token that only goes out by mail, or a
 * current TOTP code (or recovery code) of an enrolled second factor.
 */
const SUCCESS_OUT_OF_REACH = new Set([
  'POST /api/auth/password/reset',
  'POST /api/auth/email/verify',
  'POST /api/auth/login/mfa',
  'POST /api/users/me/mfa/totp/confirm',
  'DELETE /api/users/me/mfa/totp',
  'POST /api/users/me/mfa/recovery-codes',
  // Social sign-in: no identity provider is configured here, and its one-time codes and identities come only through one
  // (test/oauth-sign-in.test.ts and test/security/oauth-*.test.ts drive them against a real provider).
  'GET /api/auth/oauth/{provider}/start',
  'GET /api/auth/oauth/{provider}/callback',
  'POST /api/auth/oauth/exchange',
  'POST /api/users/me/identities/{provider}/start',
  'DELETE /api/users/me/identities/{id}',
  // Passkeys: a registration or an assertion needs an authenticator's signature over a live challenge, and a passkey to
  // rename or remove needs one registered (test/passkeys.test.ts and test/security/passkey-*.test.ts drive them).
  'POST /api/users/me/passkeys',
  'PATCH /api/users/me/passkeys/{id}',
  'DELETE /api/users/me/passkeys/{id}',
  'DELETE /api/users/{id}/passkeys/{passkeyId}',
  'POST /api/auth/passkey',
  // Invitations: accepting needs the token of a mailed link, and a revocation the id of a pending invitation, which
  // the fuzz's random UUIDs never are (test/invitations.test.ts and test/security/invitation-races.test.ts drive them).
  'POST /api/auth/invitations/accept',
  'DELETE /api/admin/invitations/{id}',
  // Webhooks: an endpoint's routes need the id of one registered, which the fuzz's random UUIDs never are
  // (test/webhooks-admin.test.ts and test/webhook-delivery.test.ts drive them).
  'GET /api/admin/webhooks/{id}',
  'PATCH /api/admin/webhooks/{id}',
  'DELETE /api/admin/webhooks/{id}',
  'POST /api/admin/webhooks/{id}/test',
  'GET /api/admin/webhooks/{id}/deliveries',
  'POST /api/admin/webhooks/{id}/rotate-secret',
]);

/** Rows a successful answer may add or remove; anything not listed must leave both counts as they were. */
const ROW_EFFECTS: Record<string, { users: number; sessions: number | 'fewer' }> = {
  'POST /api/auth/register': { users: 1, sessions: 0 },
  'POST /api/users': { users: 1, sessions: 0 },
  'POST /api/auth/login': { users: 0, sessions: 1 },
  'DELETE /api/users/{id}': { users: -1, sessions: 'fewer' },
};

// ---------------------------------------------------------------------------------------------------------------
// The world: two live principals (a user and an admin) whose tokens the generators refer to symbolically.

type Who = 'user' | 'admin';
type TokenType = 'access' | 'refresh';

interface Principal {
  role: Who;
  id: number;
  username: string;
  email: string;
  password: string;
  access: string;
  refresh: string;
  sid: string;
}

const decodePart = (token: string, index: number): Record<string, unknown> => {
  try {
    return JSON.parse(Buffer.from(token.split('.')[index] ?? '', 'base64url').toString());
  } catch {
    return {};
  }
};
const b64 = (value: unknown): string => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
/** Signs any claims at all (a JWT library would refuse the odd ones this fuzz wants to send). */
const hs256 = (key: string, claims: unknown): string => {
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
};

let freshSequence = 0;
const fresh = (): string => {
  freshSequence += 1;
  return `fz${freshSequence}_${Math.random().toString(36).slice(2, 8)}`;
};

interface World {
  principals: Record<Who, Principal>;
}

/** A value resolved against the world when the request is sent (tokens rotate, principals get replaced). */
class Ref {
  constructor(readonly label: string, readonly resolve: (world: World) => unknown) {}
  [fc.toStringMethod](): string {
    return `<${this.label}>`;
  }
}
/** JSON text sent as is (numbers JSON.stringify cannot write, like 1e400). */
class RawJson {
  constructor(readonly text: string) {}
  [fc.toStringMethod](): string {
    return `raw(${this.text})`;
  }
}

const principalField = (who: Who, field: 'id' | 'username' | 'email' | 'password' | 'sid') => new Ref(`${who}.${field}`, (w) => w.principals[who][field]);
const freshUsername = new Ref('fresh.username', () => fresh());
const freshEmail = new Ref('fresh.email', () => `${fresh()}@example.com`);
const freshPassword = new Ref('fresh.password', () => `${PASSWORD}-${fresh()}`);
/** Hashes another system stored (bcrypt cost 4, werkzeug pbkdf2), of accepted formats and bounds. */
const importedHashes = fc.constantFrom(
  '$2y$04$K3g3ZnGXc7YS6j6Y2dYPV.m/cbntlOtZjhUgmx2.XHbzAB8aca3Hy',
  'pbkdf2:sha256:1000$fuzzsalt$0c2b5a1fa6ac0b2f3d5c8d4fd6f0b9f3aee7c1e3c7c0ef0a8fd3e33d1bd6b6c3',
);

// ---------------------------------------------------------------------------------------------------------------
// Tokens: live ones, real ones mangled, and forgeries.

type TokenSpec =
  | { kind: 'live'; who: Who; type: TokenType }
  | { kind: 'truncated'; who: Who; type: TokenType; keep: number }
  | { kind: 'altered'; who: Who; type: TokenType; at: number; char: string }
  | { kind: 'no-signature'; who: Who; type: TokenType }
  | { kind: 'alg-none'; who: Who; type: TokenType }
  | { kind: 'wrong-key'; who: Who; type: TokenType }
  | { kind: 'spliced'; who: Who }
  | { kind: 'extra-segment'; who: Who; type: TokenType; extra: string }
  | { kind: 'forged'; claims: Record<string, unknown>; realSession: Who | null }
  | { kind: 'random-jwt'; header: unknown; payload: unknown; signature: string }
  | { kind: 'garbage'; value: string };

const who = fc.constantFrom<Who>('user', 'admin');
const tokenType = fc.constantFrom<TokenType>('access', 'refresh');
const printable = (maxLength: number) => fc.string({ unit: 'binary-ascii', maxLength }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));
const anyJson = fc.jsonValue({ maxDepth: 3 });

const tokenSpec: fc.Arbitrary<TokenSpec> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('live' as const), who, type: tokenType }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncated' as const), who, type: tokenType, keep: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('altered' as const), who, type: tokenType, at: fc.double({ min: 0, max: 1, noNaN: true }), char: fc.constantFrom('A', '_', '-', '0', '.', '=', '+', '/', ' ') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('no-signature' as const), who, type: tokenType }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('alg-none' as const), who, type: tokenType }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrong-key' as const), who, type: tokenType }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('spliced' as const), who }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extra-segment' as const), who, type: tokenType, extra: printable(20) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('forged' as const),
      realSession: fc.option(who),
      claims: fc.record(
        {
          iss: fc.oneof(fc.constant('gatehouse'), anyJson),
          aud: fc.oneof(fc.constant('gatehouse'), fc.constant(['gatehouse', 'x']), anyJson),
          sub: fc.oneof(fc.nat().map(String), fc.string(), anyJson),
          sid: fc.oneof(fc.uuid(), fc.string({ unit: 'binary', maxLength: 80 }), anyJson),
          jti: fc.oneof(fc.uuid(), anyJson),
          type: fc.oneof(tokenType, anyJson),
          role: fc.oneof(fc.constantFrom('user', 'admin'), anyJson),
          iat: fc.oneof(fc.integer({ min: -1e10, max: 1e10 }), anyJson),
          nbf: fc.oneof(fc.integer({ min: -1e10, max: 1e10 }), anyJson),
          exp: fc.oneof(fc.integer({ min: -1e10, max: 1e12 }), fc.double(), anyJson),
        },
        { requiredKeys: [] },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('random-jwt' as const), header: fc.oneof(fc.constant({ alg: 'HS256', typ: 'JWT' }), anyJson), payload: anyJson, signature: fc.base64String({ maxLength: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('garbage' as const), value: printable(300) }) },
);

function tokenOf(world: World, spec: TokenSpec): string {
  const real = (w: Who, t: TokenType) => world.principals[w][t];
  switch (spec.kind) {
    case 'live':
      return real(spec.who, spec.type);
    case 'truncated': {
      const token = real(spec.who, spec.type);
      return token.slice(0, Math.floor(token.length * spec.keep));
    }
    case 'altered': {
      const token = real(spec.who, spec.type);
      const at = Math.min(token.length - 1, Math.floor(token.length * spec.at));
      const char = token[at] === spec.char ? (spec.char === 'A' ? 'B' : 'A') : spec.char;
      return token.slice(0, at) + char + token.slice(at + 1);
    }
    case 'no-signature':
      return real(spec.who, spec.type).split('.').slice(0, 2).join('.');
    case 'alg-none':
      return `${b64({ alg: 'none', typ: 'JWT' })}.${real(spec.who, spec.type).split('.')[1]}.`;
    case 'wrong-key':
      return hs256('not-the-server-secret-not-the-server-secret!!', decodePart(real(spec.who, spec.type), 1));
    case 'spliced': {
      // The claims of the refresh token under the signature of the access token.
      const [header, payload] = real(spec.who, 'refresh').split('.');
      return `${header}.${payload}.${real(spec.who, 'access').split('.')[2]}`;
    }
    case 'extra-segment':
      return `${real(spec.who, spec.type)}.${spec.extra}`;
    case 'forged': {
      const session = spec.realSession ? { sid: world.principals[spec.realSession].sid, sub: String(world.principals[spec.realSession].id) } : {};
      return hs256(TEST_SECRET, { ...spec.claims, ...session });
    }
    case 'random-jwt':
      return `${b64(spec.header)}.${b64(spec.payload)}.${spec.signature}`;
    case 'garbage':
      return spec.value;
  }
}

interface AuthSpec {
  scheme: string;
  separator: string;
  token: TokenSpec;
  trailing: string;
}
const authSpec: fc.Arbitrary<AuthSpec> = fc.record({
  scheme: fc.oneof({ weight: 12, arbitrary: fc.constant('Bearer') }, { weight: 1, arbitrary: fc.constantFrom('bearer', 'BEARER', 'Basic', 'Token', 'JWT', '') }),
  separator: fc.oneof({ weight: 12, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: fc.constantFrom('', '  ', '\t', ' \t ') }),
  token: tokenSpec,
  trailing: fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', 'x', ' extra', ',Bearer x') }),
});

// ---------------------------------------------------------------------------------------------------------------
// Values for schema fields: valid ones, with hints for the fields that name identities, and every kind of wrong.

const controlCharacters = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 });
const withControl = fc.tuple(fc.string({ maxLength: 10 }), controlCharacters, fc.string({ maxLength: 10 })).map((parts) => parts.join(''));
const oddNumbers = fc.constantFrom(new RawJson('1e400'), new RawJson('-1e400'), new RawJson('-0'), new RawJson('123456789012345678901234567890'), new RawJson('1.0'), new RawJson('0.000000001e-300'));

function invalidFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const max = schema.maxLength ?? 300;
  return fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    oddNumbers,
    fc.constant(''),
    fc.array(anyJson, { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 3 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    withControl,
    fc.integer({ min: max + 1, max: max + 3000 }).map((n) => 'x'.repeat(n)),
    fc.integer({ min: 1, max: 3 }).map((n) => '\u{1F600}'.repeat(Math.ceil(max / 2) + n)),
    fc.nat(1000).map((n) => String(n)),
    fc.constantFrom('admin', 'user', 'true', '1', '__proto__', 'null', '%00', '\\', "' or 1=1 --", '%', '_', 'Ω≈ç√'),
  );
}

/**
 * A valid value for a field. Field names steer towards real identities (of the body's principal, or fresh ones)
 * and tokens, so that coherent bodies succeed: a login with that principal's name and password, a registration
 * with a fresh identity, a password change with the principal's current password.
 */
function validFor(name: string, schema: JsonSchema, persona: Who, identity?: 'own' | 'fresh'): fc.Arbitrary<unknown> {
  if (name === 'password_hash') return importedHashes;
  if (identity) {
    // Strictly valid: one identity for the whole body, the live refresh token of the principal.
    if (/refresh_token|access_token/.test(name)) return fc.constant(new Ref(`${persona}.refresh`, (w) => w.principals[persona].refresh));
    if (name === 'current_password') return fc.constant(principalField(persona, 'password'));
    if (name === 'username') return fc.constant(identity === 'own' ? principalField(persona, 'username') : freshUsername);
    if (name === 'email') return fc.constant(identity === 'own' ? principalField(persona, 'email') : freshEmail);
    if (/password/.test(name)) return fc.constant(identity === 'own' ? principalField(persona, 'password') : freshPassword);
  }
  if (/refresh_token|access_token/.test(name)) return tokenSpec.map((spec) => new Ref(`token(${spec.kind})`, (w) => tokenOf(w, spec)));
  if (name === 'username') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(principalField(persona, 'username'), freshUsername) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_.-]{3,32}$/) });
  if (name === 'email') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(principalField(persona, 'email'), freshEmail) }, { weight: 1, arbitrary: fc.emailAddress().filter((e) => e.length <= 254) });
  if (name === 'current_password') return fc.oneof({ weight: 4, arbitrary: fc.constant(principalField(persona, 'password')) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) });
  if (/password/.test(name)) {
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(principalField(persona, 'password'), freshPassword) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom('password', '12345678', 'short'), fc.string({ minLength: 1, maxLength: 40 })) });
  }
  // A webhook's URL and events: public https URLs, and a non-empty set of the event types.
  if (name === 'url') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom('https://hooks.example.com/in', 'https://app.example.org/webhooks?source=gatehouse') }, { weight: 1, arbitrary: fc.webUrl() });
  if (name === 'events') return fc.subarray([...WEBHOOK_EVENT_TYPES], { minLength: 1 });
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => validFor(name, s, persona, identity)));
  switch (schema.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1e6, max: Math.min(schema.maximum ?? 1e6, 1e6) });
    case 'string':
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? Infinity));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 64, 64) });
    default:
      return anyJson;
  }
}

const extraKeys = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'role', 'id', 'is_admin', 'password_hash', '', ' ', 'username '), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));

type Mutation = { kind: 'drop'; at: number } | { kind: 'set'; field: string; value: unknown } | { kind: 'add'; field: string; value: unknown };

/**
 * An object body for a route: the required fields and some optional ones, all valid and about one principal;
 * then, mostly, a few mutations: a field dropped, given a wrong value (wrong type, overlong, control characters…),
 * or an unknown or repeated field added. With `strict`, no mutation and one identity throughout (the
 * principal's own, or a fresh one), so that many of them succeed.
 */
function objectEntries(op: Operation, persona: fc.Arbitrary<Who>, { strict = false } = {}): fc.Arbitrary<[string, unknown][]> {
  const props = Object.entries(op.body?.properties ?? {});
  const required = new Set(op.body?.required ?? []);
  const optional = props.filter(([name]) => !required.has(name)).map(([name]) => name);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
    ...(props.length > 0 ? [fc.constantFrom(...props).chain(([field, schema]) => invalidFor(schema).map((value) => ({ kind: 'set' as const, field, value })))] : []),
    fc.record({ kind: fc.constant('add' as const), field: extraKeys, value: anyJson }),
  );
  return fc
    .record({
      persona,
      // A route that requires an identity creates one (fresh); one that only takes it names a principal (own).
      identity: strict
        ? fc.oneof({ weight: 3, arbitrary: fc.constant<'own' | 'fresh'>(required.has('username') || required.has('email') ? 'fresh' : 'own') }, { weight: 1, arbitrary: fc.constantFrom<'own' | 'fresh'>('own', 'fresh') })
        : fc.constant(undefined),
      chosen: fc.subarray(optional, { maxLength: Math.min(3, optional.length) }),
      mutations: strict ? fc.constant([] as Mutation[]) : fc.oneof({ weight: 2, arbitrary: fc.constant([] as Mutation[]) }, { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) }),
    })
    .chain(({ persona, identity, chosen, mutations }) => {
      const fields = props.filter(([name]) => required.has(name) || chosen.includes(name));
      // A route that takes a password or a hash wants exactly one of them: a strict body carries one.
      if (strict && props.some(([name]) => name === 'password_hash')) {
        const hashAt = fields.findIndex(([name]) => name === 'password_hash');
        const hasPassword = fields.some(([name]) => name === 'password');
        if (hashAt >= 0 && hasPassword) fields.splice(hashAt, 1);
        else if (hashAt < 0 && !hasPassword) fields.push(props.find(([name]) => name === 'password')!);
      }
      const valid = fields.length === 0 ? fc.constant([] as [string, unknown][]) : fc.tuple(...fields.map(([name, schema]) => validFor(name, schema, persona, identity).map((value): [string, unknown] => [name, value])));
      return valid.map((entries) => {
        const result = [...entries];
        for (const m of mutations) {
          if (m.kind === 'drop' && result.length > 0) result.splice(m.at % result.length, 1);
          else if (m.kind === 'set') {
            const at = result.findIndex(([name]) => name === m.field);
            if (at >= 0) result[at] = [m.field, m.value];
            else result.push([m.field, m.value]);
          } else if (m.kind === 'add') result.push([m.field, m.value]);
        }
        return result;
      });
    });
}

type BodySpec =
  | { kind: 'none' }
  | { kind: 'object'; entries: [string, unknown][] }
  | { kind: 'json'; value: unknown }
  | { kind: 'nested'; depth: number; shape: 'array' | 'object'; field: string | null }
  | { kind: 'wide'; keys: number }
  | { kind: 'long'; field: string; length: number; char: string }
  | { kind: 'truncated'; entries: [string, unknown][]; keep: number }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array };

function bodySpec(op: Operation | undefined, persona: fc.Arbitrary<Who> = who): fc.Arbitrary<BodySpec> {
  const fields = Object.keys(op?.body?.properties ?? {});
  const field = fields.length > 0 ? fc.constantFrom(...fields) : fc.constant('field');
  const entries = op ? objectEntries(op, persona) : fc.constant([] as [string, unknown][]);
  return fc.oneof(
    { weight: 20, arbitrary: entries.map((e) => ({ kind: 'object' as const, entries: e })) },
    { weight: 2, arbitrary: fc.constant({ kind: 'none' as const }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => ({ kind: 'json' as const, value })) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('nested' as const), depth: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1000, max: 40_000 })), shape: fc.constantFrom<'array' | 'object'>('array', 'object'), field: fc.option(field) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('wide' as const), keys: fc.oneof(fc.integer({ min: 20, max: 200 }), fc.integer({ min: 1000, max: 6000 })) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('long' as const), field, length: fc.oneof(fc.integer({ min: 250, max: 300 }), fc.integer({ min: 4000, max: 20_000 }), fc.integer({ min: 60_000, max: 70_000 })), char: fc.constantFrom('a', 'é', '\u{1F600}', '\\u0000', '"') }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncated' as const), entries, keep: fc.double({ min: 0, max: 1, noNaN: true }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('{', '}', '[', 'null', 'undefined', '{"a":1,}', "{'a':1}", 'NaN', '\ufeff{}', '{}garbage', ' ', '\u0000')) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 200 }) }) },
  );
}

function serialize(value: unknown, world: World): string {
  if (value instanceof Ref) return serialize(value.resolve(world), world);
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map((v) => serialize(v, world)).join(',')}]`;
  if (value !== null && typeof value === 'object') return serializeEntries(Object.entries(value), world);
  return JSON.stringify(value) ?? 'null';
}
// Entries, not an object: keeps "__proto__" as a key, and repeated keys.
const serializeEntries = (entries: [string, unknown][], world: World): string => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v, world)}`).join(',')}}`;

function payloadOf(spec: BodySpec, world: World): string | Buffer | undefined {
  switch (spec.kind) {
    case 'none':
      return undefined;
    case 'object':
      return serializeEntries(spec.entries, world);
    case 'json':
      return serialize(spec.value, world);
    case 'nested': {
      const [open, close] = spec.shape === 'array' ? ['[', ']'] : ['{"a":', '}'];
      const deep = `${open.repeat(spec.depth)}1${close.repeat(spec.depth)}`;
      return spec.field ? `{${JSON.stringify(spec.field)}:${deep}}` : deep;
    }
    case 'wide':
      return `{${Array.from({ length: spec.keys }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    case 'long':
      return `{${JSON.stringify(spec.field)}:"${spec.char === '"' ? '\\"'.repeat(spec.length) : spec.char.repeat(spec.length)}"}`;
    case 'truncated': {
      const text = serializeEntries(spec.entries, world);
      return text.slice(0, Math.floor(text.length * spec.keep));
    }
    case 'text':
      return spec.text;
    case 'bytes':
      return Buffer.from(spec.bytes);
  }
}

const contentType: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'application/json; charset=UTF-8',
      'application/json;charset=latin1',
      'application/json; charset=utf-16',
      'Application/JSON',
      'application/json ',
      'application/json; foo=bar',
      'application/json;',
      'application/json, text/plain',
      'application/problem+json',
      'application/vnd.api+json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xyz',
      'text/plain',
      'text/json',
      'text/html',
      'application/octet-stream',
      'application/xml',
      '*/*',
      '',
      'json',
      'application/',
      ';',
    ),
  },
  { weight: 1, arbitrary: printable(60) },
);

// ---------------------------------------------------------------------------------------------------------------
// Paths and query strings.

const percentEncode = (s: string): string => encodeURIComponent(s);

type ParamValue = { raw: string } | { value: unknown };
function pathParamValue(schema: JsonSchema, persona: Who): fc.Arbitrary<ParamValue> {
  const other: Who = persona === 'user' ? 'admin' : 'user';
  // Integer ids name users; string ids name sessions (the principals' own, or any uuid).
  const valid: fc.Arbitrary<unknown> = schema.type === 'string'
    ? fc.oneof(
      { weight: 4, arbitrary: fc.constant(principalField(persona, 'sid')) },
      { weight: 2, arbitrary: fc.constant(principalField(other, 'sid')) },
      { weight: 1, arbitrary: fc.uuid() },
    )
    : fc.oneof(
      { weight: 4, arbitrary: fc.constant(principalField(persona, 'id')) },
      { weight: 2, arbitrary: fc.constant(principalField(other, 'id')) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 50 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: schema.maximum ?? 2_147_483_647 }) },
    );
  return fc.oneof(
    { weight: 6, arbitrary: valid.map((value) => ({ value })) },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.constantFrom('0', '-1', '1.5', '1e3', '0x10', ' 1', '1 ', '+1', '01', '2147483648', '9007199254740993', 'me', 'null', 'undefined', 'true', '[1]', '1,2', 'NaN', 'Infinity'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
        printable(30).filter((s) => s.length > 0),
      )
        // Longer parameters have a property of their own; dot segments would leave the route.
        .filter((s) => percentEncode(s).length <= 100 && s !== '.' && s !== '..')
        .map((value) => ({ value })),
    },
    // As typed, nothing encoded, but staying on the route (no '/', '\\', '?', '#', dot segments or outer spaces).
    { weight: 1, arbitrary: printable(30).filter((s) => s.length > 0 && !/[/\\?#%]/.test(s) && s.trim() === s && s !== '.' && s !== '..').map((raw) => ({ raw })) },
  );
}
/** A path parameter that names a live principal's user or session: mostly the caller's own, else the other's. */
function principalParamValue(schema: JsonSchema, persona: Who): fc.Arbitrary<ParamValue> {
  const other: Who = persona === 'user' ? 'admin' : 'user';
  const field = schema.type === 'string' ? 'sid' : 'id';
  return fc.oneof({ weight: 3, arbitrary: fc.constant(principalField(persona, field)) }, { weight: 1, arbitrary: fc.constant(principalField(other, field)) }).map((value) => ({ value }));
}
function paramText(param: ParamValue, world: World): string {
  if ('raw' in param) return param.raw;
  const value = param.value instanceof Ref ? param.value.resolve(world) : param.value;
  return percentEncode(String(value));
}

function queryValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: validFor('', schema, 'user') }, { weight: 2, arbitrary: fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.integer({ min: -5, max: 2_000_000 }).map(String), fc.constantFrom('', '1.5', '1e2', '-0', 'true', 'null', '%', '\\', '_', "'", '%%', 'x'.repeat(300), '1'.repeat(40))) });
}

type QuerySpec = { pairs: [string, unknown, boolean][]; tail: string };
const NO_QUERY = fc.constant<QuerySpec>({ pairs: [], tail: '' });
function querySpec(op: Operation | undefined): fc.Arbitrary<QuerySpec> {
  const params = Object.entries(op?.queryParams ?? {});
  const known = params.length === 0 ? fc.constant([] as [string, unknown, boolean][]) : fc.array(fc.constantFrom(...params).chain(([name, schema]) => fc.tuple(fc.constant(name), queryValue(schema), fc.boolean())), { maxLength: 5 });
  const unknown = fc.array(fc.tuple(fc.oneof(extraKeys, fc.constantFrom('page[]', 'q[a]', 'per_page[0]', 'a.b', '__proto__[x]')), fc.oneof(fc.string({ maxLength: 10 }), fc.constant('')), fc.boolean()), { maxLength: 2 });
  return fc.record({
    pairs: fc.tuple(known, fc.oneof({ weight: 4, arbitrary: fc.constant([] as [string, unknown, boolean][]) }, { weight: 1, arbitrary: unknown })).map(([a, b]) => [...a, ...b]),
    tail: fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('&', '&&', '=', '&=x', '&a', '&a=1&a=2', '&&=&=') }),
  });
}
/** Percent-encoded (mostly), or raw (then a lone % or a bad sequence stays as typed). */
function queryText(spec: QuerySpec, world: World): string {
  const text = spec.pairs
    .map(([k, v, encoded]) => {
      const value = String(v instanceof Ref ? v.resolve(world) : v);
      return encoded ? `${percentEncode(k)}=${percentEncode(value)}` : `${k.replace(/[#\s]/g, '')}=${value.replace(/[#\s]/g, '')}`;
    })
    .join('&') + spec.tail;
  return text ? `?${text}` : '';
}

// ---------------------------------------------------------------------------------------------------------------
// A whole request, symbolic until sent.

interface RequestSpec {
  method: string;
  /** A documented route ("METHOD /template") with its parameters, or a literal path. */
  path: { route: string; params: Record<string, ParamValue> } | { literal: string };
  query: QuerySpec;
  auth: AuthSpec | null;
  contentType: string | null;
  body: BodySpec;
  requestId: string | null;
}

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

function materialize(spec: RequestSpec, world: World): Sent {
  let path: string;
  if ('literal' in spec.path) path = spec.path.literal;
  else {
    const { route, params } = spec.path;
    path = route.slice(route.indexOf(' ') + 1).replace(/\{(\w+)\}/g, (_, name: string) => (params[name] ? paramText(params[name], world) : '1'));
  }
  const headers: Record<string, string> = {};
  if (spec.auth) headers.authorization = `${spec.auth.scheme}${spec.auth.separator}${tokenOf(world, spec.auth.token)}${spec.auth.trailing}`;
  if (spec.contentType !== null) headers['content-type'] = spec.contentType;
  if (spec.requestId !== null) headers['x-request-id'] = spec.requestId;
  const payload = payloadOf(spec.body, world);
  return { method: spec.method, url: path + queryText(spec.query, world), headers, ...(payload === undefined ? {} : { payload }) };
}

const requestId: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9._:-]{1,128}$/) },
  { weight: 1, arbitrary: fc.oneof(printable(200), fc.constant('x'.repeat(129)), fc.constant('')) },
);

const methodFor = (op: Operation): fc.Arbitrary<string> => fc.oneof({ weight: 8, arbitrary: fc.constant(op.method) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS, ...ODD_METHODS) });

/** A live token of the kind the route takes (mostly), as a well-formed Bearer header. */
const liveAuthFor = (op: Operation, persona: Who): fc.Arbitrary<AuthSpec> => fc.record({
  scheme: fc.constant('Bearer'),
  separator: fc.constant(' '),
  trailing: fc.constant(''),
  token: fc.record({
    kind: fc.constant('live' as const),
    who: fc.oneof({ weight: 4, arbitrary: fc.constant(persona) }, { weight: 1, arbitrary: who }),
    type: fc.oneof({ weight: 4, arbitrary: fc.constant<TokenType>(op.template.endsWith('/refresh') ? 'refresh' : 'access') }, { weight: 1, arbitrary: tokenType }),
  }),
});
/** Routes that take a token mostly get a live one; the others now and then get one they do not need. */
const defaultAuth = (op: Operation, persona: Who): fc.Arbitrary<AuthSpec | null> => (op.secured
  ? fc.oneof({ weight: 3, arbitrary: liveAuthFor(op, persona) }, { weight: 1, arbitrary: authSpec }, { weight: 1, arbitrary: fc.constant(null) })
  : fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: authSpec }));

/**
 * A request to a documented route, its pieces drawn from the given arbitraries. A wrong method goes without a
 * body or a content type: how a body sent to no route is answered is a property of its own.
 */
type Piece<T> = (op: Operation, persona: Who) => fc.Arbitrary<T>;

/** Bodies for routes that take one; the others mostly get none. */
const defaultBody: Piece<BodySpec> = (op, persona) => (op.body !== undefined
  ? bodySpec(op, fc.constant(persona))
  : fc.oneof({ weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) }, { weight: 1, arbitrary: bodySpec(undefined) }));
const defaultQuery: Piece<QuerySpec> = (op) => (Object.keys(op.queryParams).length > 0 ? querySpec(op) : NO_QUERY);
const defaultContentType: Piece<string | null> = (op) => (op.body !== undefined ? contentType : fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: contentType }));

/**
 * A request to a documented route, about one principal (its token, its id, its name and password mostly), its
 * pieces drawn from the given arbitraries. A wrong method goes without a body or a content type: how a body sent
 * to no route is answered is a property of its own.
 */
function routeRequest(
  ops: Operation[],
  pieces: { method?: Piece<string>; auth?: Piece<AuthSpec | null>; body?: Piece<BodySpec>; query?: Piece<QuerySpec>; contentType?: Piece<string | null>; param?: (schema: JsonSchema, persona: Who) => fc.Arbitrary<ParamValue> } = {},
): fc.Arbitrary<RequestSpec> {
  const { method = methodFor, auth = defaultAuth, body = defaultBody, query = defaultQuery, contentType: type = defaultContentType, param = pathParamValue } = pieces;
  return fc.tuple(fc.constantFrom(...ops), who).chain(([op, persona]) => fc
    .record({
      method: method(op, persona),
      path: fc.record(Object.fromEntries(Object.entries(op.pathParams).map(([name, schema]) => [name, param(schema, persona)]))).map((params) => ({ route: keyOf(op), params })),
      query: query(op, persona),
      auth: auth(op, persona),
      contentType: type(op, persona),
      body: body(op, persona),
      requestId,
    })
    .map((spec): RequestSpec => (spec.method === op.method || (spec.method === 'HEAD' && op.method === 'GET') ? spec : { ...spec, body: { kind: 'none' }, contentType: null })));
}

// ---------------------------------------------------------------------------------------------------------------

describe(`fuzzing every route with generated requests on ${backend}`, () => {
  let t: TestApp;
  let operations: Operation[];
  const world = {} as World;
  let counts: { users: number; sessions: number; updated: number };
  let sent = 0;
  let failedProperties = 0;
  /** The properties this run has run (all of them, unless filtered with -t). */
  const ran = new Set<string>();
  let slowest = { ms: 0, request: '' };
  /** "route -> status" -> how many: printed at the end, and checked for reach. */
  const outcomes = new Map<string, number>();

  const describeRequest = (req: Sent): string => {
    const body = req.payload === undefined ? '(none)' : Buffer.isBuffer(req.payload) ? `<${req.payload.length} bytes: ${req.payload.toString('hex').slice(0, 200)}>` : `${JSON.stringify(req.payload.slice(0, 400))}${req.payload.length > 400 ? `… (${req.payload.length} chars)` : ''}`;
    return `${req.method} ${JSON.stringify(req.url.length > 400 ? `${req.url.slice(0, 400)}… (${req.url.length} chars)` : req.url)}\n  headers: ${JSON.stringify(req.headers)}\n  body: ${body}`;
  };

  async function readCounts(): Promise<typeof counts> {
    const { rows } = await sql<{ users: string | number; sessions: string | number; updated: string | number | null }>`
      select (select count(*) from users) as users, (select count(*) from sessions) as sessions, (select max(updated_at) from users) as updated`.execute(t.app.db);
    const row = rows[0];
    return { users: Number(row?.users), sessions: Number(row?.sessions), updated: Number(row?.updated ?? 0) };
  }

  async function newPrincipal(role: Who): Promise<Principal> {
    const user = await registerAndLogin(t.app, { role });
    return { role, id: user.id, username: user.username, email: user.email, password: user.password, access: user.access, refresh: user.refresh, sid: String(decodePart(user.access, 1).sid) };
  }

  /** Replaces a principal whose session, account or role a fuzzed request changed; follows renames. */
  async function keepPrincipalsAlive(): Promise<void> {
    let replaced = false;
    for (const role of ['user', 'admin'] as const) {
      const p = world.principals[role];
      const row = await t.app.db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select(['sessions.revoked_at', 'sessions.expires_at', 'users.is_active', 'users.role', 'users.username', 'users.email'])
        .where('sessions.id', '=', p.sid)
        .executeTakeFirst();
      if (row && row.revoked_at === null && row.expires_at > Date.now() && row.is_active === 1 && row.role === role) {
        p.username = row.username;
        p.email = row.email;
      } else {
        world.principals[role] = await newPrincipal(role);
        replaced = true;
      }
    }
    if (replaced) counts = await readCounts();
  }

  beforeAll(async () => {
    t = await buildTestApp({ env: ENV });
    operations = operationsOf(t.app.swagger() as never);
  }, 60_000);
  // Each property owns its principals: fresh ones, whatever the properties before did to theirs (renamed,
  // demoted, logged out), so a property replays alike alone (-t) or after the others.
  beforeEach(async () => {
    world.principals = { user: await newPrincipal('user'), admin: await newPrincipal('admin') };
    counts = await readCounts();
  });
  afterAll(async () => {
    console.info(`fuzz on ${backend}, seed ${SEED}: ${sent} generated requests; slowest ${slowest.ms.toFixed(0)} ms: ${slowest.request}\n${[...outcomes].sort().map(([k, n]) => `  ${k}: ${n}`).join('\n')}`);
    await t?.close();
  });

  /** The documented operations a path and method reach, as the router would choose them (static before parametric). */
  function operationsFor(method: string, url: string): Operation[] {
    const raw = seenPath(url);
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // A bad percent-encoding: only the raw path can match.
    }
    const wanted = method === 'HEAD' ? 'GET' : method;
    const found: Operation[] = [];
    for (const path of new Set([raw, decoded])) {
      const matching = operations.filter((op) => op.method === wanted && op.pattern.test(path));
      const statics = matching.filter((op) => op.isStatic);
      found.push(...(statics.length > 0 ? statics : matching));
    }
    return [...new Set(found)];
  }

  /** The path the server sees: light-my-request resolves the URL as a browser would ('/../docs' is '/docs'). */
  const seenPath = (url: string): string => (url.startsWith('//') ? new URL(`http://localhost${url}`) : new URL(url, 'http://localhost')).pathname;
  /** Swagger UI's routes, hidden from the document they serve. */
  const isDocs = (url: string): boolean => /^\/docs(\/|$)/.test(seenPath(url));

  /** Sends one request and checks every invariant; throws (with the request) on the first broken one. */
  async function check(spec: RequestSpec): Promise<void> {
    const req = materialize(spec, world);
    const where = describeRequest(req);
    const before = counts;
    const started = performance.now();
    let res: LightMyRequestResponse;
    try {
      res = await t.app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers, payload: req.payload });
    } catch (err) {
      throw new Error(`inject threw ${(err as Error).message}\n${where}`);
    }
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { ms, request: where.slice(0, 300) };
    sent += 1;
    const status = res.statusCode;

    const summary = `${status} ${res.headers['content-type'] ?? ''} ${res.body.slice(0, 300)}\n  for ${where}`;

    expect(status, `a 5xx answer: ${summary}`).toBeLessThan(500);
    const requestIdHeader = res.headers['x-request-id'];
    expect(typeof requestIdHeader === 'string' && requestIdHeader.length > 0, `no X-Request-Id: ${summary}`).toBe(true);
    if (req.headers['x-request-id'] && /^[A-Za-z0-9._:-]{1,128}$/.test(req.headers['x-request-id'])) {
      expect(requestIdHeader, `a sane X-Request-Id is echoed: ${summary}`).toBe(req.headers['x-request-id']);
    }

    const ops = operationsFor(req.method, req.url);
    const documented = new Set([...GENERAL_STATUSES, ...ops.flatMap((op) => [...op.statuses])]);
    if (isDocs(req.url) && (req.method === 'GET' || req.method === 'HEAD')) [200, 302, 304].forEach((s) => documented.add(s));
    let code: string | undefined;
    if (status >= 400) {
      expect(res.headers['content-type'], `a 4xx that is not problem+json: ${summary}`).toBe(PROBLEM_CONTENT_TYPE);
      // A HEAD answer has no body: the same request as a GET shows the problem (reads change nothing).
      const answer = req.method === 'HEAD' ? await t.app.inject({ method: 'GET', url: req.url, headers: req.headers, payload: req.payload }) : res;
      expect(answer.statusCode, `HEAD and GET answer differently: ${summary}`).toBe(status);
      let problem: Record<string, unknown> = {};
      expect(() => {
        problem = JSON.parse(answer.body);
      }, `a problem body that is not JSON: ${summary}`).not.toThrow();
      code = String(problem.code);
      expect(problem, `a malformed problem: ${summary}`).toMatchObject({ type: 'about:blank', status, code: expect.any(String), error: problem.code, request_id: answer.headers['x-request-id'] });
      expect(problem.message, `message differs from detail: ${summary}`).toBe(problem.detail);
      expect(code in ERROR_CODES, `unknown code ${code}: ${summary}`).toBe(true);
      const statusesOfCode = ROUTE_DEPENDENT_CODES[code] ?? [ERROR_CODES[code as keyof typeof ERROR_CODES]?.status];
      expect(statusesOfCode, `code ${code} does not belong to status ${status}: ${summary}`).toContain(status);
      if (Array.isArray(problem.errors)) expect(problem.errors.length, `errors[] not capped: ${summary}`).toBeLessThanOrEqual(20);
      expect(answer.body, `a problem leaking internals: ${summary}`).not.toMatch(/\n\s+at |node_modules|SQLITE_|syntax error at|violates/);
      if (status === 400 && code === 'bad_request') documented.add(400);
      if (status === 405) expect(res.headers.allow, `405 without Allow: ${summary}`).toBeTruthy();
    }
    const seen = `${ops.map(keyOf).join('|') || 'no route'} -> ${status}${code ? ` ${code}` : ''}`;
    outcomes.set(seen, (outcomes.get(seen) ?? 0) + 1);
    expect(documented.has(status), `undocumented status ${status} (documented here: ${[...documented].sort().join(', ')}; routes: ${ops.map((op) => `${op.method} ${op.template}`).join(', ') || 'none'}): ${summary}`).toBe(true);

    // Rows: a refusal leaves none behind; a success changes them only as its route says.
    const after = await readCounts();
    if (status >= 400) {
      expect(after, `a refused request changed users or sessions (before ${JSON.stringify(before)}): ${summary}`).toEqual(before);
    } else {
      const effect = ops.map((op) => ROW_EFFECTS[`${op.method} ${op.template}`]).find(Boolean) ?? { users: 0, sessions: 0 };
      expect(after.users - before.users, `users changed by a ${status}: ${summary}`).toBe(effect.users);
      if (effect.sessions === 'fewer') expect(after.sessions, `sessions grew on a ${status}: ${summary}`).toBeLessThanOrEqual(before.sessions);
      else expect(after.sessions - before.sessions, `sessions changed by a ${status}: ${summary}`).toBe(effect.sessions);
    }
    counts = after;

    // Follow what the request did to the principals the generators refer to.
    if (status < 300 && ops.some((op) => op.template.endsWith('/refresh'))) {
      const body = res.json() as { access_token: string; refresh_token: string };
      const sid = decodePart(body.refresh_token, 1).sid;
      for (const p of Object.values(world.principals)) {
        if (p.sid === sid) Object.assign(p, { access: body.access_token, refresh: body.refresh_token });
      }
    }
    if (status === 200 && req.method === 'PUT' && typeof req.payload === 'string') {
      const id = Number(decodeURIComponent(new URL(req.url, 'http://localhost').pathname.split('/').pop() ?? ''));
      let password: unknown;
      try {
        password = JSON.parse(req.payload).password;
      } catch {
        // Not JSON: no password was changed.
      }
      for (const p of Object.values(world.principals)) if (p.id === id && typeof password === 'string') p.password = password;
    }
    if ((status < 300 && req.method !== 'GET' && req.method !== 'HEAD') || code === 'refresh_reused') await keepPrincipalsAlive();
  }

  async function run(name: keyof typeof RUNS, arbitrary: fc.Arbitrary<RequestSpec>): Promise<void> {
    ran.add(name);
    try {
      const seed = (SEED + Object.keys(RUNS).indexOf(name)) | 0;
      await fc.assert(fc.asyncProperty(arbitrary, (spec) => check(spec)), { numRuns: RUNS[name], seed });
    } catch (err) {
      failedProperties += 1;
      // fast-check names the property's own seed; the file's seed is the one that replays it.
      if (err instanceof Error) err.message += `\n(${name}: ${REPLAY})`;
      throw err;
    }
  }

  it('documented routes: well-formed requests of live principals, mostly answered 2xx', async () => {
    await run('wellFormed', routeRequest(operations, {
      method: (op) => fc.constant(op.method),
      auth: (op, persona) => (op.secured ? liveAuthFor(op, persona) : fc.constant(null)),
      body: (op, persona) => (op.body ? objectEntries(op, fc.constant(persona), { strict: true }).map((entries): BodySpec => ({ kind: 'object', entries })) : fc.constant({ kind: 'none' })),
      contentType: (op) => fc.constant(op.body ? 'application/json' : null),
      // Ids of live principals: with a random id most of these requests would stop at 403 or 404.
      param: principalParamValue,
    }));
  }, 120_000);

  it('documented routes: wrong types, missing and extra fields, overlong, control characters, huge and deep JSON', async () => {
    await run('bodies', routeRequest(operations));
  }, 120_000);

  it('documented routes: live, truncated, altered, spliced, unsigned, wrongly signed and random JWTs', async () => {
    const withToken = (_op: Operation) => authSpec.map((a): AuthSpec | null => a);
    await run('tokens', routeRequest(operations, { auth: withToken }));
  }, 120_000);

  it('documented routes: random, repeated, bracketed and badly encoded query strings', async () => {
    const anyQuery = (op: Operation) => fc.tuple(querySpec(op), fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('&%', '&q=%zz', '&%E0%A4%A', '&q=%00', '&q=%ff', '&page=%', '&%%=%%') }))
      .map(([spec, junk]) => ({ pairs: spec.pairs, tail: spec.tail + junk }));
    await run('queries', routeRequest(operations, { query: anyQuery }));
  }, 120_000);

  it('documented routes: odd content types and raw bodies', async () => {
    const raw = (op: Operation) => bodySpec(op).filter((b) => b.kind !== 'object');
    await run('contentTypes', routeRequest(operations, { body: raw, contentType: () => fc.oneof(contentType, fc.constant(null)) }));
  }, 120_000);

  it('unknown paths and methods, and mangled documented paths', async () => {
    const templates = [...new Set(operations.map((op) => op.template))];
    const filled = fc.constantFrom(...templates).map((tpl) => tpl.replace(/\{\w+\}/g, '1'));
    const segment = fc.oneof(fc.webSegment(), fc.string({ unit: 'binary', maxLength: 20 }).map(percentEncode), fc.constantFrom('api', 'users', 'auth', 'me', '..', '.', '', 'docs', 'health'))
      .filter((s) => s.length <= 100);
    const literal = fc.oneof(
      // Documented paths, mangled: case, trailing and doubled slashes, extra segments, encoded letters.
      fc.tuple(filled, fc.constantFrom('upper', 'trailing-slash', 'double-slash', 'extra', 'encoded-letter', 'dot-segment', 'prefix')).map(([path, how]) => {
        switch (how) {
          case 'upper':
            return path.toUpperCase();
          case 'trailing-slash':
            return `${path}/`;
          case 'double-slash':
            return path.replace('/', '//');
          case 'extra':
            return `${path}/x`;
          case 'encoded-letter':
            return path.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`);
          case 'dot-segment':
            return `/x/..${path}`;
          default:
            return `/v1${path}`;
        }
      }),
      fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join('/')}`),
      fc.constantFrom('/', '/docs', '/docs/', '/docs/json', '/docs/yaml', '/docs/static/index.html', '/docs/nothing', '/.well-known/', '/api', '/api/', '/api/users/', '/api/auth', '/favicon.ico', '/robots.txt', '/*', '/%2e%2e/etc/passwd', '/api/users/%2F1'),
    );
    const arbitrary: fc.Arbitrary<RequestSpec> = fc.record({
      method: fc.constantFrom(...METHODS, ...ODD_METHODS),
      path: literal.map((l) => ({ literal: l })),
      query: NO_QUERY,
      auth: fc.option(authSpec, { nil: null }),
      // Bodies (and content types) sent to no route are the next property.
      contentType: fc.constant(null),
      body: fc.constant({ kind: 'none' as const }),
      requestId,
    });
    await run('paths', arbitrary);
  }, 120_000);

  it('a body sent to an unknown path or with a wrong method is answered 404 or 405, whatever the body', async () => {
    const wrongMethod = fc.constantFrom(...operations).chain((op) => fc.record({
      method: fc.constantFrom(...METHODS, ...ODD_METHODS).filter((m) => operationsFor(m, op.template.replace(/\{\w+\}/g, '1')).length === 0),
      path: fc.constant({ literal: op.template.replace(/\{\w+\}/g, '1') }),
    }));
    const unknownPath = fc.record({
      method: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
      path: fc.constantFrom('/api/nothing', '/api/auth/nothing', '/api/users/1/nothing', '/HEALTH', '/').map((literal) => ({ literal })),
    });
    const arbitrary: fc.Arbitrary<RequestSpec> = fc.record({
      target: fc.oneof(wrongMethod, unknownPath),
      query: NO_QUERY,
      auth: fc.option(authSpec, { nil: null }),
      contentType: fc.oneof({ weight: 4, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: contentType }),
      body: bodySpec(undefined),
      requestId,
    }).map(({ target, ...rest }) => ({ ...target, ...rest }));
    await run('unknownRouteBodies', arbitrary);
  }, 120_000);

  it('bad percent-encoding in paths answers problem+json', async () => {
    const templates = [...new Set(operations.map((op) => op.template))];
    const bad = fc.constantFrom('%', '%z', '%zz', '%E0%A4%A', '%C3', '%ff', '%c0%af', '%%', '%0', '%u0041', '%ed%a0%80');
    const arbitrary: fc.Arbitrary<RequestSpec> = fc.record({
      method: fc.constantFrom(...METHODS),
      path: fc.tuple(fc.constantFrom(...templates), bad, fc.nat()).map(([tpl, junk, at]) => {
        const path = tpl.replace(/\{\w+\}/g, '1');
        const cut = 1 + (at % path.length);
        return { literal: `${path.slice(0, cut)}${junk}${path.slice(cut)}` };
      }),
      query: NO_QUERY,
      auth: fc.option(authSpec, { nil: null }),
      contentType: fc.constant(null),
      body: fc.constant({ kind: 'none' as const }),
      requestId,
    });
    await run('badPercentEncoding', arbitrary);
  }, 120_000);

  it('overlong path parameters answer problem+json', async () => {
    const parametric = operations.filter((op) => !op.isStatic);
    const arbitrary: fc.Arbitrary<RequestSpec> = fc.record({
      method: fc.constantFrom(...METHODS),
      path: fc.tuple(fc.constantFrom(...parametric), fc.integer({ min: 101, max: 3000 }), fc.constantFrom('1', 'a', '%41')).map(([op, length, unit]) => ({
        route: keyOf(op),
        params: Object.fromEntries(Object.keys(op.pathParams).map((name) => [name, { raw: unit.repeat(Math.ceil(length / unit.length)) }])),
      })),
      query: NO_QUERY,
      auth: fc.option(authSpec, { nil: null }),
      contentType: fc.constant(null),
      body: fc.constant({ kind: 'none' as const }),
      requestId,
    });
    await run('overlongParameters', arbitrary);
  }, 120_000);

  it('the server still answers /health after the generated requests', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
  });

  // A sum over the properties above, so it says so: skipped (not passed) when some did not run (-t) or failed.
  it(`sent at least 10,000 generated requests, and every route met both success and refusal`, async (ctx) => {
    ctx.skip(ran.size < Object.keys(RUNS).length || failedProperties > 0, `properties run: ${ran.size} of ${Object.keys(RUNS).length}, failed: ${failedProperties}`);
    if (SCALE >= 1) expect(TOTAL_RUNS).toBeGreaterThanOrEqual(10_000);
    expect(sent, REPLAY).toBe(TOTAL_RUNS);
    // A fuzz that never gets past validation, or never fails it, is blind: every route met both outcomes.
    if (SCALE >= 1) {
      const answersOf = (op: Operation) => [...outcomes.keys()].filter((k) => k.split(' -> ')[0]?.split('|').includes(keyOf(op))).map((k) => Number(k.split(' -> ')[1]?.slice(0, 3)));
      const neverSucceeded = operations.filter((op) => !SUCCESS_OUT_OF_REACH.has(keyOf(op)) && !answersOf(op).some((s) => s < 300)).map(keyOf);
      const neverRefused = operations.filter((op) => [...op.statuses].some((s) => s >= 400 && s < 500) && !answersOf(op).some((s) => s >= 400)).map(keyOf);
      expect({ neverSucceeded, neverRefused }, `routes the fuzz never got past validation or never got refused; ${REPLAY}`).toEqual({ neverSucceeded: [], neverRefused: [] });
    }
  });
});
