import { Flex, Heading, Select } from '@hubspot/ui-extensions';
import type { AnalysisView, AttributionChoice } from '../../../src/api/card-api';
import { CONTROLLABILITY_LABELS, SOURCE_LABELS, STABILITY_LABELS, optionsOf } from '../shared/labels';
import { keyOf } from './analysis-draft';

interface AttributionStepProps {
  analysis: AnalysisView;
  choice: AttributionChoice;
  onChange: (change: Partial<AttributionChoice>) => void;
}

const DIMENSIONS = [
  { key: 'source', label: 'Source: whose cause?', labels: SOURCE_LABELS },
  { key: 'stability', label: 'Stability: will it recur?', labels: STABILITY_LABELS },
  { key: 'controllability', label: 'Controllability: could we have prevented it?', labels: CONTROLLABILITY_LABELS },
] as const;

/** Step II: responsibility (attribution), prefilled with Regain's values and reasons, each editable. */
export function AttributionStep({ analysis, choice, onChange }: AttributionStepProps) {
  return (
    <Flex direction="column" gap="sm">
      <Heading>Step II: whose responsibility?</Heading>
      {DIMENSIONS.map(({ key, label, labels }) => {
        const assessed = analysis.attribution[key];
        const edited = choice[key] !== assessed.value;
        return (
          <Select
            key={key}
            testId={`attribution-${key}`}
            name={`regain-${key}`}
            label={label}
            description={edited ? `Saved: ${(labels as Record<string, string>)[assessed.value]}. ${assessed.reason}` : assessed.reason}
            value={choice[key]}
            options={optionsOf<string>(labels)}
            onChange={(value) => {
              const next = keyOf<string>(labels, value);
              if (next) onChange({ [key]: next } as Partial<AttributionChoice>);
            }}
          />
        );
      })}
    </Flex>
  );
}
