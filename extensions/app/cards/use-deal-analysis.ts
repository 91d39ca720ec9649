/**
 * Loads the deal's analysis and plan once, keeps it in one union-typed state, and ignores answers
 * that arrive after a newer request (or after the card is gone). While a new plan's tasks are still being
 * written to HubSpot it re-reads quietly every few seconds (a bounded number of times), so the rep sees
 * "Written" climb instead of a count frozen at creation.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DealAnalysisResponse } from '../../../src/api/card-api';
import type { RegainApi, RegainApiError } from '../shared/regain-api';
import { asApiError } from './card-text';

export type DealAnalysisState =
  | { kind: 'loading' }
  | { kind: 'error'; error: RegainApiError }
  /** `refreshing`/`refreshError` belong to a reload that keeps what is already on screen. */
  | { kind: 'ready'; data: DealAnalysisResponse; refreshing: boolean; refreshError: RegainApiError | null };

export function useDealAnalysis(api: RegainApi, dealId: string) {
  const [state, setState] = useState<DealAnalysisState>({ kind: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async (options: { quiet?: boolean } = {}) => {
    const request = ++latest.current;
    if (!options.quiet) setState((s) => (s.kind === 'ready' ? { ...s, refreshing: true, refreshError: null } : { kind: 'loading' }));
    try {
      const data = await api.getAnalysis(dealId);
      if (request === latest.current) setState({ kind: 'ready', data, refreshing: false, refreshError: null });
    } catch (err) {
      if (request !== latest.current || options.quiet) return; // a quiet poll that failed changes nothing on screen
      const error = asApiError(err);
      setState((s) => (s.kind === 'ready' ? { ...s, refreshing: false, refreshError: error } : { kind: 'error', error }));
    }
  }, [api, dealId]);

  useEffect(() => {
    void reload();
    return () => {
      latest.current++;
    };
  }, [reload]);

  /** Applies a change the backend confirmed (a saved analysis, a new or ended plan) without a reload. */
  const update = useCallback((change: (data: DealAnalysisResponse) => DealAnalysisResponse) => {
    latest.current++; // a read still in flight predates this change: drop its answer
    setState((s) => (s.kind === 'ready' ? { ...s, data: change(s.data) } : s));
  }, []);

  // Follow a running plan's writing: poll while items are pending, at most PROGRESS_POLLS times per plan.
  const plan = state.kind === 'ready' ? state.data.plan : null;
  const pending = plan && (plan.status === 'active' || plan.status === 'paused') ? plan.progress.pending : 0;
  const polls = useRef<{ planId: string | null; count: number }>({ planId: null, count: 0 });
  useEffect(() => {
    if (!plan || pending === 0 || state.kind !== 'ready' || state.refreshing) return;
    if (polls.current.planId !== plan.id) polls.current = { planId: plan.id, count: 0 };
    if (polls.current.count >= PROGRESS_POLLING.times) return;
    const timer = setTimeout(() => {
      polls.current.count++;
      void reload({ quiet: true });
    }, PROGRESS_POLLING.everyMs);
    return () => clearTimeout(timer);
  });

  return { state, reload, update };
}

/** How often, and how many times per plan, the card re-reads a plan whose tasks are still being written (tests set `times`). */
export const PROGRESS_POLLING = { everyMs: 3_000, times: 20 };
