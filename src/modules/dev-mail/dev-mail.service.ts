/** The development mailbox: mail kept in the outbox, readable by administrators when no SMTP is configured. */
import type { RequestContext } from '../../platform/http/context.js';
import type { Config } from '../../platform/config/config.js';
import { listOutbox } from '../../platform/mail/outbox.data.js';

export async function listDevMails(ctx: RequestContext, config: Config) {
  return ctx.data.read(async (scope) => {
    await scope.authorize('devMail.read', { type: 'mail' });
    if (config.smtpUrl) {
      return { transport: 'smtp' as const, items: [] };
    }
    const rows = await listOutbox(scope.q, 100);
    return {
      transport: 'file' as const,
      items: rows.map((r) => ({
        id: r.id,
        to: r.to_address,
        subject: r.subject,
        text: r.text_body,
        createdAt: r.created_at.toISOString(),
        sentAt: r.sent_at?.toISOString() ?? null,
      })),
    };
  });
}
