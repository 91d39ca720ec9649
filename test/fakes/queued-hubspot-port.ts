/**
 * A HubSpotPort for unit tests whose answers are queued in order: each call takes the next queued answer,
 * which must be for that operation (and, when given, match the expected arguments). An unexpected call, a
 * call with nothing queued, or (at `done()`) an answer left over fails the test.
 */
import type { HubSpotPort } from '../../server/hubspot/port/hubspot-port';

type Operation = Exclude<keyof HubSpotPort, 'portalId'>;
type Args<K extends Operation> = Parameters<HubSpotPort[K]>;
type Answer<K extends Operation> = Awaited<ReturnType<HubSpotPort[K]>>;

interface Queued {
  operation: Operation;
  args?: unknown[];
  answer?: unknown;
  error?: unknown;
}

export interface QueuedHubSpotPort {
  port: HubSpotPort;
  /** Queues the answer to the next call, which must be `operation` (with `args`, compared deeply, when given). */
  answer<K extends Operation>(operation: K, answer: Answer<K>, args?: Args<K>): QueuedHubSpotPort;
  /** Queues a failure of the next call, which must be `operation`. */
  fail<K extends Operation>(operation: K, error: unknown, args?: Args<K>): QueuedHubSpotPort;
  /** Every call made so far, in order. */
  readonly calls: Array<{ operation: Operation; args: unknown[] }>;
  /** Throws if an answer is left over. */
  done(): void;
}

// Every operation of the port, checked by the compiler: a new port operation must be added here.
const EVERY: Record<Operation, true> = {
  readDeal: true, readCompany: true, readRecords: true, listAssociations: true, batchAssociations: true, searchDeals: true, dealPipelines: true, ownerExists: true,
  updateDeal: true, updateDeals: true, createTasks: true, archiveTasks: true, completeWorkflowCallback: true,
  dealPropertyDefinitions: true, dealPropertyGroups: true, createDealPropertyGroup: true, createDealProperty: true, updateDealPropertyOptions: true,
  firstRecordId: true, createRecord: true, associateDefault: true, archiveRecord: true,
};
const OPERATIONS = Object.keys(EVERY) as Operation[];

/** Plain JSON view for comparing arguments (Maps, Sets and Dates included). */
const view = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v));

export function queuedHubSpotPort(portalId = 'portal-1'): QueuedHubSpotPort {
  const queue: Queued[] = [];
  const calls: Array<{ operation: Operation; args: unknown[] }> = [];
  const take = async (operation: Operation, args: unknown[]): Promise<unknown> => {
    calls.push({ operation, args });
    const next = queue.shift();
    if (!next) throw new Error(`unexpected HubSpot call ${operation}(${view(args)}): nothing queued`);
    if (next.operation !== operation) throw new Error(`unexpected HubSpot call ${operation}(${view(args)}): ${next.operation} was queued next`);
    if (next.args && view(next.args) !== view(args)) throw new Error(`HubSpot call ${operation} with ${view(args)}, expected ${view(next.args)}`);
    if ('error' in next) throw next.error;
    return next.answer;
  };
  const port = Object.fromEntries(OPERATIONS.map((op) => [op, (...args: unknown[]) => take(op, args)])) as unknown as Omit<HubSpotPort, 'portalId'>;
  const fake: QueuedHubSpotPort = {
    port: { portalId, ...port },
    answer(operation, answer, args) {
      queue.push({ operation, answer, ...(args ? { args } : {}) });
      return fake;
    },
    fail(operation, error, args) {
      queue.push({ operation, error, ...(args ? { args } : {}) });
      return fake;
    },
    calls,
    done() {
      if (queue.length > 0) throw new Error(`${queue.length} queued HubSpot answer(s) never asked for: ${queue.map((q) => q.operation).join(', ')}`);
    },
  };
  return fake;
}
