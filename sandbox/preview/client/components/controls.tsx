/**
 * DOM versions of @hubspot/ui-extensions' buttons and form inputs. Handlers are called with what HubSpot passes
 * (0.17 types, dist/shared.synced/types/components): Button `onClick(event, reactions)`, Select/Input/TextArea
 * `onChange(value)`, Checkbox `onChange(checked, value)`, ToggleGroup `onChange(value | values)`, DateInput
 * `onChange({year, month, date, formattedDate} | null)` (month from 0). Inputs are controlled when `value` is given.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { tid } from './layout';

type Props = Record<string, unknown> & { children?: ReactNode; testId?: string };
type Handler = (...args: unknown[]) => unknown;
const call = (fn: unknown, ...args: unknown[]) => (typeof fn === 'function' ? (fn as Handler)(...args) : undefined);
const noReactions = { openPanel() {}, closePanel() {}, openModal() {}, closeModal() {} };

function Field(p: Props & { control: ReactNode; id: string }) {
  return (
    <div className="pv-field">
      {p.label ? <label className="pv-label" htmlFor={p.id}>{p.label as ReactNode}{p.required ? <span className="pv-required"> *</span> : null}</label> : null}
      {p.description ? <div className="pv-help">{p.description as ReactNode}</div> : null}
      {p.control}
      {p.error && p.validationMessage ? <div className="pv-invalid">{p.validationMessage as ReactNode}</div> : null}
    </div>
  );
}

const idOf = (p: Props) => `pv-${String(p.name ?? p.testId ?? Math.random().toString(36).slice(2))}`;

export function Button(p: Props) {
  const variant = String(p.variant ?? 'secondary');
  const click = (e: { type: string; timeStamp: number }) => {
    call(p.onClick, { type: e.type, bubbles: true, timeStamp: e.timeStamp, id: String(p.testId ?? '') }, noReactions);
    if (typeof p.href === 'string') window.open(p.href, '_blank', 'noopener');
  };
  return <button type="button" className={`pv-button pv-button-${variant}`} disabled={Boolean(p.disabled)} onClick={click} {...tid(p)}>{p.children}</button>;
}

export function LoadingButton(p: Props) {
  return <Button {...p} disabled={Boolean(p.disabled) || Boolean(p.loading)}>{p.loading ? <i className="pv-spin pv-spin-small" /> : null}{p.children}</Button>;
}

/** Keeps a local copy of a controlled value, so typing shows at once while the worker's state catches up. */
function useLocal<T>(value: T): [T, (v: T) => void] {
  const [local, setLocal] = useState(value);
  useEffect(() => setLocal(value), [value]);
  return [local, setLocal];
}

export function Select(p: Props) {
  const id = idOf(p);
  const options = (p.options ?? []) as { label: string; value: string | number | boolean; description?: string }[];
  const [value, setValue] = useLocal(p.value);
  const onChange = (raw: string) => {
    const chosen = options.find((o) => String(o.value) === raw);
    setValue(chosen?.value);
    call(p.onChange, chosen ? chosen.value : raw);
  };
  const control = (
    <select id={id} name={String(p.name ?? '')} className="pv-input" value={value === undefined || value === null ? '' : String(value)} disabled={Boolean(p.readOnly)} onChange={(e) => onChange(e.target.value)} {...tid(p)}>
      {value === undefined || value === null ? <option value="">{String(p.placeholder ?? 'Please choose')}</option> : null}
      {options.map((o) => <option key={String(o.value)} value={String(o.value)}>{o.label}</option>)}
    </select>
  );
  return <Field {...p} id={id} control={control} />;
}

