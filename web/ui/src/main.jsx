import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import Home from './Home.jsx';
import './style.css';

// Each page but the first screen is its own chunk: GraphiQL (with Monaco,
// megabytes) loads only on /query, cytoscape only once an entity page has
// drawn its text.
const QueryPage = lazy(() => import('./QueryPage.jsx'));
const EntityPage = lazy(() => import('./EntityPage.jsx'));
const EventPage = lazy(() => import('./EventPage.jsx'));

function pageFor(path) {
  if (path === '/query') return QueryPage;
  if (path === '/entity' || path.startsWith('/entity/')) return EntityPage;
  if (path === '/event') return EventPage;
  return Home;
}

function App() {
  const Page = pageFor(window.location.pathname);
  return (
    <Suspense fallback={<div className="loading">Loading…</div>}>
      <Page />
    </Suspense>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
