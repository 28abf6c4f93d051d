import { ORDER_STATUS_LABELS } from '../api/purchase-order';

const TONES: Record<string, string> = {
  DRAFT: 'badge badge--off',
  ORDERED: 'badge badge--info',
  PARTIALLY_RECEIVED: 'badge badge--low',
  RECEIVED: 'badge badge--ok',
};

export function OrderStatus({ status }: { status: string }) {
  return (
    <span className={TONES[status] ?? 'badge badge--off'}>
      {ORDER_STATUS_LABELS[status] ?? status}
    </span>
  );
}
