import { type Static, Type } from 'typebox';
import { Email, MailedToken, NewPassword, NO_CONTROL_CHARACTERS, Password, Username } from './fields.js';
import { UserSchema } from './user.js';
import { AuthenticationResponse } from './passkey.js';

export const RegisterBody = Type.Object({ username: Username, email: Email, password: NewPassword }, { additionalProperties: false });
export type Registration = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  {
    email: Type.Optional(Type.String({ maxLength: 254, pattern: NO_CONTROL_CHARACTERS, example: 'alice@example.com' })),
    username: Type.Optional(Type.String({ maxLength: 64, pattern: NO_CONTROL_CHARACTERS })),
    password: Password,
  },
  { additionalProperties: false, description: 'Exactly one of email or username, and the password' },
);
export type LoginCredentials = Static<typeof LoginBody>;

export const RefreshBody = Type.Object({ refresh_token: Type.Optional(Type.String({ maxLength: 4096 })) }, { additionalProperties: false });

export const TokenPairSchema = Type.Object({
  access_token: Type.String(),
  refresh_token: Type.String(),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer({ description: 'Access-token lifetime in seconds' }),
  refresh_expires_in: Type.Integer({ description: 'Refresh-token lifetime in seconds' }),
});
export type TokenPair = Static<typeof TokenPairSchema>;

export const LoginResponse = Type.Object({ ...TokenPairSchema.properties, user: UserSchema });
export type LoginResult = Static<typeof LoginResponse>;

const TOKENS = ['access_token', 'refresh_token'] as const;

/** The answers of sign-ins and refreshes; in cookie mode with JWT_COOKIE_BODY_TOKENS=false the tokens are only in cookies. */
export function tokenAnswerSchemas(tokensInBody: boolean) {
  if (tokensInBody) return { TokenAnswer: TokenPairSchema, LoginAnswer: LoginResponse };
  return { TokenAnswer: Type.Omit(TokenPairSchema, TOKENS), LoginAnswer: Type.Omit(LoginResponse, TOKENS, { title: 'LoginResponse' }) };
}

/** A right password of an account with a second factor: the code step completes the login. */
export const MfaChallengeResponse = Type.Object({
  mfa_required: Type.Literal(true),
  mfa_token: Type.String({ description: 'Send it to POST /api/auth/login/mfa with a code within 5 minutes; single use' }),
  methods: Type.Array(Type.Union([Type.Literal('totp'), Type.Literal('recovery_code'), Type.Literal('webauthn')]), { description: 'The second factors this account may use (webauthn: a passkey, through POST /api/auth/passkey/options {mfa_token})' }),
}, { title: 'MfaChallenge' });
export type MfaChallenge = Static<typeof MfaChallengeResponse>;

export const MfaLoginBody = Type.Object(
  {
    mfa_token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }),
    code: Type.Optional(Type.String({ pattern: '^[0-9]{6}$', description: 'The 6-digit code of the authenticator app' })),
    recovery_code: Type.Optional(Type.String({ minLength: 10, maxLength: 16, pattern: '^[A-Za-z0-9 -]+$', description: 'One of the recovery codes' })),
    webauthn: Type.Optional(AuthenticationResponse),
  },
  { additionalProperties: false, description: 'The mfa_token and exactly one of code, recovery_code or webauthn (a passkey\'s assertion)' },
);

export const ForgotPasswordBody = Type.Object({ email: Email }, { additionalProperties: false });
export const ResetPasswordBody = Type.Object({ token: MailedToken, password: NewPassword }, { additionalProperties: false });
export const VerifyEmailBody = Type.Object({ token: MailedToken }, { additionalProperties: false });
