/**
 * Kwaliteitschecks: per team of an organisation the planned checks (with a mark when the date has
 * passed) and the recorded ones with outcome, score, findings and follow-up, and the fidelity review it
 * was when there is one. Those the API allows (`permissions.manage`) plan a check and record its outcome;
 * a fidelity check can be linked to one of the organisation's fidelity reviews, when they may read those.
 */
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { useSession } from '../../app/session';
import type { Approach, Membership } from '../../lib/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { TextareaField } from '../participants/ParticipantFields';
import { formatDate, todayInNl } from '../participants/dates';
import { usePointerForm } from './form';
import { LearningNetworkNav, qualityCheckOrganisations } from './LearningNetworkNav';
import { CHECK_KINDS, OUTCOMES, type FidelityReviewSummary, type QualityCheck } from './types';
import './learning-network.css';

interface CheckList {
  items: QualityCheck[];
  permissions: { manage: boolean };
}

/** The checks per team, teams in alphabetical order; within a team planned first (soonest first), then done (latest first). */
export function checksByTeam(items: QualityCheck[]): { team: string; planned: QualityCheck[]; done: QualityCheck[] }[] {
  const teams = new Map<string, QualityCheck[]>();
  for (const c of items) {
    teams.set(c.teamName, [...(teams.get(c.teamName) ?? []), c]);
  }
  return [...teams]
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([team, checks]) => ({
      team,
      planned: checks.filter((c) => c.performedOn === null).sort((a, b) => a.plannedOn.localeCompare(b.plannedOn)),
      done: checks
        .filter((c) => c.performedOn !== null)
        .sort((a, b) => (b.performedOn ?? '').localeCompare(a.performedOn ?? '')),
    }));
}

/** A score typed by a person: empty is no score, otherwise a number with a comma or a point. */
function parseScore(text: string): number | null | undefined {
  const s = text.trim().replace(',', '.');
  if (s === '') {
    return null;
  }
  return /^\d{1,5}(\.\d)?$/.test(s) ? Number(s) : undefined;
}

