import { PASSWORD_RESET_VIDEO_URL } from '../../shared/content/login';
import { PASSWORD_TOPICS } from '../../shared/content/password';
import { ExternalLink, HelpSection, OfflineNote } from './parts';
import { QrCode } from './QrCode';

/** Forgotten username or password, the reset video (with a QR code for a phone), cache and cookies. */
export function PasswordScreen() {
  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">Forgot your password?</h2>
      <OfflineNote />
      {PASSWORD_TOPICS.map((topic) => (
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
                <p key={paragraph}>{paragraph}</p>
              ))}
              {topic.url && (
                <p>
                  <ExternalLink href={topic.url.href}>{topic.url.label}</ExternalLink>
                  <br />
                  <span className="help-url">{topic.url.href}</span>
                </p>
              )}
            </div>
            {topic.url?.href === PASSWORD_RESET_VIDEO_URL && (
              <QrCode url={PASSWORD_RESET_VIDEO_URL} alt="QR code: scan with your phone to open the 2-minute password reset video" />
            )}
          </div>
        </HelpSection>
      ))}
    </section>
  );
}
