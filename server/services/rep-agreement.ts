/**
 * Regain's agreement with the portal's reps: over every confirmed analysis (a rep confirmed or corrected
 * the card), how often the suggested segment was the one the rep confirmed, by confirmed segment. One
 * GROUP BY in the store; nothing else is loaded. The suggestion compared is the current one (a deal
 * analysed again after a vocabulary change is compared with its new suggestion).
 */
import type { AgreementFigure, RepAgreementView } from '../../src/api/card-api';
import { ALL_SEGMENTS } from '../../src/types';
import type { AnalysisStore, PortalId } from '../db/ports';

const figure = (confirmed: number, agreed: number): AgreementFigure => ({ confirmed, agreed, rate: confirmed === 0 ? null : agreed / confirmed });

export async function measureRepAgreement(analyses: AnalysisStore, portalId: PortalId): Promise<RepAgreementView> {
  const counts = await analyses.agreementBySegment(portalId);
  const bySegment = ALL_SEGMENTS.flatMap((segment) => {
    const c = counts.find((x) => x.segment === segment);
    return c && c.confirmed > 0 ? [{ segment, ...figure(c.confirmed, c.agreed) }] : [];
  });
  const total = figure(
    bySegment.reduce((n, s) => n + s.confirmed, 0),
    bySegment.reduce((n, s) => n + s.agreed, 0),
  );
  return { ...total, bySegment };
}
