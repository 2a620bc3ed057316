import {
  DESKTOP_LOGIN,
  localizedMobileTips,
  localizedProcedure,
  PRACTICE_MATE_LOGIN,
  PRACTICE_MATE_LOGIN_URL,
  type Procedure,
} from '../../shared/content/login';
import { SEED_FILES } from '../../shared/content/sources';
import { localizedTroubleArticles } from '../../shared/content/troubleArticles';
import { useContent, useT } from '../i18n/store';
import { WithNames } from '../ui/WithNames';
import { loginMessages as m } from './portalsMessages';
import { useShownPortalUrl } from '../state/reference';
import { ExternalLink, HelpSection, OfflineNote, OverriddenMark } from './parts';

function ProcedureSection({ procedure }: { procedure: Procedure }) {
  const loginUrl = useShownPortalUrl('practice-mate');
  return (
    <HelpSection id={procedure.id} title={procedure.title} source={procedure.source}>
      {procedure.intro && <p>{procedure.intro}</p>}
      <ol className="help-steps">
        {procedure.steps.map((step) => {
          // Step 1 points at the Practice Mate login page, which a practice may have changed in Settings.
          const isLoginPage = step.url === PRACTICE_MATE_LOGIN_URL;
          const href = isLoginPage ? (loginUrl.value ?? step.url) : step.url;
          return (
            <li key={step.text}>
              <WithNames text={step.text} />
              {href && (
                <>
                  {' '}
                  <ExternalLink href={href}>{href}</ExternalLink>
                  {isLoginPage && <OverriddenMark fact={loginUrl} />}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </HelpSection>
  );
}

/** Login help: Practice Mate's ten steps, the general desktop procedure, phones and tablets, common errors. */
export function LoginScreen() {
  const t = useT();
  const content = useContent();
  const mobile = localizedMobileTips(content);
  return (
    <section aria-labelledby="login-title">
      <h2 id="login-title">{t(m.title)}</h2>
      <OfflineNote />
      <ProcedureSection procedure={localizedProcedure(PRACTICE_MATE_LOGIN, content)} />
      <ProcedureSection procedure={localizedProcedure(DESKTOP_LOGIN, content)} />
      <HelpSection id="login-mobile" title={t(m.mobile)} source={SEED_FILES.loginArticle}>
        <p>{mobile.intro}</p>
        <ul>
          {mobile.tips.map((tip) => (
            <li key={tip.id}>
              <strong>{tip.title}:</strong> <WithNames text={tip.text} />
            </li>
          ))}
        </ul>
      </HelpSection>
      <h2 className="help-subhead">{t(m.commonErrors)}</h2>
      {localizedTroubleArticles(content).map((article) => (
        <HelpSection key={article.id} id={article.id} title={article.title} source={article.source}>
          {article.paragraphs.map((paragraph) => (
            <p key={paragraph}>
              <WithNames text={paragraph} />
            </p>
          ))}
        </HelpSection>
      ))}
    </section>
  );
}
