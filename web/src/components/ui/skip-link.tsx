import type { MouseEvent } from 'react';

/** The first focusable element of every page: jumps past the header and navigation. */
export function SkipLink({ target = 'main' }: { target?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.getElementById(target);
    if (!element) return;
    // Move focus without adding "#main" to the address.
    event.preventDefault();
    element.focus();
    element.scrollIntoView();
  };
  return (
    <a className="skip-link" href={`#${target}`} onClick={onClick}>
      Skip to main content
    </a>
  );
}
