import type { ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { RequirePermission } from '@/features/auth/components/require-permission';
import { AppLayout } from './layout/app-layout';
import { AccountRoute } from './routes/account';
import { AuditRoute } from './routes/audit';
import { BranchesRoute } from './routes/branches';
import { ForgotPasswordRoute } from './routes/forgot-password';
import { HomeRoute } from './routes/home';
import { LandingRoute } from './routes/landing';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { ProductRoute } from './routes/product';
import { ProductImportRoute } from './routes/product-import';
import { ProductsRoute } from './routes/products';
import { PurchaseOrderRoute } from './routes/purchase-order';
import { NewPurchaseOrderRoute } from './routes/purchase-order-new';
import { PurchaseOrdersRoute } from './routes/purchase-orders';
import { RolesRoute } from './routes/roles';
import { StockRoute } from './routes/stock';
import { LowStockRoute } from './routes/stock-low';
import { StockMovementsRoute } from './routes/stock-movements';
import { StocktakeRoute } from './routes/stocktake';
import { StocktakesRoute } from './routes/stocktakes';
import { SuppliersRoute } from './routes/suppliers';
import { TransferRoute } from './routes/transfer';
import { NewTransferRoute } from './routes/transfer-new';
import { TransfersRoute } from './routes/transfers';
import { UsersRoute } from './routes/users';

/**
 * All client-side routes (patterns; `:id` is any id). The server must answer each of these
 * paths (and any other non-API path) with index.html so that deep links and reloads work.
 */
export const APP_ROUTES = [
  '/',
  '/login',
  '/forgot-password',
  '/home',
  '/account',
  '/admin/users',
  '/admin/roles',
  '/audit',
  '/products',
  '/products/new',
  '/products/import',
  '/products/:id',
  '/stock',
  '/stock/low',
  '/stock/movements',
  '/stock/transfers',
  '/stock/transfers/new',
  '/stock/transfers/:id',
  '/stock/counts',
  '/stock/counts/:id',
  '/purchasing/orders',
  '/purchasing/orders/new',
  '/purchasing/orders/:id',
  '/purchasing/suppliers',
  '/branches',
] as const;

function SignedIn() {
  return (
    <RequireAuth>
      <Outlet />
    </RequireAuth>
  );
}

function guarded(permission: string, element: ReactNode) {
  return <RequirePermission permission={permission}>{element}</RequirePermission>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<LandingRoute />} />
        <Route path="login" element={<LoginRoute />} />
        <Route path="forgot-password" element={<ForgotPasswordRoute />} />
        <Route element={<SignedIn />}>
          <Route path="home" element={<HomeRoute />} />
          <Route path="account" element={<AccountRoute />} />
          <Route path="admin/users" element={guarded('users.manage', <UsersRoute />)} />
          <Route path="admin/roles" element={guarded('users.manage', <RolesRoute />)} />
          <Route path="audit" element={guarded('audit.read', <AuditRoute />)} />
          <Route path="products" element={<ProductsRoute />} />
          <Route path="products/new" element={guarded('catalog.write', <ProductRoute />)} />
          <Route
            path="products/import"
            element={guarded('catalog.write', <ProductImportRoute />)}
          />
          <Route path="products/:id" element={<ProductRoute />} />
          <Route path="stock" element={<StockRoute />} />
          <Route path="stock/low" element={<LowStockRoute />} />
          <Route path="stock/movements" element={<StockMovementsRoute />} />
          <Route
            path="stock/transfers"
            element={guarded('inventory.transfer', <TransfersRoute />)}
          />
          <Route
            path="stock/transfers/new"
            element={guarded('inventory.transfer', <NewTransferRoute />)}
          />
          <Route
            path="stock/transfers/:id"
            element={guarded('inventory.transfer', <TransferRoute />)}
          />
          <Route path="stock/counts" element={guarded('inventory.count', <StocktakesRoute />)} />
          <Route path="stock/counts/:id" element={guarded('inventory.count', <StocktakeRoute />)} />
          <Route path="purchasing" element={<Navigate to="/purchasing/orders" replace />} />
          <Route
            path="purchasing/orders"
            element={guarded('purchasing.manage', <PurchaseOrdersRoute />)}
          />
          <Route
            path="purchasing/orders/new"
            element={guarded('purchasing.manage', <NewPurchaseOrderRoute />)}
          />
          <Route
            path="purchasing/orders/:id"
            element={guarded('purchasing.manage', <PurchaseOrderRoute />)}
          />
          <Route
            path="purchasing/suppliers"
            element={guarded('purchasing.manage', <SuppliersRoute />)}
          />
          <Route path="branches" element={<BranchesRoute />} />
        </Route>
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
