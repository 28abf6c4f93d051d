import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { RadioGroup } from '@/components/ui/radio-group';
import { SelectField } from '@/components/ui/select-field';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { isWholeUnit, unitSymbol, type Unit } from '@/features/catalog/units';
import { fieldErrors } from '@/lib/field-errors';
import {
  formatQuantity,
  fromMilli,
  parseQuantity,
  QuantityParseError,
  toMilli,
} from '@/lib/quantity';
import { adjustStock, REASON_CODES, type ReasonCode } from '../api/adjust-stock';

export interface AdjustDialogProps {
  branchId: string;
  branchName: string;
  productId: string;
  productName: string;
  unit: Unit;
  quantity: number;
  /** Called with the level after the adjustment. */
  onAdjusted: (quantityAfter: number) => void;
  onClose: () => void;
}

const DIRECTIONS = [
  { value: 'in', label: 'Add to stock (+)' },
  { value: 'out', label: 'Take out of stock (−)' },
] as const;

/** Records a stock adjustment with a reason code; OTHER needs a note. */
export function AdjustDialog(props: AdjustDialogProps) {
  const { branchId, branchName, productId, productName, unit, quantity, onAdjusted, onClose } =
    props;
  const [direction, setDirection] = useState<'in' | 'out'>('in');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState<ReasonCode | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const shown = { ...fieldErrors(problem), ...errors };

  let preview: string | null = null;
  try {
    const milli = parseQuantity(amount, { whole: isWholeUnit(unit) });
    preview = formatQuantity(fromMilli(toMilli(quantity) + (direction === 'in' ? milli : -milli)));
  } catch {
    preview = null;
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found: Record<string, string> = {};
    let milli = 0;
    try {
      milli = parseQuantity(amount, { whole: isWholeUnit(unit) });
    } catch (caught) {
      found['quantity'] =
        caught instanceof QuantityParseError ? caught.message : 'Enter a quantity.';
    }
    if (reason === '') found['reasonCode'] = 'Choose a reason.';
    if (reason === 'OTHER' && note.trim() === '')
      found['note'] = 'Explain the adjustment: the reason is Other.';
    setErrors(found);
    if (Object.keys(found).length > 0 || reason === '') return;
    setSaving(true);
    setProblem(null);
    const signed = fromMilli(direction === 'in' ? milli : -milli);
    try {
      const after = await adjustStock({
        branchId,
        productId,
        quantity: signed,
        reasonCode: reason,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onAdjusted(after ?? fromMilli(toMilli(quantity) + toMilli(signed)));
    } catch (caught) {
      setProblem(caught);
      setSaving(false);
    }
  };

  return (
    <Dialog title={`Adjust stock: ${productName}`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <p className="muted">
          {branchName} · now {formatQuantity(quantity)} {unitSymbol(unit)}
        </p>
        <RadioGroup
          legend="Direction"
          name="direction"
          inline
          options={DIRECTIONS}
          value={direction}
          onChange={setDirection}
        />
        <TextField
          label={`Quantity (${unitSymbol(unit)})`}
          hint={isWholeUnit(unit) ? 'Whole pieces.' : 'Up to 3 decimal places, e.g. 1.25.'}
          inputMode="decimal"
          autoComplete="off"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={shown['quantity']}
        />
        <SelectField
          label="Reason"
          options={REASON_CODES}
          emptyLabel="Choose a reason"
          required
          value={reason}
          onChange={(e) => setReason(e.target.value as ReasonCode | '')}
          error={shown['reasonCode']}
        />
        <TextArea
          label={reason === 'OTHER' ? 'Note (required)' : 'Note'}
          hint="Kept in the stock history and the audit trail."
          rows={2}
          required={reason === 'OTHER'}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={shown['note']}
        />
        {preview !== null && (
          <p className="adjust-preview" aria-live="polite">
            New quantity: <strong>{preview}</strong> {unitSymbol(unit)}
          </p>
        )}
        {problem !== null && (
          <ProblemNotice error={problem} fallback="The adjustment was not recorded." />
        )}
        <div className="form__actions">
          <Button type="submit" disabled={saving} busy={saving} busyLabel="Recording…">
            Record adjustment
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
