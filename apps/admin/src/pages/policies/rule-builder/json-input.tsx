import { Input } from 'antd';
import { compactJson } from './compact-json';
import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';

/** What a JSON field holds while its text does not parse: a form validator refuses it. */
export class InvalidJson {
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {}
}

export const isInvalidJson = (value: unknown): value is InvalidJson => value instanceof InvalidJson;

const pretty = (value: unknown): string => compactJson(value);

export interface JsonInputProps {
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
  rows?: number;
  disabled?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A JSON value edited as text (criteria the builder cannot show, benefit formulas, test-case facts).
 * Parsed on every keystroke; while it does not parse, the field holds an InvalidJson, which
 * `jsonRule` refuses with the parser's reason.
 */
export const JsonInput = ({ id, value, onChange, rows = 6, disabled, placeholder, ...aria }: JsonInputProps) => {
  const [text, setText] = useState(() => (isInvalidJson(value) ? value.text : pretty(value)));
  const emitted = useRef<unknown>(value);

  useEffect(() => {
    if (isInvalidJson(value) || JSON.stringify(value) === JSON.stringify(emitted.current)) return;
    emitted.current = value;
    setText(pretty(value));
  }, [value]);

  const change = (next: string) => {
    setText(next);
    let parsed: unknown;
    try {
      parsed = next.trim() === '' ? undefined : (JSON.parse(next) as unknown);
    } catch (error) {
      const invalid = new InvalidJson(next, error instanceof Error ? error.message : String(error));
      emitted.current = invalid;
      onChange?.(invalid);
      return;
    }
    emitted.current = parsed;
    onChange?.(parsed);
  };

  return (
    <Input.TextArea
      id={id}
      value={text}
      rows={rows}
      disabled={disabled}
      placeholder={placeholder}
      spellCheck={false}
      style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 }}
      onChange={(event) => change(event.target.value)}
      {...aria}
    />
  );
};

/** An antd Form rule: the text must parse as JSON. */
export const jsonRule = (t: TFunction) => ({
  validator: (_: unknown, value: unknown) =>
    isInvalidJson(value)
      ? Promise.reject(new Error(t('policies.json.invalid', { reason: value.reason })))
      : Promise.resolve(),
});
