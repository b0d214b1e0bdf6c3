// The web app's HTTP plumbing that is not a call: the session's CSRF token, what to do when the
// session is gone, the error every failed call throws, and small helpers. Calls go through the
// typed client in api-client.ts.
import type { FieldError } from '../../../common/errors';

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
