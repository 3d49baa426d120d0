import { resolve } from 'node:path';

/** `sqlite:///app.db` is relative, `sqlite:////abs/app.db` absolute, `sqlite:///:memory:` in memory. */
export function sqlitePathFromUrl(url: string): string {
  const path = url.replace(/^sqlite:\/\/\//, '');
  if (path === ':memory:' || path === '') return ':memory:';
  return resolve(path);
}