function PlanForm({
  organisationId,
  teams,
  onSaved,
  onCancel,
}: {
  organisationId: string;
  teams: string[];
  onSaved: (c: QualityCheck) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = usePointerForm('plan-');
  const approaches = useApiData<{ items: Approach[] }>('/approaches');
  const [v, setV] = useState({
    teamName: teams[0] ?? '',
    kind: 'fidelityReview',
    approachCode: '',
    plannedOn: '',
    reviewer: '',
  });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            onSaved(
              await api<QualityCheck>('POST', '/quality-checks', {
                organisationId,
                teamName: v.teamName.trim(),
                kind: v.kind,
                approachCode: v.approachCode || null,
                plannedOn: v.plannedOn,
                reviewer: v.reviewer.trim(),
              }),
            );
          });
        }}
      >
        <TextField
          id="plan-teamName"
          label={t('learningNetwork.check.team')}
          description={teams.length > 0 ? t('learningNetwork.check.teamHint', { teams: teams.join(', ') }) : undefined}
          value={v.teamName}
          onChange={(teamName) => setV({ ...v, teamName })}
          error={form.error('teamName')}
          required
        />
        <SelectField
          id="plan-kind"
          label={t('learningNetwork.check.kind')}
          value={v.kind}
          onChange={(kind) => setV({ ...v, kind })}
          error={form.error('kind')}
          options={CHECK_KINDS.map((k) => ({ value: k, label: t(`learningNetwork.checkKind.${k}` as MessageKey) }))}
        />
        {approaches.data ? (
          <SelectField
            id="plan-approachCode"
            label={t('learningNetwork.check.approach')}
            value={v.approachCode}
            onChange={(approachCode) => setV({ ...v, approachCode })}
            error={form.error('approachCode')}
            placeholder={t('learningNetwork.check.noApproach')}
            options={approaches.data.items.filter((a) => a.active).map((a) => ({ value: a.code, label: a.name }))}
          />
        ) : null}
        <TextField
          id="plan-plannedOn"
          type="date"
          label={t('learningNetwork.check.plannedOn')}
          value={v.plannedOn}
          onChange={(plannedOn) => setV({ ...v, plannedOn })}
          error={form.error('plannedOn')}
          required
        />
        <TextField
          id="plan-reviewer"
          label={t('learningNetwork.check.reviewer')}
          description={t('learningNetwork.check.reviewerHint')}
          value={v.reviewer}
          onChange={(reviewer) => setV({ ...v, reviewer })}
          error={form.error('reviewer')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {t('learningNetwork.check.planSave')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('learningNetwork.formCancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function RecordForm({
  check,
  reviews,
  onSaved,
  onCancel,
}: {
  check: QualityCheck;
  /** The organisation's fidelity reviews, or null when the user may not read them. */
  reviews: FidelityReviewSummary[] | null;
  onSaved: (c: QualityCheck) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const prefix = `record-${check.id}-`;
  const form = usePointerForm(prefix);
  const [v, setV] = useState({
    performedOn: todayInNl(),
    outcome: '',
    reviewer: check.reviewer,
    score: '',
    maxScore: '',
    findings: '',
    followUp: '',
    fidelityReviewId: '',
  });
  const linkable = check.kind === 'fidelityReview' && reviews !== null && reviews.length > 0;
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const score = parseScore(v.score);
          const maxScore = parseScore(v.maxScore);
          const local: Record<string, string> = {};
          if (!v.outcome) {
            local.outcome = t('learningNetwork.check.chooseOutcome');
          }
          if (score === undefined) {
            local.score = t('learningNetwork.check.scoreNumber');
          }
          if (maxScore === undefined) {
            local.maxScore = t('learningNetwork.check.scoreNumber');
          }
          void form.submit(async () => {
            onSaved(
              await api<QualityCheck>('PUT', `/quality-checks/${check.id}/result`, {
                performedOn: v.performedOn,
                outcome: v.outcome,
                reviewer: v.reviewer.trim(),
                score,
                maxScore,
                findings: v.findings.trim(),
                followUp: v.followUp.trim(),
                ...(linkable ? { fidelityReviewId: v.fidelityReviewId || null } : {}),
              }),
            );
          }, local);
        }}
      >
        {linkable ? (
          <SelectField
            id={`${prefix}fidelityReviewId`}
            label={t('learningNetwork.check.fidelityReview')}
            description={t('learningNetwork.check.fidelityReviewHint')}
            value={v.fidelityReviewId}
            placeholder={t('learningNetwork.check.noFidelityReview')}
            onChange={(fidelityReviewId) => {
              const r = reviews.find((x) => x.id === fidelityReviewId);
              // The review's date and total fill the fields that are still empty.
              setV({
                ...v,
                fidelityReviewId,
                performedOn: r ? r.reviewedOn : v.performedOn,
                score: r && v.score === '' ? String(r.total) : v.score,
                maxScore: r && v.maxScore === '' ? String(r.max) : v.maxScore,
              });
            }}
            error={form.error('fidelityReviewId')}
            options={reviews.map((r) => ({
              value: r.id,
              label: t('learningNetwork.check.reviewOption', {
                date: formatDate(r.reviewedOn, lang),
                team: r.teamName ?? '—',
                total: r.total,
                max: r.max,
              }),
            }))}
          />
        ) : null}
        <TextField
          id={`${prefix}performedOn`}
          type="date"
          label={t('learningNetwork.check.performedOn')}
          value={v.performedOn}
          onChange={(performedOn) => setV({ ...v, performedOn })}
          error={form.error('performedOn')}
          required
        />
        <SelectField
          id={`${prefix}outcome`}
          label={t('learningNetwork.check.outcome')}
          value={v.outcome}
          placeholder={t('learningNetwork.check.choose')}
          onChange={(outcome) => setV({ ...v, outcome })}
          error={form.error('outcome')}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`learningNetwork.outcome.${o}` as MessageKey) }))}
        />
        <TextField
          id={`${prefix}reviewer`}
          label={t('learningNetwork.check.reviewer')}
          value={v.reviewer}
          onChange={(reviewer) => setV({ ...v, reviewer })}
          error={form.error('reviewer')}
        />
        <TextField
          id={`${prefix}score`}
          inputMode="decimal"
          label={t('learningNetwork.check.score')}
          description={t('learningNetwork.check.scoreHint')}
          value={v.score}
          onChange={(score) => setV({ ...v, score })}
          error={form.error('score')}
        />
        <TextField
          id={`${prefix}maxScore`}
          inputMode="decimal"
          label={t('learningNetwork.check.maxScore')}
          value={v.maxScore}
          onChange={(maxScore) => setV({ ...v, maxScore })}
          error={form.error('maxScore')}
        />
        <TextareaField
          id={`${prefix}findings`}
          label={t('learningNetwork.check.findings')}
          value={v.findings}
          onChange={(findings) => setV({ ...v, findings })}
          error={form.error('findings')}
          rows={4}
        />
        <TextareaField
          id={`${prefix}followUp`}
          label={t('learningNetwork.check.followUp')}
          value={v.followUp}
          onChange={(followUp) => setV({ ...v, followUp })}
          error={form.error('followUp')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {t('learningNetwork.check.recordSave')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('learningNetwork.formCancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * Whether the user may open a fidelity review of this organisation in monitoring (grants: fidelity.read —
 * evaluators and programme managers, and the team's own job coaches); others see the date only.
 */
export function mayOpenFidelityReview(memberships: Membership[], organisationId: string): boolean {
  return memberships.some(
    (m) =>
      m.role === 'evaluator' ||
      m.role === 'programmeManager' ||
      (m.role === 'jobCoach' && m.organisationId === organisationId),
  );
}

function CheckFacts({ check, openReview }: { check: QualityCheck; openReview: boolean }) {
  const { t, lang } = useI18n();
  const kind = t(`learningNetwork.checkKind.${check.kind}` as MessageKey);
  return (
    <>
      <Heading level={4}>
        {check.performedOn
          ? t('learningNetwork.check.doneTitle', { kind, date: formatDate(check.performedOn, lang) })
          : t('learningNetwork.check.plannedTitle', { kind, date: formatDate(check.plannedOn, lang) })}
      </Heading>
      <dl className="meedoen-facts">
        <dt>{t('learningNetwork.check.kind')}</dt>
        <dd>
          {t(`learningNetwork.checkKind.${check.kind}` as MessageKey)}
          {check.approachCode ? ` · ${check.approachCode.toUpperCase()}` : ''}
        </dd>
        <dt>{t('learningNetwork.check.plannedOn')}</dt>
        <dd>
          {formatDate(check.plannedOn, lang)}
          {check.overdue ? <strong> · {t('learningNetwork.check.overdue')}</strong> : null}
        </dd>
        {check.reviewer ? (
          <>
            <dt>{t('learningNetwork.check.reviewer')}</dt>
            <dd>{check.reviewer}</dd>
          </>
        ) : null}
        {check.performedOn ? (
          <>
            <dt>{t('learningNetwork.check.performedOn')}</dt>
            <dd>{formatDate(check.performedOn, lang)}</dd>
            <dt>{t('learningNetwork.check.outcome')}</dt>
            <dd>{check.outcome ? t(`learningNetwork.outcome.${check.outcome}` as MessageKey) : '—'}</dd>
          </>
        ) : null}
        {check.score !== null && check.maxScore !== null ? (
          <>
            <dt>{t('learningNetwork.check.scoreFact')}</dt>
            <dd>{t('learningNetwork.check.scoreOf', { score: check.score, max: check.maxScore })}</dd>
          </>
        ) : null}
        {check.fidelityReview ? (
          <>
            <dt>{t('learningNetwork.check.fidelityReview')}</dt>
            <dd>
              {openReview ? (
                <RouterLink to={`/monitoring/modelgetrouwheid/${check.fidelityReview.id}`}>
                  {t('learningNetwork.check.linkedReview', {
                    date: formatDate(check.fidelityReview.reviewedOn, lang),
                    team: check.fidelityReview.teamName ?? check.teamName,
                  })}
                </RouterLink>
              ) : (
                t('learningNetwork.check.linkedReview', {
                  date: formatDate(check.fidelityReview.reviewedOn, lang),
                  team: check.fidelityReview.teamName ?? check.teamName,
                })
              )}
            </dd>
          </>
        ) : null}
        {check.findings ? (
          <>
            <dt>{t('learningNetwork.check.findings')}</dt>
            <dd className="meedoen-pre-line">{check.findings}</dd>
          </>
        ) : null}
        {check.followUp ? (
          <>
            <dt>{t('learningNetwork.check.followUp')}</dt>
            <dd className="meedoen-pre-line">{check.followUp}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

function OrganisationChecks({ organisationId }: { organisationId: string }) {
  const { t, lang } = useI18n();
  const status = useStatusMessage();
  const { data, reload, error } = useApiData<CheckList>(`/quality-checks?organisationId=${organisationId}`);
  const { session } = useSession();
  const openReview = session?.state === 'active' && mayOpenFidelityReview(session.user.memberships, organisationId);
  const manage = data?.permissions.manage ?? false;
  // Fidelity reviews are for those who may read them (monitoring); the form leaves the link out otherwise.
  const reviews = useApiData<{ items: FidelityReviewSummary[] }>(
    manage && data?.items.some((c) => c.kind === 'fidelityReview' && c.performedOn === null)
      ? `/fidelity-reviews?organisationId=${organisationId}`
      : null,
  );
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (data === null) {
    return <Paragraph>{t('learningNetwork.check.notAllowed')}</Paragraph>;
  }
  const teams = checksByTeam(data.items);
  const saved = (message: string) => {
    void reload();
    status.show(message, { focus: true });
  };
  return (
    <>
      {status.region}
      {manage ? (
        <Expander id="plan-check" label={t('learningNetwork.check.plan')}>
          {(close) => (
            <PlanForm
              organisationId={organisationId}
              teams={teams.map((x) => x.team)}
              onCancel={close}
              onSaved={(c) => {
                close();
                saved(t('learningNetwork.check.planned', { team: c.teamName, date: formatDate(c.plannedOn, lang) }));
              }}
            />
          )}
        </Expander>
      ) : null}
      {teams.length === 0 ? <Paragraph>{t('learningNetwork.check.none')}</Paragraph> : null}
      {teams.map((team, ti) => (
        <section key={team.team} aria-labelledby={`team-${ti}`}>
          <Heading level={2} id={`team-${ti}`}>
            {team.team}
          </Heading>
          <Heading level={3}>{t('learningNetwork.check.plannedHeading', { count: team.planned.length })}</Heading>
          {team.planned.length === 0 ? <Paragraph>{t('learningNetwork.check.nonePlanned')}</Paragraph> : null}
          <ul className="meedoen-events">
            {team.planned.map((c) => (
              <li key={c.id} className="meedoen-card">
                <CheckFacts check={c} openReview={openReview} />
                {manage ? (
                  <Expander
                    id={`record-${c.id}`}
                    label={t('learningNetwork.check.record')}
                    ariaLabel={t('learningNetwork.check.recordLabel', {
                      kind: t(`learningNetwork.checkKind.${c.kind}` as MessageKey),
                      team: c.teamName,
                    })}
                  >
                    {(close) => (
                      <RecordForm
                        check={c}
                        reviews={reviews.data?.items ?? null}
                        onCancel={close}
                        onSaved={(r) => {
                          close();
                          saved(t('learningNetwork.check.recorded', { team: r.teamName }));
                        }}
                      />
                    )}
                  </Expander>
                ) : null}
              </li>
            ))}
          </ul>
          <Heading level={3}>{t('learningNetwork.check.doneHeading', { count: team.done.length })}</Heading>
          {team.done.length === 0 ? <Paragraph>{t('learningNetwork.check.noneDone')}</Paragraph> : null}
          <ul className="meedoen-events">
            {team.done.map((c) => (
              <li key={c.id} className="meedoen-card">
                <CheckFacts check={c} openReview={openReview} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function QualityChecksPage() {
  const { t } = useI18n();
  usePageTitle(t('learningNetwork.check.title'));
  const { session } = useSession();
  const organisations = session?.state === 'active' ? qualityCheckOrganisations(session.user.memberships) : [];
  const [params, setParams] = useSearchParams();
  const chosen = organisations.find((o) => o.id === params.get('organisatie')) ?? organisations[0];
  return (
    <div className="meedoen-learning-network">
      <LearningNetworkNav />
      <Heading level={1}>{t('learningNetwork.check.title')}</Heading>
      <Paragraph lead>{t('learningNetwork.check.intro')}</Paragraph>
      {organisations.length > 1 ? (
        <SelectField
          id="check-organisation"
          label={t('learningNetwork.check.organisation')}
          value={chosen?.id ?? ''}
          onChange={(id) => setParams({ organisatie: id }, { replace: true })}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
      ) : chosen ? (
        <Paragraph>{t('learningNetwork.check.of', { organisation: chosen.name })}</Paragraph>
      ) : null}
      {chosen ? (
        <OrganisationChecks key={chosen.id} organisationId={chosen.id} />
      ) : (
        <Paragraph>{t('learningNetwork.check.notAllowed')}</Paragraph>
      )}
    </div>
  );
}
