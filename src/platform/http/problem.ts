/**
 * Turns every error into `application/problem+json` (RFC 9457, NL API Design Rules
 * /core/error-handling/*): `type`, `title`, `status`, `detail`, `instance`, a stable `code`, and for
 * invalid input all field errors at once as `errors: [{in, location: {pointer}, code, detail}]`.
 * 5xx answers never carry internals: the stack goes to the log, the client gets the request id.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, type FieldError } from '../errors/app-error.js';
import { isMessageKey, negotiateLanguage, translate, type Language, type MessageKey } from '../i18n/i18n.js';
import { sqlState } from '../db/db.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  errors?: { in: FieldError['in']; location: { pointer: string }; code: string; detail: string }[];
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const CONTEXT_TO_IN: Record<string, FieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

/** Maps Ajv validation errors (Fastify's `error.validation`) to field errors. */
export function fieldErrorsFromAjv(errors: AjvError[], context: string | undefined): FieldError[] {
  const where = CONTEXT_TO_IN[context ?? 'body'] ?? 'body';
  const result: FieldError[] = [];
  // A nullable field (`anyOf: [null, string with a pattern]`) that fails gets three errors: "must be null",
  // the real one (pattern, length …) and "must match a schema in anyOf". The real one is what the person
  // must fix; "must be null" would read as "wrong kind of value" for a phone number of the wrong form.
  const paths = new Map<string, number>();
  for (const e of errors) {
    paths.set(e.instancePath, (paths.get(e.instancePath) ?? 0) + 1);
  }
  const meaningful = errors.filter(
    (e) =>
      (paths.get(e.instancePath) ?? 0) < 2 ||
      !((e.keyword === 'type' && e.params.type === 'null') || e.keyword === 'anyOf'),
  );
  for (const e of meaningful) {
    const base = e.instancePath;
    const limit = typeof e.params.limit === 'number' || typeof e.params.limit === 'string' ? e.params.limit : '';
    let pointer = base;
    let code = e.keyword;
    let detailKey: MessageKey = 'field.format';
    switch (e.keyword) {
      case 'required':
        pointer = `${base}/${String(e.params.missingProperty)}`;
        detailKey = 'field.required';
        break;
      case 'additionalProperties':
        pointer = `${base}/${String(e.params.additionalProperty)}`;
        code = 'unknown-field';
        detailKey = 'field.unknown-field';
        break;
      case 'maxLength':
        detailKey = 'field.too-long';
        break;
      case 'minLength':
        detailKey = Number(limit) === 1 ? 'field.required' : 'field.too-short';
        break;
      case 'maxItems':
        detailKey = 'field.too-many-items';
        break;
      case 'minItems':
        detailKey = 'field.too-few-items';
        break;
      case 'minimum':
      case 'exclusiveMinimum':
        detailKey = 'field.too-small';
        break;
      case 'maximum':
      case 'exclusiveMaximum':
        detailKey = 'field.too-large';
        break;
      case 'type':
        detailKey = 'field.type';
        break;
      case 'enum':
      case 'const':
      case 'anyOf':
        detailKey = 'field.not-allowed-value';
        code = 'not-allowed-value';
        break;
      case 'pattern':
        detailKey = 'field.pattern';
        break;
      case 'format': {
        const format = String(e.params.format);
        const key = `field.format.${format}`;
        detailKey = isMessageKey(key) ? key : 'field.format';
        code = `format.${format}`;
        break;
      }
      default:
        detailKey = 'field.format';
    }
    // One entry per field: the first (most specific) message wins.
    if (!result.some((r) => r.pointer === pointer && r.in === where)) {
      result.push({ in: where, pointer, code, detailKey, params: { limit } });
    }
  }
  return result;
}

