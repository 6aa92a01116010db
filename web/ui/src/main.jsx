import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import './style.css';

// GraphiQL (with Monaco) is large; the entity pages never load it.
const QueryPage = lazy(() => import('./QueryPage.jsx'));
const EntityPage = lazy(() => import('./EntityPage.jsx'));

function App() {
  const path = window.location.pathname;
  const Page = path === '/entity' || path.startsWith('/entity/') ? EntityPage : QueryPage;
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
