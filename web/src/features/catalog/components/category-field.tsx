import { useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { createCategory, type Category } from '../api/category';

export interface CategoryFieldProps {
  categories: readonly Category[];
  value: string;
  onChange: (id: string) => void;
  /** Called with a category created here, so the list can include it. */
  onCreated: (category: Category) => void;
  error?: string | undefined;
  canCreate: boolean;
  disabled?: boolean;
}

/** The category as its path in the tree, with a small inline form to add one. */
export function CategoryField({
  categories,
  value,
  onChange,
  onCreated,
  error,
  canCreate,
  disabled = false,
}: CategoryFieldProps) {
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const options = categories.map((c) => ({ value: c.id, label: c.path }));

  const open = () => {
    setAdding(true);
    setName('');
    setParentId(value);
    setProblem(null);
  };
  const create = async () => {
    if (name.trim() === '' || saving) return;
    setSaving(true);
    setProblem(null);
    try {
      const category = await createCategory(name.trim(), parentId || null);
      onCreated(category);
      onChange(category.id);
      setAdding(false);
    } catch (caught) {
      setProblem(caught);
    } finally {
      setSaving(false);
    }
  };
  // Inside the product form: Enter adds the category instead of saving the product.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void create();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setAdding(false);
    }
  };

  return (
    <div className="category-field">
      <div className="inline-field">
        <SelectField
          label="Category"
          options={options}
          emptyLabel="No category"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          error={error}
          disabled={disabled}
        />
        {canCreate && !adding && !disabled && (
          <Button variant="secondary" className="inline-field__button" onClick={open}>
            New category
          </Button>
        )}
      </div>
      {adding && (
        <div className="subform" role="group" aria-label="New category">
          <div className="field-row">
            <TextField
              label="New category name"
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <SelectField
              label="Inside"
              options={options}
              emptyLabel="Top level"
              value={parentId}
              onChange={(e) => setParentId(e.target.value)}
            />
          </div>
          {problem !== null && (
            <ProblemNotice error={problem} fallback="The category was not added." />
          )}
          <div className="form__actions">
            <Button
              className="btn--small"
              onClick={() => void create()}
              disabled={name.trim() === '' || saving}
              busy={saving}
              busyLabel="Adding…"
            >
              Add category
            </Button>
            <Button variant="secondary" className="btn--small" onClick={() => setAdding(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
