import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { ApiError } from '@/lib/api-client';
import { useFocusFirstInvalid } from '@/lib/focus-invalid';
import type { Category } from '../api/category';
import type { Product } from '../api/product';
import { createProduct, updateProduct } from '../api/save-product';
import { checkProduct, formErrors, productDraft, type ProductDraft } from '../product-draft';
import { BarcodesField } from './barcodes-field';
import { CategoryField } from './category-field';
import { ProductImageField } from './product-image-field';
import { ProductNameFields, ProductSellingFields } from './product-fields';

export interface ProductFormProps {
  /** The product to edit, or null for a new one. */
  product: Product | null;
  categories: readonly Category[];
  onCategoryCreated: (category: Category) => void;
  onSaved: (product: Product) => void;
  /** Without catalog.write the form only shows the product. */
  canWrite: boolean;
}

const SHOWN_FIELDS =
  /^(sku|name|description|unit|price|cost|vatClass|categoryId|imageFileId|barcodes\[\d+\])$/;

export function ProductForm({
  product,
  categories,
  onCategoryCreated,
  onSaved,
  canWrite,
}: ProductFormProps) {
  const [draft, setDraft] = useState<ProductDraft>(() => productDraft(product));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);
  const change = (part: Partial<ProductDraft>) =>
    setDraft((previous) => ({ ...previous, ...part }));
  const others = Object.entries(errors).filter(([field]) => !SHOWN_FIELDS.test(field));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || !canWrite) return;
    const check = checkProduct(draft);
    setProblem(null);
    if (!check.ok) {
      setErrors(check.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = product
        ? await updateProduct(product.id, check.payload)
        : await createProduct(check.payload);
      setSaving(false);
      onSaved(saved);
    } catch (caught) {
      setSaving(false);
      setProblem(caught);
      if (caught instanceof ApiError) {
        setErrors(formErrors(caught.errors ?? [], check.barcodeRows));
        setAttempt((n) => n + 1);
      }
    }
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form
      ref={form}
      className="form product-form"
      onSubmit={onSubmit}
      noValidate
      aria-label="Product"
    >
      <fieldset className="form-sections" disabled={!canWrite}>
        <section className="panel form" aria-labelledby="product-basics">
          <h2 id="product-basics">Product</h2>
          <ProductNameFields draft={draft} onChange={change} errors={errors} />
          <BarcodesField
            barcodes={draft.barcodes}
            onChange={(barcodes) => change({ barcodes })}
            errors={errors}
          />
          <CategoryField
            categories={categories}
            value={draft.categoryId}
            onChange={(categoryId) => change({ categoryId })}
            onCreated={onCategoryCreated}
            error={errors['categoryId']}
            canCreate={canWrite}
            disabled={!canWrite}
          />
        </section>
        <section className="panel form" aria-labelledby="product-selling">
          <h2 id="product-selling">Selling</h2>
          <ProductSellingFields draft={draft} onChange={change} errors={errors} />
          <ProductImageField
            fileId={draft.imageFileId}
            productName={draft.name}
            onChange={(imageFileId) => change({ imageFileId })}
            error={errors['imageFileId']}
            disabled={!canWrite}
          />
        </section>
      </fieldset>
      {hasErrors && problem === null && (
        <Notice tone="error" role="alert">
          Check the fields marked in red.
        </Notice>
      )}
      {problem !== null && <ProblemNotice error={problem} fallback="The product was not saved." />}
      {others.length > 0 && (
        <ul className="error-list">
          {others.map(([field, message]) => (
            <li key={field}>
              <code>{field}</code>: {message}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <div className="form__actions form__actions--sticky">
          <Button type="submit" disabled={saving} busy={saving} busyLabel="Saving…">
            {product ? 'Save changes' : 'Create product'}
          </Button>
        </div>
      )}
    </form>
  );
}
