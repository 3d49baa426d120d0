import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, registerAndLogin, bearer } from './helper.js';
import { softAuthenticator } from './webauthn-authenticator.js';

let t: Awaited<ReturnType<typeof buildTestApp>>; let app: any;
beforeAll(async () => { t = await buildTestApp({ env: { APP_URL: 'http://localhost:8000' } }); app = t.app; });
afterAll(async () => t?.close());

it('registers and signs in', async () => {
  const u = await registerAndLogin(app) as any; const tokens = { access_token: u.access };
  const auth = softAuthenticator({ origin: 'http://localhost:8000' });
  const opt = await app.inject({ method: 'POST', url: '/api/users/me/passkeys/options', headers: bearer(tokens.access_token), payload: {} });
  console.log(opt.statusCode, opt.body.slice(0, 400));
  const reg = await app.inject({ method: 'POST', url: '/api/users/me/passkeys', headers: bearer(tokens.access_token), payload: { response: auth.register(opt.json()), name: 'Laptop' } });
  console.log(reg.statusCode, reg.body);
  const o2 = await app.inject({ method: 'POST', url: '/api/auth/passkey/options', payload: {} });
  console.log(o2.statusCode, o2.body);
  const s = await app.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response: auth.assert(o2.json()) } });
  console.log(s.statusCode, s.body.slice(0, 300));
  const claims = JSON.parse(Buffer.from(s.json().access_token.split('.')[1], 'base64url').toString());
  console.log(claims.amr, claims.aal);
  expect(s.statusCode).toBe(200);
});
