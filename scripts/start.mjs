#!/usr/bin/env node
// `npm start`: runs dist/server.js, building it first only when dist/ is missing or older than the sources.
// Plain Node and no dependency, so a production install (npm ci --omit=dev) starts a built tree as it is.
import { spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, 'dist', 'server.js');
/** What the build reads; a deployment may ship dist/ without them. */
const SOURCES = ['src', 'tsconfig.json', 'tsconfig.build.json'];

/** The newest modification time of the files under `file` (a file or a folder), 0 when there are none. */
function newestMtime(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestMtime(path.join(file, name))), 0);
}

/** Why dist/ must be built first, or null when it is up to date. */
function buildReason() {
  if (!existsSync(server)) return 'dist/server.js is missing';
  const stale = SOURCES.find((source) => newestMtime(path.join(root, source)) > statSync(server).mtimeMs);
  return stale ? `dist/ is older than ${stale}` : null;
}

function hasTypeScript() {
  try {
    createRequire(path.join(root, 'package.json')).resolve('typescript/package.json');
    return true;
  } catch {
    return false;
  }
}

// Workers of a cluster (WEB_CONCURRENCY) run this file too: the primary has built already.
const reason = cluster.isPrimary ? buildReason() : null;
if (reason) {
  if (!hasTypeScript()) {
    process.stderr.write(
      `gatehouse: ${reason}, and building it needs the dev dependencies (TypeScript), which are not installed.\n` +
        'Build once where they are (npm ci && npm run build), then run the built server with npm start or\n' +
        'node dist/server.js; a production install (npm ci --omit=dev) only runs it.\n',
    );
    process.exit(1);
  }
  process.stderr.write(`gatehouse: ${reason}: building (npm run build) ...\n`);
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  const build = spawnSync(npm[0], [...npm[1], 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(pathToFileURL(server).href);
