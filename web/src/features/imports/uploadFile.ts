/**
 * Sends a file itself as the request body (the import's first step streams it into the database), with
 * the same headers and problem handling as `lib/api.ts`: the UI language, the session's CSRF token and
 * `application/problem+json` turned into an {@link ApiProblem}.
 *
 * It lives here, not in `lib/api.ts`, because that file's JSON helper cannot send a raw body and is
 * shared by every feature; the CSRF token comes from the session instead of api.ts's module state.
 */
import { ApiProblem, type FieldProblem } from '../../lib/api';

export async function uploadFile<T>(
  path: string,
  file: Blob,
  options: { csrfToken: string | null; language: string },
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': options.language,
    'content-type': file.type || 'application/octet-stream',
  };
  if (options.csrfToken) {
    headers['x-csrf-token'] = options.csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, { method: 'POST', headers, credentials: 'same-origin', body: file });
  } catch {
    throw new ApiProblem(0, 'network', '', '');
  }
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok) {
    if (type.includes('problem+json')) {
      const p = (await res.json()) as {
        status: number;
        code: string;
        title: string;
        detail: string;
        errors?: FieldProblem[];
      };
      throw new ApiProblem(p.status, p.code, p.title, p.detail, p.errors ?? []);
    }
    throw new ApiProblem(res.status, 'unknown', res.statusText, res.statusText);
  }
  return (await res.json()) as T;
}
