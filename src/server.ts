import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { migrateToLatest } from './db/migrator.js';
import { createLogger } from './logging.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`gatehouse: invalid configuration: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const { logger, close: closeLogger } = createLogger(config);
  for (const warning of config.warnings) logger.warn(warning);

  const app = await buildApp({ config, logger });
  if (config.autoMigrate) {
    // On the app's own connection: with sqlite:///:memory: a second connection would be another, empty database.
    try {
      const applied = await migrateToLatest(app.db);
      if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    } catch (err) {
      await app.close();
      throw err;
    }
  }
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error');
    else logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await app.close();
    logger.info('stopped');
    await closeLogger();
  });
  await app.listen({ port: config.port, host: config.host });
}

main().catch((err) => {
  console.error('gatehouse: failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
