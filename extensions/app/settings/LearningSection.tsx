/**
 * Section of the settings page: learning from the reps. Regain's agreement with the reps over the deals
 * they confirmed on the card (by segment), and the phrases their corrections suggest for the vocabulary,
 * each added with one click. Nothing is added until the admin clicks.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Heading, LoadingSpinner, Text, Tile } from '@hubspot/ui-extensions';
import type { ExtensionPointApiActions } from '@hubspot/ui-extensions';
import type { AcceptVocabularySuggestionResponse, VocabularySuggestionsResponse, VocabularySuggestionView } from '../../../src/api/card-api';
import { RegainApiError, type RegainApi } from '../shared/regain-api';
import { agreementLine, segmentFigure, suggestionReason } from './learning-text';
import { asApiError } from './use-backfill-run';

interface Props {
  api: RegainApi;
  actions: ExtensionPointApiActions<'settings'>;
  /** Called after a phrase joined the vocabulary, so the page's vocabulary fields show it. */
  onAccepted: (result: AcceptVocabularySuggestionResponse) => void;
}

type State = { status: 'loading' } | { status: 'error'; error: RegainApiError } | { status: 'ready'; data: VocabularySuggestionsResponse };

const keyOf = (s: Pick<VocabularySuggestionView, 'segment' | 'phrase'>) => `${s.segment}:${s.phrase}`;

export function LearningSection({ api, actions, onAccepted }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [accepting, setAccepting] = useState<string | null>(null);
  const [acceptError, setAcceptError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    setState({ status: 'loading' });
    try {
      const data = await api.getVocabularySuggestions();
      if (request === latest.current) setState({ status: 'ready', data });
    } catch (error) {
      if (request === latest.current) setState({ status: 'error', error: asApiError(error) });
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function accept(s: VocabularySuggestionView) {
    setAccepting(keyOf(s));
    setAcceptError(null);
    try {
      const result = await api.acceptVocabularySuggestion({ segment: s.segment, phrase: s.phrase });
      onAccepted(result);
      actions.addAlert({ type: 'success', title: 'Added to the vocabulary', message: `Regain reads "${result.phrase}" in the next analyses.` });
      await reload();
    } catch (error) {
      const apiError = asApiError(error);
      setAcceptError(apiError.message);
      // 404: the suggestions changed since they were shown; show the current ones.
      if (apiError.status === 404) void reload();
    } finally {
      setAccepting(null);
    }
  }

  return (
    <Flex direction="column" gap="sm">
      <Heading>Learning from your reps</Heading>
      {state.status === 'loading' ? <LoadingSpinner testId="learning-loading" label="Reading your reps' confirmations" /> : null}
      {state.status === 'error' ? (
        <Alert testId="learning-error" variant="warning" title="Agreement and suggestions could not be loaded">
          {state.error.message}{' '}
          <Button testId="learning-retry" variant="transparent" onClick={() => void reload()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <Text testId="learning-agreement">{agreementLine(state.data.agreement)}</Text>
          {state.data.agreement.bySegment.length > 0 ? (
            <Text testId="learning-by-segment" variant="microcopy">
              {state.data.agreement.bySegment.map((s) => segmentFigure(s.segment, s)).join(' · ')}
            </Text>
          ) : null}
          {state.data.suggestions.length === 0 ? (
            <Text testId="learning-no-suggestions" variant="microcopy">
              No vocabulary suggestions: none of the phrases in your reps' corrections recurs while being rare in your other deals.
            </Text>
          ) : (
            <Flex direction="column" gap="xs">
              <Text>Phrases your reps' corrections suggest. Add one and Regain reads it in the next analyses; nothing is added until you do.</Text>
              {state.data.suggestions.map((s) => (
                <Tile key={keyOf(s)} compact>
                  <Flex direction="row" justify="between" align="center" gap="sm">
                    <Flex direction="column" gap="flush">
                      <Text format={{ fontWeight: 'demibold' }}>"{s.phrase}"</Text>
                      <Text variant="microcopy">{suggestionReason(s)}</Text>
                      {s.examples[0] ? <Text variant="microcopy">e.g. "{s.examples[0].text}"</Text> : null}
                    </Flex>
                    <Button testId={`learning-accept-${s.segment}-${s.phrase}`} size="xs" disabled={accepting !== null} onClick={() => void accept(s)}>
                      {accepting === keyOf(s) ? 'Adding…' : 'Add to vocabulary'}
                    </Button>
                  </Flex>
                </Tile>
              ))}
            </Flex>
          )}
          {acceptError ? (
            <Alert testId="learning-accept-error" variant="danger" title="The phrase was not added">
              {acceptError}
            </Alert>
          ) : null}
        </>
      ) : null}
    </Flex>
  );
}
