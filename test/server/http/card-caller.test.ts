import type { Request } from 'express';
import { AuthenticityError, RegainError } from '../../../server/errors';
import { identifyCardCaller, IDENTITY_PARAMETERS } from '../../../server/http/card-caller';
import { createFirstUseLog } from '../../../server/http/first-use-log';

const request = (query: string) => ({ originalUrl: `/api/v1/settings${query}` }) as unknown as Request;
const installed = (...portalIds: string[]) => ({ listActive: async () => portalIds.map((portalId) => ({ portalId }) as never) });

function identify(developmentPortal: string | null = null, active: string[] = []) {
  const lines: Array<Record<string, unknown> & { msg: string }> = [];
  const firstUse = createFirstUseLog({ info: ((fields: Record<string, unknown>, msg: string) => void lines.push({ ...fields, msg })) as never });
  return { identify: identifyCardCaller({ developmentPortal, installations: installed(...active), firstUse }), lines };
}

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(RegainError);
    const e = err as RegainError;
    return { status: e.status, code: e.code, authenticity: err instanceof AuthenticityError };
  }
  throw new Error('expected a refusal');
};

describe('identifyCardCaller', () => {
  it('takes the portal and user HubSpot appended', async () => {
    const { identify: id } = identify();
    await expect(id(request('?view=x&portalId=123&userId=7&userEmail=rep%40example.com&appId=99'))).resolves.toEqual({ portalId: '123', userId: '7', userEmail: 'rep@example.com' });
    await expect(id(request('?portalId=123'))).resolves.toEqual({ portalId: '123', userId: null, userEmail: null });
  });

  it.each(IDENTITY_PARAMETERS.map((name) => [name]))('refuses %s named twice (400 duplicate_parameter), whichever value comes first', async (name) => {
    const { identify: id } = identify('installed', ['123']);
    const value = name === 'userEmail' ? 'a%40b.c' : '123';
    const other = name === 'userEmail' ? 'x%40y.z' : '456';
    for (const query of [`?${name}=${other}&${name}=${value}`, `?${name}=${value}&${name}=${value}`, `?portalId=123&${name}=${other}&${name}=${value}`]) {
      expect(await failure(id(request(query)))).toEqual({ status: 400, code: 'duplicate_parameter', authenticity: false });
    }
  });

  it.each([
    ['a portal id that is not a number', '?portalId=12a'],
    ['an empty portal id', '?portalId='],
    ['a user id that is not a number', '?portalId=1&userId=me'],
    ['an absurdly long e-mail', `?portalId=1&userEmail=${'a'.repeat(300)}`],
  ])('refuses %s (400 invalid_parameter)', async (_name, query) => {
    expect(await failure(identify().identify(request(query)))).toEqual({ status: 400, code: 'invalid_parameter', authenticity: false });
  });

  it('refuses a request that names no portal (401 missing_portal), whatever else it carries', async () => {
    const { identify: id } = identify();
    for (const query of ['', '?userId=7', '?appId=99&userEmail=a%40b.c', '?portalid=123', '?portalId[]=123']) {
      expect(await failure(id(request(query)))).toEqual({ status: 401, code: 'missing_portal', authenticity: true });
    }
  });

  it('development only: attributes a request that names no portal to the configured or the one installed portal', async () => {
    await expect(identify('555').identify(request(''))).resolves.toEqual({ portalId: '555', userId: null, userEmail: null });
    await expect(identify('installed', ['777']).identify(request('?userId=3'))).resolves.toEqual({ portalId: '777', userId: '3', userEmail: null });
    // A portal HubSpot did append still wins, and repeats are still refused.
    await expect(identify('555').identify(request('?portalId=123'))).resolves.toMatchObject({ portalId: '123' });
    expect(await failure(identify('555').identify(request('?portalId=1&portalId=2')))).toMatchObject({ code: 'duplicate_parameter' });
    for (const active of [[], ['1', '2']]) {
      expect(await failure(identify('installed', active).identify(request('')))).toEqual({ status: 401, code: 'missing_portal', authenticity: true });
    }
  });

  it('logs once per variant which identity parameters HubSpot appended: names, never values', async () => {
    const { identify: id, lines } = identify();
    await id(request('?portalId=123&userId=7&userEmail=rep%40example.com&appId=99'));
    await id(request('?portalId=456&userId=8&userEmail=other%40example.com&appId=99'));
    await id(request('')).catch(() => undefined);
    await id(request('')).catch(() => undefined);
    expect(lines.map(({ variant, appended, missing }) => ({ variant, appended, missing }))).toEqual([
      { variant: 'portalId,userId,userEmail,appId', appended: ['portalId', 'userId', 'userEmail', 'appId'], missing: [] },
      { variant: 'none', appended: [], missing: ['portalId', 'userId', 'userEmail', 'appId'] },
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/123|rep@example|rep%40/);
  });
});
