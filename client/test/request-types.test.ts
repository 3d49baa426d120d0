import { describe, expectTypeOf, it } from 'vitest';
import { createClient, type ErrorCode, type GatehouseError, type User } from '../src/index.js';

// Checked by `npm run typecheck`: the calls below compile, the @ts-expect-error ones must not.
describe('request() typed by the generated paths', () => {
  const client = createClient({ baseUrl: 'http://gatehouse.invalid', mode: 'bearer', fetch: () => Promise.reject(new Error('not sent')) });

  it('types path params, query, body and the answer from the OpenAPI document', () => {
    const calls = () => {
      expectTypeOf(client.request('get', '/api/users/{id}', { params: { id: 1 } })).resolves.toEqualTypeOf<{ user: User }>();
      expectTypeOf(client.request('get', '/api/users', { query: { per_page: 10 } })).toExtend<Promise<{ users: User[] }>>();
      expectTypeOf(client.request('get', '/api/users/me')).resolves.toEqualTypeOf<{ user: User }>();
      // @ts-expect-error the id is a number
      void client.request('get', '/api/users/{id}', { params: { id: 'one' } });
      // @ts-expect-error a path param is required
      void client.request('get', '/api/users/{id}');
      // @ts-expect-error no such path
      void client.request('get', '/api/nothing');
      // @ts-expect-error login is POST only
      void client.request('get', '/api/auth/login');
      // @ts-expect-error the body needs a password
      void client.request('post', '/api/auth/login', { body: { username: 'alice' } });
    };
    expectTypeOf(calls).toBeFunction();
  });

  it('types the error code as the enum of the Problem schema', () => {
    expectTypeOf<GatehouseError['code']>().toEqualTypeOf<ErrorCode | 'network_error' | 'unexpected_response' | 'webauthn_unavailable' | 'webauthn_failed'>();
    expectTypeOf<'token_expired'>().toExtend<ErrorCode>();
    expectTypeOf<'no_such_code'>().not.toExtend<ErrorCode>();
  });
});
