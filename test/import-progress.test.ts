import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/import/progress.js';

// A long import shows it is alive: a bar with rate and ETA on a terminal, a plain line every few seconds in a
// log (not a TTY), never a line per batch.

describe('import progress', () => {
  it('prints a plain line with count, rate and ETA at most every 5 s when output is not a terminal', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = createProgress({ total: 1000, label: 'users', terminal: undefined, print: (l) => lines.push(l), now: () => now });
    now = 1000;
    progress.advance(100);
    expect(lines).toEqual([]);
    now = 5000;
    progress.advance(150);
    expect(lines).toEqual(['users: 250/1000 (25%), 50/s, ETA 15 s']);
    now = 6000;
    progress.advance(250);
    expect(lines).toHaveLength(1);
    progress.stop();
  });

  it('draws a bar with the rate and ETA on a terminal, and prints no plain lines', async () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120 }) as unknown as NodeJS.WriteStream;
    let drawn = '';
    (stream as unknown as PassThrough).on('data', (chunk: Buffer) => (drawn += chunk.toString()));
    let now = 0;
    const lines: string[] = [];
    const progress = createProgress({ total: 1000, label: 'users', terminal: stream, print: (l) => lines.push(l), now: () => now });
    now = 2000;
    progress.advance(500);
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual([]);
    expect(drawn).toMatch(/users \[.*\] 50% \| 500\/1000 \| 250\/s \| ETA/);
  });
});
