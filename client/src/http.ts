import { GatehouseError, problemFrom } from './errors.js';

/** The part of the Fetch API the client uses: the global fetch, or any function shaped like it. */
export interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  credentials?: 'include' | 'same-origin' | 'omit';
}
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** The global fetch, called as a method of globalThis (browsers refuse a detached call). */
export function globalFetch(): FetchLike {
  const globals = globalThis as unknown as { fetch?: FetchLike };
  if (typeof globals.fetch !== 'function') throw new TypeError('createClient: no global fetch here; pass { fetch }');
  return (url, init) => globals.fetch!(url, init);
}

type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>;

/** '/api/users/{id}' with { id: 7 } → '/api/users/7'; a missing param is the caller's bug. */
export function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new TypeError(`request ${template}: missing path param "${name}"`);
    return encodeURIComponent(String(value));
  });
}

export function queryString(query: Record<string, QueryValue> | undefined): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(item))}`);
    }
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

export interface Exchange {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  credentials?: FetchInit['credentials'];
}

/** One HTTP exchange: the parsed JSON (or text) of a 2xx answer, or a GatehouseError for anything else. */
export async function send(fetch: FetchLike, { method, url, headers, body, credentials }: Exchange): Promise<unknown> {
  let response: FetchResponse;
  let text: string;
  try {
    const init: FetchInit = { method, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    if (credentials) init.credentials = credentials;
    response = await fetch(url, init);
    text = await response.text();
  } catch (cause) {
    throw new GatehouseError({ status: 0, code: 'network_error', detail: `${method} ${url} failed: ${cause instanceof Error ? cause.message : String(cause)}`, cause });
  }
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const isJson = /^application\/([\w.+-]+\+)?json/i.test(response.headers.get('content-type') ?? '');
  let parsed: unknown = text;
  if (isJson && text !== '') {
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      throw new GatehouseError({ status: response.status, code: 'unexpected_response', detail: `${method} ${url} answered ${response.status} with malformed JSON`, requestId, cause });
    }
  }
  if (response.status >= 200 && response.status < 300) return text === '' ? undefined : parsed;
  throw (
    problemFrom(response.status, isJson ? parsed : undefined, requestId) ??
    new GatehouseError({ status: response.status, code: 'unexpected_response', detail: `${method} ${url} answered ${response.status} without a problem body: ${text.slice(0, 200)}`, requestId })
  );
}
