import { Checkbox, DateInput, Flex, Text, Tile } from '@hubspot/ui-extensions';
import { fromDateInputValue, toDateInputValue } from '../shared/labels';
import { ownerText } from './card-text';
import type { PreviewItem } from './plan-choices';

interface PlanActivityRowProps {
  item: PreviewItem;
  included: boolean;
  dueDate: string;
  disabled: boolean;
  onChange: (change: { include?: boolean; dueDate?: string }) => void;
}

/** One proposed activity: include it or not, who owns it, and when it is due. */
export function PlanActivityRow({ item, included, dueDate, disabled, onChange }: PlanActivityRowProps) {
  return (
    <Tile compact testId={`activity-${item.code}`}>
      <Flex direction="column" gap="xs">
        <Checkbox
          testId={`include-${item.code}`}
          name={`include-${item.code}`}
          value={item.code}
          checked={included}
          readOnly={disabled}
          onChange={(checked) => onChange({ include: checked })}
        >
          {item.title}
        </Checkbox>
        <Text variant="microcopy">{item.body}</Text>
        <Text variant="microcopy" testId={`owner-${item.code}`}>
          {`Owner: ${ownerText(item)} · priority ${item.priority.toLowerCase()}`}
        </Text>
        <DateInput
          testId={`due-${item.code}`}
          name={`due-${item.code}`}
          label="Due"
          format="YYYY-MM-DD"
          value={toDateInputValue(dueDate)}
          readOnly={disabled || !included}
          onChange={(value) => {
            // Clearing the field keeps Regain's date: every task needs one.
            if (value) onChange({ dueDate: fromDateInputValue(value) });
          }}
        />
      </Flex>
    </Tile>
  );
}
