import { Alert, DescriptionList, DescriptionListItem, Flex, Heading, ProgressBar, StatusTag, Tag, Text } from '@hubspot/ui-extensions';
import type { PlanStatusValue, PlanView } from '../../../src/api/card-api';
import { SEGMENT_SHORT_LABELS, formatDay } from '../shared/labels';
import { ActiveWaitingSchedule } from './ActiveWaitingSchedule';
import { PLAN_KIND_LABELS, PLAN_STATUS_LABELS } from './card-text';

const STATUS_VARIANTS: Record<PlanStatusValue, 'success' | 'warning' | 'info' | 'default'> = { active: 'info', paused: 'warning', stopped: 'default', reacquired: 'success' };

/** Where a plan stands: its status, how many tasks reached HubSpot, and the next reminder. */
export function PlanProgress({ plan }: { plan: PlanView }) {
  const { written, pending, failed } = plan.progress;
  const total = written + pending + failed;
  const reminders = plan.items.filter((i) => i.kind === 'reminder');
  return (
    <Flex direction="column" gap="sm" testId="plan-progress">
      <Flex direction="row" gap="sm" align="center" wrap>
        <Heading>Reacquisition plan</Heading>
        <StatusTag testId="plan-status" variant={STATUS_VARIANTS[plan.status]}>
          {PLAN_STATUS_LABELS[plan.status]}
        </StatusTag>
        <Tag variant="default">{`${PLAN_KIND_LABELS[plan.kind]} · ${SEGMENT_SHORT_LABELS[plan.segment]}`}</Tag>
      </Flex>
      <Text>{plan.summary}</Text>
      {total > 0 && (
        <ProgressBar
          testId="plan-progress-bar"
          title="Tasks written to HubSpot"
          value={written}
          maxValue={total}
          valueDescription={`${written} of ${total}`}
          variant={failed > 0 ? 'warning' : 'success'}
        />
      )}
      <DescriptionList direction="row">
        <DescriptionListItem label="Written">
          <Text testId="progress-written">{String(written)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label="Pending">
          <Text testId="progress-pending">{String(pending)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label="Failed">
          <Text testId="progress-failed">{String(failed)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label="Next reminder">
          <Text testId="progress-next-reminder">{plan.progress.nextReminder ? formatDay(plan.progress.nextReminder) : 'None scheduled'}</Text>
        </DescriptionListItem>
      </DescriptionList>
      {failed > 0 && (
        <Alert testId="plan-failed-tasks" title="Some tasks are not in HubSpot" variant="warning">
          {`${failed} ${failed === 1 ? 'task' : 'tasks'} could not be written to HubSpot.`}
        </Alert>
      )}
      {reminders.length > 0 && <ActiveWaitingSchedule reminders={reminders} />}
    </Flex>
  );
}
