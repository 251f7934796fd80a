/**
 * "Uitnodigen voor een eigen account": the participant gets an e-mail with a link (valid 7 days) to
 * choose a password and use the portal. Without an address the invitation goes to the one on file.
 * A 409 (already has an account) and a 400 (no or a taken address) come through the form's error
 * summary like any other problem.
 */
import { useState } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import type { ParticipantWithPermissions } from '../../lib/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { TextField } from '../../components/Fields';
import { useForm } from '../../components/useForm';

function InviteForm({
  participant,
  onInvited,
  onCancel,
}: {
  participant: ParticipantWithPermissions;
  onInvited: (p: ParticipantWithPermissions, email: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = useForm('invite-');
  const [email, setEmail] = useState('');
  return (
    <>
      <Paragraph>{t('participantInvite.intro', { name: participant.givenName })}</Paragraph>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            const address = email.trim();
            const next = await api<ParticipantWithPermissions>('POST', `/participants/${participant.id}/invitation`, {
              ...(address ? { email: address } : {}),
            });
            onInvited(next, address || participant.email || '');
          });
        }}
      >
        <TextField
          id="invite-email"
          label={
            participant.email ? `${t('participantInvite.email')} ${t('common.optional')}` : t('participantInvite.email')
          }
          description={
            participant.email
              ? t('participantInvite.emailKnown', { email: participant.email })
              : t('participantInvite.emailNeeded')
          }
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={form.error('email')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('participantInvite.send')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

export function InviteParticipant({
  participant,
  onInvited,
}: {
  participant: ParticipantWithPermissions;
  onInvited: (p: ParticipantWithPermissions, email: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Expander id="invite" label={t('participantInvite.button')}>
      {(close) => (
        <InviteForm
          participant={participant}
          onInvited={(p, email) => {
            close();
            onInvited(p, email);
          }}
          onCancel={close}
        />
      )}
    </Expander>
  );
}
