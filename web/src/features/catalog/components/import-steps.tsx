const STEPS = ['Choose a file', 'Check', 'Import'] as const;

function stepClass(index: number, current: number): string {
  if (index === current) return 'steps-bar__step steps-bar__step--current';
  return index < current ? 'steps-bar__step steps-bar__step--done' : 'steps-bar__step';
}

/** Where the wizard is: 1 Choose a file · 2 Check · 3 Import. */
export function ImportSteps({ current }: { current: number }) {
  return (
    <ol className="steps-bar" aria-label="Import steps">
      {STEPS.map((label, index) => (
        <li
          key={label}
          className={stepClass(index, current)}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="steps-bar__number" aria-hidden="true">
            {index + 1}
          </span>{' '}
          {label}
        </li>
      ))}
    </ol>
  );
}
