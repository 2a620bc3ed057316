import { DASHBOARD_INTRO, DASHBOARD_TOOLS } from '../../shared/content/dashboard';
import { SECURITY_INTRO, SECURITY_PRACTICES } from '../../shared/content/security';
import { HelpSection } from './parts';

/** Security best practices, and the Service Center / Practice Mate tools to know after login. */
export function SecurityScreen() {
  return (
    <section aria-labelledby="security-title">
      <h2 id="security-title">Security best practices</h2>
      <p className="help-lead">{SECURITY_INTRO}</p>
      {SECURITY_PRACTICES.map((practice) => (
        <HelpSection key={practice.id} id={practice.id} title={practice.title} source={practice.source}>
          <p>{practice.text}</p>
        </HelpSection>
      ))}
      <h2 className="help-subhead">After you log in: dashboard tools</h2>
      <p className="help-lead">{DASHBOARD_INTRO}</p>
      {DASHBOARD_TOOLS.map((tool) => (
        <HelpSection key={tool.id} id={tool.id} title={tool.title} source={tool.source}>
          <p>{tool.text}</p>
        </HelpSection>
      ))}
    </section>
  );
}
