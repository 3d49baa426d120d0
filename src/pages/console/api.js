// The console's only way to the server: the public API, with bearer tokens kept in this module's memory
// (never in storage: a reload signs out). Every error is the API's problem+json.

let session = null;
let refreshing = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || `The server answered ${status}.`);
    this.status = status;
    this.code = problem.code;
    this.detail = problem.detail || this.message;
    this.errors = problem.errors || [];
  }
}

async function send(method, path, body, token) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit' });
  } catch {
    throw new ApiError(0, { detail: 'The server could not be reached. Try again.' });
  }
  const data = res.status === 204 ? null : await res.json().catch(() => ({}));
  return { res, data };
}

/** One refresh for any number of requests that found the access token expired. */
function refresh() {
  refreshing ??= send('POST', '/api/auth/refresh', { refresh_token: session.refresh }).then(({ res, data }) => {
    if (!res.ok) {
      session = null;
      throw new ApiError(res.status, data);
    }
    session = { ...session, access: data.access_token, refresh: data.refresh_token ?? session.refresh };
  }).finally(() => { refreshing = null; });
  return refreshing;
}

export async function api(method, path, body) {
  let { res, data } = await send(method, path, body, session?.access);
  if (res.status === 401 && data?.code === 'token_expired' && session) {
    await refresh();
    ({ res, data } = await send(method, path, body, session.access));
  }
  if (!res.ok) throw new ApiError(res.status, data || {});
  return data;
}

export const signedIn = () => session !== null;
export const currentUser = () => session?.user;

/** The password step: signs in, or answers { mfaToken } when a second factor is needed. */
export async function signIn(identifier, password) {
  const who = identifier.includes('@') ? { email: identifier } : { username: identifier };
  const data = await api('POST', '/api/auth/login', { ...who, password });
  if (data.mfa_required) return { mfaToken: data.mfa_token };
  return admit(data);
}

/** The second step: a 6-digit code from the app, or a recovery code. */
export async function signInWithCode(mfaToken, code) {
  const answer = /^\d{6}$/.test(code) ? { code } : { recovery_code: code };
  return admit(await api('POST', '/api/auth/login/mfa', { mfa_token: mfaToken, ...answer }));
}

/** Only admins stay signed in, and only if the admin API lets them in (MFA_REQUIRED_FOR_ADMINS wants aal 2). */
async function admit(data) {
  session = { access: data.access_token, refresh: data.refresh_token, user: data.user };
  if (data.user.role !== 'admin') {
    await signOut();
    throw new ApiError(403, { detail: 'This account is not an administrator: the console is for admins only.' });
  }
  try {
    await api('GET', '/api/users?per_page=1');
  } catch (err) {
    await signOut();
    throw err;
  }
  return { user: data.user };
}

export async function signOut() {
  const ending = session;
  session = null;
  if (ending) await send('POST', '/api/auth/logout', { refresh_token: ending.refresh }, ending.access).catch(() => undefined);
}
