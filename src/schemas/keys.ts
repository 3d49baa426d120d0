import { Type } from 'typebox';

export const JwksResponse = Type.Object({ keys: Type.Array(Type.Object({ kid: Type.String(), kty: Type.String(), alg: Type.String(), use: Type.String() }, { additionalProperties: true })) });
