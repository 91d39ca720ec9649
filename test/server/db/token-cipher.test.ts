import { randomBytes } from 'node:crypto';
import { isDecryptable, parseTokenKey, sealedKeyId, TokenCipher, TokenDecryptionError, TokenKeyError } from '../../../server/db/token-cipher';

const key = randomBytes(32);

describe('parseTokenKey', () => {
  it.each([
    ['hex', key.toString('hex')],
    ['base64', key.toString('base64')],
    ['base64url', key.toString('base64url')],
    ['base64 with spaces around', ` ${key.toString('base64')}\n`],
  ])('accepts 32 bytes as %s', (_label, text) => {
    expect(parseTokenKey(text).equals(key)).toBe(true);
  });

  it.each([
    ['too short', randomBytes(16).toString('base64')],
    ['too long', randomBytes(33).toString('hex')],
    ['not base64', '!'.repeat(44)],
    ['empty', ''],
  ])('rejects a key that is %s, with a hint', (_label, text) => {
    expect(() => parseTokenKey(text)).toThrow(TokenKeyError);
    expect(() => parseTokenKey(text)).toThrow(/32 bytes.*openssl rand -base64 32/);
  });

  it('rejects a raw Buffer of the wrong size', () => {
    expect(() => new TokenCipher({ current: randomBytes(31) })).toThrow(TokenKeyError);
  });
});

describe('TokenCipher', () => {
  const cipher = new TokenCipher({ current: key });

  it('round-trips, with a fresh IV every time and the v1.<keyId>.<iv>.<tag>.<ciphertext> format', () => {
    const a = cipher.encrypt('secret-token', 'ctx');
    const b = cipher.encrypt('secret-token', 'ctx');
    expect(a).not.toEqual(b);
    expect(a).toMatch(/^v1\.[\w-]{8}\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(a).not.toContain('secret-token');
    expect(sealedKeyId(a)).toBe(cipher.currentKeyId);
    expect(cipher.decrypt(a, 'ctx')).toBe('secret-token');
    expect(cipher.decrypt(cipher.encrypt(''), '')).toBe('');
  });

  it.each([
    ['the ciphertext', 4],
    ['the tag', 3],
    ['the IV', 2],
  ])('fails with a typed error when %s is tampered with', (_label, part) => {
    const parts = cipher.encrypt('secret-token').split('.');
    const bytes = Buffer.from(parts[part]!, 'base64url');
    bytes[0] = bytes[0]! ^ 1;
    parts[part] = bytes.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow(TokenDecryptionError);
    expect(isDecryptable(cipher, parts.join('.'))).toBe(false);
  });

  it('fails for another context, a wrong key, an unknown key id and malformed input', () => {
    const sealed = cipher.encrypt('secret-token', 'portal-1');
    expect(() => cipher.decrypt(sealed, 'portal-2')).toThrow(expect.objectContaining({ reason: 'authentication_failed' }));
    expect(() => new TokenCipher({ current: randomBytes(32) }).decrypt(sealed, 'portal-1')).toThrow(expect.objectContaining({ reason: 'unknown_key' }));
    const forgedKeyId = sealed.replace(`.${cipher.currentKeyId}.`, `.${new TokenCipher({ current: randomBytes(32) }).currentKeyId}.`);
    expect(() => new TokenCipher({ current: randomBytes(32), previous: [key] }).decrypt(forgedKeyId, 'portal-1')).toThrow(TokenDecryptionError);
    for (const bad of ['plaintext-token', 'v2.a.b.c.d', 'v1.a.b.c']) expect(() => cipher.decrypt(bad)).toThrow(expect.objectContaining({ code: 'token_decrypt_failed', reason: 'malformed' }));
  });

  it('decrypts with previous keys after a rotation and says what needs re-encrypting', () => {
    const old = cipher.encrypt('old-token', 'ctx');
    const rotated = new TokenCipher({ current: randomBytes(32), previous: [key.toString('hex')] });
    expect(rotated.decrypt(old, 'ctx')).toBe('old-token');
    expect(rotated.needsReencryption(old)).toBe(true);
    const fresh = rotated.encrypt('old-token', 'ctx');
    expect(rotated.needsReencryption(fresh)).toBe(false);
    expect(() => cipher.decrypt(fresh, 'ctx')).toThrow(TokenDecryptionError);
  });
});
