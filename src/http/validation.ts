import { Ajv, type ErrorObject, type Options, type SchemaObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import fp from 'fastify-plugin';
import { passwordPolicyErrors } from '../account/password-policy.js';
import { AppError } from '../errors.js';
import { PASSWORD_POLICY_KEYWORD } from '../schemas/fields.js';

// ajv-formats is CommonJS: its default export is module.exports under Node, `.default` under some loaders.
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ?? formatsModule) as unknown as (ajv: Ajv) => Ajv;

/** The options of Fastify's own compiler, but every broken rule reported and nothing removed silently. */
const AJV_OPTIONS: Options = {
  allErrors: true,
  useDefaults: true,
  removeAdditional: false,
  addUsedSchema: false,
  // TypeBox schemas carry OpenAPI examples, and new passwords their marker (schemas/fields.ts NewPassword).
  keywords: ['example', PASSWORD_POLICY_KEYWORD],
};

function createAjv(coerceTypes: Options['coerceTypes']): Ajv {
  const ajv = new Ajv({ ...AJV_OPTIONS, coerceTypes });
  addFormats(ajv);
  return ajv;
}

type Issue = Pick<ErrorObject, 'instancePath' | 'schemaPath' | 'keyword' | 'message'> & { params: Record<string, unknown> };

