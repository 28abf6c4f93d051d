import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useFocusFirstInvalid } from '@/lib/focus-invalid';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { TextArea } from '@/components/ui/text-area';
import type { Branch } from '@/features/branches/api/branch';
import { BranchSelect } from '@/features/branches/components/branch-select';
import { ProductPicker } from '@/features/catalog/components/product-picker';
import { useProducts } from '@/features/catalog/product-lookup';
import { createTransfer } from '../api/transfers';
import { addProduct, checkLines, type LineDraft } from '../line-draft';
import { TransferLines } from './transfer-lines';

export interface NewTransferFormProps {
  branches: readonly Branch[];
  defaultFrom: string;
  onCreated: (id: string) => void;
}

/** From, to, products and quantities; "Dispatch" takes the stock out of the sending branch. */
export function NewTransferForm({ branches, defaultFrom, onCreated }: NewTransferFormProps) {
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState('');
  const [lines, setLines] = useState<LineDraft[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  const products = useProducts(lines.map((line) => line.productId));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const checked = checkLines(lines, products);
    const found = { ...checked.errors };
    if (!from) found['fromBranchId'] = 'Choose the branch sending the stock.';
    if (!to) found['toBranchId'] = 'Choose the branch receiving the stock.';
    else if (to === from) found['toBranchId'] = 'Choose a different branch from the sender.';
    if (lines.length === 0) found['lines'] = 'Add at least one product.';
    setErrors(found);
    if (Object.keys(found).length > 0) return setAttempt((n) => n + 1);
    setSaving(true);
    setProblem(null);
    try {
      onCreated(
        await createTransfer({
          fromBranchId: from,
          toBranchId: to,
          lines: lines.map((line, i) => ({
            productId: line.productId,
            quantity: checked.quantities[i] ?? 0,
          })),
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      );
    } catch (caught) {
      setProblem(caught);
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-label="New transfer">
      <div className="field-row">
        <BranchSelect
          label="From"
          branches={branches}
          value={from}
          onChange={setFrom}
          emptyLabel="Choose a branch"
          error={errors['fromBranchId']}
        />
        <BranchSelect
          label="To"
          branches={branches}
          value={to}
          onChange={setTo}
          emptyLabel="Choose a branch"
          exclude={from}
          error={errors['toBranchId']}
        />
      </div>
      <ProductPicker
        onPick={(product) =>
          setLines((list) => addProduct(list, product.id, { productId: product.id, quantity: '1' }))
        }
        hint="Search by name or SKU, or scan: each scan adds one."
      />
      <TransferLines lines={lines} products={products} errors={errors} onChange={setLines} />
      {errors['lines'] && <p className="field__error">{errors['lines']}</p>}
      <TextArea label="Note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      {Object.keys(errors).length > 0 && (
        <Notice tone="error" role="alert">
          Check the fields marked in red.
        </Notice>
      )}
      {problem !== null && (
        <ProblemNotice error={problem} fallback="The transfer was not dispatched." />
      )}
      <div className="form__actions">
        <Button type="submit" disabled={saving} busy={saving} busyLabel="Dispatching…">
          Dispatch transfer
        </Button>
      </div>
    </form>
  );
}
