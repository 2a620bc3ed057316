import { shownSupportFacts } from '../../shared/content/overrides';
import { localizedSupport, SUPPORT } from '../../shared/content/support';
import { checkExternalLink } from '../../shared/links';
import { HelpSection, OfflineNote, OverriddenMark } from '../help/parts';
import { useContent } from '../i18n/store';
import { WithNames } from '../ui/WithNames';
import { useReferenceOverrides } from '../state/reference';
import { ChannelHours, useSupportAvailability } from './SupportHours';
import '../help/help.css';
import './support.css';

function EmailAddress({ address }: { address: string }) {
  const href = `mailto:${address}`;
  // Only Office Ally's own addresses open the mail program; anything else is shown to copy.
  return checkExternalLink(href).ok ? (
    <a href={href} target="_blank" rel="noreferrer">
      {address}
    </a>
  ) : (
    <span className="support-value">{address}</span>
  );
}

/** How to reach Office Ally, whether phone and chat are open now, and what to tell them. */
export function SupportScreen() {
  const overrides = useReferenceOverrides();
  const facts = shownSupportFacts(overrides);
  const { phone, chat } = useSupportAvailability();
  const { text } = localizedSupport(useContent());
  return (
    <section aria-labelledby="support-title">
      <h2 id="support-title">Contact Office Ally support</h2>
      <p className="help-lead">{text.intro}</p>
      <OfflineNote />
      <p className="status-warn support-never">Never give your password — by phone, chat or email. Give your username and the exact error message.</p>
      <div className="support-grid">
        <HelpSection id="support-phone" title="Phone" source={SUPPORT.phone.source}>
          <p className="support-big">{facts.phone.value}</p>
          <OverriddenMark fact={facts.phone} />
          <p>
            For technical issues press <strong className="support-option">option {facts.phoneOption.value}</strong>. <OverriddenMark fact={facts.phoneOption} />
          </p>
          <ChannelHours status={phone} />
        </HelpSection>
        <HelpSection id="support-chat" title="Live Chat" source={SUPPORT.phone.source}>
          <p>
            <WithNames text={text.chat} />
          </p>
          <ChannelHours status={chat} />
        </HelpSection>
      </div>
      <HelpSection id="support-email" title="Email" source={SUPPORT.infoEmail.source}>
        <p>{text.email}</p>
        <ul className="support-emails">
          <li>
            Support: <EmailAddress address={facts.supportEmail.value ?? SUPPORT.supportEmail.value} /> <OverriddenMark fact={facts.supportEmail} />
          </li>
          <li>
            Information: <EmailAddress address={SUPPORT.infoEmail.value} />
          </li>
        </ul>
        <p>{text.whatToInclude}</p>
      </HelpSection>
      <HelpSection id="support-mail" title="Postal address" source={SUPPORT.postalAddress.source}>
        <p className="support-value">{SUPPORT.postalAddress.value}</p>
        <p className="hint">{text.postal}</p>
      </HelpSection>
    </section>
  );
}
