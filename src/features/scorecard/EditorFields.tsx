import { createContext, type ReactNode, useContext, useEffect, useId, useState } from 'react';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';

export interface EditorContextValue {
  language: Language;
  t: Translate;
  /** Validation messages by JSON path, in the UI language. */
  issuesAt: (path: string) => readonly string[];
}

export const EditorContext = createContext<EditorContextValue>({
  language: 'zh-CN',
  t: (key) => key,
  issuesAt: () => [],
});

export function useEditor(): EditorContextValue {
  return useContext(EditorContext);
}

/** The messages for one field, tied to it by id (aria-describedby), as plain text. */
function FieldMessages({ id, path }: { id: string; path: string }) {
  const { issuesAt } = useEditor();
  const messages = issuesAt(path);
  if (messages.length === 0) return null;
  return (
    <span id={id} className="field-issue">
      {messages.join(' ')}
    </span>
  );
}

interface FieldProps {
  label: string;
  /** JSON path of the value, for its validation messages. */
  path: string;
  help?: string;
}

/** A number input that keeps what is typed ("0.", "") while passing numbers up (NaN when blank). */
export function NumberField({
  label,
  path,
  help,
  value,
  step = 'any',
  onChange,
}: FieldProps & { value: number | undefined; step?: string; onChange: (value: number) => void }) {
  const id = useId();
  const [text, setText] = useState(value === undefined || Number.isNaN(value) ? '' : String(value));
  useEffect(() => {
    setText((current) =>
      Number(current) === value && current !== ''
        ? current
        : value === undefined || Number.isNaN(value)
          ? ''
          : String(value),
    );
  }, [value]);
  const hasIssue = useEditor().issuesAt(path).length > 0;
  return (
    <span className="editor-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        step={step}
        value={text}
        aria-invalid={hasIssue || undefined}
        aria-describedby={hasIssue ? `${id}-issue` : undefined}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          onChange(next.trim() === '' ? Number.NaN : Number(next));
        }}
      />
      <FieldMessages id={`${id}-issue`} path={path} />
      {help && <span className="field-help">{help}</span>}
    </span>
  );
}

export function TextField({
  label,
  path,
  value,
  onChange,
}: FieldProps & { value: string; onChange: (value: string) => void }) {
  const id = useId();
  const hasIssue = useEditor().issuesAt(path).length > 0;
  return (
    <span className="editor-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        aria-invalid={hasIssue || undefined}
        aria-describedby={hasIssue ? `${id}-issue` : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <FieldMessages id={`${id}-issue`} path={path} />
    </span>
  );
}

export function SelectField<T extends string>({
  label,
  path,
  help,
  value,
  options,
  onChange,
}: FieldProps & {
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  const hasIssue = useEditor().issuesAt(path).length > 0;
  return (
    <span className="editor-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={hasIssue || undefined}
        aria-describedby={hasIssue ? `${id}-issue` : undefined}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.currentTarget.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={`${id}-issue`} path={path} />
      {help && <span className="field-help">{help}</span>}
    </span>
  );
}

export function CheckboxField({
  label,
  help,
  checked,
  onChange,
}: {
  label: string;
  help?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <span className="editor-field">
      <label>
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        {label}
      </label>
      {help && <span className="field-help">{help}</span>}
    </span>
  );
}

export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="editor-row">{children}</div>;
}
