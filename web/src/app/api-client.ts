import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import type { ApiErrorBody } from '../../../common/errors';
import { ApiError, csrfTokenForRequests, notifyUnauthenticated, saveBlob, toQueryString, type Query } from './api';
import type { paths } from './api-types';

/**
 * The one typed client of the web app. Paths, parameters, bodies and answers come from
 * `api-types.ts`, which is generated from the server's routes (`npm run api:types`), so a route
 * whose shape changes fails the type check here instead of at run time.
 *
 *   const page = await api.get('/org/orgs', { params: { query: { q: '坪山' } } });
 *   await api.post('/conference/meetings/{id}/minutes/approve', { params: { path: { id } } });
 */

const client = createClient<paths>({
  baseUrl: '/api/v1',
  credentials: 'same-origin',
  // Empty filters are left out and arrays repeat their key, as the server's query schemas expect.
  querySerializer: (query) => toQueryString(query as Query).slice(1),
});

client.use({
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    const csrf = csrfTokenForRequests();
    if (request.method !== 'GET' && csrf) request.headers.set('x-csrf-token', csrf);
    return request;
  },
});

// openapi-fetch's own (unexported) rule for whether the options argument may be left out.
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];
type Data<M extends HttpMethod, P extends PathsWithMethod<paths, M>, I> =
  NonNullable<paths[P][M]> extends infer O extends Record<string | number, unknown> ? NonNullable<FetchResponse<O, I, MediaType>['data']> : never;
/** The success answer of a POST route (uploads answer a job, a record or an analysis). */
export type PostAnswer<P extends PostPath> = Data<'post', P, undefined>;
type DataMethod<M extends HttpMethod> = <P extends PathsWithMethod<paths, M>, I extends MaybeOptionalInit<paths[P], M>>(
  path: P,
  ...init: InitParam<I>
) => Promise<Data<M, P, I>>;

/** The path parameters and query of a GET route, for downloads. */
export type GetParams<P extends PathsWithMethod<paths, 'get'>> = NonNullable<MaybeOptionalInit<paths[P], 'get'>>['params'];
/** The path parameters of a POST route, for uploads. */
export type PostParams<P extends PathsWithMethod<paths, 'post'>> = NonNullable<MaybeOptionalInit<paths[P], 'post'>>['params'];
/** A route the web app may GET (downloads, templates). */
export type GetPath = PathsWithMethod<paths, 'get'>;
/** The query a GET route takes (a list's filters, sort and page). */
export type QueryOf<P extends GetPath> = NonNullable<NonNullable<GetParams<P>> extends { query?: infer Q } ? Q : never>;
/** A record's history route (`HistoryTimeline`). */
export type HistoryPath = Extract<GetPath, `${string}/history`>;
/** A route the web app may POST to (uploads). */
export type PostPath = PathsWithMethod<paths, 'post'>;

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

async function settle(call: () => Promise<Answer>): Promise<Answer> {
  let answer: Answer;
  try {
    answer = await call();
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  const { response } = answer;
  if (response.ok) return answer;
  const body = (typeof answer.error === 'object' && answer.error ? answer.error : {}) as Partial<ApiErrorBody>;
  if (response.status === 401 && !response.url.endsWith('/auth/login')) notifyUnauthenticated();
  throw new ApiError(response.status, body.error ?? 'HTTP_' + response.status, body.message ?? `请求失败（${response.status}）`, body.fields ?? []);
}

function method<M extends 'get' | 'post' | 'put' | 'patch' | 'delete'>(m: M): DataMethod<M> {
  const call = { get: client.GET, post: client.POST, put: client.PUT, patch: client.PATCH, delete: client.DELETE }[m] as (path: string, init?: unknown) => Promise<Answer>;
  const fn = async (path: string, init?: unknown) => (await settle(() => call(path, init))).data;
  return fn as unknown as DataMethod<M>;
}

function fileName(response: Response, fallback: string): string {
  const m = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '');
  return m ? decodeURIComponent(m[1]) : fallback;
}

/**
 * The address of a GET route, for what the browser follows itself rather than fetches: a feed to
 * subscribe to, an attachment link. The route and its path parameters are checked like any call.
 */
export function href<P extends GetPath>(path: P, params?: GetParams<P>): string {
  const values = (params as { path?: Record<string, string | number> } | undefined)?.path ?? {};
  const query = (params)?.query;
  return '/api/v1' + path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(values[name] ?? ''))) + toQueryString(query);
}

/** The typed API: each method answers the route's success body, or throws an `ApiError`. */
export const api = {
  get: method('get'),
  post: method('post'),
  put: method('put'),
  patch: method('patch'),
  delete: method('delete'),
  /** Uploads one file (multipart field `file`) with optional text fields; most routes answer a job to follow. */
  async upload<P extends PostPath>(path: P, file: File | Blob, opts: { params?: PostParams<P>; fields?: Record<string, string>; name?: string } = {}): Promise<PostAnswer<P>> {
    const form = new FormData();
    for (const [k, v] of Object.entries(opts.fields ?? {})) form.append(k, v);
    form.append('file', file, opts.name ?? (file instanceof File ? file.name : 'upload'));
    const post = client.POST as (path: string, init: unknown) => Promise<Answer>;
    return (await settle(() => post(path, { params: opts.params, body: form }))).data as PostAnswer<P>;
  },
  /** Downloads a file (Excel exports, templates, reports) and saves it under the name the server gives. */
  async download<P extends GetPath>(path: P, params?: GetParams<P>, fallbackName = 'download'): Promise<void> {
    const get = client.GET as (path: string, init: unknown) => Promise<Answer>;
    const { data, response } = await settle(() => get(path, { params, parseAs: 'blob' }));
    saveBlob(data as Blob, fileName(response, fallbackName));
  },
};
