/**
 * The user's own caseload in numbers, above the Werkvoorraad: running trajectories, the IPS caseload
 * norm (at most 20 per job coach, IPS Fidelity Scale "caseload size") and the two signals. Each number
 * is a link that filters the list below. Signals are live hints to look at, never blocks
 * (docs/domain/indicators.md).
 */
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { PHASES, type CaseloadSignal, type CaseloadSummary } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';

/** The caseload URL for "my participants", optionally in one phase or with one signal. */
export function summaryLink(filter: { phase?: string; signal?: CaseloadSignal }): string {
  const out = new URLSearchParams();
  if (filter.phase) {
    out.set('phase', filter.phase);
  }
  out.set('mine', '1');
  if (filter.signal) {
    out.set('signal', filter.signal);
  }
  return `/deelnemers?${out.toString()}`;
}

/** Where the IPS caseload stands against the norm: above, on or below it. */
export function ipsPosition(s: Pick<CaseloadSummary, 'ipsActive' | 'ipsNorm'>): 'above' | 'at' | 'below' {
  return s.ipsActive > s.ipsNorm ? 'above' : s.ipsActive === s.ipsNorm ? 'at' : 'below';
}

function SignalLine({ signal, count }: { signal: CaseloadSignal; count: number }) {
  const { t } = useI18n();
  const one = count === 1 ? 'One' : '';
  if (count === 0) {
    return <li>{t(`caseload.summary.${signal}.none` as MessageKey)}</li>;
  }
  return (
    <li>
      <RouterLink to={summaryLink({ signal })} className="utrecht-link meedoen-summary__number">
        {t(`caseload.summary.people${one}` as MessageKey, { count })}
      </RouterLink>{' '}
      {t(`caseload.summary.${signal}${one}` as MessageKey)}
    </li>
  );
}

export function CaseloadSummaryPanel() {
  const { t } = useI18n();
  const [summary, setSummary] = useState<CaseloadSummary | null>(null);
  useEffect(() => {
    // The numbers are a help, not the page: when they cannot be loaded the list still works.
    api<CaseloadSummary>('GET', '/caseload-summary')
      .then(setSummary)
      .catch(() => setSummary(null));
  }, []);
  if (!summary || summary.active === 0) {
    return null;
  }
  const phases = PHASES.filter((p) => (summary.byPhase[p] ?? 0) > 0);
  const position = ipsPosition(summary);
  return (
    <section aria-labelledby="caseload-summary" className="meedoen-summary">
      <Heading level={2} id="caseload-summary">
        {t('caseload.summary.title')}
      </Heading>
      <ul className="meedoen-summary__list">
        <li>
          <RouterLink to={summaryLink({})} className="utrecht-link meedoen-summary__number">
            {summary.active === 1
              ? t('caseload.summary.activeOne')
              : t('caseload.summary.active', { count: summary.active })}
          </RouterLink>{' '}
          {t('caseload.summary.activeRest')}
          {summary.ipsActive > 0 ? (
            <>
              {' '}
              {t(`caseload.summary.ips.${position}` as MessageKey, { ips: summary.ipsActive, norm: summary.ipsNorm })}
              {position === 'above' ? <span className="meedoen-tag">{t('caseload.summary.aboveNorm')}</span> : null}
            </>
          ) : null}
        </li>
        <SignalLine signal="noEmployerContact30" count={summary.noEmployerContact30} />
        <SignalLine signal="noSupportContact30" count={summary.noSupportContact30} />
      </ul>
      {phases.length > 0 ? (
        <div className="meedoen-summary__phases">
          <span>{t('caseload.summary.byPhase')}</span>
          <ul>
            {phases.map((p) => (
              <li key={p}>
                <RouterLink to={summaryLink({ phase: p })} className="utrecht-link">
                  {t('caseload.summary.phaseCount', {
                    phase: t(`phase.${p}` as MessageKey),
                    count: summary.byPhase[p] ?? 0,
                  })}
                </RouterLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Paragraph small>{t('caseload.summary.hint')}</Paragraph>
    </section>
  );
}
