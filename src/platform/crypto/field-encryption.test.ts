import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { FieldCipher, KEY_FILE, base32, loadFieldKey, parseFieldKey } from './field-encryption.js';

describe('field encryption', () => {
  const cipher = new FieldCipher(randomBytes(32));

  it('round-trips any text, with a different ciphertext each time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const a = cipher.encrypt(s);
        expect(cipher.decrypt(a)).toBe(s);
        expect(cipher.encrypt(s)).not.toBe(a);
        expect(a).not.toContain(s.length > 3 ? s : '\u0000never');
      }),
    );
  });

  it('refuses a changed ciphertext and a value made with another key', () => {
    const stored = cipher.encrypt('123456782');
    const raw = Buffer.from(stored.slice(3), 'base64url');
    raw[raw.length - 1]! ^= 1;
    expect(() => cipher.decrypt(`v1.${raw.toString('base64url')}`)).toThrow();
    expect(() => new FieldCipher(randomBytes(32)).decrypt(stored)).toThrow();
    expect(() => cipher.decrypt('plain')).toThrow(/format/);
  });

  it('hashes equal values equally, and differently under another key', () => {
    expect(cipher.hash('123456782')).toBe(cipher.hash('123456782'));
    expect(cipher.hash('123456782')).not.toBe(cipher.hash('111222333'));
    expect(new FieldCipher(randomBytes(32)).hash('123456782')).not.toBe(cipher.hash('123456782'));
  });

  it('parses only 32-byte base64 keys', () => {
    expect(parseFieldKey(randomBytes(32).toString('base64'))).toHaveLength(32);
    expect(parseFieldKey(randomBytes(16).toString('base64'))).toBeNull();
    expect(parseFieldKey('not a key!')).toBeNull();
  });

  it('creates a key file once in the data directory and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-key-'));
    try {
      const first = loadFieldKey(null, dir);
      expect(loadFieldKey(null, dir).equals(first)).toBe(true);
      expect(fs.statSync(path.join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
      const configured = randomBytes(32);
      expect(loadFieldKey(configured, dir).equals(configured)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('research pseudonyms', () => {
  it('base32 matches the RFC 4648 test vectors (without padding)', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32(Buffer.from(plain))).toBe(encoded);
    }
  });

  it('are stable within a study, different between studies and between keys, and 16 base32 characters', () => {
    const key = randomBytes(32);
    const one = new FieldCipher(key).pseudonymiser('study-1');
    const again = new FieldCipher(key).pseudonymiser('study-1');
    const other = new FieldCipher(key).pseudonymiser('study-2');
    const otherKey = new FieldCipher(randomBytes(32)).pseudonymiser('study-1');
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const p = one(id);
        expect(p).toMatch(/^[A-Z2-7]{16}$/);
        expect(again(id)).toBe(p);
        expect(other(id)).not.toBe(p);
        expect(otherKey(id)).not.toBe(p);
      }),
      { numRuns: 200 },
    );
  });
});
