import { ConfigError, parseConfig } from '../../server/config';

const KEY = Buffer.alloc(32, 7).toString('base64');
const production = {
  HUBSPOT_CLIENT_ID: 'abc',
  HUBSPOT_CLIENT_SECRET: 'super-secret-value',
  PUBLIC_BASE_URL: 'https://api.regain.example/',
  DATABASE_URL: 'postgres://regain@db:5432/regain',
  ENCRYPTION_KEY: KEY,
};

describe('parseConfig', () => {
  it('runs in sandbox mode with nothing set, generating a client secret and key', () => {
    const c = parseConfig({});
    expect(c.mode).toBe('sandbox');
    expect(c.port).toBe(3000);
    expect(c.publicBaseUrl).toBe('http://127.0.0.1:3000');
    expect(c.hubspot.clientSecret.length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(c.encryptionKey, 'base64')).toHaveLength(32);
    expect(c.databaseUrl).toBeNull();
  });

  it('keeps an explicit client secret and port in sandbox mode', () => {
    const c = parseConfig({ HUBSPOT_CLIENT_SECRET: 'explicit-secret', PORT: '4100' });
    expect(c.hubspot.clientSecret).toBe('explicit-secret');
    expect(c.publicBaseUrl).toBe('http://127.0.0.1:4100');
  });

  it('parses production mode and trims the trailing slash of the public URL', () => {
    const c = parseConfig(production);
    expect(c.mode).toBe('production');
    expect(c.publicBaseUrl).toBe('https://api.regain.example');
    expect(c.databaseUrl).toBe(production.DATABASE_URL);
  });

  it('lists every missing production setting at once', () => {
    try {
      parseConfig({ HUBSPOT_CLIENT_ID: 'abc' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const key of ['HUBSPOT_CLIENT_SECRET', 'PUBLIC_BASE_URL', 'DATABASE_URL', 'ENCRYPTION_KEY']) expect(problems).toContain(key);
    }
  });

  it('reports every bad value with what to set', () => {
    expect(() => parseConfig({ ...production, PORT: 'eighty', ENCRYPTION_KEY: 'short', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL: must be a postgres:\/\/ URL[\s\S]*ENCRYPTION_KEY: must be 32 bytes/,
    );
  });
});

describe('key rotation settings', () => {
  it('takes previous encryption keys as a comma-separated list and validates each', () => {
    const old = Buffer.alloc(32, 1).toString('base64');
    const hex = 'ab'.repeat(32);
    expect(parseConfig({ ENCRYPTION_KEY_PREVIOUS: `${old}, ${hex}` }).previousEncryptionKeys).toEqual([old, hex]);
    expect(() => parseConfig({ ENCRYPTION_KEY_PREVIOUS: `${old},short` })).toThrow(/ENCRYPTION_KEY_PREVIOUS: each comma-separated key must be 32 bytes/);
  });
});
