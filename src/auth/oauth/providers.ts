import * as client from 'openid-client';
import type { OAuthProviderConfig } from '../../oauth-settings.js';
import type { SignInChecks } from '../../account/provider-sign-ins.js';

/** Who the provider says signed in: its stable subject, and an email only as verified as it asserts. */
export interface ProviderProfile {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  /** A username suggestion (preferred_username, GitHub's login, the email's local part). */
  username: string | null;
}


/** The provider answered with an error, or its answer failed a check (token, ID token, userinfo). */
export class ProviderRefusal extends Error {
  constructor(readonly code: 'access_denied' | 'provider_error', options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'ProviderRefusal';
  }
}

export interface Provider {
  name: string;
  authorizationUrl(redirectUri: string, checks: SignInChecks): Promise<URL>;
  /** Exchanges the code once (PKCE, state, nonce, the ID token) and reads the profile. */
  complete(callbackUrl: URL, checks: SignInChecks): Promise<ProviderProfile>;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null);

/** GitHub's /user/emails: the primary address, verified only if GitHub says so. */
function primaryEmail(emails: unknown): { email: string; verified: boolean } | null {
  if (!Array.isArray(emails)) return null;
  const primary = emails.find((e) => e && typeof e === 'object' && (e as { primary?: unknown }).primary === true) as { email?: unknown; verified?: unknown } | undefined;
  const email = str(primary?.email);
  return email ? { email, verified: primary?.verified === true } : null;
}

function profileFrom(claims: Record<string, unknown>, emails: { email: string; verified: boolean } | null): ProviderProfile {
  const subject = str(claims.sub) ?? str(claims.id);
  if (!subject || subject.length > 255) throw new ProviderRefusal('provider_error');
  const asserted = emails?.email ?? str(claims.email);
  // An address the users table could not hold is no address.
  const email = asserted !== null && asserted.length <= 254 && /^[^\s@\u0000-\u001f]+@[^\s@\u0000-\u001f]+$/.test(asserted) ? asserted : null;
  const username = str(claims.preferred_username) ?? str(claims.login) ?? str(claims.nickname) ?? (email ? email.split('@')[0] ?? null : null);
  // Only A-Z is folded, and an address with any other than ASCII characters is never taken as verified: Unicode
  // case folding maps look-alikes onto ASCII addresses (the Kelvin sign K becomes k), which would link an
  // attacker's address to someone else's account.
  const ascii = email !== null && /^[\x21-\x7e]+$/.test(email);
  const verified = ascii && (emails ? emails.verified : claims.email_verified === true);
  return { subject, email: email?.replace(/[A-Z]/g, (c) => c.toLowerCase()) ?? null, emailVerified: verified, username };
}

/** A provider through openid-client: OpenID Connect (discovered, ID token checked) or plain OAuth 2.0 endpoints. */
export function createProvider(settings: OAuthProviderConfig): Provider {
  let configuration: Promise<client.Configuration> | undefined;
  const configured = (): Promise<client.Configuration> => {
    if (!configuration) {
      const { issuer, endpoints, clientId, clientSecret } = settings;
      configuration = issuer !== null
        // The ID token's signature is verified against the issuer's keys too, not only trusted for arriving over TLS.
        ? client.discovery(new URL(issuer), clientId, clientSecret, undefined, { execute: [client.enableNonRepudiationChecks] })
        : Promise.resolve(new client.Configuration({ issuer: new URL(endpoints!.authorization).origin, authorization_endpoint: endpoints!.authorization, token_endpoint: endpoints!.token }, clientId, clientSecret));
      // A failed discovery is tried again by the next sign-in.
      configuration.catch(() => { configuration = undefined; });
    }
    return configuration;
  };
  const oidc = settings.issuer !== null;

  return {
    name: settings.name,
    async authorizationUrl(redirectUri, checks) {
      const config = await configured().catch((cause: unknown) => { throw new ProviderRefusal('provider_error', { cause }); });
      const parameters: Record<string, string> = {
        redirect_uri: redirectUri,
        scope: settings.scopes.join(' '),
        state: checks.state,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      };
      if (oidc) parameters.nonce = checks.nonce;
      return client.buildAuthorizationUrl(config, parameters);
    },
    async complete(callbackUrl, checks) {
      try {
        const config = await configured();
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          ...(oidc ? { expectedNonce: checks.nonce, idTokenExpected: true } : {}),
        });
        if (oidc) {
          const claims = tokens.claims() as Record<string, unknown>;
          const userinfo = claims.email === undefined && config.serverMetadata().userinfo_endpoint ? await client.fetchUserInfo(config, tokens.access_token, String(claims.sub)) : {};
          return profileFrom({ ...userinfo, ...claims }, null);
        }
        const read = async (url: string): Promise<unknown> => {
          const response = await client.fetchProtectedResource(config, tokens.access_token, new URL(url), 'GET');
          if (!response.ok) throw new ProviderRefusal('provider_error');
          return response.json();
        };
        const user = (await read(settings.endpoints!.userinfo)) as Record<string, unknown>;
        const emails = settings.endpoints!.emails ? primaryEmail(await read(settings.endpoints!.emails)) : null;
        return profileFrom(user, emails);
      } catch (err) {
        if (err instanceof ProviderRefusal) throw err;
        if (err instanceof client.AuthorizationResponseError && err.error === 'access_denied') throw new ProviderRefusal('access_denied', { cause: err });
        throw new ProviderRefusal('provider_error', { cause: err });
      }
    },
  };
}
