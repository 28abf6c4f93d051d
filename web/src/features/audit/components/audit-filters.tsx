import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { AuditFilter } from '../api/search-audit';

export const EMPTY_FILTER: AuditFilter = { actor: '', action: '', from: '', to: '' };

export interface AuditFiltersProps {
  filter: AuditFilter;
  onApply: (filter: AuditFilter) => void;
}

export function AuditFilters({ filter, onApply }: AuditFiltersProps) {
  const [draft, setDraft] = useState(filter);
  const set = (part: Partial<AuditFilter>) => setDraft((previous) => ({ ...previous, ...part }));
  const badRange = draft.from !== '' && draft.to !== '' && draft.from > draft.to;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!badRange) onApply(draft);
  };

  return (
    <form className="filters" onSubmit={onSubmit} noValidate aria-label="Filter the audit trail">
      <TextField
        label="Actor (username)"
        autoCapitalize="none"
        spellCheck={false}
        value={draft.actor}
        onChange={(e) => set({ actor: e.target.value })}
      />
      <TextField
        label="Action"
        placeholder="e.g. user.updated"
        autoCapitalize="none"
        spellCheck={false}
        value={draft.action}
        onChange={(e) => set({ action: e.target.value })}
      />
      <TextField
        label="From"
        type="date"
        value={draft.from}
        onChange={(e) => set({ from: e.target.value })}
      />
      <TextField
        label="To"
        type="date"
        value={draft.to}
        onChange={(e) => set({ to: e.target.value })}
        error={badRange ? 'The last day is before the first day.' : undefined}
      />
      <div className="filters__actions">
        <Button type="submit" disabled={badRange}>
          Apply filters
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setDraft(EMPTY_FILTER);
            onApply(EMPTY_FILTER);
          }}
        >
          Clear
        </Button>
      </div>
    </form>
  );
}
