import swagger from '@fastify/swagger';
import swaggerUi, { type FastifySwaggerUiOptions } from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import fp from 'fastify-plugin';
import { readFileSync } from 'node:fs';
import { ERROR_CODES } from '../errors.js';
import { escapeHtml } from './html.js';
import { ProblemSchema } from '../schemas/problem.js';
import { AUTH_PREFIX, DOCS_PREFIX } from './protections.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

const PROBLEM_MEDIA_TYPE = PROBLEM_CONTENT_TYPE.split(';')[0] as string;

type ResponseSchemas = Record<string, unknown>;

/** The error-code table, as Markdown, so the document says what every `code` means. */
function errorCodeTable(): string {
  const rows = Object.entries(ERROR_CODES).map(([code, { status, detail }]) => `| \`${code}\` | ${status} | ${detail} |`);
  return ['| code | status | meaning |', '|---|---|---|', ...rows].join('\n');
}

const DESCRIPTION = [
  'Authentication and user management: register, login, JWT access and refresh tokens, revocation, lockout, roles.',
  '',
  'Send the access token as `Authorization: Bearer <token>`. Every error is `application/problem+json` (RFC 9457)',
  'with a stable `code` (also in `error`, and `detail` also in `message`, for clients of the Flask service).',
  `Routes under \`${AUTH_PREFIX}*\` are rate-limited per client IP (429 \`rate_limited\` with \`Retry-After\`).`,
  '',
  '## Error codes',
  '',
  errorCodeTable(),
].join('\n');

function problemResponse(description: string): Record<string, unknown> {
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } } };
}

function isErrorStatus(status: string): boolean {
  return status === 'default' || /^[45]/.test(status);
}

/** Error responses are documented as problem+json; every route documents at least its errors. */
function documentErrors(url: string, response: ResponseSchemas = {}): ResponseSchemas {
  const documented: ResponseSchemas = {};
  for (const [status, schema] of Object.entries(response)) {
    const alreadyWrapped = typeof schema === 'object' && schema !== null && 'content' in schema;
    documented[status] = isErrorStatus(status) && !alreadyWrapped
      ? problemResponse((schema as { description?: string }).description ?? `Problem (${status})`)
      : schema;
  }
  if (url.startsWith(AUTH_PREFIX)) {
    documented['413'] ??= problemResponse('Body larger than AUTH_BODY_LIMIT (`payload_too_large`)');
    documented['429'] ??= problemResponse('Too many requests from this IP (`rate_limited`), see `Retry-After`');
  }
  documented.default ??= problemResponse('Any other error, as problem+json');
  return documented;
}

/**
 * Cookie mode: operations that take a bearer token take the access cookie too (`cookieAuth`); with cookies
 * alone, the bearer header is not read, so only the cookie is listed.
 */
function withCookieAuth(schema: FastifySchema, headersToo: boolean): FastifySchema {
  if (!schema.security?.some((requirement) => 'bearerAuth' in requirement)) return schema;
  return { ...schema, security: [...(headersToo ? schema.security : []), { cookieAuth: [] }] };
}

/** The deployment's name as an SVG wordmark for Swagger UI's header (in place of Fastify's logo). */
function wordmark(name: string): string {
  const width = Math.max(120, Math.ceil(name.length * 13.5) + 8);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="36" viewBox="0 0 ${width} 36"><text x="2" y="26" font-family="system-ui, sans-serif" font-size="22" font-weight="700" fill="#ffffff">${escapeHtml(name)}</text></svg>`;
}

/** Swagger UI with the deployment's name and Gatehouse's look; the name is escaped (the plugin puts the title into HTML as given). */
function docsLook(name: string): Pick<FastifySwaggerUiOptions, 'logo' | 'theme'> {
  return {
    logo: { type: 'image/svg+xml', content: Buffer.from(wordmark(name)), href: DOCS_PREFIX, target: '_self' },
    theme: { title: `${escapeHtml(name)} API`, css: [{ filename: 'theme.css', content: readFileSync(new URL('../pages/docs.css', import.meta.url), 'utf8') }] },
  };
}

async function openapi(app: FastifyInstance): Promise<void> {
  const { headers: headersToo, cookies: cookieSettings } = app.config.tokenLocation;
  const cookies = cookieSettings && { ...cookieSettings, headersToo };
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: app.config.branding.appName, version: '1.0.0', description: DESCRIPTION },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          // Cookie mode: the access cookie authenticates too; unsafe methods also need X-CSRF-TOKEN and an allowed Origin.
          ...(cookies ? { cookieAuth: { type: 'apiKey', in: 'cookie', name: cookies.names.access, description: `Cookie mode (JWT_TOKEN_LOCATION). Methods other than GET/HEAD/OPTIONS also need the ${cookies.csrfHeaders.access} header set to the ${cookies.names.accessCsrf} cookie's value, from an allowed Origin (else 403 csrf_failed).` } } : {}),
        },
      },
      tags: [
        { name: 'auth', description: 'Register, log in, refresh and log out' },
        { name: 'users', description: 'User accounts (self and admin)' },
        { name: 'sessions', description: 'Live sessions (logins): list and end one\'s own, or (admins) anyone\'s' },
        { name: 'email', description: 'Password reset and email verification through mailed links' },
        { name: 'mfa', description: 'A second factor: TOTP (RFC 6238) with recovery codes' },
        { name: 'passkeys', description: 'Passkeys (WebAuthn): register, sign in without a password, or complete a login\'s second step' },
        { name: 'admin', description: 'Administration: invitations, the audit log, webhooks, the mail outbox' },
        { name: 'health', description: 'Liveness and readiness' },
        { name: 'keys', description: 'Public keys for verifying tokens offline (JWKS)' },
      ],
    },
    transform: ({ schema, url }) => {
      const routeSchema = (schema ?? {}) as FastifySchema & { hide?: boolean };
      if (routeSchema.hide || url.startsWith(DOCS_PREFIX)) return { schema: { ...routeSchema, hide: true }, url };
      const documented = { ...routeSchema, response: documentErrors(url, routeSchema.response as ResponseSchemas) };
      return { schema: cookies ? withCookieAuth(documented, cookies.headersToo) : documented, url };
    },
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { docExpansion: 'list', deepLinking: true }, ...docsLook(app.config.branding.appName) });
}

/** OpenAPI 3 document at /docs/json and Swagger UI at /docs; routes depend on it, so it sees every one. */
export default fp(openapi, { name: 'openapi', fastify: '5.x' });
