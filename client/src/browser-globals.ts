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
  navigator?: { locks?: LockManagerLike; credentials?: Partial<CredentialsContainerLike> };
  PublicKeyCredential?: Partial<PublicKeyCredentialStatics>;
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

/** What `navigator.credentials.create()` / `.get()` resolve to, as far as the client reads it. */
export interface PublicKeyCredentialLike {
  toJSON(): unknown;
}
export interface CredentialsContainerLike {
  create(options: { publicKey: unknown }): Promise<PublicKeyCredentialLike | null>;
  get(options: { publicKey: unknown }): Promise<PublicKeyCredentialLike | null>;
}
/** The static side of `PublicKeyCredential`: the JSON parsers of WebAuthn level 3. */
export interface PublicKeyCredentialStatics {
  parseCreationOptionsFromJSON(options: unknown): unknown;
  parseRequestOptionsFromJSON(options: unknown): unknown;
}
export interface WebAuthnLike {
  credentials: CredentialsContainerLike;
  PublicKeyCredential: PublicKeyCredentialStatics;
}

/** navigator.credentials and PublicKeyCredential's JSON parsers, when this runtime has both (browsers in a secure context). */
export function webAuthn(): WebAuthnLike | undefined {
  const credentials = browser.navigator?.credentials;
  const statics = browser.PublicKeyCredential;
  if (typeof credentials?.create !== 'function' || typeof credentials.get !== 'function') return undefined;
  if (typeof statics?.parseCreationOptionsFromJSON !== 'function' || typeof statics.parseRequestOptionsFromJSON !== 'function') return undefined;
  return { credentials: credentials as CredentialsContainerLike, PublicKeyCredential: statics as PublicKeyCredentialStatics };
}
