import { useRef, useState } from 'react';
import { Alert, Button, Divider, Flex, LoadingButton, StatusTag, Text, TextArea } from '@hubspot/ui-extensions';
import type { AnalysisView } from '../../../src/api/card-api';
import { formatDay } from '../shared/labels';
import type { RegainApi, RegainApiError } from '../shared/regain-api';
import { currentChoice, hasUnsavedEdits, toConfirmRequest, type AnalysisEdits } from './analysis-draft';
import { AttributionStep } from './AttributionStep';
import { asApiError } from './card-text';
import { ErrorNotice } from './ErrorNotice';
import { SegmentStep } from './SegmentStep';

interface AnalysisSectionProps {
  api: RegainApi;
  dealId: string;
  analysis: AnalysisView;
  /** Held by the card, not here, so they survive failed saves and reloads. */
  edits: AnalysisEdits;
  onEditsChange: (edits: AnalysisEdits) => void;
  onSaved: (analysis: AnalysisView) => void;
  /** Re-reads the analysis, keeping what is on screen (and the edits) until it arrives. */
  onReload: () => void;
  reloading: boolean;
  currentUserId: string;
}

/** Phase 1 (Steps I and II) and the rep's confirmation, saved against the version they saw. */
export function AnalysisSection({ api, dealId, analysis, edits, onEditsChange, onSaved, onReload, reloading, currentUserId }: AnalysisSectionProps) {
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<RegainApiError | null>(null);
  const inFlight = useRef(false);
  const choice = currentChoice(analysis, edits);
  const dirty = hasUnsavedEdits(analysis, edits);

  async function confirm() {
    if (inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await api.confirmAnalysis(dealId, toConfirmRequest(analysis, edits));
      // PUT answers `{ analysis }`; without one, re-read rather than guess.
      if (saved.analysis) onSaved(saved.analysis);
      else onReload();
    } catch (err) {
      setSaveError(asApiError(err));
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  }

  const reload = () => {
    setSaveError(null);
    onReload();
  };

  return (
    <Flex direction="column" gap="md" testId="analysis-section">
      <AnalysisStatus analysis={analysis} currentUserId={currentUserId} />
      <SegmentStep analysis={analysis} segment={choice.segment} onSegmentChange={(segment) => onEditsChange({ ...edits, segment })} />
      <Divider />
      <AttributionStep analysis={analysis} choice={choice} onChange={(change) => onEditsChange({ ...edits, ...change })} />
      <TextArea
        testId="analysis-note"
        name="regain-note"
        label="Note for the team (optional)"
        value={edits.note ?? ''}
        maxLength={2000}
        // onInput keeps the note even if the rep clicks Confirm before the field loses focus.
        onInput={(note) => onEditsChange({ ...edits, note })}
        onChange={(note) => onEditsChange({ ...edits, note })}
      />
      {saveError?.status === 409 ? (
        <Alert testId="analysis-conflict" title="Someone else changed this analysis" variant="warning">
          <Text>{`${saveError.message} Your changes are kept: reload, check their version, then confirm again.`}</Text>
          <Button testId="analysis-conflict-reload" onClick={reload} disabled={reloading}>
            Reload their version
          </Button>
        </Alert>
      ) : (
        saveError && <ErrorNotice testId="analysis-save-error" title="The analysis was not saved" error={saveError} {...(saveError.retryable ? { onRetry: () => void confirm() } : {})} />
      )}
      {dirty && !saveError && <Text testId="analysis-unsaved" variant="microcopy">You have unsaved changes.</Text>}
      <Flex direction="row" gap="sm">
        <LoadingButton
          testId="confirm-analysis"
          variant="primary"
          loading={saving}
          disabled={saving || reloading || (analysis.status === 'confirmed' && !dirty)}
          onClick={() => void confirm()}
        >
          Confirm analysis
        </LoadingButton>
      </Flex>
    </Flex>
  );
}

function AnalysisStatus({ analysis, currentUserId }: { analysis: AnalysisView; currentUserId: string }) {
  if (analysis.status !== 'confirmed') {
    return (
      <StatusTag testId="analysis-status" variant="warning">
        Suggested by Regain: please check and confirm
      </StatusTag>
    );
  }
  const who = analysis.confirmedBy === currentUserId ? 'you' : analysis.confirmedBy ? `user ${analysis.confirmedBy}` : 'a teammate';
  const when = analysis.confirmedAt ? ` on ${formatDay(analysis.confirmedAt)}` : '';
  return (
    <StatusTag testId="analysis-status" variant="success">
      {`Confirmed by ${who}${when}`}
    </StatusTag>
  );
}
