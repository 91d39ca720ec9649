import { assessAttribution, NO_HINTS, type AttributionHints } from '../../src/attribution/assess-attribution';
import type { DefectionSegment } from '../../src/types';

const hints = (h: Partial<AttributionHints>): AttributionHints => ({ ...NO_HINTS, ...h });

describe('assessAttribution (Step II)', () => {
  it.each<[DefectionSegment, Partial<AttributionHints>, [string, string, string]]>([
    ['unintentionally_pushed_away', {}, ['internal', 'unknown', 'controllable']],
    ['unintentionally_pushed_away', { repeated: true }, ['internal', 'stable', 'controllable']],
    ['unintentionally_pushed_away', { oneOff: true }, ['internal', 'unstable', 'controllable']],
    ['unintentionally_pushed_away', { highPriorityTickets: 3 }, ['internal', 'stable', 'controllable']],
    ['unintentionally_pushed_away', { concreteFailure: true }, ['internal', 'unstable', 'controllable']],
    ['unintentionally_pushed_away', { concreteFailure: true, repeated: true }, ['internal', 'stable', 'controllable']],
    ['bought_away', {}, ['external', 'stable', 'uncontrollable']],
    ['bought_away', { oneOff: true }, ['external', 'unstable', 'uncontrollable']],
    ['bought_away', { ourPriceRise: true }, ['internal', 'stable', 'controllable']],
    ['pulled_away', {}, ['external', 'unknown', 'controllable']],
    ['pulled_away', { permanent: true }, ['external', 'stable', 'controllable']],
    ['pulled_away', { cannotOffer: true }, ['external', 'unknown', 'unknown']],
    ['pulled_away', { cannotOffer: true, canFix: true }, ['external', 'unknown', 'controllable']],
    ['moved_away', {}, ['external', 'unknown', 'uncontrollable']],
    ['moved_away', { temporary: true }, ['external', 'unstable', 'uncontrollable']],
    ['moved_away', { permanent: true }, ['external', 'stable', 'uncontrollable']],
    ['intentionally_pushed_away', {}, ['internal', 'stable', 'controllable']],
    ['undetermined', { repeated: true }, ['unknown', 'unknown', 'unknown']],
  ])('%s with %j -> %j', (segment, h, [source, stability, controllability]) => {
    const a = assessAttribution(segment, hints(h));
    expect([a.source.value, a.stability.value, a.controllability.value]).toEqual([source, stability, controllability]);
    for (const dim of [a.source, a.stability, a.controllability]) expect(dim.reason.length).toBeGreaterThan(10);
  });
});
