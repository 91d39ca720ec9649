/** The queued HubSpot fake itself: it must fail loudly on anything a test did not script. */
import { queuedHubSpotPort } from '../../../fakes/queued-hubspot-port';

describe('queuedHubSpotPort', () => {
  it('answers queued calls in order and records them', async () => {
    const fake = queuedHubSpotPort('p9').answer('ownerExists', true, [7]).answer('dealPropertyGroups', [{ name: 'regain', label: 'Regain' }]);
    expect(fake.port.portalId).toBe('p9');
    expect(await fake.port.ownerExists(7)).toBe(true);
    expect(await fake.port.dealPropertyGroups()).toEqual([{ name: 'regain', label: 'Regain' }]);
    expect(fake.calls.map((c) => c.operation)).toEqual(['ownerExists', 'dealPropertyGroups']);
    fake.done();
  });

  it('fails a call nothing was queued for, a call of another operation, and other arguments', async () => {
    await expect(queuedHubSpotPort().port.archiveTasks(['1'])).rejects.toThrow(/unexpected HubSpot call archiveTasks.*nothing queued/);
    await expect(queuedHubSpotPort().answer('ownerExists', true).port.archiveTasks(['1'])).rejects.toThrow(/ownerExists was queued next/);
    await expect(queuedHubSpotPort().answer('ownerExists', true, [1]).port.ownerExists(2)).rejects.toThrow(/expected \[1\]/);
  });

  it('fails done() while an answer is left over', async () => {
    const fake = queuedHubSpotPort().answer('ownerExists', true).answer('archiveTasks', undefined);
    await fake.port.ownerExists(1);
    expect(() => fake.done()).toThrow(/1 queued HubSpot answer\(s\) never asked for: archiveTasks/);
  });

  it('throws a queued failure', async () => {
    const fake = queuedHubSpotPort().fail('ownerExists', new Error('boom'));
    await expect(fake.port.ownerExists(1)).rejects.toThrow('boom');
    fake.done();
  });
});
