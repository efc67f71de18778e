import '@refinedev/antd/dist/reset.css';
import '@ant-design/v5-patch-for-react-19';
import './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './focus.css';
import { startA11yPatches } from './a11y-patches';
import { App } from './app';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

startA11yPatches();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
