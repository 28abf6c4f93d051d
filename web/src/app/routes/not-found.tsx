import { Link, useLocation } from 'react-router';
import { Page } from '@/components/ui/page';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <Page title="Page not found" narrow>
      <div className="panel">
        <p>
          There is no page at <code className="path">{pathname}</code>. It may have moved, or the
          address may have a typo.
        </p>
        <p className="actions">
          <Link className="btn btn--primary" to="/">
            Go to the home page
          </Link>
        </p>
      </div>
    </Page>
  );
}
