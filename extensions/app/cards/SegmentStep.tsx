import { Alert, Flex, Heading, List, Select, Tag, Text } from '@hubspot/ui-extensions';
import type { AnalysisView } from '../../../src/api/card-api';
import type { DefectionSegment } from '../../../src/types';
import { CUSTOMER_STATUS_LABELS, SEGMENT_LABELS, SEGMENT_SHORT_LABELS, formatPercent, optionsOf } from '../shared/labels';
import { keyOf } from './analysis-draft';
import { EVIDENCE_SOURCE_LABELS } from './card-text';

interface SegmentStepProps {
  analysis: AnalysisView;
  segment: DefectionSegment;
  onSegmentChange: (segment: DefectionSegment) => void;
}

/** Step I: why the customer left, with the evidence behind it, and the rep's say. */
export function SegmentStep({ analysis, segment, onSegmentChange }: SegmentStepProps) {
  const corrected = analysis.suggested.segment !== analysis.segment;
  return (
    <Flex direction="column" gap="sm">
      <Heading>Step I: why they left</Heading>
      <Flex direction="row" gap="sm" align="center" wrap>
        <Text testId="segment-suggested" format={{ fontWeight: 'demibold' }}>
          {SEGMENT_LABELS[analysis.segment]}
        </Text>
        {analysis.status === 'suggested' && (
          <Tag testId="segment-confidence" variant={analysis.unsure ? 'warning' : 'success'}>
            {analysis.unsure ? `Not sure (${formatPercent(analysis.confidence)})` : `${formatPercent(analysis.confidence)} confidence`}
          </Tag>
        )}
        <Tag testId="customer-status" variant="info">
          {CUSTOMER_STATUS_LABELS[analysis.customerStatus]}
        </Tag>
      </Flex>
      {corrected && <Text variant="microcopy" testId="segment-regain-suggested">{`Regain suggested: ${SEGMENT_SHORT_LABELS[analysis.suggested.segment]}`}</Text>}
      {analysis.status === 'suggested' && analysis.unsure && analysis.segment !== 'undetermined' && (
        <Alert testId="segment-unsure" title="Regain is not sure about this one" variant="warning">
          The notes point more than one way. Check the evidence and the questions below, then confirm or correct the segment.
        </Alert>
      )}
      {analysis.decidedBy && (
        <Text testId="segment-decided-by" variant="microcopy">
          {`Decided by the ${EVIDENCE_SOURCE_LABELS[analysis.decidedBy.source].toLowerCase()}: “${analysis.decidedBy.clause}” (${analysis.decidedBy.reading})`}
        </Text>
      )}
      {analysis.notRead.length > 0 && (
        <Text testId="segment-not-read" variant="microcopy">
          {`Long texts were read in part: ${analysis.notRead.map((n) => `${EVIDENCE_SOURCE_LABELS[n.source]} (first ${n.readChars.toLocaleString('en-US')} of ${n.totalChars.toLocaleString('en-US')} characters)`).join(', ')}.`}
        </Text>
      )}
      <Evidence analysis={analysis} />
      {analysis.runnersUp.length > 0 && (
        <Text testId="runners-up" variant="microcopy">
          {`Also possible: ${analysis.runnersUp.map((r) => `${SEGMENT_SHORT_LABELS[r.segment]} (score ${r.score})`).join(', ')}`}
        </Text>
      )}
      {analysis.questions.length > 0 && (
        <Flex direction="column" gap="xs" testId="rep-questions">
          <Text format={{ fontWeight: 'demibold' }}>{analysis.segment === 'undetermined' ? 'Regain needs you: what happened?' : analysis.unsure && analysis.status === 'suggested' ? 'Help Regain decide' : 'Worth checking'}</Text>
          <List variant="ordered">
            {analysis.questions.map((question, index) => (
              <Text key={index} testId={`rep-question-${index}`}>
                {question}
              </Text>
            ))}
          </List>
        </Flex>
      )}
      <Select
        testId="segment-select"
        name="regain-segment"
        label="Segment"
        description="Change it if you know better: the plan follows your choice once you confirm."
        value={segment}
        options={optionsOf(SEGMENT_LABELS)}
        onChange={(value) => {
          const next = keyOf(SEGMENT_LABELS, value);
          if (next) onSegmentChange(next);
        }}
      />
    </Flex>
  );
}

function Evidence({ analysis }: { analysis: AnalysisView }) {
  if (analysis.evidence.length === 0) {
    return <Text testId="evidence-empty" variant="microcopy">No notes, tickets or lost reason pointed to a segment.</Text>;
  }
  return (
    <Flex direction="column" gap="xs">
      <Text format={{ fontWeight: 'demibold' }}>Evidence</Text>
      <List variant="unordered" testId="evidence-list">
        {analysis.evidence.map((item, index) => (
          <Text key={index} testId={`evidence-${index}`}>
            {`${EVIDENCE_SOURCE_LABELS[item.source]}: “${item.excerpt}” (${item.weight < 0 ? 'against' : 'points to'} ${SEGMENT_SHORT_LABELS[item.segment]}${item.reason ? `; ${item.reason}` : ''})`}
          </Text>
        ))}
      </List>
    </Flex>
  );
}
