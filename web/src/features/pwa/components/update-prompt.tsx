import { useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import {
  applyUpdate,
  dismissUpdate,
  isUpdateWaiting,
  subscribeUpdate,
} from '../register-service-worker';

/** A small bar offering to reload when a new version of the app has been downloaded. */
export function UpdatePrompt() {
  const waiting = useSyncExternalStore(subscribeUpdate, isUpdateWaiting, () => false);
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="status" aria-live="polite">
      <p className="update-prompt__text">A new version of AstroAxis is available.</p>
      <div className="update-prompt__actions">
        <Button variant="primary" onClick={applyUpdate}>
          Reload
        </Button>
        <Button variant="quiet" onClick={dismissUpdate}>
          Later
        </Button>
      </div>
    </div>
  );
}
