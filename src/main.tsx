import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { startApp } from './app/start-app';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root');
startApp();
// Panels catch their own errors and say so on screen (PanelBoundary logs a warning); only errors
// nothing caught are reported as errors.
createRoot(root, { onCaughtError: () => undefined }).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
