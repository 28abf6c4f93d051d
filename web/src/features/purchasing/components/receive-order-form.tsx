import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { ProductCell } from '@/features/catalog/components/product-cell';
import type { ProductSummary } from '@/features/catalog/product-lookup';
import { isWholeUnit } from '@/features/catalog/units';
import {
  formatQuantity,
  fromMilli,
  parseQuantity,
  QuantityParseError,
  quantityText,
  toMilli,
} from '@/lib/quantity';
import { remaining, type PurchaseOrder } from '../api/purchase-order';
import { receiveOrder } from '../api/purchase-orders';

export interface ReceiveOrderFormProps {
  order: PurchaseOrder;
  products: ReadonlyMap<string, ProductSummary | null>;
  onReceived: () => void;
}

/** Goods arriving: prefilled with what is still to come; a partial delivery is fine. */
export function ReceiveOrderForm({ order, products, onReceived }: ReceiveOrderFormProps) {
  const [texts, setTexts] = useState<string[]>(() =>
    order.lines.map((line) => quantityText(remaining(line))),
  );
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found: Record<number, string> = {};
    const lines: { productId: string; quantity: number }[] = [];
    order.lines.forEach((line, i) => {
      try {
        const milli = parseQuantity(texts[i] ?? '', {
          whole: isWholeUnit(products.get(line.productId)?.unit),
          allowZero: true,
        });
        if (milli > toMilli(remaining(line)))
          found[i] = `Only ${formatQuantity(remaining(line))} still to come.`;
        else if (milli > 0) lines.push({ productId: line.productId, quantity: fromMilli(milli) });
      } catch (error) {
        found[i] = error instanceof QuantityParseError ? error.message : 'Enter a quantity.';
      }
    });
    if (Object.keys(found).length === 0 && lines.length === 0)
      found[-1] = 'Enter what arrived on at least one line.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    setProblem(null);
    try {
      await receiveOrder(order.id, lines);
      onReceived();
    } catch (caught) {
      setProblem(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="receive-order-title">
      <h2 id="receive-order-title">Receive goods</h2>
      <div
        className="table-wrap table-wrap--flat"
        role="region"
        aria-labelledby="receive-order-title"
        tabIndex={0}
      >
        <table className="table table--lines">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col" className="num">
                Still to come
              </th>
              <th scope="col">Arrived now</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line, i) => {
              const product = products.get(line.productId);
              return (
                <tr key={line.productId}>
                  <th scope="row">
                    <ProductCell id={line.productId} product={product} />
                  </th>
                  <td className="num">{formatQuantity(remaining(line))}</td>
                  <td>
                    {remaining(line) === 0 ? (
                      <span className="muted">Complete</span>
                    ) : (
                      <input
                        className="field__input field__input--qty"
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={`Arrived now of ${product?.name ?? 'product'}`}
                        aria-invalid={errors[i] ? true : undefined}
                        value={texts[i] ?? ''}
                        onChange={(e) =>
                          setTexts((all) => all.map((t, j) => (j === i ? e.target.value : t)))
                        }
                      />
                    )}
                    {errors[i] && <p className="field__error">{errors[i]}</p>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {errors[-1] && (
        <Notice tone="error" role="alert">
          {errors[-1]}
        </Notice>
      )}
      {problem !== null && (
        <ProblemNotice error={problem} fallback="The delivery was not recorded." />
      )}
      <div className="form__actions">
        <Button type="submit" disabled={saving} busy={saving} busyLabel="Receiving…">
          Receive into stock
        </Button>
      </div>
    </form>
  );
}
