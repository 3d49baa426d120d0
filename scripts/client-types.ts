import { writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logging.js';

export const CLIENT_TYPES_FILE = 'client/src/openapi.ts';

/** The settings the document is built with: the defaults, a placeholder secret (no key appears in it), and nothing from this machine's environment. */
const DEFAULT_ENV = { JWT_SECRET_KEY: 'client-types-placeholder-secret-0123456789abcdef', DATABASE_URL: 'sqlite:///:memory:', LOG_LEVEL: 'silent', LOG_TO_FILE: 'false' };

/** The OpenAPI document the app serves with its default config, built as `npm run openapi` builds it. */
export async function defaultOpenapiDocument(): Promise<unknown> {
  const config = { ...loadConfig(DEFAULT_ENV), redisUrl: null };
  const logging = createLogger(config, { stdout: false });
  const app = await buildApp({ config, logger: logging.logger });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await logging.close();
  }
}

/** The source of client/src/openapi.ts: the `paths` and `components` types of that document. */
export async function clientTypesSource(): Promise<string> {
  const document = await defaultOpenapiDocument();
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `// Generated from Gatehouse's OpenAPI document by \`npm run client:types\` (scripts/client-types.ts). Do not edit.\n\n${astToString(ast)}`;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await writeFile(CLIENT_TYPES_FILE, await clientTypesSource());
  console.log(`wrote ${CLIENT_TYPES_FILE}`);
}
