import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

export interface BarcodesFieldProps {
  barcodes: readonly string[];
  onChange: (barcodes: string[]) => void;
  /** Errors keyed `barcodes[row]`. */
  errors: Record<string, string>;
  disabled?: boolean;
}

/**
 * Several barcodes per product. A scanner types the digits and presses Enter: Enter here
 * never submits the form, it moves to the next row (adding one after the last).
 */
export function BarcodesField({
  barcodes,
  onChange,
  errors,
  disabled = false,
}: BarcodesFieldProps) {
  const list = useRef<HTMLDivElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);

  useEffect(() => {
    if (focusRow === null) return;
    list.current?.querySelector<HTMLInputElement>(`[data-row="${focusRow}"]`)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const set = (row: number, value: string) =>
    onChange(barcodes.map((code, i) => (i === row ? value : code)));
  const add = () => {
    onChange([...barcodes, '']);
    setFocusRow(barcodes.length);
  };
  const remove = (row: number) => {
    const next = barcodes.filter((_, i) => i !== row);
    onChange(next.length > 0 ? next : ['']);
    setFocusRow(Math.max(0, Math.min(row, next.length - 1)));
  };
  const onKeyDown = (row: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (row < barcodes.length - 1) setFocusRow(row + 1);
    else if ((barcodes[row] ?? '').trim() !== '') add();
  };

  return (
    <fieldset className="choice-group" disabled={disabled}>
      <legend className="field__label">Barcodes</legend>
      <p className="field__hint">
        Scan or type each barcode (EAN-13, EAN-8, UPC-A or your own code). Enter moves to a new row.
      </p>
      <div className="barcode-list" ref={list}>
        {barcodes.map((code, row) => (
          <div className="barcode-row" key={row}>
            <TextField
              label={`Barcode ${row + 1}`}
              className="barcode-row__field"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              data-row={row}
              value={code}
              onChange={(e) => set(row, e.target.value)}
              onKeyDown={onKeyDown(row)}
              error={errors[`barcodes[${row}]`]}
            />
            <Button
              variant="secondary"
              className="btn--small barcode-row__remove"
              onClick={() => remove(row)}
              disabled={barcodes.length === 1 && code === ''}
            >
              Remove<span className="visually-hidden"> barcode {row + 1}</span>
            </Button>
          </div>
        ))}
      </div>
      <div>
        <Button variant="secondary" className="btn--small" onClick={add}>
          Add barcode
        </Button>
      </div>
    </fieldset>
  );
}
