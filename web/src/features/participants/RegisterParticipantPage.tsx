/**
 * Deelnemer inschrijven: registers a participant and starts the first trajectory, with the
 * registering professional as its lead. The gemeenten offered are those of the arbeidsmarktregio of
 * the registering organisation.
 */
import { useEffect, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import type { Participant } from '../../lib/types';
import './participants.css';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Fields';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { EMPTY_IDENTITY, IdentityFields, identityBody, type IdentityValues } from './ParticipantFields';
import { useApproaches, useOrganisation } from './useReference';
import { useMunicipalities } from '../admin/useReference';
import { todayInNl } from './dates';

/** The organisations where the user may register participants (as job coach or consultant). */
export function registeringOrganisations(
  memberships: { organisationId: string; organisationName: string; role: string }[],
): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const m of memberships) {
    if ((m.role === 'jobCoach' || m.role === 'consultant') && !seen.has(m.organisationId)) {
      seen.set(m.organisationId, m.organisationName);
    }
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

export function RegisterParticipantPage() {
  const { t } = useI18n();
  usePageTitle(t('register.title'));
  const { session } = useSession();
  const navigate = useNavigate();
  const organisations = registeringOrganisations(session?.user.memberships ?? []);
  const [organisationId, setOrganisationId] = useState(organisations.length === 1 ? organisations[0]!.id : '');
  const organisation = useOrganisation(organisationId);
  const municipalities = useMunicipalities(organisation?.regionCode ?? '');
  const approaches = useApproaches().filter((a) => a.active);
  const [identity, setIdentity] = useState<IdentityValues>(EMPTY_IDENTITY);
  const [approachCode, setApproachCode] = useState('');
  const [referralDate, setReferralDate] = useState(todayInNl());
  const form = useForm('new-');

  // With one approach there is nothing to choose.
  useEffect(() => {
    if (approaches.length === 1 && !approachCode) {
      setApproachCode(approaches[0]!.code);
    }
  }, [approaches.length]);

  return (
    <>
      <Heading level={1}>{t('register.title')}</Heading>
      <Paragraph>{t('register.intro')}</Paragraph>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            const created = await api<Participant>('POST', '/participants', {
              ...identityBody(identity),
              bsn: identity.bsn.trim() || undefined,
              organisationId: organisationId || undefined,
              approachCode: approachCode || undefined,
              referralDate: referralDate || undefined,
            });
            void navigate(`/deelnemers/${created.id}`, { state: { registered: true } });
          });
        }}
      >
        {organisations.length > 1 ? (
          <SelectField
            id="new-organisationId"
            label={t('register.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
            placeholder={t('common.choose')}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            error={form.error('organisationId')}
          />
        ) : null}
        <IdentityFields
          prefix="new-"
          value={identity}
          onChange={setIdentity}
          error={form.error}
          municipalities={municipalities}
          bsnDescription={t('register.bsnHint')}
        />
        <Fieldset className="meedoen-field-group">
          <FieldsetLegend>{t('register.trajectoryTitle')}</FieldsetLegend>
          <SelectField
            id="new-approachCode"
            label={t('trajectory.approach')}
            value={approachCode}
            onChange={setApproachCode}
            placeholder={t('common.choose')}
            options={approaches.map((a) => ({ value: a.code, label: a.name }))}
            error={form.error('approachCode')}
          />
          <TextField
            id="new-referralDate"
            label={t('trajectory.referralDate')}
            description={t('register.referralDateHint')}
            type="date"
            value={referralDate}
            onChange={setReferralDate}
            error={form.error('referralDate')}
          />
        </Fieldset>
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('register.submit')}
          </Button>
          <RouterLink to="/deelnemers" className="utrecht-link">
            {t('register.cancel')}
          </RouterLink>
        </div>
      </form>
    </>
  );
}
