/**
 * The latest portal-wide backfill run: read once, then re-read every `pollMs` while it is queued or
 * running (a `setTimeout` per poll, cleared on unmount), and started from the form.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackfillRunView, StartBackfillRequest } from '../../../src/api/card-api';
import { RegainApiError, type RegainApi } from '../shared/regain-api';
import { isRunActive } from './backfill-form';

export type BackfillRunState =
  | { status: 'loading' }
  | { status: 'error'; error: RegainApiError }
  | { status: 'ready'; run: BackfillRunView | null; pollError: string | null; polls: number; stopped: boolean };

/** The default poll period: HubSpot allows 20 concurrent fetches per app and account, so stay gentle. */
export const DEFAULT_BACKFILL_POLL_MS = 3_000;

export function useBackfillRun(api: RegainApi, pollMs: number, onFinished: (run: BackfillRunView) => void) {
  const [state, setState] = useState<BackfillRunState>({ status: 'loading' });
  const latest = useRef(0);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const reload = useCallback(async () => {
    const request = ++latest.current;
    setState({ status: 'loading' });
    try {
      const { run } = await api.getBackfill();
      if (request === latest.current) setState({ status: 'ready', run, pollError: null, polls: 0, stopped: false });
    } catch (error) {
      if (request === latest.current) setState({ status: 'error', error: asApiError(error) });
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const run = state.status === 'ready' ? state.run : null;
  const polls = state.status === 'ready' ? state.polls : 0;
  const stopped = state.status === 'ready' && state.stopped;
  useEffect(() => {
    if (!isRunActive(run) || stopped) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const request = ++latest.current;
      try {
        const next = (await api.getBackfill()).run;
        if (cancelled || request !== latest.current) return;
        setState({ status: 'ready', run: next, pollError: null, polls: polls + 1, stopped: false });
        if (next && !isRunActive(next)) finished.current(next);
      } catch (error) {
        if (cancelled || request !== latest.current) return;
        const apiError = asApiError(error);
        // Keep the last figures on screen; a passing failure polls again, a 4xx stops polling.
        setState({ status: 'ready', run, pollError: apiError.message, polls: polls + 1, stopped: !apiError.retryable });
      }
    }, pollMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, run, polls, stopped, pollMs]);

  /** Starts a run; the answer (the new run) replaces the shown one and polling begins. Throws RegainApiError. */
  const start = useCallback(
    async (request: StartBackfillRequest) => {
      const { run: started } = await api.startBackfill(request);
      latest.current++;
      setState({ status: 'ready', run: started, pollError: null, polls: 0, stopped: false });
      if (started && !isRunActive(started)) finished.current(started);
    },
    [api],
  );

  return { state, reload, start };
}

export function asApiError(error: unknown): RegainApiError {
  return error instanceof RegainApiError ? error : new RegainApiError('Something went wrong in Regain. Try again.', 0, 'unexpected');
}
