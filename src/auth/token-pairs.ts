import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { SessionRow, UserRow } from '../db/types.js';
import type { TokenPair } from '../schemas/auth.js';
import type { TokenService } from './tokens.js';
import { sessionAmr } from '../account/sessions.js';

/** What a sign-in or a refresh answers: the tokens of a session, as they are now. */
export interface TokenPairs {
  /** A new access token and the session's current refresh token. */
  issue(user: UserRow, session: SessionRow, options: { fresh: boolean }): TokenPair;
  /** Without rotation: a new access token, and the refresh token presented, alive until it or its session expires. */
  keep(user: UserRow, session: SessionRow, presented: { token: string; expiresAt: number }): TokenPair;
}

export function createTokenPairs({ tokens, config, clock }: { tokens: TokenService; config: Config; clock: Clock }): TokenPairs {
  const subjectOf = (user: UserRow, session: SessionRow) => ({ userId: user.id, sessionId: session.id, role: user.role, aal: session.aal, amr: sessionAmr(session) });
  const pair = (access: string, refresh: string, refreshExpiresAt: number): TokenPair => ({
    access_token: access,
    refresh_token: refresh,
    token_type: 'Bearer',
    expires_in: config.jwt.accessTtlSeconds,
    refresh_expires_in: Math.floor((refreshExpiresAt - clock.now()) / 1000),
  });
  return {
    issue(user, session, { fresh }) {
      const subject = subjectOf(user, session);
      const refresh = tokens.issueRefreshToken(subject, { jti: session.refresh_jti, expiresAt: session.expires_at }).token;
      return pair(tokens.issueAccessToken(subject, { fresh }).token, refresh, session.expires_at);
    },
    keep(user, session, presented) {
      const access = tokens.issueAccessToken(subjectOf(user, session), { fresh: false }).token;
      return pair(access, presented.token, Math.min(session.expires_at, presented.expiresAt));
    },
  };
}
