import { portalSectionId } from '../../shared/content/ids';
import { localizedPortals, type Portal } from '../../shared/content/portals';
import { useContent, useT } from '../i18n/store';
import { portalsMessages as m } from './portalsMessages';
import { useShownPortalUrl } from '../state/reference';
import { ExternalLink, HelpSection, OfflineNote, OverriddenMark } from './parts';
import { TaskFinder } from './TaskFinder';
import { WINDOW_PORTAL_IDS, type WindowPortalId } from '../../shared/content/ids';
import { PortalWindowActions } from '../portals/PortalWindowActions';

/** Its own component: a changed address re-renders only this line, not the whole card. */
function PortalAddress({ portal }: { portal: Portal }) {
  const url = useShownPortalUrl(portal.id);
  const t = useT();
  const windowed = (WINDOW_PORTAL_IDS as readonly string[]).includes(portal.id);
  const actions = windowed && <PortalWindowActions portalId={portal.id as WindowPortalId} />;
  if (!url.value) return actions || <p className="muted">{t(m.noAddress)}</p>;
  return (
    <>
      {actions}
      <p>
        <ExternalLink href={url.value}>{t(m.openInBrowser, { portal: portal.name, page: portal.webPageName })}</ExternalLink>
        <br />
        <span className="help-url">{url.value}</span> <OverriddenMark fact={url} />
      </p>
      {!url.overridden && url.source !== portal.source && <p className="source">{t(m.addressSource, { source: url.source })}</p>}
    </>
  );
}

function PortalCard({ portal }: { portal: Portal }) {
  const t = useT();
  return (
    <HelpSection id={portalSectionId(portal.id)} title={portal.name} source={portal.source} className="help-portal">
      <p>{portal.purpose}</p>
      <h4>{t(m.typicalTasks)}</h4>
      <ul>
        {portal.typicalTasks.map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ul>
      <h4>{t(m.credentials)}</h4>
      <p>{portal.credentialNote}</p>
      <h4>{portal.webPageName[0]!.toUpperCase() + portal.webPageName.slice(1)}</h4>
      <PortalAddress portal={portal} />
    </HelpSection>
  );
}

/** The help home: which Office Ally portal is for which job. */
export function PortalsScreen() {
  const t = useT();
  const portals = localizedPortals(useContent());
  return (
    <section aria-labelledby="portals-title">
      <h2 id="portals-title">{t(m.title)}</h2>
      <p className="help-lead">{t(m.lead)}</p>
      <OfflineNote />
      <TaskFinder />
      {portals.map((portal) => (
        <PortalCard key={portal.id} portal={portal} />
      ))}
    </section>
  );
}
