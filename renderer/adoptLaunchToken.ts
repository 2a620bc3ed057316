// Imported first by main.tsx so the token leaves the address bar before any other module runs.
import { adoptLaunchToken } from './launchToken';

adoptLaunchToken();
