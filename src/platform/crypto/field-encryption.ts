/**
 * Encryption of single fields at rest (the BSN), so that a copy of the database alone does not
 * disclose them. AES-256-GCM with a random 96-bit IV per value; the stored text is
 * `v1.<base64url(iv ‖ tag ‖ ciphertext)>`. A keyed hash (HMAC-SHA-256 with a key derived from the
 * same master key by HKDF) finds duplicates without decrypting.
 *
 * The master key comes from FIELD_ENCRYPTION_KEY (32 bytes, base64). On the embedded database
 * without that variable, a key is created once in DATA_DIR/field-encryption.key (mode 0600) so that
 * `npm start` works on a fresh clone; a server on PostgreSQL must be given the key (config.ts).
 * Losing the key makes the encrypted fields unreadable: back it up with the database (docs/operations).
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_FILE = 'field-encryption.key';

export class FieldCipher {
  private readonly hashKey: Buffer;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) {
      throw new Error('the field encryption key must be 32 bytes');
    }
    this.hashKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'meedoen field hash v1', 32));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** @throws when the value was not made with this key or was changed */
  decrypt(stored: string): string {
    const [version, payload] = stored.split('.');
    if (version !== VERSION || !payload) {
      throw new Error('unknown field encryption format');
    }
    const raw = Buffer.from(payload, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /**
   * Encrypts binary content (an uploaded file's chunk): IV, tag and ciphertext in one buffer, the
   * same AES-256-GCM as {@link encrypt}; `context` (e.g. the chunk's place) is authenticated with it,
   * so chunks cannot be swapped or moved between files unnoticed.
   */
  encryptBytes(plain: Uint8Array, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  /** @throws when the content was not made with this key and context, or was changed */
  decryptBytes(stored: Uint8Array, context: string): Buffer {
    const raw = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  }

  /**
   * Pseudonyms for one context (a research study): a 16-character base32 code per identifier, from an
   * HMAC-SHA-256 with a key derived (HKDF) from the master key and the context. Stable within the context,
   * unlinkable between contexts, and not reversible without the master key.
   */
  pseudonymiser(context: string): (id: string) => string {
    const key = Buffer.from(hkdfSync('sha256', this.key, Buffer.from(context, 'utf8'), 'meedoen pseudonym v1', 32));
    return (id) => base32(createHmac('sha256', key).update(id, 'utf8').digest()).slice(0, 16);
  }

  /** A keyed hash of `plain` (hex), equal for equal values, for unique indexes and look-ups. */
  hash(plain: string): string {
    return createHmac('sha256', this.hashKey).update(plain, 'utf8').digest('hex');
  }
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

/** Parses FIELD_ENCRYPTION_KEY; null when the text is not 32 bytes of base64. */
export function parseFieldKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    return null;
  }
  const key = Buffer.from(trimmed, 'base64');
  return key.length === 32 ? key : null;
}

/**
 * The master key: the configured one, else the key file in `dataDir` (created when missing).
 * @param configured - FIELD_ENCRYPTION_KEY, already validated, or null
 */
export function loadFieldKey(configured: Buffer | null, dataDir: string): Buffer {
  if (configured) {
    return configured;
  }
  const file = path.join(dataDir, KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it at the same moment: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
  }
  const key = parseFieldKey(fs.readFileSync(file, 'utf8'));
  if (!key) {
    throw new Error(`${file} does not hold a 32-byte base64 key`);
  }
  return key;
}
