import { Link, Navigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { useSession } from '@/features/auth/components/use-session';
import { formatNaira } from '@/lib/money';

export function LandingRoute() {
  const session = useSession();
  const { info } = useAppInfo();
  if (session) return <Navigate to="/home" replace />;

  return (
    <Page title="Welcome to AstroAxis">
      <div className="grid">
        <section className="panel panel--feature" aria-labelledby="what-heading">
          <h2 id="what-heading">Point of sale and back office for small businesses</h2>
          <p>
            AstroAxis is an open-source system for Nigerian shops, pharmacies, supermarkets and
            restaurants: sell at the counter, keep stock under control, and see each day&apos;s
            takings in naira, from a tablet or an office PC.
          </p>
          <ul className="checklist">
            <li>Money is counted in whole kobo, so totals like {formatNaira(150000)} always add up.</li>
            <li>Installs like an app and opens even without a connection.</li>
            <li>Works on 7-inch Android tablets and older desktop PCs.</li>
          </ul>
          <p className="muted">
            This early version is the application shell; the sales, stock and report screens
            follow in coming versions.
          </p>
          <p className="actions">
            <Link className="btn btn--primary" to="/login">
              Sign in
            </Link>
          </p>
        </section>
        <section className="panel" aria-labelledby="about-heading">
          <h2 id="about-heading">This installation</h2>
          <dl className="facts">
            <dt>Business</dt>
            <dd>{info.companyName || 'Not yet known'}</dd>
            <dt>Currency</dt>
            <dd>
              {info.currencyCode} ({info.currencySymbol})
            </dd>
            <dt>Time zone</dt>
            <dd>{info.timezone}</dd>
            <dt>Version</dt>
            <dd>{info.version || 'Not yet known'}</dd>
          </dl>
        </section>
      </div>
    </Page>
  );
}
