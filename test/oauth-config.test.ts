import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const base = { NODE_ENV: 'test', JWT_SECRET_KEY: 'x'.repeat(40), APP_URL: 'https://auth.example.com' };
const google = { OAUTH_GOOGLE_CLIENT_ID: 'id', OAUTH_GOOGLE_CLIENT_SECRET: 'secret', OAUTH_GOOGLE_ISSUER: 'https://accounts.google.com' };
const github = {
  OAUTH_GITHUB_CLIENT_ID: 'id',
  OAUTH_GITHUB_CLIENT_SECRET: 'secret',
  OAUTH_GITHUB_SCOPES: 'read:user user:email',
  OAUTH_GITHUB_AUTHORIZATION_URL: 'https://github.com/login/oauth/authorize',
  OAUTH_GITHUB_TOKEN_URL: 'https://github.com/login/oauth/access_token',
  OAUTH_GITHUB_USERINFO_URL: 'https://api.github.com/user',
  OAUTH_GITHUB_EMAILS_URL: 'https://api.github.com/user/emails',
};

describe('social sign-in settings (OAUTH_*)', () => {
  it('has no provider by default, returns to APP_URL and allows sign-up', () => {
    expect(loadConfig(base).oauth).toEqual({ providers: {}, redirectAllowlist: [{ origin: 'https://auth.example.com', pathPrefix: '/' }], allowSignup: true });
  });

  it('reads an OIDC provider (discovery, default scopes) and an OAuth 2.0 one (endpoints, its emails URL)', () => {
    const { oauth } = loadConfig({ ...base, ...google, ...github, OAUTH_PROVIDERS: 'Google, github', OAUTH_ALLOW_SIGNUP: 'false' });
    expect(oauth.providers.google).toEqual({ name: 'google', clientId: 'id', clientSecret: 'secret', scopes: ['openid', 'email', 'profile'], issuer: 'https://accounts.google.com', endpoints: null });
    expect(oauth.providers.github).toMatchObject({ issuer: null, scopes: ['read:user', 'user:email'], endpoints: { emails: 'https://api.github.com/user/emails', userinfo: 'https://api.github.com/user' } });
    expect(oauth.allowSignup).toBe(false);
  });

  it('takes exact origins and path prefixes in OAUTH_REDIRECT_ALLOWLIST', () => {
    const { oauth } = loadConfig({ ...base, OAUTH_REDIRECT_ALLOWLIST: 'https://App.example.com, https://example.org/auth/' });
    expect(oauth.redirectAllowlist).toEqual([{ origin: 'https://app.example.com', pathPrefix: '/' }, { origin: 'https://example.org', pathPrefix: '/auth/' }]);
  });

  it.each([
    [{ OAUTH_PROVIDERS: 'google' }, /^OAUTH_GOOGLE_CLIENT_ID: is required/],
    [{ OAUTH_PROVIDERS: 'google', OAUTH_GOOGLE_CLIENT_ID: 'id' }, /^OAUTH_GOOGLE_CLIENT_SECRET: is required/],
    [{ OAUTH_PROVIDERS: 'google', OAUTH_GOOGLE_CLIENT_ID: 'id', OAUTH_GOOGLE_CLIENT_SECRET: 's' }, /^OAUTH_GOOGLE_ISSUER: is required/],
    [{ OAUTH_PROVIDERS: 'google', ...google, OAUTH_GOOGLE_ISSUER: 'http://accounts.google.com' }, /^OAUTH_GOOGLE_ISSUER: expected an https:\/\/ URL/],
    [{ OAUTH_PROVIDERS: 'google', ...google, OAUTH_GOOGLE_TOKEN_URL: 'https://x.example/token' }, /^OAUTH_GOOGLE_TOKEN_URL: set OAUTH_GOOGLE_ISSUER .* not both/],
    [{ OAUTH_PROVIDERS: 'google', ...google, OAUTH_GOOGLE_SCOPES: 'email profile' }, /^OAUTH_GOOGLE_SCOPES: must include openid/],
    [{ OAUTH_PROVIDERS: 'github', ...github, OAUTH_GITHUB_SCOPES: '' }, /^OAUTH_GITHUB_SCOPES: is required/],
    [{ OAUTH_PROVIDERS: 'github', ...github, OAUTH_GITHUB_TOKEN_URL: '' }, /^OAUTH_GITHUB_TOKEN_URL: is required/],
    [{ OAUTH_PROVIDERS: 'github', ...github, OAUTH_GITHUB_USERINFO_URL: 'http://api.github.com/user' }, /^OAUTH_GITHUB_USERINFO_URL: expected an https/],
    [{ OAUTH_PROVIDERS: 'google,google', ...google }, /^OAUTH_PROVIDERS: "google" is listed twice/],
    [{ OAUTH_PROVIDERS: 'my-idp' }, /^OAUTH_PROVIDERS: "my-idp" is not a provider name/],
    [{ OAUTH_REDIRECT_ALLOWLIST: '//app.example.com' }, /^OAUTH_REDIRECT_ALLOWLIST: /],
    [{ OAUTH_REDIRECT_ALLOWLIST: 'https://user:pw@app.example.com' }, /^OAUTH_REDIRECT_ALLOWLIST: .*without credentials/],
    [{ OAUTH_REDIRECT_ALLOWLIST: 'https://app.example.com/?next=1' }, /^OAUTH_REDIRECT_ALLOWLIST: /],
    [{ OAUTH_ALLOW_SIGNUP: 'maybe' }, /^OAUTH_ALLOW_SIGNUP: expected true or false/],
  ])('refuses to start on %j', (env, message) => {
    expect(() => loadConfig({ ...base, ...env } as Record<string, string>)).toThrow(message);
  });
});
