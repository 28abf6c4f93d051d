import { formatDateTime } from '@/lib/date-time';
import { formatQuantity, formatSignedQuantity } from '@/lib/quantity';
import { MOVEMENT_TYPES, type Movement } from '../api/movements';

export interface MovementsTableProps {
  movements: readonly Movement[];
  timeZone: string;
}

/** The stock ledger of one product at one branch, newest first. */
export function MovementsTable({ movements, timeZone }: MovementsTableProps) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="movements-caption" tabIndex={0}>
      <table className="table">
        <caption id="movements-caption" className="visually-hidden">
          Stock movements
        </caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Movement</th>
            <th scope="col" className="num">
              Quantity
            </th>
            <th scope="col" className="num col--optional">
              After
            </th>
            <th scope="col">Reason</th>
            <th scope="col" className="col--optional">
              By
            </th>
          </tr>
        </thead>
        <tbody>
          {movements.map((movement, index) => (
            <tr key={movement.id || index}>
              <td className="nowrap">
                <time dateTime={movement.occurredAt}>
                  {formatDateTime(movement.occurredAt, timeZone)}
                </time>
              </td>
              <td>
                <span className="cell-main">{MOVEMENT_TYPES[movement.type] ?? movement.type}</span>
                {movement.document && <span className="cell-sub">{movement.document}</span>}
              </td>
              <td className={movement.quantity < 0 ? 'num qty--out' : 'num qty--in'}>
                {formatSignedQuantity(movement.quantity)}
              </td>
              <td className="num col--optional">
                {movement.quantityAfter === null ? '' : formatQuantity(movement.quantityAfter)}
              </td>
              <td>
                {movement.reasonCode && <code className="action">{movement.reasonCode}</code>}
                {movement.note && <span className="cell-sub">{movement.note}</span>}
              </td>
              <td className="col--optional">{movement.actor}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
