import { useRef, type KeyboardEvent } from 'react';
import { ProductCell } from '@/features/catalog/components/product-cell';
import type { ProductSummary } from '@/features/catalog/product-lookup';
import { unitSymbol } from '@/features/catalog/units';
import type { SheetLine } from '../api/stocktake';

export interface CountEntryProps {
  lines: readonly SheetLine[];
  counts: Record<string, string>;
  errors: Record<string, string>;
  products: ReadonlyMap<string, ProductSummary | null>;
  onChange: (productId: string, text: string) => void;
  /** Enter on the last line. */
  onLastEnter: () => void;
  disabled: boolean;
}

/**
 * Counted quantities, one input per line. Enter moves to the next line, as on a paper sheet.
 * Expected quantities are not shown while counting, so the count is not influenced.
 */
export function CountEntry({
  lines,
  counts,
  errors,
  products,
  onChange,
  onLastEnter,
  disabled,
}: CountEntryProps) {
  const table = useRef<HTMLTableElement>(null);
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const next = table.current?.querySelector<HTMLInputElement>(`[data-line="${index + 1}"]`);
    if (next) {
      next.focus();
      next.select();
    } else onLastEnter();
  };
  return (
    <div className="table-wrap" role="region" aria-label="Count sheet" tabIndex={0}>
      <table className="table table--lines" ref={table}>
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">Counted</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const product = products.get(line.productId);
            const error = errors[line.productId];
            return (
              <tr key={line.productId}>
                <th scope="row">
                  <ProductCell id={line.productId} product={product} />
                </th>
                <td>
                  <div className="qty-input">
                    <input
                      className="field__input field__input--qty"
                      inputMode="decimal"
                      autoComplete="off"
                      enterKeyHint="next"
                      data-line={index}
                      aria-label={`Counted ${product?.name ?? 'product'}`}
                      aria-invalid={error ? true : undefined}
                      disabled={disabled}
                      value={counts[line.productId] ?? ''}
                      onChange={(e) => onChange(line.productId, e.target.value)}
                      onKeyDown={onKeyDown(index)}
                    />
                    <span className="qty-input__unit">{unitSymbol(product?.unit)}</span>
                  </div>
                  {error && <p className="field__error">{error}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
