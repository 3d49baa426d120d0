import { buildApp } from './app.js';
import type { Config } from './config.js';
import { createLogger } from './logging.js';

/**
 * The OpenAPI document the app serves with `config`. It needs the routes, not the data: an in-memory database,
 * no Redis, no log files. `npm run openapi` writes it; `npm run client:types` turns it into the client's types.
 */
export async function openapiDocument(config: Config): Promise<unknown> {
  const offline: Config = { ...config, databaseUrl: 'sqlite:///:memory:', redisUrl: null, log: { ...config.log, toFile: false, level: 'silent' } };
  const logging = createLogger(offline, { stdout: false });
  const app = await buildApp({ config: offline, logger: logging.logger });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await logging.close();
  }
}
