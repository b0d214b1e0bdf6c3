import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';

type Json = Record<string, unknown>;
type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions['transformObject']>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmptySchema = (v: unknown) => isObject(v) && Object.keys(v).length === 0;
const isNullBranch = (v: unknown) => isObject(v) && v.nullable === true && Array.isArray(v.enum) && v.enum.length === 1 && v.enum[0] === null;

/**
 * Tidies the alternatives of a union once its branches are complete. The zod type provider does
 * this while zod is still filling the branches in, so a union whose branches were shared with
 * another schema (`z.url().nullable().or(z.literal('').transform(() => null))` in a create and a
 * patch body) lost every branch and came out as `anyOf: []`, a schema that accepts nothing.
 * Here: `{}` branches (what a transform's output looks like) go, a lone `null` branch becomes
 * `nullable` (OpenAPI 3.0 has no null type), and a single branch left replaces the union.
 */
function tidyUnion(schema: Json, key: 'anyOf' | 'oneOf'): void {
  const branches = schema[key];
  if (!Array.isArray(branches)) return;
  let rest = branches.filter((b) => !isEmptySchema(b));
  if (rest.length === 0) {
    // Every branch accepted anything, so the union does too.
    delete schema[key];
    return;
  }
  if (rest.some(isNullBranch) && rest.some((b) => !isNullBranch(b))) {
    rest = rest.filter((b) => !isNullBranch(b));
    schema.nullable = true;
  }
  if (rest.length === 1 && isObject(rest[0]) && !Object.keys(rest[0]).some((k) => k in schema && k !== key)) {
    delete schema[key];
    Object.assign(schema, rest[0], schema.nullable ? { nullable: true } : {});
  } else {
    schema[key] = rest;
  }
}

/** Walks a generated JSON schema (or a whole route schema) and tidies every union in it. */
export function tidySchemas<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const v of value as unknown[]) tidySchemas(v);
  } else if (isObject(value)) {
    for (const child of Object.values(value)) tidySchemas(child);
    tidyUnion(value, 'anyOf');
    tidyUnion(value, 'oneOf');
  }
  return value;
}

interface OverrideContext {
  zodSchema: { _zod: { def: { type: string } } };
  jsonSchema: Json;
  path: (string | number)[];
}

// The provider's override, less its union clean-up, which runs on unfinished branches (see
// tidyUnion) and is done on the finished schemas instead. Dates travel as ISO strings; an absent
// answer (204) is null. (The provider limits both to answers; no request here takes either.)
function override(ctx: OverrideContext): void {
  const type = ctx.zodSchema._zod.def.type;
  if (type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
  if (type === 'undefined') ctx.jsonSchema.type = 'null';
}
const zodToJsonConfig = { override };
const zodTransform = createJsonSchemaTransform({ zodToJsonConfig });
const zodTransformObject = createJsonSchemaTransformObject({ zodToJsonConfig });

const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A stable operationId from the method and the path, so a generated client keeps its function
 * names from one release to the next: GET /api/v1/org/orgs/:id/history → `orgGetOrgsByIdHistory`,
 * GET /api/v1/stats/orgs/export.xlsx → `statsGetOrgsExportXlsx`. The module comes first, then the
 * method, then the path; a path parameter reads `By<Name>`.
 */
export function operationIdOf(method: string, url: string): string {
  const segments = url.replace(/^\/api\/(v1\/)?/, '').split('/').filter(Boolean);
  const words = segments.flatMap((s) => {
    const param = /^[:{](\w+)}?$/.exec(s);
    if (param) return ['By' + pascal(param[1])];
    return s.split(/[^A-Za-z0-9]+/).filter(Boolean).map(pascal);
  });
  const [module = 'Api', ...rest] = words;
  return module.charAt(0).toLowerCase() + module.slice(1) + pascal(method.toLowerCase()) + rest.join('');
}

/**
 * The route transform of the OpenAPI document: zod schemas to JSON schema with complete unions,
 * the module (the segment after /api/v1/) as the tag, and an operationId unless the route names one.
 */
export const openApiTransform: Transform = (input) => {
  const out = zodTransform(input);
  const module = /^\/api\/v1\/([a-z]+)\//.exec(input.url)?.[1];
  const schema = tidySchemas({ ...(out.schema as Json) });
  if (module) schema.tags = [module];
  const method = Array.isArray(input.route.method) ? input.route.method[0] : input.route.method;
  if (typeof schema.operationId !== 'string') schema.operationId = operationIdOf(method, input.url);
  return { ...out, schema };
};

/** The document transform: the shared (named) schemas, with their unions tidied like the routes'. */
export const openApiTransformObject: TransformObject = (input) => tidySchemas(zodTransformObject(input));
