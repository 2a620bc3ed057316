import { localizedDashboard } from '../../shared/content/dashboard';
import { localizedSecurity } from '../../shared/content/security';
import { useContent } from '../i18n/store';
import { WithNames } from '../ui/WithNames';
import { HelpSection } from './parts';

/** Security best practices, and the Service Center / Practice Mate tools to know after login. */
export function SecurityScreen() {
  const content = useContent();
  const security = localizedSecurity(content);
  const dashboard = localizedDashboard(content);
  return (
    <section aria-labelledby="security-title">
      <h2 id="security-title">Security best practices</h2>
      <p className="help-lead">{security.intro}</p>
      {security.items.map((practice) => (
        <HelpSection key={practice.id} id={practice.id} title={practice.title} source={practice.source}>
          <p>{practice.text}</p>
        </HelpSection>
      ))}
      <h2 className="help-subhead">After you log in: dashboard tools</h2>
      <p className="help-lead">{dashboard.intro}</p>
      {dashboard.items.map((tool) => (
        <HelpSection key={tool.id} id={tool.id} title={<WithNames text={tool.title} />} source={tool.source}>
          <p>
            <WithNames text={tool.text} />
          </p>
        </HelpSection>
      ))}
    </section>
  );
}
