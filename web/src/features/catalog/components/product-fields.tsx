import { Checkbox } from '@/components/ui/checkbox';
import { RadioGroup } from '@/components/ui/radio-group';
import { SelectField } from '@/components/ui/select-field';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import type { ProductDraft } from '../product-draft';
import { UNITS, VAT_CLASSES } from '../units';

export interface ProductFieldsProps {
  draft: ProductDraft;
  onChange: (change: Partial<ProductDraft>) => void;
  errors: Record<string, string>;
}

/** Name and codes of a product. */
export function ProductNameFields({ draft, onChange, errors }: ProductFieldsProps) {
  return (
    <>
      <div className="field-row">
        <TextField
          label="SKU"
          hint="Your own code for the product, e.g. RICE-5KG."
          autoCapitalize="characters"
          spellCheck={false}
          required
          value={draft.sku}
          onChange={(e) => onChange({ sku: e.target.value })}
          error={errors['sku']}
        />
        <TextField
          label="Name"
          hint="As it appears on receipts."
          required
          value={draft.name}
          onChange={(e) => onChange({ name: e.target.value })}
          error={errors['name']}
        />
      </div>
      <TextArea
        label="Description"
        rows={2}
        value={draft.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={errors['description']}
      />
    </>
  );
}

/** Unit, prices, VAT and stock keeping. */
export function ProductSellingFields({ draft, onChange, errors }: ProductFieldsProps) {
  return (
    <>
      <SelectField
        label="Unit"
        options={UNITS}
        value={draft.unit}
        onChange={(e) => onChange({ unit: e.target.value as ProductDraft['unit'] })}
        error={errors['unit']}
      />
      <div className="field-row">
        <TextField
          label="Selling price (₦)"
          hint={`Per ${draft.unit === 'PIECE' ? 'piece' : draft.unit.toLowerCase()}.`}
          inputMode="decimal"
          autoComplete="off"
          placeholder="0.00"
          required
          value={draft.price}
          onChange={(e) => onChange({ price: e.target.value })}
          error={errors['price']}
        />
        <TextField
          label="Cost (₦)"
          hint="What you pay the supplier."
          inputMode="decimal"
          autoComplete="off"
          placeholder="0.00"
          required
          value={draft.cost}
          onChange={(e) => onChange({ cost: e.target.value })}
          error={errors['cost']}
        />
      </div>
      <RadioGroup
        legend="VAT class"
        name="vatClass"
        options={VAT_CLASSES}
        value={draft.vatClass}
        onChange={(vatClass) => onChange({ vatClass })}
      />
      {errors['vatClass'] && <p className="field__error">{errors['vatClass']}</p>}
      <div className="choice-grid">
        <Checkbox
          label="Track stock"
          description="Count this product in each branch. Turn off for services."
          checked={draft.trackStock}
          onChange={(e) => onChange({ trackStock: e.target.checked })}
        />
        <Checkbox
          label="Active"
          description="Archived products are kept for history but cannot be sold."
          checked={draft.active}
          onChange={(e) => onChange({ active: e.target.checked })}
        />
      </div>
    </>
  );
}
