import { Button } from '@/components/ui/button';
import { ProductCell } from '@/features/catalog/components/product-cell';
import type { ProductSummary } from '@/features/catalog/product-lookup';
import { unitSymbol } from '@/features/catalog/units';
import type { LineDraft } from '../line-draft';

export interface TransferLinesProps {
  lines: readonly LineDraft[];
  products: ReadonlyMap<string, ProductSummary | null>;
  errors: Record<string, string>;
  onChange: (lines: LineDraft[]) => void;
}

/** The products of a new transfer with their quantities. */
export function TransferLines({ lines, products, errors, onChange }: TransferLinesProps) {
  const set = (index: number, quantity: string) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, quantity } : line)));
  if (lines.length === 0)
    return <p className="muted">No products yet. Search or scan above to add them.</p>;
  return (
    <div
      className="table-wrap table-wrap--flat"
      role="region"
      aria-label="Products to send"
      tabIndex={0}
    >
      <table className="table table--lines">
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">Quantity</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const product = products.get(line.productId);
            const error = errors[`lines[${index}].quantity`];
            const name = product?.name ?? 'product';
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
                      aria-invalid={error ? true : undefined}
                      value={line.quantity}
                      onChange={(e) => set(index, e.target.value)}
                    />
                    <span className="qty-input__unit">{unitSymbol(product?.unit)}</span>
                  </div>
                  {error && <p className="field__error">{error}</p>}
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