function TextControl(p: Props & { multiline: boolean }) {
  const id = idOf(p);
  const [value, setValue] = useLocal(typeof p.value === 'string' ? p.value : undefined);
  const common = {
    id, name: String(p.name ?? ''), className: 'pv-input', placeholder: typeof p.placeholder === 'string' ? p.placeholder : undefined, readOnly: Boolean(p.readOnly),
    ...(p.value !== undefined ? { value: value ?? '' } : {}),
    onChange: (e: { target: { value: string } }) => {
      setValue(e.target.value);
      call(p.onInput, e.target.value);
      call(p.onChange, e.target.value);
    },
    onBlur: (e: { target: { value: string } }) => call(p.onBlur, e.target.value),
    ...tid(p),
  };
  const control = p.multiline
    ? <textarea {...common} rows={typeof p.rows === 'number' ? p.rows : 3} maxLength={typeof p.maxLength === 'number' ? p.maxLength : undefined} />
    : <input {...common} type={p.type === 'password' ? 'password' : 'text'} />;
  return <Field {...p} id={id} control={control} />;
}

export const Input = (p: Props) => <TextControl {...p} multiline={false} />;
export const TextArea = (p: Props) => <TextControl {...p} multiline />;

export function Checkbox(p: Props) {
  const [checked, setChecked] = useLocal(Boolean(p.checked));
  const change = (next: boolean) => {
    setChecked(next);
    call(p.onChange, next, String(p.value ?? ''));
  };
  return (
    <label className="pv-check" {...tid(p)}>
      <input type="checkbox" name={String(p.name ?? '')} checked={checked} disabled={Boolean(p.readOnly)} onChange={(e) => change(e.target.checked)} />
      <span>{p.children}{p.description ? <span className="pv-help">{p.description as ReactNode}</span> : null}</span>
    </label>
  );
}

export function ToggleGroup(p: Props) {
  const radio = p.toggleType === 'radioButtonList';
  const options = (p.options ?? []) as { label: string; value: string; description?: string; readonly?: boolean }[];
  const [value, setValue] = useLocal(p.value as string | string[] | undefined);
  const selected = (v: string) => (Array.isArray(value) ? value.includes(v) : value === v);
  const change = (v: string, on: boolean) => {
    const next = radio ? v : [...(Array.isArray(value) ? value : []).filter((x) => x !== v), ...(on ? [v] : [])];
    setValue(next);
    call(p.onChange, next);
  };
  return (
    <fieldset className={`pv-toggles${p.inline ? ' pv-inline' : ''}`} {...tid(p)}>
      {p.label ? <legend className="pv-label">{p.label as ReactNode}</legend> : null}
      {options.map((o) => (
        <label key={o.value} className="pv-check">
          <input type={radio ? 'radio' : 'checkbox'} name={String(p.name ?? '')} value={o.value} checked={selected(o.value)} disabled={Boolean(o.readonly)} onChange={(e) => change(o.value, e.target.checked)} />
          <span>{o.label}{o.description ? <span className="pv-help">{o.description}</span> : null}</span>
        </label>
      ))}
    </fieldset>
  );
}

type BaseDate = { year: number; month: number; date: number };
const pad = (n: number) => String(n).padStart(2, '0');
const toIso = (d: unknown) => {
  const v = d as BaseDate | null | undefined;
  return v && typeof v.year === 'number' ? `${v.year}-${pad(v.month + 1)}-${pad(v.date)}` : '';
};

export function DateInput(p: Props) {
  const id = idOf(p);
  const [value, setValue] = useLocal(toIso(p.value));
  const change = (iso: string) => {
    setValue(iso);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    call(p.onChange, m ? { year: Number(m[1]), month: Number(m[2]) - 1, date: Number(m[3]), formattedDate: iso } : null);
  };
  const control = <input id={id} type="date" name={String(p.name ?? '')} className="pv-input" value={value} min={toIso(p.min) || undefined} max={toIso(p.max) || undefined} readOnly={Boolean(p.readOnly)} disabled={Boolean(p.readOnly)} onChange={(e) => change(e.target.value)} {...tid(p)} />;
  return <Field {...p} id={id} control={control} />;
}
