import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors.js';
import { buildTestApp, type TestApp } from './helper.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const API_DOC = path.join(ROOT, 'docs', 'api.md');

/** The rows of the first table under a `## heading` of a Markdown file, as trimmed cells. */
function tableUnder(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/api.md has no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  const lines = markdown.slice(start, end < 0 ? undefined : end).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

/** `METHOD /path`, with OpenAPI's `{id}` written as the doc (and Fastify) write it, `:id`. */
const route = (method: string, url: string) => `${method.toUpperCase()} ${url.replace(/\{(\w+)\}/g, ':$1')}`;

describe('docs/api.md', () => {
  let t: TestApp;
  const markdown = readFileSync(API_DOC, 'utf8');
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t?.close());

  it('lists every route of the OpenAPI document in its endpoint table, and no other', () => {
    const document = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(document.paths).flatMap(([url, operations]) => Object.keys(operations).map((method) => route(method, url)));
    const documented = tableUnder(markdown, 'Endpoints').map(([method = '', pathCell = '']) => {
      const url = /`([^`]+)`/.exec(pathCell)?.[1];
      if (!url) throw new Error(`endpoint row without a \`path\`: | ${method} | ${pathCell} |`);
      return route(method, url);
    });
    expect(served.length).toBeGreaterThan(0);
    expect(documented.filter((r, i) => documented.indexOf(r) !== i), 'rows listed twice').toEqual([]);
    expect(served.filter((r) => !documented.includes(r)), 'routes missing from docs/api.md').toEqual([]);
    expect(documented.filter((r) => !served.includes(r)), 'rows of docs/api.md that are not routes').toEqual([]);
  });

  it('lists every error code of src/errors.ts with its status, and no other', () => {
    const documented = new Map(tableUnder(markdown, 'Error codes').map(([code = '', status = '']) => [code.replaceAll('`', ''), Number(status)]));
    const codes = Object.entries(ERROR_CODES);
    expect(codes.filter(([code]) => !documented.has(code)).map(([code]) => code), 'codes missing from docs/api.md').toEqual([]);
    expect([...documented.keys()].filter((code) => !(code in ERROR_CODES)), 'codes of docs/api.md that do not exist').toEqual([]);
    for (const [code, { status }] of codes) expect(documented.get(code), `status of ${code}`).toBe(status);
  });
});

describe('README.md and docs/', () => {
  const files = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f))];

  it.each(files)('%s links only to files inside the repository, which exist', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((target) => !/^(https?:|mailto:|#)/.test(target));
    const broken = targets.filter((target) => {
      const resolved = path.resolve(ROOT, path.dirname(file), target.split('#')[0]!);
      return !resolved.startsWith(`${ROOT}${path.sep}`) || !existsSync(resolved);
    });
    expect(broken).toEqual([]);
  });
});
