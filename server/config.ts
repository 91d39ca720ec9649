/**
 * Configuration, parsed once at startup from the environment (dotenv loads `.env` first, in main).
 * Sandbox mode when no HubSpot app credentials are set; production mode otherwise. Every missing or
 * bad setting is reported at once, with what to set.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export type Mode = 'sandbox' | 'production';

export interface Config {
  mode: Mode;
  port: number;
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
  return {
    mode,
    port: e.PORT,
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
  };
}
