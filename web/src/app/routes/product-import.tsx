import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { ImportWizard } from '@/features/catalog/components/import-wizard';

export function ProductImportRoute() {
  return (
    <Page title="Import products" eyebrow="Catalogue">
      <p className="back-link">
        <Link to="/products">← All products</Link>
      </p>
      <ImportWizard />
    </Page>
  );
}
