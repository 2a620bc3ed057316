import { portalSectionId } from '../../shared/content/ids';
import { PORTALS, type Portal } from '../../shared/content/portals';
import { useShownPortalUrl } from '../state/reference';
import { ExternalLink, HelpSection, OfflineNote, OverriddenMark } from './parts';
import { TaskFinder } from './TaskFinder';
import { WINDOW_PORTAL_IDS, type WindowPortalId } from '../../shared/content/ids';
import { PortalWindowActions } from '../portals/PortalWindowActions';

/** Its own component: a changed address re-renders only this line, not the whole card. */
function PortalAddress({ portal }: { portal: Portal }) {
  const url = useShownPortalUrl(portal.id);
  const windowed = (WINDOW_PORTAL_IDS as readonly string[]).includes(portal.id);
  const actions = windowed && <PortalWindowActions portalId={portal.id as WindowPortalId} />;
  if (!url.value) return actions || <p className="muted">The help documents give no address for this. Your practice can add it in Settings.</p>;
  return (
    <>
      {actions}
      <p>
        <ExternalLink href={url.value}>
          Open the {portal.name} {portal.webPageName} in your own browser
        </ExternalLink>
        <br />
        <span className="help-url">{url.value}</span> <OverriddenMark fact={url} />
      </p>
      {!url.overridden && url.source !== portal.source && <p className="source">Address source: {url.source}</p>}
    </>
  );
}

function PortalCard({ portal }: { portal: Portal }) {
  return (
    <HelpSection id={portalSectionId(portal.id)} title={portal.name} source={portal.source} className="help-portal">
      <p>{portal.purpose}</p>
      <h4>Typical tasks</h4>
      <ul>
        {portal.typicalTasks.map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ul>
      <h4>Username and password</h4>
      <p>{portal.credentialNote}</p>
      <h4>{portal.webPageName[0]!.toUpperCase() + portal.webPageName.slice(1)}</h4>
      <PortalAddress portal={portal} />
    </HelpSection>
  );
}

/** The help home: which Office Ally portal is for which job. */
export function PortalsScreen() {
  return (
    <section aria-labelledby="portals-title">
      <h2 id="portals-title">Which Office Ally portal do I need?</h2>
      <p className="help-lead">One of the most frequent causes of login failure is attempting to access the wrong portal. Each service has its own login.</p>
      <OfflineNote />
      <TaskFinder />
      {PORTALS.map((portal) => (
        <PortalCard key={portal.id} portal={portal} />
      ))}
    </section>
  );
}
