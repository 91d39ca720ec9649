/** The database a running Regain really uses, in words for the `serve` banner (credentials never shown). */
export function describeDatabase(config: { databaseUrl: string | null; dataDir: string | null }): string {
  if (config.databaseUrl) {
    try {
      const url = new URL(config.databaseUrl);
      return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname || '/'} (DATABASE_URL)`;
    } catch {
      return 'PostgreSQL (DATABASE_URL)';
    }
  }
  if (config.dataDir) return `embedded PGlite in ${config.dataDir} (DATA_DIR)`;
  return 'embedded PGlite, in memory: gone when it stops (set DATA_DIR or DATABASE_URL to keep it)';
}
