import type { CompanyHistory, DealSnapshot, TicketEvidence } from '../../src/types';

/** A closed-lost deal snapshot with sensible defaults: a two-year customer, lost on 2026-03-01. */
export function makeSnapshot(overrides: {
  reason?: string | null;
  notes?: string[];
  tickets?: Array<Partial<TicketEvidence>>;
  company?: Partial<CompanyHistory> | null;
  amount?: number;
  contacts?: number;
} = {}): DealSnapshot {
  const company: CompanyHistory | null =
    overrides.company === null
      ? null
      : {
          companyId: 'c1',
          name: 'Acme GmbH',
          closedWonDeals: [
            { dealId: 'w1', amount: 40_000, closeDate: '2024-02-15T00:00:00.000Z' },
            { dealId: 'w2', amount: 45_000, closeDate: '2025-02-15T00:00:00.000Z' },
          ],
          ...overrides.company,
        };
  return {
    deal: { dealId: 'd1', amount: overrides.amount ?? 45_000, closeDate: '2026-03-01T00:00:00.000Z', closedLostReason: overrides.reason ?? null },
    notes: (overrides.notes ?? []).map((body, i) => ({ id: `n${i + 1}`, body, on: 'deal' as const })),
    tickets: (overrides.tickets ?? []).map((t, i) => ({ id: `t${i + 1}`, subject: 'Ticket', ...t })),
    company,
    contacts: Array.from({ length: overrides.contacts ?? 1 }, (_, i) => ({ id: `p${i + 1}` })),
  };
}
