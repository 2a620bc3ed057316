import '../adoptLaunchToken';
import '../app/base.css';
import './toolbar.css';
import { createRoot } from 'react-dom/client';
import { activate, initialLocale, startLanguage } from '../i18n/store';
import { PortalToolbar } from './PortalToolbar';
import { windowIdFromAddress } from './useToolbarView';

// The toolbar above a portal window's page: its own small entry (renderer/toolbar.html), the same language as AllyDesk.
void activate(initialLocale()).catch(() => undefined);
void startLanguage().catch(() => undefined);
createRoot(document.getElementById('toolbar')!).render(<PortalToolbar windowId={windowIdFromAddress()} />);
