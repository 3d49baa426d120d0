import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';

/** The Flask app's JWT_SECRET_KEY in tests: Gatehouse's LEGACY_JWT_SECRET_KEY. */
export const FLASK_SECRET = 'the-flask-apps-JWT_SECRET_KEY-0123456789abcdef';

export type FlaskType = 'access' | 'refresh';

/** Flask-JWT-Extended's default lifetimes, seconds. */
export const FLASK_ACCESS_TTL = 900;
export const FLASK_REFRESH_TTL = 30 * 86_400;

export interface FlaskOptions {
  secret?: string;
  alg?: string;
  /** Epoch ms; `now` by default. */
  issuedAt?: number;
  /** Seconds; Flask-JWT-Extended's defaults, 15 minutes and 30 days, by default. */
  ttl?: number;
  sub?: unknown;
  jti?: string;
  nbfOffset?: number;
  fresh?: boolean;
  /** The csrf claim Flask-JWT-Extended signs into tokens it sets as cookies. */
  csrf?: string;
}

/** A token as Flask-JWT-Extended mints it: HS256 under its JWT_SECRET_KEY, no iss or aud, the identity a string. */
export async function mintFlaskToken(now: number, userId: number, type: FlaskType, o: FlaskOptions = {}): Promise<string> {
  const iat = Math.floor((o.issuedAt ?? now) / 1000);
  // Old Flask-JWT-Extended versions wrote an integer `sub`, which jose's types do not foresee.
  return new SignJWT({ fresh: o.fresh ?? false, type, sub: (o.sub ?? String(userId)) as string, ...(o.csrf ? { csrf: o.csrf } : {}) })
    .setProtectedHeader({ alg: o.alg ?? 'HS256', typ: 'JWT' })
    .setJti(o.jti ?? randomUUID())
    .setIssuedAt(iat)
    .setNotBefore(iat + (o.nbfOffset ?? 0))
    .setExpirationTime(iat + (o.ttl ?? (type === 'access' ? FLASK_ACCESS_TTL : FLASK_REFRESH_TTL)))
    .sign(new TextEncoder().encode(o.secret ?? FLASK_SECRET));
}
