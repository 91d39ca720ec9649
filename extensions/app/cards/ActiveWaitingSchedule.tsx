import { Flex, List, Text } from '@hubspot/ui-extensions';
import type { PlanItemView } from '../../../src/api/card-api';
import { formatDay } from '../shared/labels';

type Reminder = Pick<PlanItemView, 'key' | 'title' | 'body' | 'dueDate'> & { status?: PlanItemView['status'] };

/** Active waiting (Step III): the follow-ups that keep us in their next buying cycle. */
export function ActiveWaitingSchedule({ reminders }: { reminders: readonly Reminder[] }) {
  const byDate = [...reminders].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <Flex direction="column" gap="xs" testId="active-waiting">
      <Text format={{ fontWeight: 'demibold' }}>Active waiting: follow-up reminders</Text>
      {byDate.length === 0 ? (
        <Text variant="microcopy">No follow-up reminders in this plan.</Text>
      ) : (
        <List variant="unordered">
          {byDate.map((r, index) => (
            <Text key={r.key} testId={`reminder-${index}`}>
              {`${formatDay(r.dueDate)}: ${r.body}${r.status === 'cancelled' ? ' (cancelled)' : ''}`}
            </Text>
          ))}
        </List>
      )}
    </Flex>
  );
}
