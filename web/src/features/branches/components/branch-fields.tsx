import { Checkbox } from '@/components/ui/checkbox';
import { RadioGroup } from '@/components/ui/radio-group';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import type { BranchKind, OversellPolicy } from '../api/branch';
import type { BranchDraft } from '../branch-draft';

export const KIND_OPTIONS = [
  { value: 'SHOP', label: 'Shop', description: 'Sells to customers at a till.' },
  { value: 'WAREHOUSE', label: 'Warehouse', description: 'Holds stock; no sales.' },
] as const satisfies readonly { value: BranchKind; label: string; description: string }[];

export const OVERSELL_OPTIONS = [
  {
    value: 'BLOCK',
    label: 'Block the sale',
    description: 'A till cannot sell more than the stock on hand.',
  },
  {
    value: 'ALLOW_AND_FLAG',
    label: 'Allow and flag',
    description:
      'The sale goes through and stock goes below zero; the sale is flagged for a manager to check.',
  },
] as const satisfies readonly { value: OversellPolicy; label: string; description: string }[];

export interface BranchFieldsProps {
  draft: BranchDraft;
  onChange: (change: Partial<BranchDraft>) => void;
  creating: boolean;
  errors: Record<string, string>;
}

export function BranchFields({ draft, onChange, creating, errors }: BranchFieldsProps) {
  return (
    <>
      <div className="field-row">
        <TextField
          label="Code"
          hint={creating ? '2–10 capital letters or digits, e.g. IKJ.' : undefined}
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={10}
          required
          readOnly={!creating}
          value={draft.code}
          onChange={(e) => onChange({ code: e.target.value.toUpperCase() })}
          error={errors['code']}
        />
        <TextField
          label="Name"
          required
          value={draft.name}
          onChange={(e) => onChange({ name: e.target.value })}
          error={errors['name']}
        />
      </div>
      <RadioGroup
        legend="Kind"
        name="kind"
        inline
        options={KIND_OPTIONS}
        value={draft.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <TextArea
        label="Address"
        rows={2}
        value={draft.address}
        onChange={(e) => onChange({ address: e.target.value })}
        error={errors['address']}
      />
      <TextField
        label="Phone"
        type="tel"
        value={draft.phone}
        onChange={(e) => onChange({ phone: e.target.value })}
        error={errors['phone']}
      />
      <fieldset className="choice-group">
        <legend className="field__label">Location (for staff attendance)</legend>
        <div className="field-row field-row--3">
          <TextField
            label="Latitude"
            inputMode="decimal"
            placeholder="6.6018"
            value={draft.latitude}
            onChange={(e) => onChange({ latitude: e.target.value })}
            error={errors['latitude']}
          />
          <TextField
            label="Longitude"
            inputMode="decimal"
            placeholder="3.3515"
            value={draft.longitude}
            onChange={(e) => onChange({ longitude: e.target.value })}
            error={errors['longitude']}
          />
          <TextField
            label="Radius (metres)"
            inputMode="numeric"
            placeholder="150"
            value={draft.radiusMeters}
            onChange={(e) => onChange({ radiusMeters: e.target.value })}
            error={errors['radiusMeters']}
          />
        </div>
      </fieldset>
      <TextArea
        label="Receipt header"
        hint="Printed at the top of receipts, e.g. the business name and address."
        rows={2}
        value={draft.receiptHeader}
        onChange={(e) => onChange({ receiptHeader: e.target.value })}
        error={errors['receiptHeader']}
      />
      <TextArea
        label="Receipt footer"
        hint="Printed at the bottom, e.g. the returns policy."
        rows={2}
        value={draft.receiptFooter}
        onChange={(e) => onChange({ receiptFooter: e.target.value })}
        error={errors['receiptFooter']}
      />
      <RadioGroup
        legend="When a sale would take stock below zero"
        name="oversell"
        options={OVERSELL_OPTIONS}
        value={draft.oversell}
        onChange={(oversell) => onChange({ oversell })}
      />
      {!creating && (
        <Checkbox
          label="Active"
          description="An inactive branch keeps its history but takes no new sales or stock."
          checked={draft.active}
          onChange={(e) => onChange({ active: e.target.checked })}
        />
      )}
    </>
  );
}
