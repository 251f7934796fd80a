import { describe, expect, it } from 'vitest';
import { fieldErrorsFromAjv } from './problem.js';

describe('validation errors as field errors', () => {
  it('names the real problem of a nullable field, not "must be null"', () => {
    // What Ajv reports for { phone: '12ab' } against anyOf [null, string with a pattern].
    const errors = fieldErrorsFromAjv(
      [
        { instancePath: '/phone', keyword: 'type', params: { type: 'null' } },
        { instancePath: '/phone', keyword: 'pattern', params: { pattern: '^\\+?[0-9 ()-]{6,20}$' } },
        { instancePath: '/phone', keyword: 'anyOf', params: {} },
      ],
      'body',
    );
    expect(errors).toEqual([
      expect.objectContaining({ pointer: '/phone', code: 'pattern', detailKey: 'field.pattern' }),
    ]);
  });

  it('still says "wrong kind of value" when the value is neither null nor a string', () => {
    const errors = fieldErrorsFromAjv(
      [
        { instancePath: '/phone', keyword: 'type', params: { type: 'null' } },
        { instancePath: '/phone', keyword: 'type', params: { type: 'string' } },
        { instancePath: '/phone', keyword: 'anyOf', params: {} },
      ],
      'body',
    );
    expect(errors).toEqual([expect.objectContaining({ pointer: '/phone', code: 'type', detailKey: 'field.type' })]);
  });

  it('keeps a lone type error as it is', () => {
    const errors = fieldErrorsFromAjv([{ instancePath: '/note', keyword: 'type', params: { type: 'null' } }], 'body');
    expect(errors).toEqual([expect.objectContaining({ pointer: '/note', code: 'type' })]);
  });
});
