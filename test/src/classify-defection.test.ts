import { classifyDefection } from '../../src/classify/classify-defection';
import { resolveSettings } from '../../src/settings';
import type { DefectionSegment } from '../../src/types';
import { makeSnapshot } from '../fakes/snapshot-factory';

const settings = resolveSettings();
const segmentOf = (reason: string, s = settings) => classifyDefection(makeSnapshot({ reason }), s).segment;

describe('classifyDefection (Step I)', () => {
  it.each<[DefectionSegment, string]>([
    ['bought_away', 'Price'],
    ['bought_away', 'They signed with a vendor that was 25% cheaper for the same scope.'],
    ['bought_away', 'Preis zu hoch, Wettbewerber deutlich günstiger'],
    ['bought_away', 'Le concurrent était moins cher de 15 %'],
    ['bought_away', 'Se fueron por precio, otra empresa les cobraba menos'],
    ['bought_away', 'Concorrente com preço mais baixo'],
    ['bought_away', 'cheeper option elsewhere, prcie was the only thing they cared about'],
    ['pulled_away', 'Competitor had the Salesforce integration and the analytics module we lack'],
    ['pulled_away', 'Chose a more complete all-in-one platform'],
    ['pulled_away', 'Funktionsumfang des Wettbewerbers war größer'],
    ['pulled_away', 'Ils ont choisi une plateforme plus moderne avec des fonctionnalités avancées'],
    ['pulled_away', 'Eligieron una solución más completa con integración a su ERP'],
    ['pulled_away', 'Escolheram uma plataforma com mais funcionalidades'],
    ['unintentionally_pushed_away', 'Poor service'],
    ['unintentionally_pushed_away', 'Three outages in a quarter and nobody called them back'],
    ['unintentionally_pushed_away', 'Ständige Lieferverzögerungen und falsche Rechnungen'],
    ['unintentionally_pushed_away', 'Trop de retards de livraison, client mécontent'],
    ['unintentionally_pushed_away', 'Muchos errores de facturación y retrasos'],
    ['unintentionally_pushed_away', 'Atendimento ruim, chamados sem solução'],
    ['moved_away', 'Company was acquired, parent has a global contract'],
    ['moved_away', 'They went bankrupt'],
    ['moved_away', 'Kunde hat den Standort geschlossen'],
    ['moved_away', 'Le client a internalisé le service'],
    ['moved_away', 'La empresa cerró la planta'],
    ['moved_away', 'Não precisam mais do produto'],
    ['intentionally_pushed_away', 'Unprofitable account, we decided not to renew'],
    ['intentionally_pushed_away', 'Chronic late payments, we terminated the contract'],
    ['intentionally_pushed_away', 'Nicht rentabel, von uns gekündigt'],
    ['intentionally_pushed_away', 'Client pas rentable, nous avons mis fin au contrat'],
    ['intentionally_pushed_away', 'Cliente moroso, decidimos no renovar'],
    ['intentionally_pushed_away', 'Inadimplência, optamos por não renovar'],
    ['undetermined', 'No decision'],
    ['undetermined', 'Other'],
    ['undetermined', 'went dark after the demo'],
    ['undetermined', 'Lost to competitor'],
    ['undetermined', ''],
  ])('reads %s from %j', (expected, reason) => {
    expect(segmentOf(reason)).toBe(expected);
  });

  it.each<[DefectionSegment, string]>([
    ['unintentionally_pushed_away', "It wasn't about price, our onboarding failed them"],
    ['bought_away', 'Service was fine, the competitor was 30% cheaper'],
    ['bought_away', 'nothing wrong with our support, they just found it cheaper elsewhere'],
    ['pulled_away', 'They paid more to go with Globex because of its reporting features'],
    ['pulled_away', 'Price was not the issue, they needed the API we do not have'],
    ['bought_away', 'Kein Qualitätsthema, nur der Preis'],
    ['unintentionally_pushed_away', "Ce n'est pas le prix, les livraisons arrivaient toujours en retard"],
  ])('handles negation and contrast: %s from %j', (expected, reason) => {
    expect(segmentOf(reason)).toBe(expected);
  });

  it('returns evidence naming the source and the excerpt that counted', () => {
    const result = classifyDefection(makeSnapshot({ reason: 'Too expensive', notes: ['Buyer said the competitor was 20% cheaper.'] }), settings);
    expect(result.segment).toBe('bought_away');
    expect(result.evidence.map((e) => e.source)).toEqual(expect.arrayContaining(['lost_reason', 'note']));
    expect(result.evidence.find((e) => e.source === 'note')).toMatchObject({ sourceId: 'n1', segment: 'bought_away' });
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it('lists runner-up segments with their scores', () => {
    const result = classifyDefection(makeSnapshot({ reason: 'Mostly price, though the outage in May did not help' }), settings);
    expect(result.segment).toBe('bought_away');
    expect(result.runnersUp[0]).toMatchObject({ segment: 'unintentionally_pushed_away' });
    expect(result.runnersUp[0]!.score).toBeGreaterThan(0);
  });

  it('reads recent high-priority tickets as a service failure even with no reason written', () => {
    const tickets = [
      { priority: 'HIGH', subject: 'Export broken', createdAt: '2026-01-10T00:00:00Z' },
      { priority: 'URGENT', subject: 'Cannot log in', createdAt: '2026-02-20T00:00:00Z' },
    ];
    const result = classifyDefection(makeSnapshot({ reason: null, tickets }), settings);
    expect(result.segment).toBe('unintentionally_pushed_away');
    expect(result.evidence.filter((e) => e.source === 'ticket').length).toBeGreaterThanOrEqual(2);
  });

  it('ignores high-priority tickets long before the loss', () => {
    const tickets = [{ priority: 'HIGH', subject: 'Old incident', createdAt: '2024-01-10T00:00:00Z' }];
    expect(classifyDefection(makeSnapshot({ reason: null, tickets }), settings).segment).toBe('undetermined');
  });

  it('tells a lost prospect from a lost customer, and says unknown with no deal history', () => {
    expect(classifyDefection(makeSnapshot({ reason: 'Price' }), settings).customerStatus).toBe('lost_customer');
    const prospect = classifyDefection(makeSnapshot({ reason: 'Price', company: { closedWonDeals: [] } }), settings);
    expect(prospect.customerStatus).toBe('lost_prospect');
    expect(prospect.questions.join(' ')).toMatch(/lost prospect/);
    const noHistory = classifyDefection(makeSnapshot({ reason: 'Price', company: null }), settings);
    expect(noHistory.customerStatus).toBe('unknown');
    expect(noHistory.questions.join(' ')).not.toMatch(/prospect|never bought/);
  });

  it('asks the rep questions when the evidence is thin', () => {
    const result = classifyDefection(makeSnapshot({ reason: 'Lost to competitor' }), settings);
    expect(result.segment).toBe('undetermined');
    expect(result.questions[0]).toMatch(/lower price .* better overall offer/);
  });

  it('takes per-portal vocabulary as data', () => {
    expect(segmentOf('went with Zorblatt')).toBe('undetermined');
    const tuned = resolveSettings({ vocabulary: { competitors: ['Zorblatt'], phrases: { bought_away: ['zorblatt deal'] } } });
    const withName = classifyDefection(makeSnapshot({ reason: 'went with Zorblatt' }), tuned);
    expect(withName.segment).toBe('undetermined');
    expect(withName.questions[0]).toMatch(/lower price .* better overall offer/);
    const phrase = classifyDefection(makeSnapshot({ reason: 'the Zorblatt deal' }), tuned);
    expect(phrase.evidence[0]!.reason).toBe('awarded on price (portal vocabulary): "Zorblatt deal"');
    expect(classifyDefection(makeSnapshot({ reason: 'the Zorblatt deal' }), tuned).segment).toBe('bought_away');
  });

  it('is deterministic', () => {
    const snapshot = makeSnapshot({ reason: 'Mixed: price and a bad rollout', notes: ['they mentioned delays'] });
    expect(classifyDefection(snapshot, settings)).toEqual(classifyDefection(snapshot, settings));
  });
});
