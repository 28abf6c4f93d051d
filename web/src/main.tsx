import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorker } from './features/pwa/register-service-worker';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('AstroAxis: #root element missing from index.html');
createRoot(container).render(<App />);

// Only the production build has a service worker; in development it would cache stale code.
if (import.meta.env.PROD) registerServiceWorker('/sw.js');
