import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { clearSignInCookie, readSignInCookie, setSignInCookie } from '../../../http/sign-in-cookie.js';
import { MfaChallengeResponse, tokenAnswerSchemas, type TokenPair } from '../../../schemas/auth.js';
import { OAuthCallbackQuery, OAuthExchangeBody, OAuthStartQuery, ProviderParams } from '../../../schemas/identity.js';
import { problems } from '../../../schemas/problem.js';
import { AppError } from '../../../errors.js';
import { routes } from '../../plugin.js';
import { answerSession, signInOrigin, tokensInBody } from '../../../http/session-cookies.js';
import { clientOf } from '../../../http/client-info.js';

/** The way back from the callback carries a one-time code: no cache keeps it, no Referer sends it on. */
function redirectAway(reply: FastifyReply, location: string): FastifyReply {
  return reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').redirect(location, 302);
}

/** The raw query string, as the provider sent it (openid-client reads code, state, iss and error from it). */
const rawQuery = (request: FastifyRequest) => new URLSearchParams(request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '');

export default routes('oauth-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { oauth } = app.services;
  const { LoginAnswer } = tokenAnswerSchemas(tokensInBody(app.config));

  r.get('/:provider/start', {
    schema: {
      tags: ['auth', 'oauth'],
      summary: 'Sign in with an identity provider: redirects the browser there',
      description: 'state, nonce and PKCE (S256) are bound to this browser by a short-lived HttpOnly cookie. redirect_to must match OAUTH_REDIRECT_ALLOWLIST (default APP_URL).',
      params: ProviderParams,
      querystring: OAuthStartQuery,
      response: { 302: Type.Null({ description: 'To the provider' }), ...problems(400, 404, 429, 503) },
    },
    onRequest: app.limits.credentials,
  }, async (request, reply) => {
    const started = await oauth.start({ provider: request.params.provider, redirectTo: request.query.redirect_to });
    setSignInCookie(request, reply, started.browserKey);
    return reply.header('cache-control', 'no-store').redirect(started.authorizationUrl, 302);
  });

  r.get('/:provider/callback', {
    schema: {
      tags: ['auth', 'oauth'],
      summary: 'Where the provider sends the browser back (register it as APP_URL/api/auth/oauth/:provider/callback)',
      description: 'Redirects to redirect_to with ?code= (one time, 60 s, this browser only; never tokens), ?linked=<provider> after an explicit link, or ?error=<code>.',
      params: ProviderParams,
      querystring: OAuthCallbackQuery,
      response: { 302: Type.Null({ description: 'To redirect_to' }), ...problems(400, 404, 429) },
    },
    onRequest: app.limits.credentials,
  }, async (request, reply) => {
    if (!oauth.isProvider(request.params.provider)) throw new AppError('not_found', { detail: 'No such identity provider.' });
    const location = await oauth.callback({ provider: request.params.provider, browserKey: readSignInCookie(request), query: rawQuery(request), client: clientOf(request) });
    if (new URL(location).searchParams.has('error')) clearSignInCookie(request, reply);
    return redirectAway(reply, location);
  });

  r.post('/exchange', {
    schema: {
      tags: ['auth', 'oauth'],
      summary: "Exchange the callback's one-time code for the login answer",
      description: 'From the browser that signed in (its sign-in cookie), within 60 s, once. An account with a second factor answers {mfa_required, mfa_token, methods}: complete it at POST /api/auth/login/mfa.',
      body: OAuthExchangeBody,
      response: { 200: Type.Union([LoginAnswer, MfaChallengeResponse]), ...problems(400, 403, 413, 415, 423, 429) },
    },
    onRequest: [signInOrigin, app.limits.credentials],
  }, async (request, reply) => {
    const result = await oauth.exchange({ code: request.body.code, browserKey: readSignInCookie(request), ...clientOf(request) });
    clearSignInCookie(request, reply);
    if ('mfa_required' in result) return result;
    return answerSession(reply, result as typeof result & TokenPair);
  });
});
