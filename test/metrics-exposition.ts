import { expect } from 'vitest';

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  types: Map<string, string>;
  samples: Sample[];
}

const METRIC_NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"';
// Go's ParseFloat, which Prometheus uses, reads Inf and NaN in any case (prom-client writes "Nan").
const VALUE = '(?:[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?[iI][nN][fF]|[nN][aA][nN])';
const HELP_LINE = new RegExp(`^# HELP (${METRIC_NAME}) .*$`);
const TYPE_LINE = new RegExp(`^# TYPE (${METRIC_NAME}) (counter|gauge|histogram|summary|untyped)$`);
const SAMPLE_LINE = new RegExp(`^(${METRIC_NAME})(?:\\{((?:${LABEL})(?:,${LABEL})*,?)?\\})? (${VALUE})(?: -?\\d+)?$`);

/** A strict reading of the Prometheus text exposition format (0.0.4): any other line fails the test. */
export function parseExposition(text: string): Exposition {
  expect(text.endsWith('\n'), 'ends with a newline').toBe(true);
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.slice(0, -1).split('\n')) {
    if (line === '' || HELP_LINE.test(line)) continue;
    const type = TYPE_LINE.exec(line);
    if (type) {
      expect(types.has(type[1] as string), `TYPE given twice: ${line}`).toBe(false);
      types.set(type[1] as string, type[2] as string);
      continue;
    }
    const sample = SAMPLE_LINE.exec(line);
    expect(sample, `not a Prometheus exposition line: ${JSON.stringify(line)}`).not.toBeNull();
    const [, name = '', labelText = '', value = ''] = sample as RegExpExecArray;
    const labels: Record<string, string> = {};
    for (const m of labelText.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[m[1] as string] = (m[2] as string).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    const family = [name, name.replace(/_(bucket|sum|count)$/, '')].find((n) => types.has(n));
    expect(family, `sample without a TYPE: ${line}`).toBeDefined();
    samples.push({ name, labels, value: /nan/i.test(value) ? Number.NaN : /inf/i.test(value) ? (value.startsWith('-') ? -Infinity : Infinity) : Number(value) });
  }
  return { types, samples };
}

export function valueOf(exposition: Exposition, name: string, labels: Record<string, string> = {}): number {
  const found = exposition.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return found.reduce((sum, s) => sum + s.value, 0);
}

/**
 * How each of Gatehouse's counters and histogram counts moved between two scrapes, by series (`name{labels}`),
 * moves of zero left out. Histogram sums and buckets are timings, not events: they are left out too.
 */
export function countDeltas(before: Exposition, after: Exposition): Record<string, number> {
  const counted = (exposition: Exposition): Map<string, number> => {
    const series = new Map<string, number>();
    for (const s of exposition.samples) {
      if (!s.name.startsWith('gatehouse_')) continue;
      const type = exposition.types.get(s.name) ?? exposition.types.get(s.name.replace(/_count$/, ''));
      if (!(type === 'counter' || (type === 'histogram' && s.name.endsWith('_count')))) continue;
      const labels = Object.entries(s.labels).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}="${v}"`).join(',');
      series.set(`${s.name}{${labels}}`, s.value);
    }
    return series;
  };
  const was = counted(before);
  const deltas: Record<string, number> = {};
  for (const [key, value] of counted(after)) {
    const moved = value - (was.get(key) ?? 0);
    if (moved !== 0) deltas[key] = moved;
  }
  return deltas;
}
