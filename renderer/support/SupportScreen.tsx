import { shownSupportFacts } from '../../shared/content/overrides';
import { localizedSupport, SUPPORT } from '../../shared/content/support';
import { checkExternalLink } from '../../shared/links';
import { HelpSection, OfflineNote, OverriddenMark } from '../help/parts';
import { useContent, useT } from '../i18n/store';
import { WithNames } from '../ui/WithNames';
import { useReferenceOverrides } from '../state/reference';
import { ChannelHours, useSupportAvailability } from './SupportHours';
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
  const { text, channels } = localizedSupport(useContent());
  return (
    <section aria-labelledby="support-title">
      <h2 id="support-title">{t(m.title)}</h2>
      <p className="help-lead">{text.intro}</p>
      <OfflineNote />
      <p className="status-warn support-never">{t(m.never)}</p>
      <div className="support-grid">
        <HelpSection id="support-phone" title={channels.phoneName} source={SUPPORT.phone.source}>
          <p className="support-big">{facts.phone.value}</p>
          <OverriddenMark fact={facts.phone} />
          <p>
            {t(m.pressOption, { option: <strong className="support-option">{t(m.option, { option: facts.phoneOption.value })}</strong> })}{' '}
            <OverriddenMark fact={facts.phoneOption} />
          </p>
          <ChannelHours status={phone} />
        </HelpSection>
        <HelpSection id="support-chat" title={<WithNames text={channels.chatName} />} source={SUPPORT.phone.source}>
          <p>
            <WithNames text={text.chat} />
          </p>
          <ChannelHours status={chat} />
        </HelpSection>
      </div>
      <HelpSection id="support-email" title={channels.emailName} source={SUPPORT.infoEmail.source}>
        <p>{text.email}</p>
        <ul className="support-emails">
          <li>
            {t(m.supportAddress)} <EmailAddress address={facts.supportEmail.value ?? SUPPORT.supportEmail.value} /> <OverriddenMark fact={facts.supportEmail} />
          </li>
          <li>
            {t(m.infoAddress)} <EmailAddress address={SUPPORT.infoEmail.value} />
          </li>
        </ul>
        <p>{text.whatToInclude}</p>
      </HelpSection>
      <HelpSection id="support-mail" title={t(m.postal)} source={SUPPORT.postalAddress.source}>
        <p className="support-value">{SUPPORT.postalAddress.value}</p>
        <p className="hint">{text.postal}</p>
      </HelpSection>
    </section>
  );
}
