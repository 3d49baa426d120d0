import { type ChildProcess, spawn } from 'node:child_process';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Everything the process wrote so far, stdout and stderr. */
  output(): string;
  /** Resolves when the process has exited, with its code or the signal that killed it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();
// A failed test must not leave a server behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts src/server.ts as `npm start` would (config from env only, migrations at start) on a free port of 127.0.0.1.
 * Load shedding is off unless a test asks for it: a busy test machine must not turn requests into 503s.
 */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', LOG_TO_FILE: 'false', MAX_EVENT_LOOP_DELAY: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 30 s:\n${output}`));
    }, 30_000);
    child.stdout?.on('data', () => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited at start (code ${code}, signal ${signal}):\n${output}`));
    });
  });
  return { child, url, port: Number(new URL(url).port), output: () => output, exited };
}

/** Kills the process if it still runs (SIGKILL) and waits for it: for afterAll and finally blocks. */
export async function killServer(server: ServerProcess | undefined): Promise<void> {
  if (!server) return;
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  await server.exited;
}

/** Log lines of the server (pino JSON), skipping anything that is not JSON. */
export function logLines(server: ServerProcess): Array<Record<string, unknown>> {
  const lines: Array<Record<string, unknown>> = [];
  for (const line of server.output().split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // a line cut in the middle by the pipe; the next read has it whole
    }
  }
  return lines;
}

export interface LogFollower {
  /**
   * Resolves once `condition` holds, checked now and after every batch of new log lines; rejects if the
   * process exits first (with the end of its output).
   */
  until(condition: () => boolean): Promise<void>;
  /** Stops following (the process's output is still collected). */
  stop(): void;
}

/**
 * Hands each new log line of the server to `onLine` once, as it is written: only the bytes appended since
 * the previous read are parsed, so following a long, busy log costs no more than the log itself.
 */
export function followLog(server: ServerProcess, onLine: (line: Record<string, unknown>) => void): LogFollower {
  let offset = 0;
  const waiters: Array<{ condition: () => boolean; resolve: () => void; reject: (err: Error) => void }> = [];
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (!waiter.condition()) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  const read = () => {
    const output = server.output();
    const end = output.lastIndexOf('\n');
    if (end < offset) return;
    const fresh = output.slice(offset, end);
    offset = end + 1;
    for (const line of fresh.split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        onLine(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line of pino's
      }
    }
    settle();
  };
  // Registered after startServer's own listeners, so output() already holds the chunk when read() runs.
  server.child.stdout?.on('data', read);
  server.child.stderr?.on('data', read);
  let ended: Error | undefined;
  const fail = () => {
    if (ended) for (const waiter of waiters.splice(0)) waiter.reject(ended);
  };
  void server.exited.then(({ code, signal }) => {
    read();
    ended = new Error(`server exited (code ${code}, signal ${signal}) while waiting:\n${server.output().slice(-3000)}`);
    fail();
  });
  read();
  return {
    until(condition) {
      return new Promise((resolve, reject) => {
        waiters.push({ condition, resolve, reject });
        settle();
        fail();
      });
    },
    stop() {
      server.child.stdout?.off('data', read);
      server.child.stderr?.off('data', read);
    },
  };
}
