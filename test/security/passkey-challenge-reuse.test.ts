import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, loginUser, registerAndLogin, type TestApp } from '../helper.js';
import { creationOptions, newAuthenticator } from '../passkey-helper.js';
import {
  buildPasskeyApp, discoverableOptions, expectProblem, holdUpdatesOf, liveSessionIds, ownerWithPasskey, passkeyCount, postRegistration, postSignIn,
} from './passkey-attack-helper.js';

// A WebAuthn challenge answers one ceremony, once, for the session (or login) that asked for it. An attacker who
// captured a response (a proxy, a log, a shared machine) replays it; two racing uses of one challenge both pass
// every read before either writes; a registration started by one session is finished through another.

const ROUNDS = 8;
const RACERS = 6;

describe(`passkey challenges used twice or elsewhere on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  // With a counting authenticator the sign count alone would stop a replay: without a counter, only the challenge does.
  for (const [kind, counterStep] of [['counting authenticator', 1], ['authenticator without a counter', 0]] as const) {
    it(`${kind}: a sign-in assertion sent twice: the first 200, the replay 401, one session`, async () => {
      const owner = await ownerWithPasskey(t.app, { counterStep });
      const before = await liveSessionIds(t.app, owner.id);
      const assertion = owner.authenticator.assert(await discoverableOptions(t.app));
      expect((await postSignIn(t.app, assertion)).statusCode).toBe(200);
      expectProblem(await postSignIn(t.app, assertion), 401, 'invalid_credentials');
      expect((await liveSessionIds(t.app, owner.id)).length).toBe(before.length + 1);
    });

    it(`${kind}: a sign-in assertion replayed after a refusal spent its challenge (the genuine one then comes too late)`, async () => {
      const owner = await ownerWithPasskey(t.app, { counterStep });
      const options = await discoverableOptions(t.app);
      // The attacker answers first with a forgery over the same challenge: refused, and the challenge is spent.
      expectProblem(await postSignIn(t.app, owner.authenticator.assert(options, { origin: 'http://evil.example' })), 401, 'invalid_credentials');
      expectProblem(await postSignIn(t.app, owner.authenticator.assert(options)), 401, 'invalid_credentials');
    });
  }

  it('a registration response sent twice: the first 201, the replay 400 passkey_rejected, one passkey', async () => {
    const user = await registerAndLogin(t.app);
    const options = await creationOptions(t.app, user.access);
    const response = newAuthenticator().register(options.json());
    expect((await postRegistration(t.app, user.access, response)).statusCode).toBe(201);
    expectProblem(await postRegistration(t.app, user.access, response), 400, 'passkey_rejected');
    expect(await passkeyCount(t.app, user.id)).toBe(1);
  });

  it('a registration replayed with a fresh credential over the spent challenge is refused too', async () => {
    const user = await registerAndLogin(t.app);
    const options = (await creationOptions(t.app, user.access)).json();
    expect((await postRegistration(t.app, user.access, newAuthenticator().register(options))).statusCode).toBe(201);
    expectProblem(await postRegistration(t.app, user.access, newAuthenticator().register(options)), 400, 'passkey_rejected');
    expect(await passkeyCount(t.app, user.id)).toBe(1);
  });

  // With a counting authenticator the sign count alone would stop a replay: without a counter, only the challenge does.
  for (const [kind, counterStep] of [['counting authenticator', 1], ['authenticator without a counter', 0]] as const) {
    it(`${kind}: ${RACERS} copies of one assertion held until each has read, then spending together: exactly one session, ${ROUNDS} rounds`, async () => {
      const owner = await ownerWithPasskey(t.app, { counterStep });
      for (let round = 0; round < ROUNDS; round++) {
        const before = await liveSessionIds(t.app, owner.id);
        const assertion = owner.authenticator.assert(await discoverableOptions(t.app));
        const hold = holdUpdatesOf(t, 'webauthn_challenges');
        const racing = Array.from({ length: RACERS }, () => postSignIn(t.app, assertion));
        await hold.whenHeld(RACERS);
        hold.release();
        const results = await Promise.all(racing);
        vi.restoreAllMocks();
        expect(results.map((r) => r.statusCode).sort(), `round ${round}`).toEqual([200, ...Array(RACERS - 1).fill(401)]);
        expect((await liveSessionIds(t.app, owner.id)).length, `round ${round}`).toBe(before.length + 1);
      }
    });

    it(`${kind}: ${RACERS} copies of one assertion fired freely: exactly one session, ${ROUNDS} rounds`, async () => {
      const owner = await ownerWithPasskey(t.app, { counterStep });
      for (let round = 0; round < ROUNDS; round++) {
        const before = await liveSessionIds(t.app, owner.id);
        const assertion = owner.authenticator.assert(await discoverableOptions(t.app));
        const results = await Promise.all(Array.from({ length: RACERS }, () => postSignIn(t.app, assertion)));
        expect(results.filter((r) => r.statusCode === 200).length, `round ${round}`).toBe(1);
        expect((await liveSessionIds(t.app, owner.id)).length, `round ${round}`).toBe(before.length + 1);
      }
    });
  }

  it(`${RACERS} registrations over one challenge (each a new credential) held then written together: exactly one passkey, ${ROUNDS} rounds`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const user = await registerAndLogin(t.app);
      const options = (await creationOptions(t.app, user.access)).json();
      const responses = Array.from({ length: RACERS }, () => newAuthenticator().register(options));
      const hold = holdUpdatesOf(t, 'webauthn_challenges');
      const racing = responses.map((response) => postRegistration(t.app, user.access, response));
      await hold.whenHeld(RACERS);
      hold.release();
      const results = await Promise.all(racing);
      vi.restoreAllMocks();
      expect(results.map((r) => r.statusCode).sort(), `round ${round}`).toEqual([201, ...Array(RACERS - 1).fill(400)]);
      expect(await passkeyCount(t.app, user.id), `round ${round}`).toBe(1);
    }
  });

  it('creation options asked by session A, answered through session B of the same user: refused, nothing stored; A still may', async () => {
    const user = await registerAndLogin(t.app);
    const sessionB = (await loginUser(t.app, { username: user.username, password: user.password })).json().access_token as string;
    const options = (await creationOptions(t.app, user.access)).json();
    const response = newAuthenticator().register(options);
    expectProblem(await postRegistration(t.app, sessionB, response), 400, 'passkey_rejected');
    expect(await passkeyCount(t.app, user.id)).toBe(0);
    // The refusal spent the challenge: session A's own answer comes too late, and must ask again.
    expectProblem(await postRegistration(t.app, user.access, response), 400, 'passkey_rejected');
    const again = (await creationOptions(t.app, user.access)).json();
    expect((await postRegistration(t.app, user.access, newAuthenticator().register(again))).statusCode).toBe(201);
  });

  it('creation options asked by the victim, answered through the attacker\'s session: refused, nothing stored anywhere', async () => {
    const victim = await registerAndLogin(t.app);
    const attacker = await registerAndLogin(t.app);
    const options = (await creationOptions(t.app, victim.access)).json();
    expect(options.user.name).toBe(victim.username);
    const response = newAuthenticator().register(options);
    expectProblem(await postRegistration(t.app, attacker.access, response), 400, 'passkey_rejected');
    expect(await passkeyCount(t.app, attacker.id)).toBe(0);
    expect(await passkeyCount(t.app, victim.id)).toBe(0);
    // And the other way: the attacker's options, answered through the victim's session (a planted registration).
    const planted = newAuthenticator().register((await creationOptions(t.app, attacker.access)).json());
    expectProblem(await postRegistration(t.app, victim.access, planted), 400, 'passkey_rejected');
    expect(await passkeyCount(t.app, victim.id)).toBe(0);
  });

  it('a sign-in challenge cannot register a passkey, nor a registration challenge sign in', async () => {
    const owner = await ownerWithPasskey(t.app);
    const signIn = await discoverableOptions(t.app);
    const fresh = await registerAndLogin(t.app);
    const reg = (await creationOptions(t.app, fresh.access)).json();
    const asRegistration = newAuthenticator().register({ ...reg, challenge: signIn.challenge });
    expectProblem(await postRegistration(t.app, fresh.access, asRegistration), 400, 'passkey_rejected');
    expectProblem(await postSignIn(t.app, owner.authenticator.assert({ ...signIn, challenge: reg.challenge })), 401, 'invalid_credentials');
    expect(await passkeyCount(t.app, fresh.id)).toBe(0);
    // Both challenges are still unspent for their own purpose: the refusals did not reach them.
    expect((await postRegistration(t.app, fresh.access, newAuthenticator().register(reg))).statusCode).toBe(201);
  });
});
