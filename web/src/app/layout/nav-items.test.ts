import { describe, expect, it } from 'vitest';
import { visibleNavItems } from './nav-items';

const labels = (signedIn: boolean, permissions: string[] = []) =>
  visibleNavItems(signedIn, permissions).map((item) => item.label);

const EVERYONE = ['Home', 'Products', 'Stock', 'Low stock', 'Branches', 'My account'];

describe('visibleNavItems', () => {
  it('offers Home and Sign in when signed out, whatever permissions are passed', () => {
    expect(labels(false, ['users.manage', 'audit.read', 'inventory.transfer'])).toEqual([
      'Home',
      'Sign in',
    ]);
  });

  it('shows products, stock and branches to every signed-in user, and nothing that needs a permission', () => {
    expect(labels(true)).toEqual(EVERYONE);
    expect(labels(true, ['sales.sell', 'catalog.write', 'inventory.adjust'])).toEqual(EVERYONE);
  });

  it('shows sections by permission when signed in', () => {
    expect(labels(true, ['audit.read'])).toEqual([...EVERYONE, 'Audit trail']);
    expect(labels(true, ['users.manage'])).toEqual([...EVERYONE, 'Users', 'Roles']);
    expect(labels(true, ['inventory.transfer'])).toContain('Transfers');
    expect(labels(true, ['inventory.count'])).toContain('Stocktake');
    expect(labels(true, ['purchasing.manage'])).toContain('Purchasing');
    expect(labels(true, ['inventory.transfer', 'inventory.count', 'purchasing.manage'])).toEqual([
      'Home',
      'Products',
      'Stock',
      'Low stock',
      'Transfers',
      'Stocktake',
      'Purchasing',
      'Branches',
      'My account',
    ]);
  });
});
