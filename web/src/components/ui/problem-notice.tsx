import { errorText } from '@/lib/error-text';
import { Notice } from './notice';

export interface ProblemNoticeProps {
  error: unknown;
  /** Shown when the error has no detail a person can act on. */
  fallback?: string;
  /** Replaces the server's detail, e.g. for a friendlier wording of a known problem. */
  message?: string | undefined;
}

/** An error message announced as an alert, with the server's request id in small print. */
export function ProblemNotice({ error, fallback, message }: ProblemNoticeProps) {
  const text = errorText(error, fallback);
  return (
    <Notice tone="error" role="alert">
      <p>{message ?? text.message}</p>
      {text.requestId && <p className="reference">Reference: {text.requestId}</p>}
    </Notice>
  );
}
