import { JOBS } from '../../../server/app-deps';
import { jobHandlers } from '../../../server/jobs/handlers';
import { decideFailure } from '../../../server/jobs/job-failure';
import { InvalidJobPayloadError, parseJobPayload, portalOfJob } from '../../../server/jobs/job-payloads';

describe('job payloads', () => {
  it('parses a payload into its type (ids as strings) and refuses one that does not fit', () => {
    expect(parseJobPayload(JOBS.writeDealProperties, { portalId: 123, dealId: '9', properties: { regain_plan_status: 'none' } })).toEqual({ portalId: '123', dealId: '9', properties: { regain_plan_status: 'none' } });
    expect(() => parseJobPayload(JOBS.writePlan, { portalId: '1' })).toThrow(InvalidJobPayloadError);
    expect(() => parseJobPayload(JOBS.writeDealProperties, { portalId: '1', dealId: '9', properties: { x: 1 } })).toThrow(/properties\.x/);
  });

  it('names the portal from the typed payload: its portalId, or the one portal of a webhook delivery', () => {
    expect(portalOfJob(JOBS.writePlan, { portalId: '42', planId: 'p' })).toBe('42');
    expect(portalOfJob(JOBS.webhookBatch, { events: [{ portalId: '7' }, { portalId: 7 }] })).toBe('7');
    expect(portalOfJob(JOBS.webhookBatch, { events: [{ portalId: '7' }, { portalId: '8' }] })).toBeNull();
    expect(portalOfJob(JOBS.sweepOutcomes, { repeat: true })).toBeNull();
    expect(portalOfJob(JOBS.writePlan, { planId: 'p' })).toBeNull();
    expect(portalOfJob('no.such.job', { portalId: '1' })).toBeNull();
  });

  it('a handler never runs on a bad payload: the job fails for good', async () => {
    const touched: string[] = [];
    const deps = new Proxy({}, { get: (_t, key) => (touched.push(String(key)), undefined) });
    const handlers = jobHandlers(deps as never);
    expect(Object.keys(handlers).sort()).toEqual(Object.values(JOBS).sort());
    const err = await handlers[JOBS.cancelPlan]!({ portalId: '1', planId: 'p' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidJobPayloadError);
    expect(decideFailure(err, { retryCount: 0, retryLimit: 5 })).toEqual({ action: 'fail', reason: 'permanent' });
    expect(touched).toEqual([]);
  });
});
