import { Button } from '@/components/ui/button';
import { RadioGroup, type RadioOption } from '@/components/ui/radio-group';
import { saveBlob } from '@/lib/download';
import type { ImportMode } from '../api/import-products';

export const IMPORT_COLUMNS = 'sku,name,barcode,price,cost,vat_class,unit,category';
export const OPENING_COLUMNS = 'branch_code,opening_quantity';
const EXAMPLE =
  'RICE-5KG,Rice 5kg,5901234123457,8500.00,7000.00,ZERO_RATED,PIECE,Food/Grains,IKJ,20';

const MODES: readonly RadioOption<ImportMode>[] = [
  {
    value: 'create',
    label: 'New products only',
    description: 'A line whose SKU is already in the catalogue is a problem to fix.',
  },
  {
    value: 'update',
    label: 'Add new and update existing products (by SKU)',
    description:
      'A line whose SKU is already in the catalogue replaces that product’s name, prices, ' +
      'VAT class, unit, category and barcodes. Opening stock is only for new products.',
  },
];

export interface ImportFileStepProps {
  file: File | null;
  onFile: (file: File | null) => void;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  onCheck: () => void;
  busy: boolean;
}

/** Step 1: what the file must look like, and the file input. */
export function ImportFileStep({ file, onFile, mode, onMode, onCheck, busy }: ImportFileStepProps) {
  const template = () =>
    saveBlob(
      new Blob([`${IMPORT_COLUMNS},${OPENING_COLUMNS}\r\n${EXAMPLE}\r\n`], { type: 'text/csv' }),
      'products-template.csv',
    );
  return (
    <div className="stack">
      <div>
        <p>
          A CSV file with a header line and one product per line. Prices are in naira, such as
          8500.00. VAT class is STANDARD, ZERO_RATED or EXEMPT; unit is PIECE, KILOGRAM, LITRE or
          METRE.
        </p>
        <p>
          Columns: <code className="path">{IMPORT_COLUMNS}</code>, and to record opening stock, also{' '}
          <code className="path">{OPENING_COLUMNS}</code>.
        </p>
        <Button variant="secondary" className="btn--small" onClick={template}>
          Download a template
        </Button>
      </div>
      <RadioGroup
        legend="What the import does"
        name="import-mode"
        options={MODES}
        value={mode}
        onChange={onMode}
        disabled={busy}
      />
      <div className="field">
        <label className="field__label" htmlFor="import-file">
          CSV file
        </label>
        <input
          id="import-file"
          className="field__input field__input--file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <div className="form__actions">
        <Button
          onClick={onCheck}
          disabled={file === null || busy}
          busy={busy}
          busyLabel="Checking…"
        >
          Check file
        </Button>
      </div>
      <p className="muted small">Checking changes nothing: every line is checked first.</p>
    </div>
  );
}
