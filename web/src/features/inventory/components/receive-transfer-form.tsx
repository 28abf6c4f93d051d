import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { ProductCell } from '@/features/catalog/components/product-cell';
import type { ProductSummary } from '@/features/catalog/product-lookup';
import { formatQuantity, quantityText } from '@/lib/quantity';
import type { Transfer } from '../api/transfer';
import { receiveTransfer } from '../api/transfers';
import { checkLines, difference, type LineDraft } from '../line-draft';

export interface ReceiveTransferFormProps {
  transfer: Transfer;
  products: ReadonlyMap<string, ProductSummary | null>;
  onReceived: (transfer: Transfer) => void;
}

/** What arrived, line by line, prefilled with what was sent; less than sent is a shortfall. */
export function ReceiveTransferForm({ transfer, products, onReceived }: ReceiveTransferFormProps) {
  const [lines, setLines] = useState<LineDraft[]>(() =>
    transfer.lines.map((line) => ({
      productId: line.productId,
      quantity: quantityText(line.sent),
    })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const checked = checkLines(lines, products, true);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    setSaving(true);
    setProblem(null);
    try {
      onReceived(
        await receiveTransfer(
          transfer.id,
          lines.map((line, i) => ({
            productId: line.productId,
            quantity: checked.quantities[i] ?? 0,
          })),
        ),
      );
    } catch (caught) {
      setProblem(caught);
      setSaving(false);
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="receive-title">
      <h2 id="receive-title">Receive</h2>
      <p className="muted">
        Count what arrived. Anything less than was sent is recorded as a shortfall.
      </p>
      <div
        className="table-wrap table-wrap--flat"
        role="region"
        aria-labelledby="receive-title"
        tabIndex={0}
      >
        <table className="table table--lines">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col" className="num">
                Sent
              </th>
              <th scope="col">Received</th>
              <th scope="col" className="num">
                Shortfall
              </th>
            </tr>
          </thead>
          <tbody>
            {transfer.lines.map((line, index) => {
              const product = products.get(line.productId);
              const draft = lines[index]?.quantity ?? '';
              const error = errors[`lines[${index}].quantity`];
              const valid = !checked.errors[`lines[${index}].quantity`];
              const short = valid
                ? Math.round(line.sent * 1000) - Math.round((checked.quantities[index] ?? 0) * 1000)
                : 0;
              return (
                <tr key={line.productId} className={short > 0 ? 'row--short' : undefined}>
                  <th scope="row">
                    <ProductCell id={line.productId} product={product} />
                  </th>
                  <td className="num">{formatQuantity(line.sent)}</td>
                  <td>
                    <input
                      className="field__input field__input--qty"
                      inputMode="decimal"
                      autoComplete="off"
                      aria-label={`Received of ${product?.name ?? 'product'}`}
                      aria-invalid={error ? true : undefined}
                      value={draft}
                      onChange={(e) =>
                        setLines((list) =>
                          list.map((l, i) =>
                            i === index ? { ...l, quantity: e.target.value } : l,
                          ),
                        )
                      }
                    />
                    {error && <p className="field__error">{error}</p>}
                  </td>
                  <td className="num">
                    {short > 0 ? (
                      <span className="shortfall">
                        Short by {difference(line.sent, checked.quantities[index] ?? 0)}
                      </span>
                    ) : short < 0 ? (
                      <span className="muted">
                        {difference(checked.quantities[index] ?? 0, line.sent)} more than sent
                      </span>
                    ) : (
                      <span className="muted">None</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {problem !== null && (
        <ProblemNotice error={problem} fallback="The transfer was not received." />
      )}
      <div className="form__actions">
        <Button type="submit" disabled={saving} busy={saving} busyLabel="Receiving…">
          Receive transfer
        </Button>
      </div>
    </form>
  );
}
