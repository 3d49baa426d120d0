import type { LockManagerLike, StorageLike } from '../src/browser-globals.js';

/** navigator.locks granting one caller at a time, in request order; the test can wait until `count` callers have asked. */
export function fakeLockManager(): LockManagerLike & { whenRequested(count: number): Promise<void> } {
  let tail: Promise<unknown> = Promise.resolve();
  let requested = 0;
  const watchers: Array<{ count: number; notify: () => void }> = [];
  const notifyWatchers = (): void => {
    for (const watcher of watchers.filter((w) => requested >= w.count)) {
      watchers.splice(watchers.indexOf(watcher), 1);
      watcher.notify();
    }
  };
  return {
    request<T>(_name: string, callback: () => Promise<T>): Promise<T> {
      const granted = tail.then(callback);
      tail = granted.catch(() => undefined);
      requested += 1;
      notifyWatchers();
      return granted;
    },
    whenRequested: (count) =>
      new Promise<void>((notify) => {
        watchers.push({ count, notify });
        notifyWatchers();
      }),
  };
}

export function fakeStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
