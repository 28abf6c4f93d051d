import { Link } from 'react-router';
import type { ProductSummary } from '../product-lookup';

export interface ProductCellProps {
  id: string;
  product: ProductSummary | null | undefined;
  /** Links the name to the product page. */
  link?: boolean;
}

/** A product's name and SKU in a table cell; its id while the name is loading. */
export function ProductCell({ id, product, link = false }: ProductCellProps) {
  if (product === undefined) {
    return <span className="cell-main muted">Loading…</span>;
  }
  if (product === null) {
    return (
      <>
        <span className="cell-main">Unknown product</span>
        <span className="cell-sub cell-id">{id}</span>
      </>
    );
  }
  return (
    <>
      {link ? (
        <Link className="cell-main" to={`/products/${encodeURIComponent(id)}`}>
          {product.name}
        </Link>
      ) : (
        <span className="cell-main">{product.name}</span>
      )}
      {product.sku && <span className="cell-sub">{product.sku}</span>}
    </>
  );
}
