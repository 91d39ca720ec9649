/**
 * Loads the deal's analysis and plan once, keeps it in one union-typed state, and ignores answers
 * that arrive after a newer request (or after the card is gone).
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

  const reload = useCallback(async () => {
    const request = ++latest.current;
    setState((s) => (s.kind === 'ready' ? { ...s, refreshing: true, refreshError: null } : { kind: 'loading' }));
    try {
      const data = await api.getAnalysis(dealId);
      if (request === latest.current) setState({ kind: 'ready', data, refreshing: false, refreshError: null });
    } catch (err) {
      if (request !== latest.current) return;
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
    setState((s) => (s.kind === 'ready' ? { ...s, data: change(s.data) } : s));
  }, []);

  return { state, reload, update };
}
