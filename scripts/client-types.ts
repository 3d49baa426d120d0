import { writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../src/config.js';
import { openapiDocument } from '../src/openapi-document.js';

export const CLIENT_TYPES_FILE = 'client/src/openapi.ts';

/** The settings the document is built with: the defaults, a placeholder secret (no key appears in it), and nothing from this machine's environment. */
const DEFAULT_ENV = { JWT_SECRET_KEY: 'client-types-placeholder-secret-0123456789abcdef' };

/** The source of client/src/openapi.ts: the `paths` and `components` types of that document. */
export async function clientTypesSource(): Promise<string> {
  const document = await openapiDocument(loadConfig(DEFAULT_ENV));
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `// Generated from Gatehouse's OpenAPI document by \`npm run client:types\` (scripts/client-types.ts). Do not edit.\n\n${astToString(ast)}`;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await writeFile(CLIENT_TYPES_FILE, await clientTypesSource());
  console.log(`wrote ${CLIENT_TYPES_FILE}`);
}
