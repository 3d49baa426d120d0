import { type Static, Type } from 'typebox';
import { Password } from './fields.js';

export const TotpCode = Type.String({ pattern: '^[0-9]{6}$', description: 'The 6-digit code of the authenticator app' });

export const EnrolBody = Type.Object({ current_password: Password }, { additionalProperties: false });
export const EnrolmentResponse = Type.Object({ secret: Type.String(), otpauth_uri: Type.String(), qr_svg: Type.String() });
export type Enrolment = Static<typeof EnrolmentResponse>;

export const ConfirmBody = Type.Object({ code: TotpCode }, { additionalProperties: false });
/** The password and a code: what turning the factor off or replacing the recovery codes needs. */
export const ProofBody = Type.Object({ current_password: Password, code: TotpCode }, { additionalProperties: false });

export const RecoveryCodesResponse = Type.Object({ recovery_codes: Type.Array(Type.String(), { minItems: 10, maxItems: 10, description: 'Single-use codes, shown this once' }) });
