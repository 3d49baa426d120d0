import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const base = { NODE_ENV: 'test', JWT_SECRET_KEY: 'x'.repeat(40), APP_URL: 'https://auth.example.com' };

describe('passkey settings (WEBAUTHN_*)', () => {
  it('defaults to APP_URL: its host is the RP ID, its origin the one origin', () => {
    expect(loadConfig(base).webauthn).toEqual({ rpId: 'auth.example.com', rpName: 'Gatehouse', origins: ['https://auth.example.com'] });
  });

  it('takes a parent domain as RP ID with apps on its subdomains, origins written as browsers send them', () => {
    const { webauthn } = loadConfig({ ...base, WEBAUTHN_RP_ID: 'Example.com', WEBAUTHN_RP_NAME: 'Acme', WEBAUTHN_ORIGINS: 'https://APP.example.com:443, https://example.com' });
    expect(webauthn).toEqual({ rpId: 'example.com', rpName: 'Acme', origins: ['https://app.example.com', 'https://example.com'] });
  });

  it('serves local development on localhost', () => {
    expect(loadConfig({ ...base, APP_URL: 'http://localhost:8000', WEBAUTHN_ORIGINS: 'http://localhost:5173' }).webauthn).toMatchObject({ rpId: 'localhost', origins: ['http://localhost:5173'] });
  });

  it.each([
    [{ WEBAUTHN_RP_ID: 'https://example.com' }, /^WEBAUTHN_RP_ID: expected a domain/],
    [{ WEBAUTHN_RP_ID: 'example.com:443' }, /^WEBAUTHN_RP_ID: expected a domain/],
    [{ WEBAUTHN_RP_ID: 'example.org' }, /^WEBAUTHN_RP_ID: the origin https:\/\/auth\.example\.com is not on the RP ID "example\.org"/],
    [{ WEBAUTHN_RP_ID: 'example.com', WEBAUTHN_ORIGINS: 'https://evil-example.com' }, /^WEBAUTHN_ORIGINS: the origin https:\/\/evil-example\.com is not on the RP ID/],
    [{ WEBAUTHN_ORIGINS: 'https://auth.example.com/path' }, /^WEBAUTHN_ORIGINS: "https:\/\/auth\.example\.com\/path" is not an origin/],
    [{ WEBAUTHN_ORIGINS: 'auth.example.com' }, /^WEBAUTHN_ORIGINS: "auth\.example\.com" is not an origin/],
    [{ WEBAUTHN_RP_NAME: 'x'.repeat(65) }, /^WEBAUTHN_RP_NAME: expected a name of at most 64/],
  ])('refuses %o at start-up, naming the variable', (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });
});
