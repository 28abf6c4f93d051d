import { Link } from 'react-router';
import { formatNaira } from '@/lib/money';
import type { Category } from '../api/category';
import type { Product } from '../api/product';
import { unitSymbol, vatLabel } from '../units';

export interface ProductsTableProps {
  products: readonly Product[];
  categories: readonly Category[];
}

export function ProductsTable({ products, categories }: ProductsTableProps) {
  const paths = new Map(categories.map((c) => [c.id, c.path]));
  return (
    <div className="table-wrap" role="region" aria-labelledby="products-caption" tabIndex={0}>
      <table className="table">
        <caption id="products-caption" className="visually-hidden">
          Products
        </caption>
        <thead>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col">Name</th>
            <th scope="col" className="num">
              Price
            </th>
            <th scope="col">Unit</th>
            <th scope="col" className="col--optional">
              VAT
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id}>
              <td className="cell-id nowrap">{product.sku}</td>
              <th scope="row">
                <Link className="cell-main" to={`/products/${encodeURIComponent(product.id)}`}>
                  {product.name}
                </Link>
                {product.categoryId && paths.get(product.categoryId) && (
                  <span className="cell-sub">{paths.get(product.categoryId)}</span>
                )}
              </th>
              <td className="num nowrap">{formatNaira(product.priceKobo)}</td>
              <td>{unitSymbol(product.unit)}</td>
              <td className="col--optional nowrap">{vatLabel(product.vatClass)}</td>
              <td>
                <span className={product.active ? 'badge badge--ok' : 'badge badge--off'}>
                  {product.active ? 'Active' : 'Archived'}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
