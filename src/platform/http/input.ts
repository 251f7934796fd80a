/**
 * PostgreSQL rejects text containing a NUL byte; unchecked, that becomes a 500. Every string in the
 * body, query and path is checked before validation, and each offending field is named.
 */
import type { FastifyRequest } from 'fastify';
import { invalidInput, type FieldError } from '../errors/app-error.js';

function collect(value: unknown, pointer: string, where: FieldError['in'], out: FieldError[], depth = 0): void {
  if (depth > 32) {
    return;
  }
  if (typeof value === 'string') {
    if (value.includes('\0')) {
      out.push({ in: where, pointer, code: 'no-nul', detailKey: 'field.no-nul' });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${pointer}/${i}`, where, out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      // Not parsed input (e.g. an uploaded file's stream, checked where it is read).
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      const key = k.replace(/~/g, '~0').replace(/\//g, '~1');
      if (k.includes('\0')) {
        out.push({ in: where, pointer: `${pointer}/${key}`, code: 'no-nul', detailKey: 'field.no-nul' });
      }
      collect(v, `${pointer}/${key}`, where, out, depth + 1);
    }
  }
}

export async function rejectNulBytes(request: FastifyRequest): Promise<void> {
  const errors: FieldError[] = [];
  collect(request.params, '', 'path', errors);
  collect(request.query, '', 'query', errors);
  collect(request.body, '', 'body', errors);
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
}
