/**
 * Regain's settings page (Marketplace › Connected apps › Regain › Settings), for admins: automation
 * after a loss, the active-waiting cadence, the vocabulary, learning from the reps, and the portal-wide backfill.
 *
 * A settings page gets no `crm` context and only `addAlert` plus the platform actions, so nothing
 * from `@hubspot/ui-extensions/crm` is used here.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Divider, ErrorState, Flex, LoadingSpinner, Text, hubspot } from '@hubspot/ui-extensions';
import type { ExtensionPointApiActions, ExtensionPointApiContext } from '@hubspot/ui-extensions';
import type { AcceptVocabularySuggestionResponse, PutSettingsRequest, SettingsResponse } from '../../../src/api/card-api';
import { apiBaseUrlFrom, createRegainApi, RegainApiError } from '../shared/regain-api';
import { dayOf } from './backfill-form';
import { BackfillSection } from './BackfillSection';
import { LearningSection } from './LearningSection';
import { withAcceptedPhrase, withPhrase } from './learning-text';
import { buildPutRequest, fieldErrorsFromIssues, formFromSettings, type FieldErrors, type FieldKey, type SettingsForm } from './settings-form';
import { AutomationSection, CadenceSection, VocabularySection } from './SettingsSections';
import { asApiError, DEFAULT_BACKFILL_POLL_MS } from './use-backfill-run';

export interface SettingsPageProps {
  context: ExtensionPointApiContext<'settings'>;
  actions: ExtensionPointApiActions<'settings'>;
  /** How often the backfill progress is re-read while a run is going (tests shorten it). */
  backfillPollMs?: number;
  /** The clock for the backfill date check (tests pin it). */
  now?: () => Date;
}

type Load = { status: 'loading' } | { status: 'error'; error: RegainApiError } | { status: 'ready'; settings: SettingsResponse };

export function SettingsPage({ context, actions, backfillPollMs = DEFAULT_BACKFILL_POLL_MS, now = () => new Date() }: SettingsPageProps) {
  const api = useMemo(
    () => createRegainApi({ fetch: (url, options) => hubspot.fetch(url, options), baseUrl: apiBaseUrlFrom(context.variables) }),
    [context.variables],
  );
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<{ title: string; lines: string[] } | null>(null);
  const [saving, setSaving] = useState(false);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    setLoad({ status: 'loading' });
    try {
      const settings = await api.getSettings();
      if (request !== latest.current) return;
      setLoad({ status: 'ready', settings });
      setForm(formFromSettings(settings));
      setErrors({});
      setFormMessage(null);
    } catch (error) {
      if (request === latest.current) setLoad({ status: 'error', error: asApiError(error) });
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const onEdit = useCallback((key: FieldKey, edit: (f: SettingsForm) => SettingsForm) => {
    setForm((f) => (f ? edit(f) : f));
    setErrors((e) => {
      if (!(key in e)) return e;
      const { [key]: _cleared, ...rest } = e;
      return rest;
    });
  }, []);

  if (load.status === 'loading' || (load.status === 'ready' && !form)) {
    return <LoadingSpinner testId="settings-loading" label="Loading Regain settings" layout="centered" />;
  }
  if (load.status === 'error') {
    return (
      <ErrorState testId="settings-load-error" title="Regain settings could not be loaded">
        <Text>{load.error.message}</Text>
        <Button testId="settings-retry" onClick={() => void reload()}>
          Try again
        </Button>
      </ErrorState>
    );
  }
  const loaded = load.settings;
  const current = form as SettingsForm;

  async function save() {
    const built = buildPutRequest(current, loaded);
    if (!built.ok) {
      setErrors(built.errors);
      const count = Object.keys(built.errors).length;
      setFormMessage({ title: 'Nothing was saved', lines: [`Fix the ${count === 1 ? 'highlighted field' : `${count} highlighted fields`} first.`] });
      return;
    }
    setSaving(true);
    setFormMessage(null);
    try {
      const saved = await api.putSettings(built.request);
      setLoad({ status: 'ready', settings: saved });
      setForm(formFromSettings(saved));
      setErrors({});
      actions.addAlert({ type: 'success', title: 'Settings saved', message: 'Regain uses them for the next closed-lost deal.' });
    } catch (error) {
      showSaveError(asApiError(error), built.request);
    } finally {
      setSaving(false);
    }
  }

  // The admin's input stays in the form whatever happens; only the messages change.
  function showSaveError(error: RegainApiError, sent: PutSettingsRequest) {
    if (error.status === 400 && error.issues.length > 0) {
      const mapped = fieldErrorsFromIssues(error.issues, sent);
      setErrors(mapped.fields);
      setFormMessage({ title: 'Regain did not accept these settings', lines: mapped.other.length > 0 ? mapped.other : ['Check the highlighted fields.'] });
      return;
    }
    setFormMessage({ title: 'The settings were not saved', lines: [error.message] });
    actions.addAlert({ type: 'danger', title: 'Settings not saved', message: error.message });
  }

  // A phrase accepted from the suggestions is saved already: it joins the loaded settings (the baseline a
  // later save compares with) and the form's vocabulary, keeping the admin's unsaved edits.
  function onAccepted(result: AcceptVocabularySuggestionResponse) {
    setLoad((l) => (l.status === 'ready' ? { status: 'ready', settings: withAcceptedPhrase(l.settings, result) } : l));
    setForm((f) => (f ? { ...f, phrases: { ...f.phrases, [result.segment]: withPhrase(f.phrases[result.segment], result.phrase) } } : f));
  }

  const sectionProps = { form: current, errors, onEdit };
  return (
    <Flex direction="column" gap="md">
      <AutomationSection {...sectionProps} />
      <Divider />
      <CadenceSection {...sectionProps} />
      <Divider />
      <VocabularySection {...sectionProps} />
      {formMessage ? (
        <Alert testId="settings-form-error" variant="danger" title={formMessage.title}>
          {formMessage.lines.join(' ')}
        </Alert>
      ) : null}
      <Flex direction="row" gap="sm">
        <Button testId="settings-save" variant="primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save settings'}
        </Button>
        <Button
          testId="settings-discard"
          variant="secondary"
          disabled={saving}
          onClick={() => {
            setForm(formFromSettings(loaded));
            setErrors({});
            setFormMessage(null);
          }}
        >
          Discard changes
        </Button>
      </Flex>
      <Divider />
      <LearningSection api={api} actions={actions} onAccepted={onAccepted} />
      <Divider />
      <BackfillSection api={api} actions={actions} pollMs={backfillPollMs} today={dayOf(now())} />
    </Flex>
  );
}

hubspot.extend<'settings'>(({ context, actions }) => <SettingsPage context={context} actions={actions} />);
