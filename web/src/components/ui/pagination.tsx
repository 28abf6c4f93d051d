import { Button } from './button';

export interface PaginationProps {
  /** Zero-based. */
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
}

/** Previous/next buttons with "Showing 26–50 of 120". */
export function Pagination({ page, size, total, onPage, label }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / Math.max(1, size)));
  const first = total === 0 ? 0 : page * size + 1;
  const last = Math.min(total, (page + 1) * size);
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination__status" aria-live="polite">
        {total === 0 ? 'No entries' : `Showing ${first}–${last} of ${total}`} · Page {page + 1} of{' '}
        {pages}
      </p>
      <div className="pagination__buttons">
        <Button variant="secondary" onClick={() => onPage(page - 1)} disabled={page <= 0}>
          Previous<span className="visually-hidden"> page</span>
        </Button>
        <Button variant="secondary" onClick={() => onPage(page + 1)} disabled={page + 1 >= pages}>
          Next<span className="visually-hidden"> page</span>
        </Button>
      </div>
    </nav>
  );
}
