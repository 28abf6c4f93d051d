/**
 * The main navigation. Add a section by adding an entry here (and its route in
 * src/app/router.tsx); `audience` and `permission` decide who sees it.
 */
export interface NavItem {
  label: string;
  to: string;
  /** Where the entry points for a signed-in user, when different. */
  signedInTo?: string;
  /** Match the path exactly (for "/"), not as a prefix. */
  end?: boolean;
  audience: 'everyone' | 'signed-in' | 'signed-out';
  /** Only signed-in users with this permission see the entry. */
  permission?: string;
  /** One line about the section, shown with the shortcuts on the home page. */
  description?: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', to: '/', signedInTo: '/home', end: true, audience: 'everyone' },
  {
    label: 'Products',
    to: '/products',
    audience: 'signed-in',
    description: 'Find products by name, SKU or barcode; prices, VAT and pictures.',
  },
  {
    label: 'Stock',
    to: '/stock',
    end: true,
    audience: 'signed-in',
    description: 'What each branch holds, adjustments and stock history.',
  },
  {
    label: 'Low stock',
    to: '/stock/low',
    audience: 'signed-in',
    description: 'Products at or below their reorder level.',
  },
  {
    label: 'Transfers',
    to: '/stock/transfers',
    audience: 'signed-in',
    permission: 'inventory.transfer',
    description: 'Send stock between branches and receive it.',
  },
  {
    label: 'Stocktake',
    to: '/stock/counts',
    audience: 'signed-in',
    permission: 'inventory.count',
    description: 'Count a branch, see the variance, post corrections.',
  },
  {
    label: 'Purchasing',
    to: '/purchasing/orders',
    audience: 'signed-in',
    permission: 'purchasing.manage',
    description: 'Suppliers, purchase orders and receiving goods.',
  },
  {
    label: 'Branches',
    to: '/branches',
    audience: 'signed-in',
    description: 'Your shops and warehouses.',
  },
  {
    label: 'My account',
    to: '/account',
    audience: 'signed-in',
    description: 'Your details, password and two-step sign-in.',
  },
  {
    label: 'Users',
    to: '/admin/users',
    audience: 'signed-in',
    permission: 'users.manage',
    description: 'Add staff, change their roles and branches, disable accounts.',
  },
  {
    label: 'Roles',
    to: '/admin/roles',
    audience: 'signed-in',
    permission: 'users.manage',
    description: 'Decide what each role is allowed to do.',
  },
  {
    label: 'Audit trail',
    to: '/audit',
    audience: 'signed-in',
    permission: 'audit.read',
    description: 'Who changed what, when, and why.',
  },
  { label: 'Sign in', to: '/login', audience: 'signed-out' },
];

export function visibleNavItems(signedIn: boolean, permissions: readonly string[] = []): NavItem[] {
  return NAV_ITEMS.filter((item) => {
    if (item.audience !== 'everyone' && (item.audience === 'signed-in') !== signedIn) return false;
    return item.permission === undefined || (signedIn && permissions.includes(item.permission));
  });
}
