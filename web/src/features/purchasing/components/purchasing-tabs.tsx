import { NavLink } from 'react-router';

/** Switches between purchase orders and suppliers. */
export function PurchasingTabs() {
  return (
    <nav className="tabs" aria-label="Purchasing">
      <NavLink className="tabs__link" to="/purchasing/orders">
        Purchase orders
      </NavLink>
      <NavLink className="tabs__link" to="/purchasing/suppliers">
        Suppliers
      </NavLink>
    </nav>
  );
}
