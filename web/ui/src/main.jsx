import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { Header } from './Header.jsx';
import Home from './Home.jsx';
import './style.css';

// Each page but the first screen is its own chunk: GraphiQL (with Monaco,
// megabytes) loads only on /query, cytoscape only once an entity page has
// drawn its text.
const QueryPage = lazy(() => import('./QueryPage.jsx'));
const EntityPage = lazy(() => import('./EntityPage.jsx'));
const EventPage = lazy(() => import('./EventPage.jsx'));

// pageFor is the page of a path and the name its bar marks as current.
function pageFor(path) {
  if (path === '/query') return [QueryPage, 'query'];
  if (path === '/entity' || path.startsWith('/entity/')) return [EntityPage, 'entity'];
  if (path === '/event') return [EventPage, 'event'];
  return [Home, 'home'];
}

// While a page's chunk loads, its bar (navigation, search, token box) is
// already there.
function App() {
  const [Page, name] = pageFor(window.location.pathname);
  return (
    <Suspense
      fallback={
        <>
          <Header page={name} />
          <div className="loading">Loading…</div>
        </>
      }
    >
      <Page />
    </Suspense>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
