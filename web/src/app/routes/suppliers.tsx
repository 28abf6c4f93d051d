import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { listSuppliers, type Supplier } from '@/features/purchasing/api/supplier';
import { PurchasingTabs } from '@/features/purchasing/components/purchasing-tabs';
import { SupplierFormDialog } from '@/features/purchasing/components/supplier-form-dialog';
import { useResource } from '@/lib/use-resource';

export function SuppliersRoute() {
  const suppliers = useResource(listSuppliers);
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const onSaved = (supplier: Supplier) => {
    suppliers.update((list) =>
      [...list, supplier].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    );
    setSaved(`Supplier ${supplier.name} added.`);
    setCreating(false);
  };

  return (
    <Page title="Suppliers" eyebrow="Purchasing">
      <PurchasingTabs />
      <div className="toolbar">
        <p className="muted toolbar__text">The businesses you buy stock from.</p>
        <Button
          onClick={() => {
            setSaved(null);
            setCreating(true);
          }}
        >
          New supplier
        </Button>
      </div>
      {saved && (
        <div className="stack-gap">
          <Notice tone="success">{saved}</Notice>
        </div>
      )}
      {suppliers.state.status === 'loading' && <Notice>Loading suppliers…</Notice>}
      {suppliers.state.status === 'error' && (
        <ProblemNotice
          error={suppliers.state.error}
          fallback="The suppliers could not be loaded."
        />
      )}
      {suppliers.state.status === 'ready' &&
        (suppliers.state.data.length === 0 ? (
          <Notice>No suppliers yet.</Notice>
        ) : (
          <div className="table-wrap" role="region" aria-label="Suppliers" tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Phone</th>
                  <th scope="col" className="col--optional">
                    Email
                  </th>
                  <th scope="col" className="col--optional">
                    Address
                  </th>
                </tr>
              </thead>
              <tbody>
                {suppliers.state.data.map((supplier) => (
                  <tr key={supplier.id}>
                    <th scope="row">
                      <span className="cell-main">{supplier.name}</span>
                    </th>
                    <td>{supplier.phone || <span className="muted">–</span>}</td>
                    <td className="col--optional">
                      {supplier.email || <span className="muted">–</span>}
                    </td>
                    <td className="col--optional">
                      {supplier.address || <span className="muted">–</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {creating && <SupplierFormDialog onSaved={onSaved} onClose={() => setCreating(false)} />}
    </Page>
  );
}
