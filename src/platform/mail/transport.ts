/**
 * Mail delivery through nodemailer: SMTP when SMTP_URL is set; otherwise (development, demo) each mail
 * is written as an .eml file to DATA_DIR/mail/ and administrators read it on the mailbox page.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config/config.js';
import type { OutgoingMail } from './outbox.data.js';

export interface MailTransport {
  send(mail: OutgoingMail & { id: string }): Promise<void>;
  close(): void;
  readonly kind: 'smtp' | 'file';
}

export function mailDir(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'mail');
}

export function createMailTransport(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir'>): MailTransport {
  if (config.smtpUrl) {
    const transporter = nodemailer.createTransport(config.smtpUrl);
    return {
      kind: 'smtp',
      async send(mail) {
        await transporter.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
      },
      close: () => transporter.close(),
    };
  }
  const streamer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'file',
    async send(mail) {
      const info = await streamer.sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      const dir = mailDir(config);
      await fs.mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await fs.writeFile(path.join(dir, `${stamp}-${mail.id}.eml`), info.message as Buffer);
    },
    close: () => streamer.close(),
  };
}
