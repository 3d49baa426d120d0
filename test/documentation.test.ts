import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every variable src/config.ts (and src/env.ts, its readers) reads, found by the reader calls and env lookups in their source. */
function variablesReadByConfig(): string[] {
  const settings = readdirSync('src').filter((file) => file.endsWith('-settings.ts')).map((file) => `src/${file}`);
  const source = ['src/config.ts', 'src/env.ts', ...settings].map((file) => readFileSync(file, 'utf8')).join('\n');
  const names = [...source.matchAll(/(?:raw|str|int|bool|oneOf|matching)\('([A-Z][A-Z0-9_]+)'/g), ...source.matchAll(/env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1] as string);
  return [...new Set(names)].sort();
}

describe('documentation', () => {
  it('documents every configuration variable in .env.example and README.md', () => {
    const variables = variablesReadByConfig();
    expect(variables.length).toBeGreaterThan(25);
    const example = readFileSync('.env.example', 'utf8');
    const readme = readFileSync('README.md', 'utf8');
    expect(variables.filter((v) => !new RegExp(`^#?\\s*${v}=`, 'm').test(example))).toEqual([]);
    expect(variables.filter((v) => !readme.includes(`\`${v}\``))).toEqual([]);
  });

  it('names only files and folders that exist, in README.md and docs/', () => {
    const documents = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const named = documents.flatMap((doc) => [...readFileSync(doc, 'utf8').matchAll(/`((?:src|test|docs|scripts|bench)\/[\w./-]*[\w/])`/g)].map((m) => ({ doc, path: m[1] as string })));
    expect(named.length).toBeGreaterThan(30);
    // What a run writes (a screenshot, profiles) exists only after that run.
    const written = (path: string) => path.startsWith('test/artifacts/') || path.startsWith('bench/profiles/');
    expect(named.filter(({ path }) => !written(path) && !existsSync(path))).toEqual([]);
  });
});