export function buildProblem(
  lang: Language,
  code: ErrorCode,
  status: number,
  instance: string,
  options: { detailKey?: MessageKey; params?: Record<string, string | number>; errors?: FieldError[] } = {},
): ProblemBody {
  const titleKey = `problem.${code}.title` as MessageKey;
  let detailKey = options.detailKey ?? (`problem.${code}.detail` as MessageKey);
  const params = { ...options.params };
  if (code === 'invalid-input' && !options.detailKey) {
    const count = options.errors?.length ?? 0;
    detailKey = count === 1 ? 'problem.invalid-input.detail.one' : 'problem.invalid-input.detail.other';
    params.count = count;
  }
  const body: ProblemBody = {
    type: `urn:meedoen:problem:${code}`,
    title: translate(lang, titleKey),
    status,
    detail: translate(lang, detailKey, params),
    instance,
    code,
  };
  if (options.errors && options.errors.length > 0) {
    body.errors = options.errors.map((e) => ({
      in: e.in,
      location: { pointer: e.pointer },
      code: e.code,
      detail: translate(lang, e.detailKey, e.params),
    }));
  }
  return body;
}

/** PostgreSQL errors that can only come from input the schemas let through: answer 400, not 500. */
const INPUT_SQLSTATES = new Set([
  '22P02',
  '22001',
  '22003',
  '22007',
  '22008',
  '22021',
  '23514',
  '22023',
  '2201X',
  '2201W',
]);

/** The caller's language: the session's choice, else Accept-Language, else Dutch. */
export function languageOf(request: FastifyRequest): Language {
  return request.ctx?.lang ?? negotiateLanguage(request.headers['accept-language']);
}

/** The request path without its query string (which may hold search terms: never logged or echoed). */
export function pathOf(request: FastifyRequest): string {
  const url = request.url;
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ProblemBody,
  headers: Record<string, string> = {},
): FastifyReply {
  return reply.status(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** The single Fastify error handler. */
export function errorHandler(
  error: FastifyError | AppError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const lang = languageOf(request);
  const instance = pathOf(request);

  if (error instanceof AppError) {
    if (error.status >= 500) {
      request.log.error({ err: error }, 'application error');
    }
    return sendProblem(
      request,
      reply,
      buildProblem(lang, error.code, error.status, error.status >= 500 ? `urn:uuid:${request.id}` : instance, {
        detailKey: error.options.detailKey,
        params: { requestId: request.id, ...error.options.params },
        errors: error.options.errors,
      }),
      error.options.headers,
    );
  }

  const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (fe.validation) {
    const errors = fieldErrorsFromAjv(fe.validation, fe.validationContext);
    return sendProblem(request, reply, buildProblem(lang, 'invalid-input', 400, instance, { errors }));
  }
  if (fe.statusCode === 413 || fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return sendProblem(request, reply, buildProblem(lang, 'payload-too-large', 413, instance));
  }
  if (fe.statusCode === 415 || fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return sendProblem(request, reply, buildProblem(lang, 'unsupported-media-type', 415, instance));
  }
  if (fe.statusCode === 429) {
    return sendProblem(request, reply, buildProblem(lang, 'rate-limited', 429, instance), {
      'retry-after': String(reply.getHeader('retry-after') ?? 60),
    });
  }
  if (fe.statusCode === 400 || (fe.code?.startsWith('FST_ERR_CTP') ?? false) || error instanceof SyntaxError) {
    return sendProblem(
      request,
      reply,
      buildProblem(lang, 'invalid-input', 400, instance, {
        errors: [{ in: 'body', pointer: '', code: 'invalid-json', detailKey: 'field.invalid-json' }],
      }),
    );
  }
  const state = sqlState(error);
  if (state !== undefined && INPUT_SQLSTATES.has(state)) {
    request.log.warn({ sqlState: state }, 'input rejected by the database');
    return sendProblem(
      request,
      reply,
      buildProblem(lang, 'invalid-input', 400, instance, {
        errors: [{ in: 'body', pointer: '', code: 'rejected', detailKey: 'field.format' }],
      }),
    );
  }
  if (fe.statusCode === 404) {
    return sendProblem(request, reply, buildProblem(lang, 'not-found', 404, instance));
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(
    request,
    reply,
    buildProblem(lang, 'internal', 500, `urn:uuid:${request.id}`, { params: { requestId: request.id } }),
  );
}
