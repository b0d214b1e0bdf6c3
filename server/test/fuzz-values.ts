import fc from 'fast-check';

/** The part of a JSON Schema (as @fastify/swagger writes it) the fuzz test reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export type Components = Record<string, JsonSchema>;

/** Follows `$ref`s and picks the first non-null branch of a union, so a plausible value can be built. */
export function resolveSchema(schema: JsonSchema | undefined, components: Components): JsonSchema {
  let s = schema ?? {};
  for (let i = 0; i < 20; i++) {
    if (s.$ref) s = components[s.$ref.replace('#/components/schemas/', '')] ?? {};
    else if (s.allOf?.length) s = s.allOf.reduce<JsonSchema>((a, b) => ({ ...a, ...resolveSchema(b, components) }), {});
    else {
      const branches = s.anyOf ?? s.oneOf;
      if (!branches) return s ?? {};
      s = branches.find((b) => resolveSchema(b, components).type !== 'null') ?? branches[0] ?? {};
    }
  }
  return s;
}

const SAMPLE_BY_PATTERN: [RegExp, string][] = [
  [/\\d\{6\}|\{6\}/, '440310'],
  [/\\d\{4\}/, '2026'],
  [/\{18\}|\[0-9A-HJ-NPQRTUWXY\]/, '91440300MA5DC0ND4K'],
];

/** A plausible string for a schema (a date for a date, a region code for a six-digit pattern). */
export function sampleString(s: JsonSchema): string {
  switch (s.format ?? '') {
    case 'date':
      return '2026-03-02';
    case 'date-time':
      return '2026-03-02T09:00:00+08:00';
    case 'uuid':
      return '00000000-0000-4000-8000-00000000000f';
    case 'email':
      return 'fuzz@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com/a';
  }
  if (s.pattern) {
    const hit = SAMPLE_BY_PATTERN.find(([re]) => re.test(s.pattern ?? ''));
    if (hit) return hit[1];
  }
  const n = Math.max(s.minLength ?? 0, 4);
  return '测试'.repeat(n).slice(0, Math.min(n, s.maxLength ?? n));
}

/** Values for fields whose rules a schema cannot tell (a real organisation, a phone number), by field name. */
export type Hints = [RegExp, () => unknown][];

/** A plausible value for a schema: every property filled in, so that a 400 can only be about the field the test spoils. */
export function sampleValue(schema: JsonSchema, components: Components, hints: Hints = [], name = '', depth = 0): unknown {
  const s = resolveSchema(schema, components);
  const hint = name ? hints.find(([re]) => re.test(name)) : undefined;
  if (hint) return hint[1]();
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type ?? 'object') {
    case 'string':
      return sampleString(s);
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, (s.exclusiveMinimum ?? 0) + 1);
    case 'boolean':
      return false;
    case 'array':
      return depth > 4 || !s.items ? [] : Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sampleValue(s.items ?? {}, components, hints, name, depth + 1));
    case 'null':
      return null;
    default: {
      if (!s.properties || depth > 4) return {};
      return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, sampleValue(v, components, hints, k, depth + 1)]));
    }
  }
}

/** Every path into a value (objects and arrays, down to the leaves), so each field can be spoiled in turn. */
export function fieldPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.slice(0, 2).forEach((v, i) => out.push(...fieldPaths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...fieldPaths(v, [...prefix, k]));
  return out;
}

/** A copy of `value` with the field at `path` replaced. */
export function withValueAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return (value as unknown[]).map((v, i) => (i === head ? withValueAt(v, rest, replacement) : v));
  const obj = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return { ...obj, [head]: withValueAt(obj[head], rest, replacement) };
}

/** Strings no text field may keep: PostgreSQL refuses NUL, and a lone surrogate is not UTF-8. */
export const POISONED_TEXT = ['a\u0000b', '\u0000', 'x\ud800', '\udc00y', '知识\ud83d产权'];

/** Dates outside 1900–2100, in every form a date field might take. */
export const BAD_DATES = ['0000-01-01', '99999-01-01', '1899-12-31', '2101-01-01', '0000-01-01T00:00:00Z', '0001-01-01T00:00:00+08:00', '2026-02-30'];

function protoKeys(): unknown[] {
  return [JSON.parse('{"__proto__":{"polluted":"yes"}}'), JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}')];
}

/** Hostile values for any field: poisoned text, odd dates, huge strings, wrong types, odd numbers, prototype keys. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(...POISONED_TEXT),
    fc.constantFrom<unknown>(...BAD_DATES),
    fc.constantFrom<unknown>('x'.repeat(200_000), '知'.repeat(150_000), ' ', '', '%00', "'; drop table org; --", '&|!():*<->', '\\', '\u202e\u200b'),
    fc.constantFrom<unknown>(12345, 0, -1, 1.5, -0.5, 1e308, 2 ** 53 + 2, 2 ** 31, -(2 ** 31) - 1, true, null, {}, [], { a: 1 }, [null], ['x']),
    fc.constantFrom<unknown>(...protoKeys()),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
}

/** Hostile path parameters, already percent-encoded as they travel (a lone surrogate as its CESU-8 bytes). */
export const HOSTILE_PARAMS = ['a%00b', '%ED%A0%80', '%FF', '0000-01-01', '99999-01-01', '99999', '-1', '1.5', 'x'.repeat(5000), '00000000-0000-0000-0000-000000000000', '1%27%20or%20%271%27%3D%271'];
