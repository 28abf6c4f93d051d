import { useEffect, type ReactNode } from 'react';

export interface PageProps {
  /** The page's h1; also used for the document title. */
  title: string;
  /** Small text above the heading, e.g. the section name. */
  eyebrow?: string | undefined;
  narrow?: boolean;
  children: ReactNode;
}

/**
 * A page body: sets document.title and renders the single h1. The heading can take
 * focus (tabIndex -1) so that the layout can move focus to it after navigation.
 */
export function Page({ title, eyebrow, narrow = false, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · AstroAxis`;
  }, [title]);

  return (
    <div className={narrow ? 'page page--narrow' : 'page'}>
      <header className="page__header">
        {eyebrow && <p className="page__eyebrow">{eyebrow}</p>}
        <h1 className="page__title" tabIndex={-1}>
          {title}
        </h1>
      </header>
      {children}
    </div>
  );
}
