import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { useProducts } from '@/features/catalog/product-lookup';
import { isWholeUnit } from '@/features/catalog/units';
import { fromMilli, parseQuantity, QuantityParseError, quantityText } from '@/lib/quantity';
import {
  getVariance,
  postStocktake,
  saveCounts,
  type Stocktake,
  type VarianceLine,
} from '../api/stocktake';
import { CountEntry } from './count-entry';
import { VarianceReport } from './variance-report';

export interface CountSheetProps {
  sheet: Stocktake;
  /** Without inventory.count the sheet is read-only. */
  canCount: boolean;
}

/** Enter counts → save → variance report → post corrections (after confirming). */
export function CountSheet({ sheet, canCount }: CountSheetProps) {
  const [counts, setCounts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      sheet.lines.flatMap((l) =>
        l.counted === null ? [] : [[l.productId, quantityText(l.counted)]],
      ),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [variance, setVariance] = useState<VarianceLine[] | null>(null);
  const [busy, setBusy] = useState<'save' | 'post' | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState(sheet.status);
  const saveButton = useRef<HTMLButtonElement>(null);
  const products = useProducts(
    sheet.lines.map((l) => l.productId),
    sheet.lines.flatMap((l) => (l.product ? [l.product] : [])),
  );
  const open = status === 'OPEN' && canCount;
  const counted = sheet.lines.filter((l) => (counts[l.productId] ?? '').trim() !== '').length;

  const save = async () => {
    const found: Record<string, string> = {};
    const lines: { productId: string; counted: number }[] = [];
    for (const line of sheet.lines) {
      const text = (counts[line.productId] ?? '').trim();
      if (text === '') continue;
      try {
        const whole = isWholeUnit(products.get(line.productId)?.unit);
        lines.push({
          productId: line.productId,
          counted: fromMilli(parseQuantity(text, { whole, allowZero: true })),
        });
      } catch (error) {
        found[line.productId] =
          error instanceof QuantityParseError ? error.message : 'Enter a quantity.';
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy('save');
    setProblem(null);
    try {
      await saveCounts(sheet.id, lines);
      setVariance(await getVariance(sheet.id));
    } catch (caught) {
      setProblem(caught);
    } finally {
      setBusy(null);
    }
  };

  const post = async () => {
    setBusy('post');
    setProblem(null);
    try {
      await postStocktake(sheet.id);
      setStatus('POSTED');
      setConfirming(false);
    } catch (caught) {
      setProblem(caught);
      setConfirming(false);
    } finally {
      setBusy(null);
    }
  };

  const differing = variance?.filter((line) => Math.round(line.variance * 1000) !== 0).length ?? 0;
  return (
    <div className="stack">
      {status === 'POSTED' && (
        <Notice tone="success" title="Corrections posted">
          The stock levels now match the count. This sheet is closed.
        </Notice>
      )}
      <p className="muted">
        {counted} of {sheet.lines.length} lines counted. Enter moves to the next line; empty lines
        are not sent.
      </p>
      <CountEntry
        lines={sheet.lines}
        counts={counts}
        errors={errors}
        products={products}
        onChange={(productId, text) => setCounts((all) => ({ ...all, [productId]: text }))}
        onLastEnter={() => saveButton.current?.focus()}
        disabled={!open}
      />
      {Object.keys(errors).length > 0 && (
        <Notice tone="error" role="alert">
          Check the quantities marked in red.
        </Notice>
      )}
      {problem !== null && (
        <ProblemNotice error={problem} fallback="That did not work. Try again." />
      )}
      {open && (
        <div className="form__actions">
          <Button
            variant={variance ? 'secondary' : 'primary'}
            ref={saveButton}
            onClick={() => void save()}
            disabled={busy !== null}
            busy={busy === 'save'}
            busyLabel="Saving…"
          >
            Save counts and show variance
          </Button>
        </div>
      )}
      {variance && <VarianceReport lines={variance} products={products} />}
      {open && variance && (
        <div className="form__actions">
          <Button onClick={() => setConfirming(true)} disabled={busy !== null}>
            Post corrections
          </Button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title="Post corrections?"
          confirmLabel="Post corrections"
          busy={busy === 'post'}
          busyLabel="Posting…"
          onConfirm={() => void post()}
          onClose={() => setConfirming(false)}
        >
          <p>
            {differing === 0
              ? 'No line differs; the sheet will simply be closed.'
              : `${differing} stock ${differing === 1 ? 'level' : 'levels'} will be corrected to match the count.`}{' '}
            This is recorded in the stock history and cannot be undone.
          </p>
          {counted < sheet.lines.length && (
            <p className="notice notice--warning">
              {sheet.lines.length - counted} lines have not been counted.
            </p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}
