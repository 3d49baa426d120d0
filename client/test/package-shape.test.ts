import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the @gatehouse/client package', () => {
  it('imports nothing but its own modules, by relative .js paths a browser loads as they are', () => {
    const specifiers = readdirSync('client/src').filter((f) => f.endsWith('.ts')).flatMap((file) =>
      [...readFileSync(`client/src/${file}`, 'utf8').matchAll(/(?:from|import)\s+'([^']+)'/g)].map((m) => ({ file, specifier: m[1] as string })),
    );
    expect(specifiers.length).toBeGreaterThan(10);
    expect(specifiers.filter(({ specifier }) => !/^\.\/[\w-]+\.js$/.test(specifier))).toEqual([]);
  });

  it('publishes dist/ as an ES module with its types, for Node 20+, with no runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync('client/package.json', 'utf8'));
    expect(pkg).toMatchObject({ name: '@gatehouse/client', type: 'module', files: ['dist'], engines: { node: '>=20' }, exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } });
    expect(pkg.dependencies).toBeUndefined();
  });
});
