import openapiTS, { astToString } from 'openapi-typescript';

/** Where the web app's generated API types live, from the repository root. */
export const API_TYPES_FILE = 'web/src/app/api-types.ts';
/** The prefix every module's routes share; the web client's base URL. */
export const API_PREFIX = '/api/v1';

const HEADER = `// The server's API as TypeScript types, generated from its OpenAPI document (the routes' zod schemas).
// Do not edit: run \`npm run api:types\` after changing a route. A test fails while this file is stale.
/* eslint-disable */
`;

type Operation = { responses?: Record<string, unknown> } & Record<string, unknown>;
type PathItem = Record<string, Operation>;

// The client throws every error answer as one ApiError (common/errors.ts), so the error responses
// each route documents would only add thousands of identical lines to the types.
function withSuccessesOnly(item: PathItem): PathItem {
  return Object.fromEntries(
    Object.entries(item).map(([method, op]) => [
      method,
      op.responses ? { ...op, responses: Object.fromEntries(Object.entries(op.responses).filter(([status]) => !/^[45]/.test(status))) } : op,
    ]),
  );
}

type OpenApiDocument = { paths?: Record<string, unknown> } & Record<string, unknown>;

/**
 * The typed contract of the web client: the OpenAPI document's `/api/v1` paths, without the prefix
 * (the client's base URL), turned into types by openapi-typescript. Paths outside `/api/v1` (health,
 * the test clock) are not the web app's to call.
 */
export async function renderApiTypes(doc: OpenApiDocument): Promise<string> {
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(doc.paths ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (path.startsWith(API_PREFIX + '/')) paths[path.slice(API_PREFIX.length)] = withSuccessesOnly(item as PathItem);
  }
  const ast = await openapiTS(JSON.parse(JSON.stringify({ ...doc, paths, servers: [{ url: API_PREFIX }] })) as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
  });
  return HEADER + astToString(ast);
}
