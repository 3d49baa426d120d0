// The example page's static server: node:http only, no build step.
//   node examples/spa/serve.mjs --port 5173 --api http://localhost:8000
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLIENT_DIST = path.join(HERE, '..', '..', 'client', 'dist');
const PAGE_FILES = new Map([
  ['/', 'index.html'],
  ['/index.html', 'index.html'],
  ['/app.js', 'app.js'],
  ['/style.css', 'style.css'],
]);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** The page may run its own scripts and talk to Gatehouse, nothing else. */
function securityHeaders(apiOrigin) {
  return {
    'content-security-policy': `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${apiOrigin}; form-action 'none'; base-uri 'none'; frame-ancestors 'none'`,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}

/** A file under `root` named by a URL path, or null for anything outside it. */
function fileUnder(root, urlPath) {
  const file = path.resolve(root, `.${path.posix.normalize(urlPath)}`);
  return file.startsWith(root + path.sep) ? file : null;
}

/**
 * Starts the server; resolves once it listens.
 * @param {{ port: number, host?: string, apiUrl: string, clientDir?: string }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startSpaServer({ port, host = 'localhost', apiUrl, clientDir = CLIENT_DIST }) {
  const apiOrigin = new URL(apiUrl).origin;
  const headers = securityHeaders(apiOrigin);
  const config = `export const GATEHOUSE_URL = ${JSON.stringify(apiOrigin)};\n`;
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const send = (status, type, body) => {
      response.writeHead(status, { ...headers, 'content-type': type });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
    if (pathname === '/config.js') return send(200, TYPES['.js'], config);
    const file = PAGE_FILES.has(pathname) ? path.join(HERE, PAGE_FILES.get(pathname)) : pathname.startsWith('/client/') ? fileUnder(clientDir, pathname.slice('/client'.length)) : null;
    const type = file && TYPES[path.extname(file)];
    if (!type) return send(404, 'text/plain', 'not found\n');
    try {
      send(200, type, await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found\n');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '5173' }, host: { type: 'string', default: 'localhost' }, api: { type: 'string', default: 'http://localhost:8000' } } });
  const { url } = await startSpaServer({ port: Number(values.port), host: values.host, apiUrl: values.api });
  console.log(`Example app on ${url}, talking to Gatehouse at ${values.api}`);
}
