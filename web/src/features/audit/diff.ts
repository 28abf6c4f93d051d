/** One line of a before/after comparison. */
export interface DiffLine {
  key: string;
  before: string;
  after: string;
  changed: boolean;
}

/** A value of an audit state as text: lists of plain values are joined, other objects shown as JSON. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
    return value.map((item) => String(item)).join(', ');
  }
  return JSON.stringify(value);
}

/** The fields of both states, sorted by name, each with its value before and after. */
export function diffStates(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): DiffLine[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys.map((key) => {
    const b = displayValue(before?.[key]);
    const a = displayValue(after?.[key]);
    return { key, before: b, after: a, changed: before !== null && after !== null && a !== b };
  });
}

/** "displayName" → "Display name", "branch_ids" → "Branch ids". */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
