import { PASSWORD_RESET_VIDEO_URL } from '../../shared/content/login';
import { localizedPasswordTopics } from '../../shared/content/password';
import { ExternalLink, HelpSection, OfflineNote } from './parts';
import { QrCode } from './QrCode';
import { useContent, useT } from '../i18n/store';
import { WithNames } from '../ui/WithNames';
import { loginMessages as m } from './portalsMessages';

/** Forgotten username or password, the reset video (with a QR code for a phone), cache and cookies. */
export function PasswordScreen() {
  const t = useT();
  const topics = localizedPasswordTopics(useContent());
  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{t(m.passwordTitle)}</h2>
      <OfflineNote />
      {topics.map((topic) => (
        <HelpSection
          key={topic.id}
          id={topic.id}
          title={topic.title}
          source={topic.source}
          className={topic.url?.href === PASSWORD_RESET_VIDEO_URL ? 'help-with-qr' : undefined}
        >
          <div className="help-topic-body">
            <div>
              {topic.paragraphs.map((paragraph) => (
                <p key={paragraph}>
                  <WithNames text={paragraph} />
                </p>
              ))}
              {topic.url && (
                <p>
                  <ExternalLink href={topic.url.href}>{topic.url.label}</ExternalLink>
                  <br />
                  <span className="help-url">{topic.url.href}</span>
                </p>
              )}
            </div>
            {topic.url?.href === PASSWORD_RESET_VIDEO_URL && <QrCode url={PASSWORD_RESET_VIDEO_URL} alt={t(m.qrAlt)} />}
          </div>
        </HelpSection>
      ))}
    </section>
  );
}
