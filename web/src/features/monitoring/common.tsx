/** Pieces shared by the monitoring screens: who may use them, the section menu, dates and published counts. */
import { NavLink } from 'react-router-dom';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/i18n';
import type { Cell } from './types';

/** Programmes and indicators: programme managers and evaluators (grants: programme.read, indicator.read). */
export const MONITORING_ROLES = ['programmeManager', 'evaluator'] as const;
/** Fidelity reviews are also read by the job coaches of the team under review (grant fidelity.read). */
export const FIDELITY_ROLES = ['programmeManager', 'evaluator', 'jobCoach'] as const;

export function useMonitoringAccess(): {
  monitoring: boolean;
  fidelity: boolean;
  manager: boolean;
  evaluator: boolean;
} {
  const { hasRole } = useSession();
  return {
    monitoring: MONITORING_ROLES.some((r) => hasRole(r)),
    fidelity: FIDELITY_ROLES.some((r) => hasRole(r)),
    manager: hasRole('programmeManager'),
    evaluator: hasRole('evaluator'),
  };
}

/** The three parts of monitoring, as a small menu under the page heading (aria-current on the open part). */
export function MonitoringNav() {
  const { t } = useI18n();
  const access = useMonitoringAccess();
  return (
    <nav aria-label={t('monitoring.nav.label')} className="meedoen-monitoring-nav">
      <ul>
        {access.monitoring ? (
          <>
            <li>
              <NavLink to="/monitoring" end className="utrecht-link">
                {t('monitoring.programmes.title')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/monitoring/cijfers" className="utrecht-link">
                {t('monitoring.dashboard.title')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/monitoring/effecten" className="utrecht-link">
                {t('monitoring.effects.nav')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/monitoring/aanpakken" className="utrecht-link">
                {t('monitoring.approaches.nav')}
              </NavLink>
            </li>
            {access.evaluator ? (
              <li>
                <NavLink to="/monitoring/onderzoek" className="utrecht-link">
                  {t('monitoring.research.nav')}
                </NavLink>
              </li>
            ) : null}
          </>
        ) : null}
        <li>
          <NavLink to="/monitoring/modelgetrouwheid" className="utrecht-link">
            {t('monitoring.fidelity.title')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** A calendar date (yyyy-mm-dd) as people write it: "2 dec. 2026" / "2 Dec 2026". */
export function formatDay(day: string, lang: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
}

/** A period "1 jan. 2026 – 31 dec. 2026", or "from 1 Jan 2026" without an end. */
export function formatPeriod(
  from: string,
  to: string | null,
  lang: string,
  t: ReturnType<typeof useI18n>['t'],
): string {
  return to
    ? t('monitoring.period', { from: formatDay(from, lang), to: formatDay(to, lang) })
    : t('monitoring.periodOpen', { from: formatDay(from, lang) });
}

/** A number in the UI language ("12,5" / "12.5"). */
export function formatNumber(n: number, lang: string, digits = 1): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits }).format(n);
}

/**
 * A published count in a table cell: the number, or "< 10" / "x" with the reason as a tooltip-free
 * visually hidden text, so a screen reader hears why (the note under the table says it to everyone).
 */
export function CellValue({ cell }: { cell: Cell }) {
  const { t, lang } = useI18n();
  if (!cell.suppressed) {
    // Thousands grouped as the reader's language writes them (12.345 / 12,345).
    return <>{cell.value !== null ? formatNumber(cell.value, lang, 0) : cell.display}</>;
  }
  return (
    <>
      <span aria-hidden="true">{cell.display}</span>
      <span className="meedoen-visually-hidden">
        {cell.status === 'primary'
          ? t('monitoring.cell.primary', { threshold: cell.display.replace(/^<\s*/, '') })
          : t('monitoring.cell.secondary')}
      </span>
    </>
  );
}

/**
 * "Download this table" as Excel and CSV: the API builds the file with the same hidden numbers.
 * @param path - the export's API path with its query, without `format` (e.g. `/monitoring/team-norms/export?…`)
 */
/**
 * `lead` replaces the words before the links ("Deze tabel downloaden, …") where what is downloaded is not
 * one table.
 */
export function DownloadLinks({ path, what, lead }: { path: string; what: string; lead?: string }) {
  const { t } = useI18n();
  const sep = path.endsWith('?') ? '' : path.includes('?') ? '&' : '?';
  // Each link says which table it downloads (several tables on one page; WCAG 2.4.4); the name starts with
  // the visible text (2.5.3).
  const xlsx = t('monitoring.dashboard.downloadXlsx');
  const csv = t('monitoring.dashboard.downloadCsv');
  return (
    <p className="meedoen-monitoring-downloads">
      <span>{lead ?? t('monitoring.dashboard.download')}</span>{' '}
      <a className="utrecht-link" href={`/api/v1${path}${sep}format=xlsx`} download aria-label={`${xlsx}: ${what}`}>
        {xlsx}
      </a>{' '}
      <a className="utrecht-link" href={`/api/v1${path}${sep}format=csv`} download aria-label={`${csv}: ${what}`}>
        {csv}
      </a>
    </p>
  );
}
