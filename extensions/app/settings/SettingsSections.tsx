/** Sections 1-3 of the settings page: automation, active-waiting cadence, vocabulary and reading. Views only. */
import { Checkbox, Flex, Heading, Input, Text, TextArea, ToggleGroup } from '@hubspot/ui-extensions';
import type { DefectionSegment } from '../../../src/types';
import { SEGMENT_LABELS, SEGMENT_SHORT_LABELS } from '../shared/labels';
import { ALL_SEGMENTS, DEFECTOR_SEGMENTS, LIMITS, type FieldErrors, type FieldKey, type SettingsForm } from './settings-form';

export interface SectionProps {
  form: SettingsForm;
  errors: FieldErrors;
  /** Applies an edit (as a function of the latest form, so quick successive edits all land) and clears that field's error. */
  onEdit: (errorKey: FieldKey, edit: (form: SettingsForm) => SettingsForm) => void;
}

/** `error` and `validationMessage` together, as HubSpot's inputs want them. */
function problem(errors: FieldErrors, key: FieldKey) {
  const message = errors[key];
  return { error: !!message, validationMessage: message };
}

export function AutomationSection({ form, errors, onEdit }: SectionProps) {
  return (
    <Flex direction="column" gap="sm">
      <Heading>After a deal is marked lost</Heading>
      <ToggleGroup
        testId="settings-mode"
        toggleType="radioButtonList"
        name="mode"
        label="What Regain does on its own"
        value={form.mode}
        options={[
          { value: 'suggest', label: 'Suggest only', description: 'One task for the rep: review the defection analysis and confirm it.' },
          { value: 'create_plan', label: 'Create the plan', description: 'Write the whole reacquisition plan when Regain is confident enough.' },
        ]}
        onChange={(v) => onEdit('mode', (f) => ({ ...f, mode: v as SettingsForm['mode'] }))}
        {...problem(errors, 'mode')}
      />
      <Input
        testId="settings-threshold"
        name="threshold"
        label="Confidence needed to create the plan (%)"
        description="0 to 100. Below it Regain only suggests, even in “Create the plan” mode."
        value={form.threshold}
        onChange={(v) => onEdit('threshold', (f) => ({ ...f, threshold: v }))}
        {...problem(errors, 'threshold')}
      />
      <ToggleGroup
        testId="settings-owner-rule"
        toggleType="radioButtonList"
        name="ownerRule"
        label="Who owns the tasks"
        value={form.ownerRule}
        options={[
          { value: 'deal_owner', label: 'The deal owner' },
          { value: 'fixed_owner', label: 'Always the same owner' },
        ]}
        onChange={(v) => onEdit('ownerRule', (f) => ({ ...f, ownerRule: v as SettingsForm['ownerRule'] }))}
        {...problem(errors, 'ownerRule')}
      />
      {form.ownerRule === 'fixed_owner' ? (
        <Input
          testId="settings-owner-id"
          name="ownerId"
          label="HubSpot owner id"
          description="The numeric id of the owner (Settings › Users & Teams)."
          required
          value={form.ownerId}
          onChange={(v) => onEdit('ownerId', (f) => ({ ...f, ownerId: v }))}
          {...problem(errors, 'ownerId')}
        />
      ) : null}
    </Flex>
  );
}

const CADENCE_HINTS: Partial<Record<DefectionSegment, string>> = {
  moved_away: 'A long cycle: be there when they buy again.',
  intentionally_pushed_away: 'Usually none: customers we chose to let go get a dignified exit, not a win-back.',
  undetermined: 'Until the rep confirms why the customer left.',
};

export function CadenceSection({ form, errors, onEdit }: SectionProps) {
  return (
    <Flex direction="column" gap="sm">
      <Heading>Active waiting</Heading>
      <Text>
        Follow-up reminders after a loss keep you in the customer’s consideration set for their next buying cycle. Enter the days after the loss,
        separated by commas (up to {LIMITS.cadence.count}, each {LIMITS.cadence.min} to {LIMITS.cadence.max}). Leave a segment empty for no reminders.
      </Text>
      {ALL_SEGMENTS.map((seg) => (
        <Input
          key={seg}
          testId={`settings-cadence-${seg}`}
          name={`cadence-${seg}`}
          label={SEGMENT_SHORT_LABELS[seg]}
          description={CADENCE_HINTS[seg]}
          placeholder="e.g. 45, 120, 300"
          value={form.cadence[seg]}
          onChange={(v) => onEdit(`cadence.${seg}`, (f) => ({ ...f, cadence: { ...f.cadence, [seg]: v } }))}
          {...problem(errors, `cadence.${seg}`)}
        />
      ))}
    </Flex>
  );
}

export function VocabularySection({ form, errors, onEdit }: SectionProps) {
  return (
    <Flex direction="column" gap="sm">
      <Heading>Vocabulary</Heading>
      <Text>
        Words your reps use in notes and lost reasons. Regain adds them to its own when it reads the evidence (matching ignores case and
        accents).
      </Text>
      <TextArea
        testId="settings-competitors"
        name="competitors"
        label="Competitor names"
        description={`One per line, or separated by commas (${LIMITS.competitor.min} to ${LIMITS.competitor.max} characters, up to ${LIMITS.competitor.count}). A mention means “lost to a competitor”.`}
        rows={4}
        value={form.competitors}
        onChange={(v) => onEdit('competitors', (f) => ({ ...f, competitors: v }))}
        {...problem(errors, 'competitors')}
      />
      {DEFECTOR_SEGMENTS.map((seg) => (
        <TextArea
          key={seg}
          testId={`settings-phrases-${seg}`}
          name={`phrases-${seg}`}
          label={`Extra phrases: ${SEGMENT_LABELS[seg]}`}
          description={`One phrase per line (${LIMITS.phrase.min} to ${LIMITS.phrase.max} characters).`}
          rows={3}
          value={form.phrases[seg]}
          onChange={(v) => onEdit(`phrases.${seg}`, (f) => ({ ...f, phrases: { ...f.phrases, [seg]: v } }))}
          {...problem(errors, `phrases.${seg}`)}
        />
      ))}
      <Checkbox
        testId="settings-second-opinion"
        name="secondOpinion"
        checked={form.secondOpinion}
        description="Where Regain's rules are unsure, the words that meant each segment in Regain's labelled loss reasons may confirm the segment or, when they are nearly certain, change it; the card then names those words. Off: the rules alone decide."
        onChange={(checked) => onEdit('secondOpinion', (f) => ({ ...f, secondOpinion: checked }))}
      >
        A second opinion from learned words when the rules are unsure
      </Checkbox>
      {errors.secondOpinion ? (
        <Text testId="settings-second-opinion-error" variant="microcopy">
          {errors.secondOpinion}
        </Text>
      ) : null}
    </Flex>
  );
}
