import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import type { Organisation } from '../../lib/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFound } from '../../components/NotFound';
import { EMPTY_ORGANISATION, OrganisationFields } from './OrganisationFields';

interface OidcProvider {
  issuer: string;
  clientId: string;
  clientSecretEnv: string | null;
  displayName: string;
  trustSecondFactor: boolean;
  enabled: boolean;
}
const EMPTY: OidcProvider = {
  issuer: '',
  clientId: '',
  clientSecretEnv: null,
  displayName: '',
  trustSecondFactor: false,
  enabled: true,
};

export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [org, setOrg] = useState<Organisation | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [fields, setFields] = useState(EMPTY_ORGANISATION);
  const [oidc, setOidc] = useState<OidcProvider>(EMPTY);
  const [hasOidc, setHasOidc] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const edit = useForm('org-');
  const oidcForm = useForm('oidc-');
  usePageTitle(org ? t('org.detailTitle', { name: org.name }) : t('org.listTitle'));

  const load = useCallback(async () => {
    try {
      const o = await api<Organisation>('GET', `/organisations/${id}`);
      setOrg(o);
      setFields({ name: o.name, type: o.type, regionCode: o.regionCode, municipalityCode: o.municipalityCode ?? '' });
      try {
        setOidc(await api<OidcProvider>('GET', `/organisations/${id}/oidc-provider`));
        setHasOidc(true);
      } catch {
        setOidc(EMPTY);
        setHasOidc(false);
      }
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) {
        setNotFound(true);
      }
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (notFound) {
    return <NotFound />;
  }
  if (!org) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  return (
    <>
      <Heading level={1}>{t('org.detailTitle', { name: org.name })}</Heading>
      {message ? <Notice type="ok">{message}</Notice> : null}
      <section aria-labelledby="org-edit" className="meedoen-section">
        <Heading level={2} id="org-edit">
          {t('org.edit')}
        </Heading>
        <ErrorSummary errors={edit.summary} focusKey={edit.focusKey} />
        <form
          className="meedoen-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void edit.submit(async () => {
              setOrg(
                await api<Organisation>('PATCH', `/organisations/${id}`, {
                  name: fields.name.trim(),
                  type: fields.type,
                  regionCode: fields.regionCode,
                  municipalityCode: fields.municipalityCode || null,
                }),
              );
              setMessage(t('common.saved'));
            });
          }}
        >
          <OrganisationFields value={fields} onChange={setFields} error={edit.error} choose={false} />
          <Button type="submit" appearance="primary-action-button" busy={edit.busy}>
            {t('common.save')}
          </Button>
        </form>
      </section>

      <section aria-labelledby="oidc-title" className="meedoen-section">
        <Heading level={2} id="oidc-title">
          {t('org.oidcTitle')}
        </Heading>
        <Paragraph>{t('org.oidcIntro')}</Paragraph>
        {!hasOidc ? <Paragraph>{t('org.oidcNone')}</Paragraph> : null}
        <ErrorSummary errors={oidcForm.summary} focusKey={oidcForm.focusKey} />
        <form
          className="meedoen-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void oidcForm.submit(async () => {
              setOidc(
                await api<OidcProvider>('PUT', `/organisations/${id}/oidc-provider`, {
                  ...oidc,
                  clientSecretEnv: oidc.clientSecretEnv || null,
                }),
              );
              setHasOidc(true);
              setMessage(t('common.saved'));
            });
          }}
        >
          <TextField
            id="oidc-issuer"
            label={t('org.oidcIssuer')}
            type="url"
            value={oidc.issuer}
            onChange={(v) => setOidc({ ...oidc, issuer: v })}
            error={oidcForm.error('issuer')}
          />
          <TextField
            id="oidc-clientId"
            label={t('org.oidcClientId')}
            value={oidc.clientId}
            onChange={(v) => setOidc({ ...oidc, clientId: v })}
            error={oidcForm.error('clientId')}
          />
          <TextField
            id="oidc-clientSecretEnv"
            label={`${t('org.oidcSecretEnv')} ${t('common.optional')}`}
            description={t('org.oidcSecretEnvHint')}
            value={oidc.clientSecretEnv ?? ''}
            onChange={(v) => setOidc({ ...oidc, clientSecretEnv: v })}
            error={oidcForm.error('clientSecretEnv')}
          />
          <TextField
            id="oidc-displayName"
            label={t('org.oidcDisplayName')}
            value={oidc.displayName}
            onChange={(v) => setOidc({ ...oidc, displayName: v })}
            error={oidcForm.error('displayName')}
          />
          <CheckboxField
            id="oidc-trustSecondFactor"
            label={t('org.oidcTrust')}
            checked={oidc.trustSecondFactor}
            onChange={(v) => setOidc({ ...oidc, trustSecondFactor: v })}
          />
          <CheckboxField
            id="oidc-enabled"
            label={t('org.oidcEnabled')}
            checked={oidc.enabled}
            onChange={(v) => setOidc({ ...oidc, enabled: v })}
          />
          <Button type="submit" appearance="primary-action-button" busy={oidcForm.busy}>
            {t('org.oidcSave')}
          </Button>
        </form>
        {hasOidc ? (
          <ConfirmButton
            question={t('org.oidcRemoveQuestion')}
            confirmLabel={t('org.oidcRemove')}
            onConfirm={() =>
              void oidcForm.submit(async () => {
                await api('DELETE', `/organisations/${id}/oidc-provider`);
                setOidc(EMPTY);
                setHasOidc(false);
              })
            }
          >
            {t('org.oidcRemove')}
          </ConfirmButton>
        ) : null}
      </section>
    </>
  );
}
