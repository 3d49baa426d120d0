import { ConfigError, type Env, readers } from './env.js';

/** One identity provider: discovered from its issuer (OpenID Connect) or given by its endpoints (OAuth 2.0). */
export interface OAuthProviderConfig {
  name: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  /** OpenID Connect: discovery at `${issuer}/.well-known/openid-configuration`; null for an OAuth 2.0 provider. */
  issuer: string | null;
  /** OAuth 2.0 only (with issuer null). */
  endpoints: { authorization: string; token: string; userinfo: string; emails: string | null } | null;
}

/** Where the callback may send the browser back: an exact origin, and the path prefix under it ('/' for the whole origin). */
export interface RedirectTarget {
  origin: string;
  pathPrefix: string;
}

export interface OAuthConfig {
  providers: Record<string, OAuthProviderConfig>;
  redirectAllowlist: RedirectTarget[];
  allowSignup: boolean;
}

const PROVIDER_NAME = /^[a-z][a-z0-9]{0,31}$/;

function httpsUrl(variable: string, value: string): string {
  if (!URL.canParse(value) || new URL(value).protocol !== 'https:') throw new ConfigError(variable, `expected an https:// URL, got "${value}"`);
  return value.replace(/\/+$/, '');
}

function parseProvider(env: Env, name: string): OAuthProviderConfig {
  const { raw } = readers(env);
  const prefix = `OAUTH_${name.toUpperCase()}_`;
  const required = (suffix: string): string => {
    const value = raw(prefix + suffix);
    if (value === undefined) throw new ConfigError(prefix + suffix, `is required for the provider "${name}" listed in OAUTH_PROVIDERS`);
    return value;
  };
  const clientId = required('CLIENT_ID');
  const clientSecret = required('CLIENT_SECRET');
  const issuer = raw(`${prefix}ISSUER`);
  const explicit = ['AUTHORIZATION_URL', 'TOKEN_URL', 'USERINFO_URL', 'EMAILS_URL'].filter((suffix) => raw(prefix + suffix) !== undefined);
  const scopesOf = (fallback: string | undefined): string[] => {
    const value = raw(`${prefix}SCOPES`) ?? fallback;
    if (value === undefined) throw new ConfigError(`${prefix}SCOPES`, `is required for an OAuth 2.0 provider (GitHub: "read:user user:email")`);
    return value.split(/[\s,]+/).filter(Boolean);
  };
  if (issuer !== undefined) {
    if (explicit.length > 0) throw new ConfigError(`${prefix}${explicit[0]}`, `set ${prefix}ISSUER (OpenID Connect discovery) or the endpoint URLs, not both`);
    const scopes = scopesOf('openid email profile');
    if (!scopes.includes('openid')) throw new ConfigError(`${prefix}SCOPES`, 'must include openid for an OpenID Connect provider (one with an _ISSUER)');
    return { name, clientId, clientSecret, scopes, issuer: httpsUrl(`${prefix}ISSUER`, issuer), endpoints: null };
  }
  if (explicit.length === 0) throw new ConfigError(`${prefix}ISSUER`, `is required for "${name}", or else ${prefix}AUTHORIZATION_URL, _TOKEN_URL and _USERINFO_URL`);
  const emails = raw(`${prefix}EMAILS_URL`);
  return {
    name,
    clientId,
    clientSecret,
    scopes: scopesOf(undefined),
    issuer: null,
    endpoints: {
      authorization: httpsUrl(`${prefix}AUTHORIZATION_URL`, required('AUTHORIZATION_URL')),
      token: httpsUrl(`${prefix}TOKEN_URL`, required('TOKEN_URL')),
      userinfo: httpsUrl(`${prefix}USERINFO_URL`, required('USERINFO_URL')),
      emails: emails === undefined ? null : httpsUrl(`${prefix}EMAILS_URL`, emails),
    },
  };
}

function parseRedirectTarget(entry: string): RedirectTarget {
  const refuse = (why: string) => new ConfigError('OAUTH_REDIRECT_ALLOWLIST', `"${entry}" ${why}`);
  if (!/^https?:\/\/[^\s\\]+$/.test(entry) || !URL.canParse(entry)) throw refuse('is not an http(s) URL like https://app.example.com or https://app.example.com/auth/');
  const url = new URL(entry);
  if (url.username || url.password || url.search || url.hash) throw refuse('must be an origin or an origin and a path, without credentials, query or fragment');
  return { origin: url.origin, pathPrefix: url.pathname };
}

/** OAUTH_* settings; the providers' own variables are named after them (OAUTH_GOOGLE_CLIENT_ID). */
export function parseOAuth(env: Env, appUrl: string): OAuthConfig {
  const { raw, bool } = readers(env);
  const names = (raw('OAUTH_PROVIDERS') ?? '').split(',').map((n) => n.trim().toLowerCase()).filter(Boolean);
  const providers: Record<string, OAuthProviderConfig> = {};
  for (const name of names) {
    if (!PROVIDER_NAME.test(name)) throw new ConfigError('OAUTH_PROVIDERS', `"${name}" is not a provider name (a letter, then letters and digits)`);
    if (providers[name]) throw new ConfigError('OAUTH_PROVIDERS', `"${name}" is listed twice`);
    providers[name] = parseProvider(env, name);
  }
  const entries = (raw('OAUTH_REDIRECT_ALLOWLIST') ?? appUrl).split(',').map((e) => e.trim()).filter(Boolean);
  return { providers, redirectAllowlist: entries.map(parseRedirectTarget), allowSignup: bool('OAUTH_ALLOW_SIGNUP', true) };
}
