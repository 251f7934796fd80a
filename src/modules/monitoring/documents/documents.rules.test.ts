import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDocumentName, documentType, MAX_DOCUMENT_BYTES } from './documents.rules.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('which documents an initiative keeps', () => {
  it('decides the type from the bytes and the name together', () => {
    expect(documentType('plan.pdf', bytes('%PDF-1.7 …'))).toEqual({ ok: true, contentType: 'application/pdf' });
    expect(documentType('Plan.DOCX', bytes('PK\x03\x04rest'))).toMatchObject({ ok: true });
    expect(documentType('begroting.xlsx', bytes('PK\x03\x04rest'))).toEqual({
      ok: true,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(documentType('notulen.odt', bytes('PK\x03\x04rest'))).toMatchObject({ ok: true });
    // A ZIP named .pdf, a PDF named .docx, an executable, a plain ZIP: refused.
    expect(documentType('plan.pdf', bytes('PK\x03\x04rest'))).toEqual({ ok: false, problem: 'file-type' });
    expect(documentType('plan.docx', bytes('%PDF-1.7'))).toEqual({ ok: false, problem: 'file-type' });
    expect(documentType('setup.pdf', bytes('MZ\x90\x00'))).toEqual({ ok: false, problem: 'file-type' });
    expect(documentType('map.zip', bytes('PK\x03\x04rest'))).toEqual({ ok: false, problem: 'file-type' });
    expect(documentType('leeg.pdf', Buffer.alloc(0))).toEqual({ ok: false, problem: 'empty' });
    expect(documentType('groot.pdf', Buffer.alloc(MAX_DOCUMENT_BYTES + 1))).toEqual({
      ok: false,
      problem: 'too-large',
    });
  });

  it('keeps a file name without its path, quotes or control characters, at most 200 characters', () => {
    expect(cleanDocumentName('C:\\Users\\anna\\Projectplan.pdf')).toBe('Projectplan.pdf');
    expect(cleanDocumentName('../../etc/passwd')).toBe('passwd');
    expect(cleanDocumentName('"plan"\u0007.pdf')).toBe('plan.pdf');
    expect(cleanDocumentName('   ')).toBe('document');
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (name) => {
        const clean = cleanDocumentName(name);
        expect(clean.length).toBeGreaterThan(0);
        expect(clean.length).toBeLessThanOrEqual(200);
        // eslint-disable-next-line no-control-regex
        expect(clean).not.toMatch(/[\\/"\u0000-\u001f\u007f]/);
      }),
    );
  });
});
