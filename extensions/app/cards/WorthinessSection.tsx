import { Alert, DescriptionList, DescriptionListItem, Flex, Heading, List, Tag, Text } from '@hubspot/ui-extensions';
import type { AnalysisView } from '../../../src/api/card-api';
import type { Priority } from '../../../src/types';
import { PRIORITY_LABELS, formatPercent } from '../shared/labels';
import { formatAmount } from './card-text';

const PRIORITY_VARIANTS: Record<Priority, 'success' | 'info' | 'warning' | 'default'> = { high: 'success', medium: 'info', low: 'warning', none: 'default' };

/** Worth pursuing first (Leach & Liu 2014): priority, why, and the estimated second lifetime. */
export function WorthinessSection({ analysis }: { analysis: AnalysisView }) {
  const w = analysis.worthiness;
  return (
    <Flex direction="column" gap="sm" testId="worthiness-section">
      <Heading>Worth pursuing?</Heading>
      {analysis.segment === 'intentionally_pushed_away' && (
        <Alert testId="exit-plan-notice" title="Exit plan: no win-back" variant="info">
          We chose to end this relationship. Regain plans a dignified exit (a respectful close, a referral to a better-fitting supplier), not a reacquisition.
        </Alert>
      )}
      <Flex direction="row" gap="sm" align="center">
        <Text>Priority</Text>
        <Tag testId="worthiness-priority" variant={PRIORITY_VARIANTS[w.priority]}>
          {PRIORITY_LABELS[w.priority]}
        </Tag>
      </Flex>
      <DescriptionList direction="row">
        <DescriptionListItem label="Second-lifetime value (est.)">
          <Text testId="second-lifetime-value">{formatAmount(w.secondLifetimeValue)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label="Chance they return">
          <Text testId="return-probability">{formatPercent(w.returnProbability)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label="Ease of reacquisition">
          <Text>{formatPercent(w.easeOfReacquisition)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label="Customer value">
          <Text>{formatPercent(w.customerValue)}</Text>
        </DescriptionListItem>
      </DescriptionList>
      {w.reasons.length > 0 && (
        <List variant="unordered" testId="worthiness-reasons">
          {w.reasons.map((reason, index) => (
            <Text key={index}>{reason}</Text>
          ))}
        </List>
      )}
    </Flex>
  );
}
