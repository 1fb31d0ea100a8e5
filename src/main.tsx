import './fonts/fonts.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadOpeningPanels } from './app/deferred-panels';
import { Shell } from './app/shell';
import { applyLanguage } from './i18n/i18n';
import { getView, startViewStore } from './url-state/view-store';

// The opening link is read (and its language applied) before the first render.
startViewStore({ applyLanguage });
preloadOpeningPanels(getView());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App>
        <Shell />
      </App>
    </StrictMode>,
  );
}
