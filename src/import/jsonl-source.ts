import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export type JsonlLine = { line: number; value: unknown } | { line: number; error: string };

/** Each non-blank line of a JSONL file, parsed, one at a time (the file is never read whole). A bad line is reported, never fatal. */
export async function* readJsonl(file: string): AsyncGenerator<JsonlLine> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  await opened;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    let parsed: JsonlLine;
    try {
      parsed = { line, value: JSON.parse(text) as unknown };
    } catch {
      parsed = { line, error: 'not valid JSON' };
    }
    yield parsed;
  }
}
