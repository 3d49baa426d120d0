import { ConfigError, type Env, readers } from './env.js';

/** What a person sees: the deployment's name on every page, and whether the admin console is served. */
export interface BrandingConfig {
  /** APP_NAME: shown by the console, the built-in pages and /docs (always HTML-escaped). */
  appName: string;
  /** ADMIN_CONSOLE: false answers 404 at /admin. */
  adminConsole: boolean;
}

export function parseBranding(env: Env): BrandingConfig {
  const { str, bool } = readers(env);
  const appName = str('APP_NAME', 'Gatehouse');
  if (appName.length > 64 || /[\u0000-\u001f\u007f]/.test(appName)) throw new ConfigError('APP_NAME', 'expected a name of at most 64 printable characters');
  return { appName, adminConsole: bool('ADMIN_CONSOLE', true) };
}
