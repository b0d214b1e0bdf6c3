import type { ApiErrorBody, FieldError } from '../../../common/errors';
import type { Job } from '../../../common/jobs';

/** An error answered by the API, with the fields it names (for form errors). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the session's CSRF token (from sign-in or /auth/me) for state-changing requests. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What to do when the session is gone (go to the sign-in page). */
export function setOnUnauthenticated(fn: () => void): void {
  onUnauthenticated = fn;
}

/** The session's CSRF token, for the typed client's state-changing requests. */
export function csrfTokenForRequests(): string | null {
  return csrfToken;
}

/** Tells the app the session is gone (the typed client calls it on a 401). */
export function notifyUnauthenticated(): void {
  onUnauthenticated?.();
}

export type Query = Record<string, string | number | boolean | null | undefined | readonly (string | number)[]>;

/** A query string from a filter object; empty values are left out, arrays repeat the key. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const item of v as (string | number)[]) params.append(k, String(item));
    else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function request<T>(method: string, url: string, body?: unknown, isForm = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const err = (data ?? {}) as Partial<ApiErrorBody>;
    if (res.status === 401 && !url.endsWith('/auth/login')) onUnauthenticated?.();
    throw new ApiError(res.status, err.error ?? 'HTTP_' + res.status, err.message ?? `请求失败（${res.status}）`, err.fields ?? []);
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 200) };
  }
}

/** The one HTTP client of the web app. */
export const api = {
  get: <T>(url: string, query?: Query) => request<T>('GET', url + toQueryString(query)),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body ?? {}),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, body ?? {}),
  patch: <T>(url: string, body?: unknown) => request<T>('PATCH', url, body ?? {}),
  delete: <T = void>(url: string) => request<T>('DELETE', url),
  /** Uploads one file (field `file`) with optional text fields. */
  upload: <T = Job>(url: string, file: File | Blob, fields: Record<string, string> = {}, name?: string) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', file, name ?? (file instanceof File ? file.name : 'upload'));
    return request<T>('POST', url, form, true);
  },
};

/** Downloads a file from the API (Excel exports, templates, reports) under its server-given name. */
export async function download(url: string, query?: Query, fallbackName = 'download'): Promise<void> {
  const res = await fetch(url + toQueryString(query), { credentials: 'same-origin' });
  if (!res.ok) {
    const err = safeJson(await res.text()) as Partial<ApiErrorBody>;
    throw new ApiError(res.status, err.error ?? 'HTTP', err.message ?? '下载失败');
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const name = m ? decodeURIComponent(m[1]) : fallbackName;
  const blob = await res.blob();
  saveBlob(blob, name);
}

/** Saves a blob as a file in the browser. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
