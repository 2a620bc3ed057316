import { portalSectionId } from '../../shared/content/ids';
import { shownPortalUrl } from '../../shared/content/overrides';
import { PORTALS, type Portal } from '../../shared/content/portals';
import { useReferenceOverrides } from '../state/reference';
import { ExternalLink, HelpSection, OfflineNote, OverriddenMark } from './parts';
import { TaskFinder } from './TaskFinder';

function PortalCard({ portal }: { portal: Portal }) {
  const overrides = useReferenceOverrides();
  const url = shownPortalUrl(portal.id, overrides);
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
      {url.value ? (
        <>
          <p>
            <ExternalLink href={url.value}>Open the {portal.name} {portal.webPageName}</ExternalLink>
            <br />
            <span className="help-url">{url.value}</span> <OverriddenMark fact={url} />
          </p>
          {!url.overridden && url.source !== portal.source && <p className="source">Address source: {url.source}</p>}
        </>
      ) : (
        <p className="muted">The help documents give no address for this. Your practice can add it in Settings.</p>
      )}
    </HelpSection>
  );
}

/** The help home: which Office Ally portal is for which job. */
export function PortalsScreen() {
  return (
    <section aria-labelledby="portals-title">
      <h2 id="portals-title">Which Office Ally portal do I need?</h2>
      <p className="help-lead">
        One of the most frequent causes of login failure is attempting to access the wrong portal. Each service has its own login.
      </p>
      <OfflineNote />
      <TaskFinder />
      {PORTALS.map((portal) => (
        <PortalCard key={portal.id} portal={portal} />
      ))}
    </section>
  );
}
