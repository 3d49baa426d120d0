import { ConfigError, type Env, readers } from './env.js';

/** Passkeys (WebAuthn): the relying party the browsers see, and the origins their ceremonies may come from. */
export interface WebAuthnConfig {
  /** WEBAUTHN_RP_ID: a domain; every origin's host is it or one of its subdomains. */
  rpId: string;
  rpName: string;
  origins: string[];
}

const DOMAIN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Browsers accept an RP ID equal to the page's host or a registrable suffix of it. */
const hostFits = (host: string, rpId: string): boolean => host === rpId || host.endsWith(`.${rpId}`);

export function parseWebAuthn(env: Env, appUrl: string): WebAuthnConfig {
  const { raw, str } = readers(env);
  const rpId = str('WEBAUTHN_RP_ID', new URL(appUrl).hostname).toLowerCase();
  if (!DOMAIN.test(rpId)) throw new ConfigError('WEBAUTHN_RP_ID', `expected a domain such as example.com (no scheme, port or path), got "${rpId}"`);
  const listed = (raw('WEBAUTHN_ORIGINS') ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const origins = (listed.length > 0 ? listed : [new URL(appUrl).origin]).map((origin) => {
    if (!/^https?:\/\/[^/\s]+$/.test(origin) || !URL.canParse(origin)) throw new ConfigError('WEBAUTHN_ORIGINS', `"${origin}" is not an origin like https://app.example.com`);
    const url = new URL(origin);
    if (!hostFits(url.hostname, rpId)) {
      throw new ConfigError(listed.length > 0 ? 'WEBAUTHN_ORIGINS' : 'WEBAUTHN_RP_ID', `the origin ${url.origin} is not on the RP ID "${rpId}" or one of its subdomains: browsers would refuse every passkey`);
    }
    return url.origin;
  });
  const rpName = str('WEBAUTHN_RP_NAME', 'Gatehouse');
  if (rpName.length > 64 || /[\u0000-\u001f\u007f]/.test(rpName)) throw new ConfigError('WEBAUTHN_RP_NAME', 'expected a name of at most 64 printable characters');
  return { rpId, rpName, origins };
}
