/**
 * Encryption at rest for OAuth tokens: AES-256-GCM (node:crypto), a random 12-byte IV per value, and a
 * self-describing output `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). The key id tells which
 * key sealed a value, so keys can be rotated: encrypt with `current`, decrypt with `current` or any of
 * `previous`. An optional context string (e.g. the portal id) is bound as additional authenticated data,
 * so a value copied into another row fails to decrypt.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { RegainError } from '../errors';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** The key is not 32 bytes of hex or base64: a configuration error, never retriable. */
export class TokenKeyError extends RegainError {
  constructor(message: string) {
    super('token_key_invalid', message);
  }
}

/** A stored value could not be decrypted: tampered, malformed, wrong context, or sealed by an unknown key. */
export class TokenDecryptionError extends RegainError {
  constructor(
    readonly reason: 'malformed' | 'unknown_key' | 'authentication_failed',
    message: string,
  ) {
    super('token_decrypt_failed', message);
  }
}

/** A key as configured: 64 hex characters, base64 or base64url of 32 bytes, or the raw 32 bytes. */
export type TokenKeyInput = string | Buffer;

interface Key {
  id: string;
  bytes: Buffer;
}

/**
 * Parses a 32-byte key given as hex or base64 (standard or url-safe). Throws TokenKeyError with a hint.
 * @example parseTokenKey(process.env.ENCRYPTION_KEY) // generate one with: openssl rand -base64 32
 */
export function parseTokenKey(input: TokenKeyInput): Buffer {
  if (Buffer.isBuffer(input)) {
    if (input.length !== KEY_BYTES) throw new TokenKeyError(`The encryption key must be ${KEY_BYTES} bytes; got ${input.length}.`);
    return Buffer.from(input);
  }
  const text = input.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) {
    const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === KEY_BYTES) return bytes;
  }
  throw new TokenKeyError(
    `The encryption key must be ${KEY_BYTES} bytes, written as 64 hex characters or base64 (generate one with: openssl rand -base64 32).`,
  );
}

/** A short, stable, non-secret id for a key: the first 6 bytes of its SHA-256, base64url. */
export function tokenKeyId(key: Buffer): string {
  return createHash('sha256').update(key).digest().subarray(0, 6).toString('base64url');
}

/** Seals and opens token strings; see the module comment for the format. */
export class TokenCipher {
  private readonly current: Key;
  private readonly keys = new Map<string, Key>();

  constructor(options: { current: TokenKeyInput; previous?: TokenKeyInput[] }) {
    const toKey = (input: TokenKeyInput): Key => {
      const bytes = parseTokenKey(input);
      return { id: tokenKeyId(bytes), bytes };
    };
    this.current = toKey(options.current);
    for (const key of [this.current, ...(options.previous ?? []).map(toKey)]) {
      if (!this.keys.has(key.id)) this.keys.set(key.id, key);
    }
  }

  /** The id of the key new values are sealed with. */
  get currentKeyId(): string {
    return this.current.id;
  }

  /** Encrypts `plaintext`, bound to `context` (pass the same context to decrypt). */
  encrypt(plaintext: string, context = ''): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.bytes, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad(this.current.id, context));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.current.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  /** Decrypts a value sealed by the current or a previous key. Throws TokenDecryptionError. */
  decrypt(sealed: string, context = ''): string {
    // 1. Split and check the envelope.
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== VERSION) throw new TokenDecryptionError('malformed', 'The stored token is not a v1 sealed value.');
    const [, keyId, ivText, tagText, dataText] = parts as [string, string, string, string, string];
    const iv = Buffer.from(ivText, 'base64url');
    const tag = Buffer.from(tagText, 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new TokenDecryptionError('malformed', 'The stored token has a bad IV or tag.');
    // 2. Find the key that sealed it.
    const key = this.keys.get(keyId);
    if (!key) throw new TokenDecryptionError('unknown_key', `The stored token was sealed by key ${keyId}, which is not configured (add it to the previous keys).`);
    // 3. Authenticate and decrypt; GCM rejects any change to the IV, tag, ciphertext, key id or context.
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad(keyId, context));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(Buffer.from(dataText, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new TokenDecryptionError('authentication_failed', 'The stored token failed authentication (tampered, or sealed for another record).');
    }
  }

  /** True when `sealed` was made with an older key and should be re-encrypted. */
  needsReencryption(sealed: string): boolean {
    return sealed.split('.')[1] !== this.current.id;
  }
}

/** Boolean twin of `TokenCipher.decrypt`: true when the value opens with these keys and context. */
export function isDecryptable(cipher: TokenCipher, sealed: string, context = ''): boolean {
  try {
    cipher.decrypt(sealed, context);
    return true;
  } catch {
    return false;
  }
}

/** The key id that sealed a value, or null when it is not a sealed value. */
export function sealedKeyId(sealed: string): string | null {
  const parts = sealed.split('.');
  return parts.length === 5 && parts[0] === VERSION ? (parts[1] ?? null) : null;
}

function aad(keyId: string, context: string): Buffer {
  return Buffer.from(`${VERSION}.${keyId}.${context}`, 'utf8');
}
