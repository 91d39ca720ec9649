import { decideFailure, serializeJobError } from '../../../server/jobs/job-failure';
import { HubSpotApiError, NotFoundError, RegainError, ValidationError } from '../../../server/errors';
import { JobDeadlineError } from '../../../server/jobs/job-deadline';

const deadline = new JobDeadlineError('tasks.batchCreate', new Date('2026-03-02T09:00:45Z'));

describe('decideFailure', () => {
  const retriable = Object.assign(new Error('socket hang up'), { retriable: true });
  it.each([
    ['a plain Error', new Error('boom'), { retryCount: 0, retryLimit: 3 }, { action: 'retry' }],
    ['a thrown string', 'boom', { retryCount: 0, retryLimit: 3 }, { action: 'retry' }],
    ['an explicitly retriable error', retriable, { retryCount: 3, retryLimit: 3 }, { action: 'retry' }],
    ['a RegainError (not retriable)', new RegainError('internal_error', 'x'), { retryCount: 0, retryLimit: 3 }, { action: 'fail', reason: 'permanent' }],
    ['a validation error', new ValidationError([]), { retryCount: 0, retryLimit: 3 }, { action: 'fail', reason: 'permanent' }],
    ['a 404 from HubSpot', new HubSpotApiError(404, 'gone', null), { retryCount: 0, retryLimit: 3 }, { action: 'fail', reason: 'permanent' }],
    ['a 5xx from HubSpot', new HubSpotApiError(502, 'bad gateway', null), { retryCount: 1, retryLimit: 3 }, { action: 'retry' }],
    ['a 429 with retries left', new HubSpotApiError(429, 'slow down', 'RATE_LIMITS', { retryAfterMs: 1500 }), { retryCount: 1, retryLimit: 3 }, { action: 'reschedule', delayMs: 1500, retryLimit: 1 }],
    ['a 429 on the last run', new HubSpotApiError(429, 'slow down', 'RATE_LIMITS', { retryAfterMs: 1500 }), { retryCount: 3, retryLimit: 3 }, { action: 'fail', reason: 'exhausted' }],
    ['retryAfterMs that is not retriable', Object.assign(new Error('x'), { retriable: false, retryAfterMs: 100 }), { retryCount: 0, retryLimit: 3 }, { action: 'fail', reason: 'permanent' }],
    ['a zero retryAfterMs', Object.assign(new Error('x'), { retryAfterMs: 0 }), { retryCount: 0, retryLimit: 3 }, { action: 'retry' }],
    ['a run that reached its deadline keeps its retries', deadline, { retryCount: 1, retryLimit: 3 }, { action: 'reschedule', delayMs: 1000, retryLimit: 2 }],
    ['a run that reached its deadline on its last try is still rescheduled', deadline, { retryCount: 3, retryLimit: 3 }, { action: 'reschedule', delayMs: 1000, retryLimit: 0 }],
  ])('%s', (_label, error, run, expected) => {
    expect(decideFailure(error, run)).toEqual(expected);
  });
});

describe('serializeJobError', () => {
  it('keeps name, message and our error fields, not the stack', () => {
    expect(serializeJobError(new HubSpotApiError(429, 'slow down', null, { retryAfterMs: 2000 }))).toEqual({
      name: 'HubSpotApiError',
      message: 'slow down',
      code: 'hubspot_rate_limited',
      retriable: true,
      retryAfterMs: 2000,
    });
    expect(serializeJobError(new NotFoundError('no deal'))).toEqual({ name: 'NotFoundError', message: 'no deal', code: 'not_found', retriable: false });
    expect(serializeJobError(42)).toEqual({ name: 'Error', message: '42' });
  });
});
