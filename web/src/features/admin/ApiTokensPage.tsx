import { useEffect, useState } from 'react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';
import { useOrganisations } from './useReference';
import type { AccessAction } from './AccessPage';

interface ApiToken {
  id: string;
  organisationName: string;
  name: string;
  actions: string[];
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function ApiTokensPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('token.title'));
  const [organisations] = useOrganisations();
  const [tokens, setTokens] = useState<ApiToken[]>([]);
  const [actions, setActions] = useState<AccessAction[]>([]);
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [expires, setExpires] = useState(inDays(90));
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm('token-');

  const load = () => void api<{ items: ApiToken[] }>('GET', '/api-tokens').then((r) => setTokens(r.items));
  useEffect(() => {
    load();
    void api<{ items: AccessAction[] }>('GET', '/access-actions').then((r) =>
      setActions(r.items.filter((a) => a.tokenAllowed)),
    );
  }, [lang]);

  return (
    <>
      <Heading level={1}>{t('token.title')}</Heading>
      <Paragraph>{t('token.intro')}</Paragraph>
      {secret ? (
        <Notice type="warning">
          <strong>{t('token.secretTitle')}</strong> {t('token.secretText')}{' '}
          <code className="meedoen-secret">{secret}</code>
        </Notice>
      ) : null}
      {tokens.length === 0 ? <Paragraph>{t('token.none')}</Paragraph> : null}
      <Table hidden={tokens.length === 0}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('token.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('token.organisation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('token.actions')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('token.expires')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('token.lastUsed')}</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="meedoen-visually-hidden">{t('token.revoke')}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tokens.map((tok) => (
            <TableRow key={tok.id}>
              <TableCell>{tok.name}</TableCell>
              <TableCell>{tok.organisationName}</TableCell>
              <TableCell>{tok.actions.join(', ')}</TableCell>
              <TableCell>{formatDateTime(tok.expiresAt, lang)}</TableCell>
              <TableCell>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, lang) : t('token.never')}</TableCell>
              <TableCell>
                {tok.revokedAt ? (
                  t('token.revoked')
                ) : (
                  <ConfirmButton
                    appearance="subtle-button"
                    ariaLabel={`${t('token.revoke')}: ${tok.name}`}
                    question={t('token.revokeQuestion', { name: tok.name })}
                    confirmLabel={t('token.revoke')}
                    onConfirm={() => void api('DELETE', `/api-tokens/${tok.id}`).then(load)}
                  >
                    {t('token.revoke')}
                  </ConfirmButton>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <section aria-labelledby="token-new" className="meedoen-section">
        <Heading level={2} id="token-new">
          {t('token.create')}
        </Heading>
        <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
        <form
          className="meedoen-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setSecret(null);
            void form.submit(async () => {
              const created = await api<{ secret: string }>('POST', '/api-tokens', {
                organisationId: organisationId || undefined,
                name: name.trim(),
                actions: chosen,
                expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : undefined,
              });
              setSecret(created.secret);
              setName('');
              setChosen([]);
              load();
            });
          }}
        >
          <TextField
            id="token-name"
            label={t('token.name')}
            value={name}
            onChange={setName}
            error={form.error('name')}
          />
          <SelectField
            id="token-organisationId"
            label={t('token.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
            placeholder={t('common.choose')}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            error={form.error('organisationId')}
          />
          <Fieldset invalid={Boolean(form.error('actions'))}>
            <FieldsetLegend>{t('token.actions')}</FieldsetLegend>
            {form.error('actions') ? <p className="utrecht-form-field-error-message">{form.error('actions')}</p> : null}
            {actions.map((a, i) => (
              <CheckboxField
                key={a.name}
                id={i === 0 ? 'token-actions' : `token-action-${a.name}`}
                label={`${a.description} (${a.name})`}
                checked={chosen.includes(a.name)}
                onChange={(on) => setChosen(on ? [...chosen, a.name] : chosen.filter((x) => x !== a.name))}
              />
            ))}
          </Fieldset>
          <TextField
            id="token-expiresAt"
            label={t('token.expires')}
            type="date"
            value={expires}
            onChange={setExpires}
            error={form.error('expiresAt')}
          />
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('token.create')}
          </Button>
        </form>
      </section>
    </>
  );
}
