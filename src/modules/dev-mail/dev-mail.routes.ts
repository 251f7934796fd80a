/**
 * The development mailbox: without SMTP_URL, mail is written to DATA_DIR/mail/ and administrators read
 * it here (the demo's invitation and password-reset links live in these mails). With SMTP the list is
 * empty and `transport` says so: real mail is not kept on the server.
 */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { listDevMails } from './dev-mail.service.js';

const DevMail = Type.Object(
  {
    id: Uuid,
    to: Type.String(),
    subject: Type.String(),
    text: Type.String(),
    createdAt: DateTime,
    sentAt: Type.Union([DateTime, Type.Null()]),
  },
  { additionalProperties: false },
);
const DevMailList = Type.Object(
  { transport: Type.Union([Type.Literal('file'), Type.Literal('smtp')]), items: Type.Array(DevMail) },
  { additionalProperties: false },
);

export async function devMailRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get(
    '/dev-mails',
    {
      config: { access: 'devMail.read' },
      schema: {
        tags: ['Beheer'],
        summary: 'Verstuurde e-mails (alleen zonder mailserver)',
        operationId: 'listDevMails',
        response: { 200: DevMailList },
      },
    },
    async (request) => listDevMails(request.ctx, deps.config),
  );
}
