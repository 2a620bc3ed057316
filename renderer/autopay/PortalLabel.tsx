import type { OfficeAllyNameId } from '../../shared/content/officeAllyNames';
import { DEFAULT_LOCALE } from '../../shared/i18n/locales';
import type { Msg } from '../i18n/define';
import { useLocale, useT } from '../i18n/store';
import { OfficeAllyName } from '../ui/OfficeAllyName';

/**
 * A form label that is also the portal's: in English the portal's own words; in another language the
 * translation followed by the portal's English label ("Correo electrónico (Email Address)"), so the
 * user finds the same box on Office Ally's English page.
 */
export function PortalLabel({ message, portal }: { message: Msg; portal: OfficeAllyNameId }) {
  const t = useT();
  if (useLocale() === DEFAULT_LOCALE) return <OfficeAllyName name={portal} />;
  return (
    <>
      {t(message)} (<OfficeAllyName name={portal} />)
    </>
  );
}
