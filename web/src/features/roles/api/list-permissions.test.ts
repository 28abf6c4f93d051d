import { describe, expect, it } from 'vitest';
import { groupByModule } from './list-permissions';

describe('groupByModule', () => {
  it('groups permission codes by the text before the dot, sorted', () => {
    const groups = groupByModule([
      { code: 'sales.sell', description: '' },
      { code: 'audit.read', description: '' },
      { code: 'sales.refund', description: '' },
      { code: 'backup', description: '' },
    ]);
    expect(groups.map(([module, list]) => [module, list.map((p) => p.code)])).toEqual([
      ['audit', ['audit.read']],
      ['backup', ['backup']],
      ['sales', ['sales.refund', 'sales.sell']],
    ]);
  });
});
