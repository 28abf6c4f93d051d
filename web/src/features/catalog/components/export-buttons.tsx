import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemNotice } from '@/components/ui/problem-notice';
import type { ExportFormat } from '../api/export-products';

export interface ExportButtonsProps {
  /** What is exported, for the button names ("products", "stock"). */
  what: string;
  onExport: (format: ExportFormat) => Promise<unknown>;
  disabled?: boolean;
}

/** "Export CSV" and "Export XLSX": the file is fetched with the session token, then saved. */
export function ExportButtons({ what, onExport, disabled = false }: ExportButtonsProps) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      await onExport(format);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <div className="button-group" role="group" aria-label={`Export ${what}`}>
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            variant="secondary"
            onClick={() => void run(format)}
            disabled={disabled || busy !== null}
            busy={busy === format}
            busyLabel="Preparing…"
          >
            Export {format.toUpperCase()}
          </Button>
        ))}
      </div>
      {error !== null && (
        <div className="toolbar__notice">
          <ProblemNotice error={error} fallback="The export could not be downloaded." />
        </div>
      )}
    </>
  );
}
