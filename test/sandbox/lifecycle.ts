import type { SandboxOptions } from '../../sandbox';
import { startHarness, type Harness } from './helpers';

/**
 * Starts one harness per test file (beforeAll) and closes it afterwards; returns a getter.
 * Rate limits are lifted unless the options set them, since the ManualClock never moves on its own.
 */
export function harnessLifecycle(options: SandboxOptions = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness({ rateLimit: { max: 1_000_000, searchPerSecond: 1_000_000 }, ...options });
  });
  afterAll(async () => {
    await harness?.sandbox.close();
  });
  return () => {
    if (!harness) throw new Error('harness not started');
    return harness;
  };
}
