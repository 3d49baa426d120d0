import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * PostgreSQL and Redis servers of a test's own, on spare ports, that the test may stop, kill, pause and restart.
 * The shared servers (5432, 6379) are never touched. Without the server binaries these helpers throw: the
 * tests that use them fail loudly instead of skipping.
 */

const run = promisify(execFile);
const COMMAND_TIMEOUT_MS = 60_000;

/** A port nothing listens on right now (the kernel's pick). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest) return path.join(root, newest, 'bin');
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return path.dirname(onPath);
  throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or on PATH: install postgresql to run this test');
}

export interface PrivatePostgres {
  port: number;
  /** postgres://postgres@127.0.0.1:PORT/<database> */
  url(database?: string): string;
  /** `pg_ctl stop -m fast` (sessions told and closed) or `-m immediate` (processes quit at once, crash recovery at next start). */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP the postmaster and every backend: the server hangs, sockets stay open, nothing answers. */
  pause(): void;
  resume(): void;
  /** Stops it whatever its state and removes its files. */
  destroy(): Promise<void>;
}

/** initdb + pg_ctl start in a temporary directory, as the `postgres` user when running as root. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-pg-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  if (asRoot) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0) throw new Error('running as root, but there is no "postgres" user to run PostgreSQL as');
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim();
    chownSync(dir, Number(ids.stdout.trim()), Number(gid));
  }
  const command = (tool: string, args: string[]) => {
    const file = path.join(bin, tool);
    return asRoot ? (['runuser', ['-u', 'postgres', '--', file, ...args]] as const) : ([file, args] as const);
  };
  const exec = async (tool: string, args: string[]) => {
    const [file, argv] = command(tool, args);
    try {
      await run(file, [...argv], { timeout: COMMAND_TIMEOUT_MS });
    } catch (err) {
      const e = err as { stderr?: string; stdout?: string; message: string };
      const log = existsSync(path.join(dir, 'server.log')) ? readFileSync(path.join(dir, 'server.log'), 'utf8').slice(-2000) : '';
      throw new Error(`${tool} ${args.join(' ')} failed: ${e.message}\n${e.stderr ?? ''}${e.stdout ?? ''}\n${log}`);
    }
  };
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}`;
  const start = () => exec('pg_ctl', ['start', '-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', '-o', options]);
  const stop = (mode: 'fast' | 'immediate') => exec('pg_ctl', ['stop', '-D', data, '-m', mode, '-w', '-t', '60']);

  const postmasterPid = (): number | undefined => {
    const file = path.join(data, 'postmaster.pid');
    if (!existsSync(file)) return undefined;
    return Number(readFileSync(file, 'utf8').split('\n')[0]);
  };
  const backendPids = (parent: number): number[] =>
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          // Field 4 of /proc/PID/stat is the parent pid; the name (field 2) may hold spaces, so split after it.
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
        } catch {
          return false;
        }
      })
      .map(Number);
  let paused: number[] = [];
  const signalAll = (pids: number[], signal: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // gone already
      }
    }
  };

  // Whatever happens to the test process, leave no server behind.
  const killOnExit = () => {
    signalAll(paused, 'SIGCONT');
    const [file, argv] = command('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '20']);
    spawnSync(file, [...argv], { stdio: 'ignore', timeout: 30_000 });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);

  try {
    await exec('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    await start();
  } catch (err) {
    killOnExit();
    process.removeListener('exit', killOnExit);
    throw err;
  }

  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop,
    start,
    pause: () => {
      const pid = postmasterPid();
      if (!pid) throw new Error('PostgreSQL is not running');
      // The postmaster first, so it starts no new backend while the others are being stopped.
      paused = [pid];
      signalAll(paused, 'SIGSTOP');
      const backends = backendPids(pid);
      signalAll(backends, 'SIGSTOP');
      paused = [pid, ...backends];
    },
    resume: () => {
      signalAll(paused, 'SIGCONT');
      paused = [];
    },
    destroy: async () => {
      process.removeListener('exit', killOnExit);
      killOnExit();
    },
  };
}

export interface PrivateRedis {
  port: number;
  url: string;
  /** Kills the server (SIGKILL: no goodbye to clients) or shuts it down (SIGTERM). */
  stop(signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  /** Starts it again on the same port, empty (no persistence). */
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** A redis-server on a spare port, without persistence, that the test can kill and restart. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const binary = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!binary) throw new Error('redis-server not found on PATH: install redis-server to run this test');
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-redis-'));
  const port = await freePort();
  let child: ChildProcess | null = null;

  const start = async () => {
    const server = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = server;
    let output = '';
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start within 20 s:\n${output}`)), 20_000);
      const onExit = () => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited at start:\n${output}`));
      };
      server.once('exit', onExit);
      server.stdout?.on('data', () => {
        if (/Ready to accept connections/.test(output)) {
          clearTimeout(timer);
          server.removeListener('exit', onExit);
          resolve();
        }
      });
    });
  };
  const stop = async (signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL') => {
    const server = child;
    child = null;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = once(server, 'exit');
    server.kill(signal);
    await exited;
  };
  const killOnExit = () => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    destroy: async () => {
      process.removeListener('exit', killOnExit);
      await stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
