import { Type } from 'typebox';

export const HealthResponse = Type.Object({ status: Type.Literal('ok') });
export const ReadyResponse = Type.Object({ status: Type.Literal('ok'), database: Type.Literal('ok'), redis: Type.Optional(Type.Literal('ok')) });
