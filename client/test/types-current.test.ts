import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES_FILE, clientTypesSource } from '../../scripts/client-types.js';

describe('the typed client', () => {
  it('has types generated from the OpenAPI document the app serves now', async () => {
    const current = await clientTypesSource();
    expect(readFileSync(CLIENT_TYPES_FILE, 'utf8') === current, `${CLIENT_TYPES_FILE} is out of date with the API: run \`npm run client:types\``).toBe(true);
  });
});
