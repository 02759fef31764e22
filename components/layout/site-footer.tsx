import { LangRuns } from '@/components/ui/lang-runs';
import type { Catalogue } from '@/lib/catalogue';
import type { DatabaseFault } from '@/lib/catalogue/staleness';
import { publicationLine } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { FILE_PATHS } from '@/lib/paths';

/**
 * The source, what is inferred, and the catalogue version every answer was made from: the
 * production server reads `data-catalogue-version` off each page it keeps (lib/serve), and a
 * reader can cite it. While the database cannot be read (`fault`) the page says it may be out
 * of date.
 */
export function SiteFooter({
  locale,
  catalogue,
  fault,
}: {
  locale: Locale;
  catalogue: Catalogue;
  fault?: DatabaseFault;
}) {
  const { footer } = locale.messages;
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        {fault ? (
          <p className="stale-notice" role="status">
            {footer.stale(new Date(fault.since))}
          </p>
        ) : null}
        <p>
          <LangRuns
            lang={locale.lang}
            text={footer.source(publicationLine(locale, catalogue.source))}
          />
        </p>
        <p>{footer.inferred}</p>
        <p>
          <span data-catalogue-version={catalogue.version}>
            {footer.version(
              catalogue.version,
              locale.day(catalogue.source.ingestedAt.slice(0, 10)),
            )}
          </span>{' '}
          <a href={FILE_PATHS.dataPackage}>{footer.openData}</a> ·{' '}
          <a href={FILE_PATHS.api}>{footer.api}</a>
        </p>
      </div>
    </footer>
  );
}
