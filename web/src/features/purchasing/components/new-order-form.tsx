import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useFocusFirstInvalid } from '@/lib/focus-invalid';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { SelectField } from '@/components/ui/select-field';
import type { Branch } from '@/features/branches/api/branch';
import { BranchSelect } from '@/features/branches/components/branch-select';
import { ProductPicker } from '@/features/catalog/components/product-picker';
import { useProducts } from '@/features/catalog/product-lookup';
import { addProduct, checkLines } from '@/features/inventory/line-draft';
import { formatNaira, koboToNumber, parseNairaToKobo } from '@/lib/money';
import type { PurchaseOrder } from '../api/purchase-order';
import { lineTotalKobo } from '../api/purchase-order';
import { createOrder } from '../api/purchase-orders';
import type { Supplier } from '../api/supplier';
import { OrderLines, type OrderLineDraft } from './order-lines';

export interface NewOrderFormProps {
  suppliers: readonly Supplier[];
  branches: readonly Branch[];
  defaultBranch: string;
  onCreated: (order: PurchaseOrder) => void;
}

function kobo(text: string): number | null {
  try {
    const value = parseNairaToKobo(text);
    return value < 0n ? null : koboToNumber(value);
  } catch {
    return null;
  }
}

const nairaText = (costKobo: number | undefined) =>
  costKobo ? formatNaira(costKobo).replace(/[^\d.]/g, '') : '';

/** Supplier, branch and lines; saved as a DRAFT order. */
export function NewOrderForm({ suppliers, branches, defaultBranch, onCreated }: NewOrderFormProps) {
  const [supplierId, setSupplierId] = useState('');
  const [branchId, setBranchId] = useState(defaultBranch);
  const [lines, setLines] = useState<OrderLineDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  const products = useProducts(lines.map((l) => l.productId));
  const checked = checkLines(lines, products);
  const costs = lines.map((line) => kobo(line.unitCost));
  const totals = lines.map((_, i) =>
    checked.errors[`lines[${i}].quantity`] || costs[i] === null
      ? null
      : lineTotalKobo(checked.quantities[i] ?? 0, costs[i] ?? 0),
  );
  const total = totals.every((t) => t !== null)
    ? totals.reduce<number>((sum, t) => sum + (t ?? 0), 0)
    : null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found = { ...checked.errors };
    costs.forEach((cost, i) => {
      if (cost === null)
        found[`lines[${i}].unitCost`] = 'Enter the unit cost in naira, e.g. 7,000.00.';
    });
    if (!supplierId) found['supplierId'] = 'Choose a supplier.';
    if (!branchId) found['branchId'] = 'Choose the branch receiving the goods.';
    if (lines.length === 0) found['lines'] = 'Add at least one product.';
    setErrors(found);
    if (Object.keys(found).length > 0) return setAttempt((n) => n + 1);
    setSaving(true);
    setProblem(null);
    try {
      onCreated(
        await createOrder({
          supplierId,
          branchId,
          lines: lines.map((line, i) => ({
            productId: line.productId,
            quantity: checked.quantities[i] ?? 0,
            unitCostKobo: costs[i] ?? 0,
          })),
        }),
      );
    } catch (caught) {
      setProblem(caught);
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={onSubmit}
      noValidate
      aria-label="New purchase order"
    >
      <div className="field-row">
        <SelectField
          label="Supplier"
          options={suppliers.map((s) => ({ value: s.id, label: s.name }))}
          emptyLabel="Choose a supplier"
          value={supplierId}
          onChange={(e) => setSupplierId(e.target.value)}
          error={errors['supplierId']}
        />
        <BranchSelect
          label="Deliver to"
          branches={branches}
          value={branchId}
          onChange={setBranchId}
          emptyLabel="Choose a branch"
          error={errors['branchId']}
        />
      </div>
      <ProductPicker
        onPick={(product) =>
          setLines((list) =>
            addProduct(list, product.id, {
              productId: product.id,
              quantity: '1',
              unitCost: nairaText(product.costKobo),
            }),
          )
        }
      />
      <OrderLines
        lines={lines}
        products={products}
        errors={errors}
        totals={totals}
        onChange={setLines}
      />
      {errors['lines'] && <p className="field__error">{errors['lines']}</p>}
      <p className="order-total">
        Total: <strong>{total === null ? '–' : formatNaira(total)}</strong>
      </p>
      {Object.keys(errors).length > 0 && (
        <Notice tone="error" role="alert">
          Check the fields marked in red.
        </Notice>
      )}
      {problem !== null && <ProblemNotice error={problem} fallback="The order was not saved." />}
      <div className="form__actions">
        <Button type="submit" disabled={saving} busy={saving} busyLabel="Saving…">
          Save draft order
        </Button>
      </div>
    </form>
  );
}
