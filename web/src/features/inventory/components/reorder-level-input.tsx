import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { errorText } from '@/lib/error-text';
import {
  formatQuantity,
  fromMilli,
  parseQuantity,
  QuantityParseError,
  quantityText,
} from '@/lib/quantity';
import { setReorderLevel } from '../api/adjust-stock';

export interface ReorderLevelInputProps {
  productId: string;
  branchId: string;
  branchName: string;
  level: number | null;
  whole: boolean;
  onSaved: (level: number) => void;
}

/** The reorder level of a product at a branch, edited in place (Enter saves). */
export function ReorderLevelInput({
  productId,
  branchId,
  branchName,
  level,
  whole,
  onSaved,
}: ReorderLevelInputProps) {
  const [text, setText] = useState(level === null ? '' : quantityText(level));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const errorId = `reorder-${branchId}-error`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let value: number;
    try {
      value = fromMilli(parseQuantity(text, { whole, allowZero: true }));
    } catch (caught) {
      setError(caught instanceof QuantityParseError ? caught.message : 'Enter a valid quantity.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await setReorderLevel(productId, branchId, value);
      setSaved(true);
      setText(quantityText(value));
      onSaved(value);
    } catch (caught) {
      setError(errorText(caught, 'The reorder level was not saved.').message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="inline-form" onSubmit={onSubmit} noValidate>
      <label className="visually-hidden" htmlFor={`reorder-${branchId}`}>
        Reorder level at {branchName}
      </label>
      <input
        id={`reorder-${branchId}`}
        className="field__input field__input--qty"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        placeholder="None"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
      />
      <Button type="submit" variant="secondary" className="btn--small" disabled={saving}>
        Save<span className="visually-hidden"> reorder level at {branchName}</span>
      </Button>
      {saved && !error && (
        <span className="inline-form__ok" role="status">
          Saved {formatQuantity(fromMilli(parseQuantity(text, { allowZero: true })))}
        </span>
      )}
      {error && (
        <span className="field__error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
