/**
 * The learning loop on the settings page (signed `hubspot.fetch` calls):
 * - GET /api/v1/vocabulary/suggestions: Regain's agreement with the portal's reps, by segment, and the
 *   phrases their corrections suggest for the vocabulary;
 * - POST /api/v1/vocabulary/suggestions `{segment, phrase}`: the admin accepts one; it joins the portal's
 *   vocabulary (settings) and every later analysis reads it.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { AcceptVocabularySuggestionRequest } from '../../../src/api/card-api';
import { DEFECTION_SEGMENTS } from '../../../src/types';
import type { AppDeps } from '../../app-deps';
import { acceptVocabularySuggestion, suggestVocabulary } from '../../services/vocabulary-suggestions';
import { callerOf } from '../request-context';
import { parseOrThrow } from '../validate';

const acceptSchema = z
  .object({ segment: z.enum(DEFECTION_SEGMENTS), phrase: z.string().trim().min(2).max(80) })
  .strict() satisfies z.ZodType<AcceptVocabularySuggestionRequest, unknown>;

export function vocabularyRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/api/v1/vocabulary/suggestions', async (req, res) => {
    const { portalId } = callerOf(req);
    res.json(await suggestVocabulary(deps, portalId));
  });
  router.post('/api/v1/vocabulary/suggestions', async (req, res) => {
    const { portalId } = callerOf(req);
    const body = parseOrThrow(acceptSchema, req.body, 'vocabulary suggestion');
    const result = await acceptVocabularySuggestion(deps, portalId, body);
    res.status(result.added ? 201 : 200).json(result);
  });
  return router;
}
