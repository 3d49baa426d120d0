import cliProgress from 'cli-progress';

/** How an import shows it is alive: a bar with rate and ETA on a terminal, a plain line now and then otherwise. */
export interface Progress {
  advance(rows: number): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 5000;

export function createProgress({ total, label, terminal, print, now = () => Date.now() }: {
  total: number;
  label: string;
  /** The terminal to draw on; undefined when output is not a TTY. */
  terminal: NodeJS.WriteStream | undefined;
  print: (line: string) => void;
  now?: () => number;
}): Progress {
  let done = 0;
  if (terminal) {
    const bar = new cliProgress.SingleBar(
      { stream: terminal, format: `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`, hideCursor: true, etaBuffer: 50, fps: 5 },
      cliProgress.Presets.shades_classic,
    );
    const started = now();
    bar.start(total, 0, { rate: 0 });
    return {
      advance(rows) {
        done += rows;
        const seconds = (now() - started) / 1000;
        bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds) : 0 });
      },
      stop: () => bar.stop(),
    };
  }
  const started = now();
  let lastLine = started;
  return {
    advance(rows) {
      done += rows;
      const at = now();
      if (at - lastLine < PLAIN_EVERY_MS) return;
      lastLine = at;
      const rate = done / ((at - started) / 1000);
      const eta = rate > 0 ? Math.max(0, Math.round((total - done) / rate)) : 0;
      print(`${label}: ${done}/${total} (${total > 0 ? Math.floor((100 * done) / total) : 100}%), ${Math.round(rate)}/s, ETA ${eta} s`);
    },
    stop: () => {},
  };
}
