/**
 * The one fetch wrapper: JSON in and out, the UI language as Accept-Language, the session's CSRF token
 * on every change, and `application/problem+json` turned into a typed {@link ApiProblem}.
 */
export interface FieldProblem {
  in: string;
  location: { pointer: string };
  code: string;
  detail: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}

let csrfToken: string | null = null;
let language = 'nl';
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export function setApiLanguage(lang: string): void {
  language = lang;
}
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/**
 * Sends one request with the UI language and (on a change) the CSRF token; an answer that is not OK becomes an
 * {@link ApiProblem} (and a lost session calls the unauthenticated handler).
 */
async function send(method: string, path: string, body: unknown, accept: string): Promise<Response> {
  const headers: Record<string, string> = { accept, 'accept-language': language };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['x-csrf-token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiProblem(0, 'network', '', '');
  }
  if (!res.ok) {
    if ((res.headers.get('content-type') ?? '').includes('problem+json')) {
      const p = (await res.json()) as {
        status: number;
        code: string;
        title: string;
        detail: string;
        errors?: FieldProblem[];
      };
      if (res.status === 401 && p.code === 'unauthenticated' && onUnauthenticated && path !== '/sessions/current') {
        onUnauthenticated();
      }
      throw new ApiProblem(p.status, p.code, p.title, p.detail, p.errors ?? []);
    }
    throw new ApiProblem(res.status, 'unknown', res.statusText, res.statusText);
  }
  return res;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await send(method, path, body, 'application/json');
  if (res.status === 204 || res.status === 202) {
    return undefined as T;
  }
  return (await res.json()) as T;
}

/** Maps field errors of a 400 to `{ fieldName: message }` using the JSON pointer (`/email` → `email`). */
export function fieldErrors(problem: unknown): Record<string, string> {
  if (!(problem instanceof ApiProblem)) {
    return {};
  }
  const out: Record<string, string> = {};
  for (const e of problem.errors) {
    const name = e.location.pointer.replace(/^\//, '').split('/')[0] ?? '';
    if (name && !(name in out)) {
      out[name] = e.detail;
    }
  }
  return out;
}

/** A request whose answer is a file (a research export): the body as a Blob, the name from Content-Disposition. */
export async function apiFile(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ blob: Blob; fileName: string | null }> {
  const res = await send(method, path, body, '*/*');
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? null;
  return { blob: await res.blob(), fileName: name };
}

/** Hands a downloaded file to the browser as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What to tell the user about a failed request: the first field's message, else the problem's detail. */
export function problemText(error: unknown, t: (k: 'error.network' | 'error.generic') => string): string {
  if (!(error instanceof ApiProblem)) {
    return t('error.generic');
  }
  if (error.code === 'network') {
    return t('error.network');
  }
  return error.errors[0]?.detail ?? error.detail;
}
