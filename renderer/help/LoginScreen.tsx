import { DESKTOP_LOGIN, MOBILE_INTRO, MOBILE_TIPS, PRACTICE_MATE_LOGIN, PRACTICE_MATE_LOGIN_URL, type Procedure } from '../../shared/content/login';
import { SEED_FILES } from '../../shared/content/sources';
import { TROUBLE_ARTICLES } from '../../shared/content/troubleArticles';
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
              {step.text}
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
  return (
    <section aria-labelledby="login-title">
      <h2 id="login-title">Logging in to Office Ally</h2>
      <OfflineNote />
      <ProcedureSection procedure={PRACTICE_MATE_LOGIN} />
      <ProcedureSection procedure={DESKTOP_LOGIN} />
      <HelpSection id="login-mobile" title="Phones and tablets" source={SEED_FILES.loginArticle}>
        <p>{MOBILE_INTRO}</p>
        <ul>
          {MOBILE_TIPS.map((tip) => (
            <li key={tip.id}>
              <strong>{tip.title}:</strong> {tip.text}
            </li>
          ))}
        </ul>
      </HelpSection>
      <h2 className="help-subhead">Fixing common login errors</h2>
      {TROUBLE_ARTICLES.map((article) => (
        <HelpSection key={article.id} id={article.id} title={article.title} source={article.source}>
          {article.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </HelpSection>
      ))}
    </section>
  );
}
