import { shownSupportFacts } from '../../shared/content/overrides';
import { SUPPORT, SUPPORT_TEXT } from '../../shared/content/support';
import { checkExternalLink } from '../../shared/links';
import { HelpSection, OfflineNote, OverriddenMark } from '../help/parts';
import { useReferenceOverrides } from '../state/reference';
import { ChannelHours, useSupportAvailability } from './SupportHours';
import { useT } from '../i18n/store';
import { supportMessages as m } from './messages';
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
  const t = useT();
  return (
    <section aria-labelledby="support-title">
      <h2 id="support-title">{t(m.title)}</h2>
      <p className="help-lead">{SUPPORT_TEXT.intro}</p>
      <OfflineNote />
      <p className="status-warn support-never">{t(m.never)}</p>
      <div className="support-grid">
        <HelpSection id="support-phone" title={t(m.phone)} source={SUPPORT.phone.source}>
          <p className="support-big">{facts.phone.value}</p>
          <OverriddenMark fact={facts.phone} />
          <p>
            {t(m.pressOption, { option: <strong className="support-option">{t(m.option, { option: facts.phoneOption.value })}</strong> })}{' '}
            <OverriddenMark fact={facts.phoneOption} />
          </p>
          <ChannelHours status={phone} />
        </HelpSection>
        <HelpSection id="support-chat" title={t(m.chat)} source={SUPPORT.phone.source}>
          <p>{SUPPORT_TEXT.chat}</p>
          <ChannelHours status={chat} />
        </HelpSection>
      </div>
      <HelpSection id="support-email" title={t(m.email)} source={SUPPORT.infoEmail.source}>
        <p>{SUPPORT_TEXT.email}</p>
        <ul className="support-emails">
          <li>
            {t(m.supportAddress)} <EmailAddress address={facts.supportEmail.value ?? SUPPORT.supportEmail.value} /> <OverriddenMark fact={facts.supportEmail} />
          </li>
          <li>
            {t(m.infoAddress)} <EmailAddress address={SUPPORT.infoEmail.value} />
          </li>
        </ul>
        <p>{SUPPORT_TEXT.whatToInclude}</p>
      </HelpSection>
      <HelpSection id="support-mail" title={t(m.postal)} source={SUPPORT.postalAddress.source}>
        <p className="support-value">{SUPPORT.postalAddress.value}</p>
        <p className="hint">{SUPPORT_TEXT.postal}</p>
      </HelpSection>
    </section>
  );
}
