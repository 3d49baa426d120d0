import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino, { type Bindings, type ChildLoggerOptions, type Level, type Logger, type LoggerOptions } from 'pino';
import type { Config } from './config.js';

const REDACTED = '[REDACTED]';

/** Secrets that must never reach a log line, wherever they appear in a logged object. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  ...['password', 'current_password', 'new_password', 'password_hash', 'access_token', 'refresh_token', 'token', 'secret', 'authorization']
    .flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/**
 * Query parameters whose values are credentials, redacted from every logged URL: these exact names, and every
 * name containing one of the fragments (so access_token, refresh_token, id_token and any future *_token).
 */
export const URL_CREDENTIAL_PARAMETERS = Object.freeze({
  named: ['code', 'key', 'sig', 'otp', 'pin', 'auth', 'authorization', 'jwt', 'session', 'sid'],
  containing: ['token', 'password', 'passwd', 'secret', 'credential', 'signature', 'api_key', 'apikey'],
});

function isCredentialParameter(rawName: string): boolean {
  let name = rawName.replaceAll('+', ' ');
  try {
    name = decodeURIComponent(name);
  } catch {
    // Judge a name with broken percent-encoding as written.
  }
  name = name.toLowerCase().trim();
  return URL_CREDENTIAL_PARAMETERS.named.includes(name) || URL_CREDENTIAL_PARAMETERS.containing.some((fragment) => name.includes(fragment));
}

/** The URL with the value of every credential parameter replaced by [REDACTED]; path and other parameters kept. */
export function redactUrl(url: string): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const query = url.slice(start + 1).split('&').map((pair) => {
    const equals = pair.indexOf('=');
    const name = equals === -1 ? pair : pair.slice(0, equals);
    return equals !== -1 && isCredentialParameter(name) ? `${name}=${REDACTED}` : pair;
  });
  return `${url.slice(0, start)}?${query.join('&')}`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  headers?: Record<string, unknown>;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Fastify's request serializer, with credentials taken out of the URL (a token in a query string is a token). */
function serializeRequest(req: LoggedRequest): Record<string, unknown> {
  return {
    method: req.method,
    url: typeof req.url === 'string' ? redactUrl(req.url) : req.url,
    version: req.headers?.['accept-version'],
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

const LEVELS: readonly Level[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];
const PENDING = Symbol('gatehouse.pendingChild');

interface PendingChild {
  parent: Logger;
  bindings: Bindings;
  options: ChildLoggerOptions;
  child?: Logger;
}

type LazyLogger = Logger & { [PENDING]: PendingChild };

function realChild(lazy: LazyLogger): Logger {
  const pending = lazy[PENDING];
  pending.child ??= pending.parent.child(pending.bindings, pending.options);
  return pending.child;
}

/** Per parent logger (and its level, should it change), the methods of its lazy children, made once. */
const lazyPrototypes = new WeakMap<Logger, { level: string; prototype: Logger }>();

function lazyPrototypeOf(parent: Logger): Logger {
  const known = lazyPrototypes.get(parent);
  if (known?.level === parent.level) return known.prototype;
  const prototype = Object.create(parent) as Logger;
  // Levels that are off stay the parent's no-ops.
  for (const level of LEVELS) {
    if (!parent.isLevelEnabled(level)) continue;
    prototype[level] = function (this: LazyLogger, ...args: Parameters<Logger['info']>) {
      realChild(this)[level](...args);
    } as Logger['info'];
  }
  prototype.child = function (this: LazyLogger, bindings, options) {
    return realChild(this).child(bindings, options);
  };
  prototype.bindings = function (this: LazyLogger) {
    return realChild(this).bindings();
  };
  prototype.setBindings = function (this: LazyLogger, bindings) {
    realChild(this).setBindings(bindings);
  };
  lazyPrototypes.set(parent, { level: parent.level, prototype });
  return prototype;
}

/**
 * Fastify's per-request child logger (`childLoggerFactory`), made only when the request logs something. pino
 * builds a child's bindings through the redaction (its wildcard paths visit every binding): about 7% of the CPU
 * of a request that never logs at LOG_LEVEL=warn. Per request this costs one small object; the first call at an
 * enabled level makes the real child, with the request id.
 */
export function requestChildLogger(logger: Logger, bindings: Bindings, options: ChildLoggerOptions): Logger {
  // A level of its own (a route's logLevel) changes which calls write: such a child is made at once.
  if (options.level !== undefined) return logger.child(bindings, options);
  const lazy = Object.create(lazyPrototypeOf(logger)) as LazyLogger;
  lazy[PENDING] = { parent: logger, bindings, options };
  return lazy;
}

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
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
    serializers: { req: serializeRequest },
  };
}

/**
 * JSON logs to stdout and, unless LOG_TO_FILE=false, to LOG_DIR/gatehouse.N.log rotated by size. Each process
 * rotates a file of its own: with WEB_CONCURRENCY, gatehouse-worker-<id>.N.log and gatehouse-primary.N.log.
 */
export function createLogger(config: Config, { stdout = true, fileName = LOG_FILE_BASENAME }: { stdout?: boolean; fileName?: string } = {}): AppLogger {
  if (!config.log.toFile) {
    const logger = pino(baseOptions(config), stdout ? pino.destination(1) : pino.destination({ dest: '/dev/null', sync: true }));
    return { logger, close: async () => logger.flush() };
  }
  // Created here, synchronously: pino-roll links current.log before its own async mkdir has finished.
  mkdirSync(config.log.dir, { recursive: true });
  const targets: pino.TransportTargetOptions[] = [
    {
      target: 'pino-roll',
      level: config.log.level,
      options: {
        file: path.resolve(config.log.dir, fileName),
        extension: '.log',
        size: config.log.fileSize,
        mkdir: true,
        // current.log points at the active file of a single process; several processes would fight over it.
        symlink: fileName === LOG_FILE_BASENAME,
        // pino-roll's count is the rotated files kept beside the active one, as the seed's backupCount was.
        limit: { count: config.log.fileCount },
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
