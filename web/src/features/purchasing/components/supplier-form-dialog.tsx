import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { fieldErrors } from '@/lib/field-errors';
import { createSupplier, type NewSupplier, type Supplier } from '../api/supplier';

export interface SupplierFormDialogProps {
  onSaved: (supplier: Supplier) => void;
  onClose: () => void;
}

const EMPTY: NewSupplier = { name: '', phone: '', email: '', address: '' };

export function SupplierFormDialog({ onSaved, onClose }: SupplierFormDialogProps) {
  const [draft, setDraft] = useState<NewSupplier>(EMPTY);
  const [nameError, setNameError] = useState<string | undefined>();
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const errors = fieldErrors(problem);
  const set = (part: Partial<NewSupplier>) => setDraft((d) => ({ ...d, ...part }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (draft.name.trim() === '') return setNameError('Enter the supplier’s name.');
    setNameError(undefined);
    setSaving(true);
    setProblem(null);
    try {
      onSaved(
        await createSupplier({
          name: draft.name.trim(),
          phone: draft.phone.trim(),
          email: draft.email.trim(),
          address: draft.address.trim(),
        }),
      );
    } catch (caught) {
      setProblem(caught);
      setSaving(false);
    }
  };

  return (
    <Dialog title="New supplier" onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          label="Name"
          required
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          error={nameError ?? errors['name']}
        />
        <div className="field-row">
          <TextField
            label="Phone"
            type="tel"
            value={draft.phone}
            onChange={(e) => set({ phone: e.target.value })}
            error={errors['phone']}
          />
          <TextField
            label="Email"
            type="email"
            value={draft.email}
            onChange={(e) => set({ email: e.target.value })}
            error={errors['email']}
          />
        </div>
        <TextArea
          label="Address"
          rows={2}
          value={draft.address}
          onChange={(e) => set({ address: e.target.value })}
          error={errors['address']}
        />
        {problem !== null && (
          <ProblemNotice error={problem} fallback="The supplier was not saved." />
        )}
        <div className="form__actions">
          <Button type="submit" disabled={saving} busy={saving} busyLabel="Saving…">
            Create supplier
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
