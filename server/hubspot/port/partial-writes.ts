/**
 * Regain's one policy for batch writes that HubSpot answered in part (207 Multi-Status: some inputs
 * written, others failed individually; https://developers.hubspot.com/docs/api-reference/crm-objects-v3/guide#batch-operations).
 * Only the failed inputs are sent again, a few rounds with short growing waits; what still fails is a
 * PartialWriteError, which the caller records and which the job queue (or a resumed backfill) retries.
 */
import { RegainError } from '../../errors';

/** Some inputs of a batch write still failed after the retry rounds: Regain's own state, not a HubSpot status. */
export class PartialWriteError extends RegainError {
  override readonly retriable = true;
  constructor(
    readonly failed: number,
    message: string,
  ) {
    super('partial_write', message, 503);
  }
}

export interface PartialRetryPolicy {
  rounds: number;
  /** Wait before round `round` (1-based for the retries; round 0 never waits). */
  waitMs: (round: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

/** 10 rounds, waiting 100 ms, 200 ms, ... up to 1 s between them (about 6.5 s at worst, inside a job's deadline). */
export const PARTIAL_RETRY: PartialRetryPolicy = { rounds: 10, waitMs: (round) => Math.min(1000, 50 * 2 ** round) };

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `attempt` on the pending inputs until none is left or the rounds are spent. `attempt` returns the
 * inputs that failed this round (a subset of what it was given). Returns nothing; throws PartialWriteError
 * naming `what` with the inputs still failing.
 */
export async function retryPartialWrites<T>(pending: readonly T[], attempt: (pending: readonly T[]) => Promise<readonly T[]>, what: string, policy: PartialRetryPolicy = PARTIAL_RETRY): Promise<void> {
  const sleep = policy.sleep ?? defaultSleep;
  let left = pending;
  for (let round = 0; round < policy.rounds && left.length > 0; round++) {
    if (round > 0) await sleep(policy.waitMs(round));
    left = await attempt(left);
  }
  if (left.length > 0) throw new PartialWriteError(left.length, `${left.length} ${what} kept failing in HubSpot's batch answers (207); they are retried later`);
}
