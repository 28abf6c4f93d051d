import { Button } from '@/components/ui/button';
import { ProductCell } from '@/features/catalog/components/product-cell';
import type { ProductSummary } from '@/features/catalog/product-lookup';
import { unitSymbol } from '@/features/catalog/units';
import { formatNaira } from '@/lib/money';
import type { LineDraft } from '@/features/inventory/line-draft';

export interface OrderLineDraft extends LineDraft {
  /** Naira as typed. */
  unitCost: string;
}

export interface OrderLinesProps {
  lines: readonly OrderLineDraft[];
  products: ReadonlyMap<string, ProductSummary | null>;
  errors: Record<string, string>;
  /** Line totals in kobo (null while a line is invalid). */
  totals: readonly (number | null)[];
  onChange: (lines: OrderLineDraft[]) => void;
}

/** The lines of a new purchase order: quantity and unit cost in naira. */
export function OrderLines({ lines, products, errors, totals, onChange }: OrderLinesProps) {
  const set = (index: number, part: Partial<OrderLineDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...part } : line)));
  if (lines.length === 0)
    return <p className="muted">No products yet. Search or scan above to add them.</p>;
  return (
    <div
      className="table-wrap table-wrap--flat"
      role="region"
      aria-label="Order lines"
      tabIndex={0}
    >
      <table className="table table--lines">
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">Quantity</th>
            <th scope="col">Unit cost (₦)</th>
            <th scope="col" className="num">
              Line total
            </th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const product = products.get(line.productId);
            const name = product?.name ?? 'product';
            const qtyError = errors[`lines[${index}].quantity`];
            const costError = errors[`lines[${index}].unitCost`];
            const total = totals[index];
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
                      aria-label={`Quantity of ${name}`}
                      aria-invalid={qtyError ? true : undefined}
                      value={line.quantity}
                      onChange={(e) => set(index, { quantity: e.target.value })}
                    />
                    <span className="qty-input__unit">{unitSymbol(product?.unit)}</span>
                  </div>
                  {qtyError && <p className="field__error">{qtyError}</p>}
                </td>
                <td>
                  <input
                    className="field__input field__input--money"
                    inputMode="decimal"
                    autoComplete="off"
                    aria-label={`Unit cost of ${name} in naira`}
                    aria-invalid={costError ? true : undefined}
                    value={line.unitCost}
                    onChange={(e) => set(index, { unitCost: e.target.value })}
                  />
                  {costError && <p className="field__error">{costError}</p>}
                </td>
                <td className="num nowrap">
                  {total === null || total === undefined ? '–' : formatNaira(total)}
                </td>
                <td className="cell-actions">
                  <Button
                    variant="secondary"
                    className="btn--small"
                    onClick={() => onChange(lines.filter((_, i) => i !== index))}
                  >
                    Remove<span className="visually-hidden"> {name}</span>
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
