export interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
}

/** A native progress bar (no inline styles needed) with its figures as text. */
export function ProgressBar({ label, value, max }: ProgressBarProps) {
  const safeMax = Math.max(1, max);
  const percent = Math.min(100, Math.floor((value / safeMax) * 100));
  return (
    <div className="progress">
      <progress className="progress__bar" aria-label={label} value={value} max={safeMax}>
        {percent}%
      </progress>
      <p className="progress__text" aria-live="polite">
        {percent}% · {value.toLocaleString('en-NG')} of {max.toLocaleString('en-NG')} rows
      </p>
    </div>
  );
}
