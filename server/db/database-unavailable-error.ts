/**
 * The database could not be reached in time, could not be opened, or refused us. `message` is one line
 * for the operator saying what to check; the CLI prints it and exits 2. Its own module (no `pg`), so the
 * CLI dispatcher can recognise it without loading the database driver.
 */
export class DatabaseUnavailableError extends Error {
  readonly code = 'database_unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}
