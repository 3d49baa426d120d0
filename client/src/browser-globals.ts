/** The few browser features the client touches, each optional and typed as narrowly as it is used: Node has none of some. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}
export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
  /** Node only: lets the process exit while the channel is open. */
  unref?(): void;
}

interface BrowserGlobals {
  navigator?: { locks?: LockManagerLike };
  localStorage?: StorageLike;
  document?: { cookie?: string };
  BroadcastChannel?: new (name: string) => BroadcastChannelLike;
}

const browser = globalThis as unknown as BrowserGlobals;

export function lockManager(): LockManagerLike | undefined {
  return typeof browser.navigator?.locks?.request === 'function' ? browser.navigator.locks : undefined;
}

export function localStorageIfAny(): StorageLike | undefined {
  try {
    return browser.localStorage ?? undefined;
  } catch {
    // Reading localStorage throws where storage is blocked (sandboxed frames, some private modes).
    return undefined;
  }
}

export function documentCookie(): string | undefined {
  return typeof browser.document?.cookie === 'string' ? browser.document.cookie : undefined;
}

export function openBroadcastChannel(name: string): BroadcastChannelLike | undefined {
  if (typeof browser.BroadcastChannel !== 'function') return undefined;
  const channel = new browser.BroadcastChannel(name);
  channel.unref?.();
  return channel;
}
