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

describe('operations settings', () => {
  it('binds 127.0.0.1 in sandbox mode and every interface in production unless HOST says otherwise', () => {
    expect(parseConfig({}).host).toBe('127.0.0.1');
    expect(parseConfig(production).host).toBeNull();
    expect(parseConfig({ ...production, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
    expect(parseConfig({ HOST: '::' }).host).toBe('::');
    expect(parseConfig({ HOST: 'regain.internal' }).host).toBe('regain.internal');
    expect(() => parseConfig({ HOST: 'not a host' })).toThrow(/HOST: must be an IP address/);
  });

  it('defaults the database wait to 30 s and the shutdown deadline to 10 s, and validates both', () => {
    const c = parseConfig({});
    expect(c.databaseConnectTimeoutMs).toBe(30_000);
    expect(c.shutdownTimeoutMs).toBe(10_000);
    const set = parseConfig({ DATABASE_CONNECT_TIMEOUT_SECONDS: '0', SHUTDOWN_TIMEOUT_SECONDS: '2.5' });
    expect(set.databaseConnectTimeoutMs).toBe(0);
    expect(set.shutdownTimeoutMs).toBe(2500);
    expect(() => parseConfig({ DATABASE_CONNECT_TIMEOUT_SECONDS: '-1', SHUTDOWN_TIMEOUT_SECONDS: 'soon' })).toThrow(
      /DATABASE_CONNECT_TIMEOUT_SECONDS: must be 0 \(one try\) or more seconds[\s\S]*SHUTDOWN_TIMEOUT_SECONDS/,
    );
  });

  it('takes an optional METRICS_TOKEN of at least 16 printable characters', () => {
    expect(parseConfig({}).metricsToken).toBeNull();
    expect(parseConfig({ METRICS_TOKEN: 'a'.repeat(16) }).metricsToken).toBe('a'.repeat(16));
    expect(() => parseConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
    expect(() => parseConfig({ METRICS_TOKEN: 'has a space in it ok' })).toThrow(/METRICS_TOKEN: must be printable ASCII/);
  });
});

describe('development-only card settings (HubSpot dev proxy)', () => {
  const local = { HUBSPOT_CLIENT_SECRET: 'explicit-secret', PUBLIC_BASE_URL: 'http://localhost:3000' };

  it('are off unless asked for', () => {
    expect(parseConfig({}).development).toEqual({ cardPortal: null, cardSignatureV2: false });
    expect(parseConfig(production).development).toEqual({ cardPortal: null, cardSignatureV2: false });
  });

  it('take a portal id or "installed", and v2 for the card API, on a loopback http URL', () => {
    expect(parseConfig({ ...local, REGAIN_DEV_CARD_PORTAL: 'installed', REGAIN_DEV_CARD_SIGNATURE_V2: 'true' }).development).toEqual({ cardPortal: 'installed', cardSignatureV2: true });
    expect(parseConfig({ REGAIN_DEV_CARD_PORTAL: '12345' }).development.cardPortal).toBe('12345');
    expect(() => parseConfig({ ...local, REGAIN_DEV_CARD_PORTAL: 'the-first' })).toThrow(/REGAIN_DEV_CARD_PORTAL: must be a portal id or "installed"/);
  });

  it.each([
    ['a public https URL', { ...production, REGAIN_DEV_CARD_PORTAL: 'installed' }],
    ['NODE_ENV=production', { ...local, NODE_ENV: 'production', REGAIN_DEV_CARD_SIGNATURE_V2: 'true' }],
    ['a non-loopback http URL', { ...local, PUBLIC_BASE_URL: 'http://10.0.0.5:3000', REGAIN_DEV_CARD_PORTAL: '1' }],
  ])('are refused at start with %s', (_name, env) => {
    expect(() => parseConfig(env)).toThrow(/REGAIN_DEV_CARD_(PORTAL|SIGNATURE_V2) is for local development only/);
  });
});
