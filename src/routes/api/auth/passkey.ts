import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { answerSession, signInOrigin, tokensInBody } from '../../../http/session-cookies.js';
import { MfaChallengeResponse, tokenAnswerSchemas } from '../../../schemas/auth.js';
import { PasskeySignInBody, RequestOptionsBody, RequestOptionsResponse } from '../../../schemas/passkey.js';
import { problems } from '../../../schemas/problem.js';
import { AppError } from '../../../errors.js';
import { routes } from '../../plugin.js';
import { clientOf } from '../../../http/client-info.js';

/** Signing in with a passkey (WebAuthn): options for navigator.credentials.get(), then the assertion. */
export default routes('passkey-sign-in-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { passkeySignIn } = app.services;
  const { LoginAnswer } = tokenAnswerSchemas(tokensInBody(app.config));

  r.post('/options', {
    schema: {
      tags: ['auth', 'passkeys'],
      summary: 'Options for navigator.credentials.get(): a passkey sign-in, or the second step of a login',
      description: 'No body: any passkey of this site may answer (discoverable credentials, no username). username: that account\'s passkeys (an unknown one is answered alike). '
        + 'mfa_token: the passkeys of the login waiting for its second step. The challenge is single use and lives 5 minutes.',
      body: RequestOptionsBody,
      response: { 200: RequestOptionsResponse, ...problems(400, 401, 403, 413, 415, 429) },
    },
    onRequest: [signInOrigin, app.limits.credentials],
    preValidation: async (request) => {
      request.body ??= {};
    },
  }, async (request) => {
    const { username, mfa_token: mfaToken } = request.body;
    if (username !== undefined && mfaToken !== undefined) {
      throw new AppError('validation_failed', { errors: ['username', 'mfa_token'].map((field) => ({ field, message: 'give at most one of username or mfa_token' })) });
    }
    return passkeySignIn.options({ username, mfaToken });
  });

  r.post('', {
    schema: {
      tags: ['auth', 'passkeys'],
      summary: 'Sign in with a passkey: the assertion (credential.toJSON()) answers the usual login',
      description: 'amr ["webauthn"]; aal 2 when the authenticator verified the user. An account with TOTP whose authenticator did not verify the user answers {mfa_required}. '
        + 'Disabled and locked accounts are refused like a password login; an assertion whose sign count did not rise (a cloned key) is refused and audited.',
      body: PasskeySignInBody,
      response: { 200: Type.Union([LoginAnswer, MfaChallengeResponse]), ...problems(400, 401, 403, 413, 415, 423, 429) },
    },
    onRequest: [signInOrigin, app.limits.credentials],
  }, async (request, reply) => {
    const result = await passkeySignIn.signIn({ response: request.body.response, ...clientOf(request) });
    return 'mfa_required' in result ? result : answerSession(reply, result);
  });
});
