import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { OAuth2Server } from 'oauth2-mock-server';

/** A throw-away certificate for localhost and 127.0.0.1, trusted by the test processes (NODE_EXTRA_CA_CERTS, vitest.config.ts). */
export const MOCK_KEY = 'test/fixtures/oauth-mock.key.pem';
export const MOCK_CERT = 'test/fixtures/oauth-mock.cert.pem';

export const APP_URL = 'https://auth.example.com';
export const APP = 'https://app.example.com';

export interface OidcUser {
  sub: string;
  email?: string;
  email_verified?: boolean;
  preferred_username?: string;
}

export interface GitHubUser {
  id: number;
  login: string;
  emails: Array<{ email: string; primary: boolean; verified: boolean }>;
}

/** Changes made to the next ID token (after the user's claims): another audience, issuer, expiry, nonce… */
export type IdTokenTamper = (header: Record<string, unknown>, payload: Record<string, unknown>) => void;

/**
 * A real OAuth 2.0 / OpenID Connect server (oauth2-mock-server) over HTTPS, plus GitHub's /user and /user/emails
 * on a small HTTPS server beside it. Tests say who signs in next with `as()` / `asGitHub()`.
 */
export async function startProviders() {
  const server = new OAuth2Server(MOCK_KEY, MOCK_CERT);
  await server.issuer.keys.generate('RS256');
  await server.start(0, '127.0.0.1');
  const issuer = `https://127.0.0.1:${server.address().port}`;
  server.issuer.url = issuer;

  let oidcUser: OidcUser = { sub: 'google-1', email: 'someone@example.com', email_verified: true };
  let tamper: IdTokenTamper | null = null;
  let replaceIdToken: ((token: string) => string) | null = null;
  let gitHubUser: GitHubUser = { id: 1, login: 'octo', emails: [] };

  server.service.on('beforeTokenSigning', (token: { header: Record<string, unknown>; payload: Record<string, unknown> }) => {
    if ('scope' in token.payload) return; // the access token
    Object.assign(token.payload, oidcUser);
    tamper?.(token.header, token.payload);
  });
  server.service.on('beforeResponse', (response: { body: Record<string, unknown> }, req: { body: { client_id?: string } }) => {
    // GitHub is OAuth 2.0 only: its token endpoint answers no ID token.
    if (req.body.client_id === 'github-client') delete response.body.id_token;
    else if (replaceIdToken && typeof response.body.id_token === 'string') response.body.id_token = replaceIdToken(response.body.id_token);
  });

  const github: Server = createServer({ key: readFileSync(MOCK_KEY), cert: readFileSync(MOCK_CERT) }, (req, res) => {
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (!req.headers.authorization?.startsWith('Bearer ')) return json(401, { message: 'Requires authentication' });
    if (req.url === '/user') return json(200, { id: gitHubUser.id, login: gitHubUser.login, email: null, name: 'Octo Cat' });
    if (req.url === '/user/emails') return json(200, gitHubUser.emails.map((e) => ({ ...e, visibility: null })));
    return json(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
  const gitHubApi = `https://127.0.0.1:${(github.address() as AddressInfo).port}`;

  return {
    issuer,
    server,
    /** The environment of a Google-style (OIDC) provider `google` and a GitHub-style (OAuth 2.0) provider `github`. */
    env: {
      APP_URL,
      OAUTH_PROVIDERS: 'google,github',
      OAUTH_GOOGLE_CLIENT_ID: 'google-client',
      OAUTH_GOOGLE_CLIENT_SECRET: 'google-secret',
      OAUTH_GOOGLE_ISSUER: issuer,
      OAUTH_GITHUB_CLIENT_ID: 'github-client',
      OAUTH_GITHUB_CLIENT_SECRET: 'github-secret',
      OAUTH_GITHUB_SCOPES: 'read:user user:email',
      OAUTH_GITHUB_AUTHORIZATION_URL: `${issuer}/authorize`,
      OAUTH_GITHUB_TOKEN_URL: `${issuer}/token`,
      OAUTH_GITHUB_USERINFO_URL: `${gitHubApi}/user`,
      OAUTH_GITHUB_EMAILS_URL: `${gitHubApi}/user/emails`,
      OAUTH_REDIRECT_ALLOWLIST: `${APP},${APP_URL}/done/`,
    },
    as(user: OidcUser) {
      oidcUser = user;
      tamper = null;
      replaceIdToken = null;
    },
    asGitHub(user: GitHubUser) {
      gitHubUser = user;
    },
    tamperIdToken(change: IdTokenTamper | null) {
      tamper = change;
    },
    replaceIdToken(replace: ((token: string) => string) | null) {
      replaceIdToken = replace;
    },
    async close() {
      await server.stop();
      await new Promise<void>((resolve) => github.close(() => resolve()));
    },
  };
}

export type Providers = Awaited<ReturnType<typeof startProviders>>;

/** A browser: carries Gatehouse's cookies between requests and follows the provider's redirects by hand. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  private keep(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number }>) {
      if (c.maxAge === 0 || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(method: 'GET' | 'POST' | 'DELETE', url: string, options: { payload?: object; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
    const path = url.startsWith(APP_URL) ? url.slice(APP_URL.length) : url;
    const headers = { ...(this.cookies.size ? { cookie: this.cookieHeader } : {}), ...options.headers };
    return this.keep(await this.app.inject({ method, url: path, headers, ...(options.payload ? { payload: options.payload } : {}) }));
  }

  /** The provider's authorization endpoint: where it sends the browser back (our callback URL). */
  static async authorize(authorizationUrl: string): Promise<string> {
    const res = await fetch(authorizationUrl, { redirect: 'manual' });
    if (res.status !== 302) throw new Error(`authorize answered ${res.status}: ${await res.text()}`);
    return res.headers.get('location') as string;
  }

  /** start → provider → callback: the URL the callback sends the browser to. */
  async signIn(provider: string, { redirectTo = `${APP}/signed-in` }: { redirectTo?: string } = {}): Promise<URL> {
    const start = await this.request('GET', `/api/auth/oauth/${provider}/start?redirect_to=${encodeURIComponent(redirectTo)}`);
    if (start.statusCode !== 302) throw new Error(`start answered ${start.statusCode}: ${start.body}`);
    const callback = await Browser.authorize(start.headers.location as string);
    const back = await this.request('GET', callback);
    if (back.statusCode !== 302) throw new Error(`callback answered ${back.statusCode}: ${back.body}`);
    return new URL(back.headers.location as string);
  }

  async exchange(code: string): Promise<LightMyRequestResponse> {
    return this.request('POST', '/api/auth/oauth/exchange', { payload: { code } });
  }
}

/** The claims of a Gatehouse token, read (not verified). */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** start → provider: the callback URL the provider sends the browser to (not followed yet). */
export async function callbackFor(browser: Browser, provider = 'google', redirectTo = `${APP}/signed-in`): Promise<string> {
  const start = await browser.request('GET', `/api/auth/oauth/${provider}/start?redirect_to=${encodeURIComponent(redirectTo)}`);
  if (start.statusCode !== 302) throw new Error(`start answered ${start.statusCode}: ${start.body}`);
  return Browser.authorize(start.headers.location as string);
}

/** Where the callback sent the browser, as its query parameters. */
export function queryOf(res: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(new URL(res.headers.location as string).searchParams);
}
