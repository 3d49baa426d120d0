import { type Static, Type } from 'typebox';
import { NullableString, Password, Timestamp } from './fields.js';

export const IdentitySchema = Type.Object({
  id: Type.String(),
  provider: Type.String({ example: 'google' }),
  email: NullableString({ description: 'The email the provider asserted at the last sign-in' }),
  email_verified: Type.Boolean(),
  created_at: Timestamp,
  last_used_at: NullableString({ format: 'date-time' }),
}, { title: 'Identity' });
export type IdentityView = Static<typeof IdentitySchema>;

export const IdentityListResponse = Type.Object({ identities: Type.Array(IdentitySchema) });
export const IdentityIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const ProviderParams = Type.Object({ provider: Type.String({ pattern: '^[a-z][a-z0-9]{0,31}$' }) });

export const OAuthStartQuery = Type.Object({ redirect_to: Type.Optional(Type.String({ maxLength: 2048 })) }, { additionalProperties: false });
export const OAuthCallbackQuery = Type.Object({}, { additionalProperties: true });
export const OAuthExchangeBody = Type.Object({ code: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) }, { additionalProperties: false });
export const LinkStartBody = Type.Object({
  redirect_to: Type.Optional(Type.String({ maxLength: 2048 })),
  current_password: Type.Optional(Password),
}, { additionalProperties: false });
export const AuthorizationUrlResponse = Type.Object({ authorization_url: Type.String({ description: 'Send the browser there (top-level navigation)' }) });
