/**
 * Configuration, parsed once at startup from the environment (dotenv loads `.env` first, in main).
 * Sandbox mode when no HubSpot app credentials are set; production mode otherwise. Every missing or
 * bad setting is reported at once, with what to set.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';

export type Mode = 'sandbox' | 'production';

export interface Config {
  mode: Mode;
  port: number;
  /** The address to listen on; null: every interface (IPv6 and IPv4, Node's default). */
  host: string | null;
  /** The URL HubSpot calls (and signs). */
  publicBaseUrl: string;
  hubspot: {
    clientId: string;
    clientSecret: string;
    appId: string | null;
    /** HubSpot's API origin; the local sandbox's URL in sandbox mode. */
    apiBaseUrl: string | null;
  };
  /** PostgreSQL in production; PGlite (embedded) when absent. */
  databaseUrl: string | null;
  /** Where PGlite keeps its files; in memory when null. */
  dataDir: string | null;
  encryptionKey: string;
  /** Keys that sealed tokens before a rotation: still decrypt, and tokens are re-encrypted at start. */
  previousEncryptionKeys: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * Development only (refused unless PUBLIC_BASE_URL is a loopback http URL and NODE_ENV is not production),
   * for HubSpot's `hs project dev` proxy, which appends no portalId and signs v3 + v2:
   * `cardPortal`: the portal of card requests that name none (`installed`: the one installed portal);
   * `cardSignatureV2`: the card API also accepts a v2 signature without v3.
   */
  development: { cardPortal: 'installed' | string | null; cardSignatureV2: boolean };
  /** How long start keeps retrying an unreachable or missing database before giving up (ms). */
  databaseConnectTimeoutMs: number;
  /** How long shutdown lets in-flight requests and running job steps finish (ms). */
  shutdownTimeoutMs: number;
  /** When set, /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /**
   * Origins an install's `returnUrl` may lead to besides HubSpot's own (https *.hubspot.com). Set in code
   * only, never from the environment: sandbox mode adds the local sandbox's origin (server/main.ts).
   */
  oauthReturnOrigins: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Regain cannot start; fix these settings (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const optional = z.string().trim().min(1).optional().catch(undefined);
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z
    .string()
    .trim()
    .refine((h) => isIP(h) !== 0 || /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,62})(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,62}))*$/.test(h), 'must be an IP address (0.0.0.0, ::, 127.0.0.1) or a host name')
    .optional(),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  HUBSPOT_CLIENT_ID: z.string().trim().min(1).optional(),
  HUBSPOT_CLIENT_SECRET: z.string().trim().min(8, 'must be at least 8 characters').optional(),
  HUBSPOT_APP_ID: z.string().trim().regex(/^\d+$/, 'must be the numeric app id').optional(),
  HUBSPOT_API_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  DATA_DIR: optional,
  ENCRYPTION_KEY: z
    .string()
    .refine((k) => decodedKeyLength(k) === 32, 'must be 32 bytes, as 64 hex characters or base64 (openssl rand -base64 32)')
    .optional(),
  ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .refine((list) => list.split(',').every((k) => decodedKeyLength(k.trim()) === 32), 'each comma-separated key must be 32 bytes (hex or base64)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: optional,
  REGAIN_DEV_CARD_PORTAL: z.string().trim().regex(/^(installed|\d{1,20})$/, 'must be a portal id or "installed"').optional(),
  REGAIN_DEV_CARD_SIGNATURE_V2: z.enum(['true', 'false']).optional(),
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().min(0, 'must be 0 (one try) or more seconds').max(3600).default(30),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0.5, 'must be at least 0.5 seconds').max(3600).default(10),
  METRICS_TOKEN: z.string().trim().min(16, 'must be at least 16 characters (openssl rand -hex 24)').regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces').optional(),
});

function decodedKeyLength(key: string): number {
  if (/^[0-9a-fA-F]{64}$/.test(key)) return 32;
  return Buffer.from(key, 'base64').length;
}

/** Parses the environment into a Config, or throws a ConfigError listing every problem. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  const e = parsed.data;
  const mode: Mode = e.HUBSPOT_CLIENT_ID ? 'production' : 'sandbox';
  if (mode === 'production') {
    const required = ['HUBSPOT_CLIENT_SECRET', 'PUBLIC_BASE_URL', 'DATABASE_URL', 'ENCRYPTION_KEY'] as const;
    const missing = required.filter((k) => !e[k]).map((k) => `${k} is required in production mode (HUBSPOT_CLIENT_ID is set)`);
    if (missing.length > 0) throw new ConfigError(missing);
  }
  const development = developmentSettings(e);
  return {
    mode,
    port: e.PORT,
    // Sandbox mode stays on this machine; production binds every interface (behind a proxy or in a container).
    host: e.HOST ?? (mode === 'sandbox' ? '127.0.0.1' : null),
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/+$/, ''),
    hubspot: {
      clientId: e.HUBSPOT_CLIENT_ID ?? 'regain-sandbox-client',
      clientSecret: e.HUBSPOT_CLIENT_SECRET ?? randomBytes(24).toString('base64url'),
      appId: e.HUBSPOT_APP_ID ?? null,
      apiBaseUrl: e.HUBSPOT_API_BASE_URL ?? null,
    },
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: e.DATA_DIR ?? null,
    encryptionKey: e.ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
    previousEncryptionKeys: e.ENCRYPTION_KEY_PREVIOUS ? e.ENCRYPTION_KEY_PREVIOUS.split(',').map((k) => k.trim()) : [],
    logLevel: e.LOG_LEVEL,
    development,
    databaseConnectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    metricsToken: e.METRICS_TOKEN ?? null,
    oauthReturnOrigins: [],
  };
}

/**
 * The development-only card settings, refused where HubSpot's real proxy could reach the backend: only a
 * loopback http PUBLIC_BASE_URL (what `hs project dev` signs) outside NODE_ENV=production.
 */
function developmentSettings(e: z.output<typeof envSchema>): Config['development'] {
  const asked = [e.REGAIN_DEV_CARD_PORTAL !== undefined ? 'REGAIN_DEV_CARD_PORTAL' : null, e.REGAIN_DEV_CARD_SIGNATURE_V2 === 'true' ? 'REGAIN_DEV_CARD_SIGNATURE_V2' : null].filter((k) => k !== null);
  const host = e.PUBLIC_BASE_URL ? new URL(e.PUBLIC_BASE_URL) : null;
  const local = !host || (host.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(host.hostname));
  if (asked.length > 0 && (!local || e.NODE_ENV === 'production')) {
    throw new ConfigError(asked.map((k) => `${k} is for local development only: it needs a loopback http PUBLIC_BASE_URL (http://localhost:3000) and NODE_ENV other than production`));
  }
  return { cardPortal: e.REGAIN_DEV_CARD_PORTAL ?? null, cardSignatureV2: e.REGAIN_DEV_CARD_SIGNATURE_V2 === 'true' };
}
