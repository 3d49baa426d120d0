import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino, { type Logger, type LoggerOptions } from 'pino';
import type { Config } from './config.js';

/** Secrets that must never reach a log line, wherever they appear in a logged object. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  ...['password', 'current_password', 'new_password', 'password_hash', 'access_token', 'refresh_token', 'token', 'secret', 'authorization']
    .flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

const LOG_FILE_BASENAME = 'gatehouse';

export interface AppLogger {
  logger: Logger;
  /** Flushes and closes the file transport (if any). */
  close(): Promise<void>;
}

function baseOptions(config: Config): LoggerOptions {
  return {
    level: config.log.level,
    base: { service: 'gatehouse' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
  };
}

/** JSON logs to stdout and, unless LOG_TO_FILE=false, to LOG_DIR/gatehouse.N.log rotated by size. */
export function createLogger(config: Config, { stdout = true }: { stdout?: boolean } = {}): AppLogger {
  if (!config.log.toFile) {
    const logger = pino(baseOptions(config), stdout ? pino.destination(1) : pino.destination('/dev/null'));
    return { logger, close: async () => logger.flush() };
  }
  // Created here, synchronously: pino-roll links current.log before its own async mkdir has finished.
  mkdirSync(config.log.dir, { recursive: true });
  const targets: pino.TransportTargetOptions[] = [
    {
      target: 'pino-roll',
      level: config.log.level,
      options: {
        file: path.resolve(config.log.dir, LOG_FILE_BASENAME),
        extension: '.log',
        size: config.log.fileSize,
        mkdir: true,
        symlink: true,
        // count = rotated files kept beside the active one.
        limit: { count: config.log.fileCount - 1 },
      },
    },
  ];
  if (stdout) targets.push({ target: 'pino/file', level: config.log.level, options: { destination: 1 } });
  const transport = pino.transport({ targets });
  // A failing log file must not take the service down with an uncaught error; say so on stderr instead.
  transport.on('error', (err: Error) => process.stderr.write(`gatehouse: log transport error: ${err.message}\n`));
  const logger = pino(baseOptions(config), transport);
  return {
    logger,
    close: () =>
      new Promise<void>((resolve) => {
        logger.flush();
        transport.once('close', () => resolve());
        transport.end();
      }),
  };
}

export type AuditEvent =
  | 'user_registered'
  | 'login_succeeded'
  | 'login_failed'
  | 'account_locked'
  | 'identifier_locked'
  | 'logout'
  | 'refresh_reused'
  | 'role_changed'
  | 'user_deactivated'
  | 'user_reactivated'
  | 'user_unlocked'
  | 'user_deleted'
  | 'password_changed'
  | 'email_changed'
  | 'username_changed';

/** Audit events are ordinary log lines with an `audit` field, so they can be filtered and shipped. */
export function audit(logger: Logger, event: AuditEvent, fields: Record<string, unknown> = {}): void {
  logger.info({ audit: event, ...fields }, `audit: ${event}`);
}
