// Must be the first import: configures zod before any schema can parse.
import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client';
import { installCrashReports } from './api/crash-report';
import { App } from './app/App';
import { setupI18n } from './i18n/setup';
import { localShelf } from './services/autosave/local-shelf';
import { SaveQueue } from './services/autosave/save-queue';
import { PlanChanges } from './services/plan-changes';
import './global.css';

const { api, bridge } = connect();
installCrashReports(api);
const services = { api, saves: new SaveQueue(api, undefined, localShelf(window.localStorage)), planChanges: new PlanChanges() };
const i18n = setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App services={services} bridge={bridge} i18n={i18n} />
  </StrictMode>,
);