/** A validator in the shape Fastify calls: false with `errors` set, or true. */
type Validator = ((data: unknown) => boolean) & { errors?: Issue[] | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issueField(issue: Issue): string {
  const missing = issue.params.missingProperty ?? issue.params.additionalProperty;
  const base = issue.instancePath.replace(/^\//, '');
  return typeof missing === 'string' ? (base ? `${base}/${missing}` : missing) : base;
}

/** The body's fields that hold a password being set: those whose schema carries the password-policy marker. */
function newPasswordFields(schema: SchemaObject): string[] {
  if (!isRecord(schema.properties)) return [];
  return Object.entries(schema.properties).filter(([, property]) => isRecord(property) && property[PASSWORD_POLICY_KEYWORD] === true).map(([name]) => name);
}

/**
 * A body that fails its schema is also checked against the password policy, so one 400 names every broken
 * rule (a bad email and a short password together). The services still check the policy themselves: this only
 * adds its errors to a failure the schema found, with the identity the body gives.
 */
function withPasswordPolicy(validate: ValidateFunction, fields: string[]): Validator {
  const validator: Validator = (data) => {
    if (validate(data)) {
      validator.errors = null;
      return true;
    }
    const body: unknown = data;
    const issues = [...(validate.errors ?? [])] as Issue[];
    if (isRecord(body)) {
      const identity = { username: typeof body.username === 'string' ? body.username : undefined, email: typeof body.email === 'string' ? body.email : undefined };
      for (const field of fields) {
        const password = body[field];
        if (typeof password !== 'string' || issues.some((issue) => issueField(issue) === field)) continue;
        for (const { message } of passwordPolicyErrors(password, identity)) {
          issues.push({ instancePath: `/${field}`, schemaPath: `#/properties/${field}`, keyword: 'passwordPolicy', message, params: {} });
        }
      }
    }
    validator.errors = issues;
    return false;
  };
  return validator;
}

const DECIMAL_INTEGER = /^-?\d+$/;
const DECIMAL_NUMBER = /^-?\d+(\.\d+)?$/;

function numericKind(schema: unknown): 'integer' | 'number' | undefined {
  if (!isRecord(schema)) return undefined;
  const types = [schema.type].flat();
  if (types.includes('integer')) return 'integer';
  if (types.includes('number')) return 'number';
  return undefined;
}

/** The properties (or array items) of a query, params or headers schema that hold numbers. */
interface NumericProperty {
  name: string;
  kind: 'integer' | 'number';
  /** An array of numbers rather than one. */
  list: boolean;
}

function numericProperties(schema: SchemaObject): NumericProperty[] {
  if (!isRecord(schema.properties)) return [];
  return Object.entries(schema.properties).flatMap(([name, property]): NumericProperty[] => {
    const kind = numericKind(property);
    if (kind) return [{ name, kind, list: false }];
    const itemKind = isRecord(property) ? numericKind(property.items) : undefined;
    return itemKind ? [{ name, kind: itemKind, list: true }] : [];
  });
}

/** Text that is a finite number written in plain decimal digits: no exponent, hex, blanks or Infinity. */
function isDecimal(text: string, kind: 'integer' | 'number'): boolean {
  if (!(kind === 'integer' ? DECIMAL_INTEGER : DECIMAL_NUMBER).test(text)) return false;
  const value = Number(text);
  return kind === 'integer' ? Number.isSafeInteger(value) : Number.isFinite(value);
}

/**
 * Ajv coerces any text JavaScript reads as a number ("1e3", "0x10", " 1", and "1e309", which becomes Infinity
 * and then skips every range check). Path and query numbers must be plain decimal and finite; the rest of the
 * coercion (and every other rule) stays Ajv's.
 */
function withDecimalNumbers(validate: ValidateFunction, schema: SchemaObject): Validator {
  const numeric = numericProperties(schema);
  if (numeric.length === 0) return validate as Validator;
  const validator: Validator = (data) => {
    // Checked before Ajv runs: it coerces in place.
    const refused: Issue[] = [];
    if (isRecord(data)) {
      for (const { name, kind, list } of numeric) {
        const value = data[name];
        const texts = Array.isArray(value) ? value : [value];
        if (!list && Array.isArray(value) && value.length !== 1) continue;
        if (texts.some((text) => typeof text === 'string' && !isDecimal(text, kind))) {
          refused.push({ instancePath: `/${name}`, schemaPath: `#/properties/${name}/type`, keyword: 'type', message: `must be ${kind === 'integer' ? 'an integer' : 'a number'} in decimal digits`, params: { type: kind } });
        }
      }
    }
    const valid = validate(data);
    if (valid && refused.length === 0) {
      validator.errors = null;
      return true;
    }
    const refusedFields = new Set(refused.map((issue) => issue.instancePath));
    const others = ((validate.errors ?? []) as Issue[]).filter((issue) => !refusedFields.has(issue.instancePath.replace(/^(\/[^/]+).*$/, '$1')));
    validator.errors = [...refused, ...others];
    return false;
  };
  return validator;
}

/**
 * Request validation: JSON bodies are taken exactly as sent (a wrong type is a 400, never coerced), while the
 * query string, path parameters and headers, which are text by nature, are coerced to their schema's types.
 * Both compilers otherwise behave like Fastify's default one, with every error reported.
 */
export function validatorCompiler(): FastifySchemaCompiler<SchemaObject> {
  const strict = createAjv(false);
  const coercing = createAjv('array');
  const compile = (ajv: Ajv, schema: SchemaObject): ValidateFunction => (schema.$id ? ajv.getSchema(schema.$id) : undefined) ?? ajv.compile(schema);
  return ({ schema, httpPart }) => {
    if (httpPart === 'body') {
      const validate = compile(strict, schema);
      const fields = newPasswordFields(schema);
      return fields.length > 0 ? withPasswordPolicy(validate, fields) : validate;
    }
    return withDecimalNumbers(compile(coercing, schema), schema);
  };
}

/**
 * JSON bodies are UTF-8 (RFC 8259): invalid bytes are a 400, not text silently repaired with U+FFFD (a password
 * would be stored other than typed). Decoded strictly, then parsed by Fastify's own parser, which keeps its
 * protection against __proto__ and constructor poisoning.
 */
function registerJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    // No route, no use for the body: an unknown path is a 404 (or 405) whatever it carries.
    if (request.is404) {
      done(null, undefined);
      return;
    }
    let text: string;
    try {
      text = decoder.decode(body as Buffer);
    } catch {
      done(new AppError('malformed_json', { detail: 'The request body is not valid UTF-8.' }), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}

async function validation(app: FastifyInstance): Promise<void> {
  // JSON only: any other body type is a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler());
  registerJsonParser(app);
}

/** Bodies strictly UTF-8 JSON and never type-coerced; query strings and path parameters coerced. Before any route. */
export default fp(validation, { name: 'validation', fastify: '5.x' });
