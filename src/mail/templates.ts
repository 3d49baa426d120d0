import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type TemplateName = 'password_reset' | 'email_verify' | 'email_change_confirm' | 'email_change_notice' | 'password_changed' | 'invitation';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Template {
  subject: string;
  text: string;
  html: string;
}

const FOOTER_TEXT = '\n\nIf you did not ask for this, you can ignore this message.\n';

/** The built-in messages; a deployment overrides any part with MAIL_TEMPLATES_DIR/NAME.subject.txt, NAME.txt, NAME.html. */
const DEFAULTS: Record<TemplateName, Template> = {
  password_reset: {
    subject: 'Reset your password',
    text: 'Hello {{username}},\n\nTo choose a new password, open this link within {{expires_in}}:\n\n{{link}}\n\nThe link works once.' + FOOTER_TEXT,
    html: '<p>Hello {{username}},</p><p>To choose a new password, open this link within {{expires_in}}:</p><p><a href="{{link}}">Reset your password</a></p><p>The link works once. If you did not ask for this, you can ignore this message.</p>',
  },
  email_verify: {
    subject: 'Confirm your email address',
    text: 'Hello {{username}},\n\nConfirm that {{email}} is yours by opening this link within {{expires_in}}:\n\n{{link}}' + FOOTER_TEXT,
    html: '<p>Hello {{username}},</p><p>Confirm that {{email}} is yours by opening this link within {{expires_in}}:</p><p><a href="{{link}}">Confirm your email address</a></p><p>If you did not ask for this, you can ignore this message.</p>',
  },
  email_change_confirm: {
    subject: 'Confirm your new email address',
    text: 'Hello {{username}},\n\nYou asked to use {{email}} for your account. Confirm it by opening this link within {{expires_in}}:\n\n{{link}}' + FOOTER_TEXT,
    html: '<p>Hello {{username}},</p><p>You asked to use {{email}} for your account. Confirm it by opening this link within {{expires_in}}:</p><p><a href="{{link}}">Confirm your new email address</a></p><p>If you did not ask for this, you can ignore this message.</p>',
  },
  email_change_notice: {
    subject: 'Your email address is being changed',
    text: 'Hello {{username}},\n\nSomeone signed in to your account asked to change its email address to {{new_email}}. It changes once the new address is confirmed.\nIf this was not you, change your password now.\n',
    html: '<p>Hello {{username}},</p><p>Someone signed in to your account asked to change its email address to {{new_email}}. It changes once the new address is confirmed.</p><p>If this was not you, change your password now.</p>',
  },
  password_changed: {
    subject: 'Your password was changed',
    text: 'Hello {{username}},\n\nThe password of your account was changed and every session was ended.\nIf this was not you, reset your password now and tell your administrator.\n',
    html: '<p>Hello {{username}},</p><p>The password of your account was changed and every session was ended.</p><p>If this was not you, reset your password now and tell your administrator.</p>',
  },
  invitation: {
    subject: 'You are invited to create an account',
    text: 'Hello,\n\nYou are invited to create an account for {{email}} (role: {{role}}). Open this link within {{expires_in}} to choose a username and a password:\n\n{{link}}\n\nThe link works once.' + FOOTER_TEXT,
    html: '<p>Hello,</p><p>You are invited to create an account for {{email}} (role: {{role}}). Open this link within {{expires_in}} to choose a username and a password:</p><p><a href="{{link}}">Accept the invitation</a></p><p>The link works once. If you did not expect this, you can ignore this message.</p>',
  },
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

function fill(template: string, vars: Record<string, string>, escape: (value: string) => string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => escape(vars[name] ?? ''));
}

export type MailRenderer = (name: TemplateName, vars: Record<string, string>) => RenderedMail;

/** Loads the templates once (defaults, then the overrides found in `dir`) and renders them by name. */
export function createRenderer(dir: string | null): MailRenderer {
  const templates = Object.fromEntries(
    (Object.keys(DEFAULTS) as TemplateName[]).map((name) => {
      const override = (suffix: string): string | undefined => {
        const file = dir ? path.join(dir, `${name}.${suffix}`) : undefined;
        return file && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      };
      const base = DEFAULTS[name];
      return [name, { subject: (override('subject.txt') ?? base.subject).trim(), text: override('txt') ?? base.text, html: override('html') ?? base.html }];
    }),
  ) as Record<TemplateName, Template>;
  return (name, vars) => {
    const template = templates[name];
    return {
      // A subject is one line: a variable cannot add headers.
      subject: fill(template.subject, vars, (v) => v.replace(/[\r\n]+/g, ' ')),
      text: fill(template.text, vars, (v) => v),
      html: fill(template.html, vars, escapeHtml),
    };
  };
}

/** "1 hour", "24 hours", "10 minutes": how long a link stays valid, for the message. */
export function describeDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
