import { Flex, Heading, List, Select, Tag, Text } from '@hubspot/ui-extensions';
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
        <Tag testId="segment-confidence" variant={analysis.confidence >= 0.7 ? 'success' : 'warning'}>
          {`${formatPercent(analysis.confidence)} confidence`}
        </Tag>
        <Tag testId="customer-status" variant="info">
          {CUSTOMER_STATUS_LABELS[analysis.customerStatus]}
        </Tag>
      </Flex>
      {corrected && <Text variant="microcopy" testId="segment-regain-suggested">{`Regain suggested: ${SEGMENT_SHORT_LABELS[analysis.suggested.segment]}`}</Text>}
      <Evidence analysis={analysis} />
      {analysis.runnersUp.length > 0 && (
        <Text testId="runners-up" variant="microcopy">
          {`Also possible: ${analysis.runnersUp.map((r) => `${SEGMENT_SHORT_LABELS[r.segment]} (score ${r.score})`).join(', ')}`}
        </Text>
      )}
      {analysis.questions.length > 0 && (
        <Flex direction="column" gap="xs" testId="rep-questions">
          <Text format={{ fontWeight: 'demibold' }}>{analysis.segment === 'undetermined' ? 'Regain needs you: what happened?' : 'Worth checking'}</Text>
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
