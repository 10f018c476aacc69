import { Webhook } from 'standardwebhooks';
import type { WebhookSubscriptionRow } from './models.js';
import { openSecret } from './secret-box.js';

/** The secrets that sign now: the current one, and the previous one while a rotation's overlap lasts. */
export function signingSecrets(subscription: Pick<WebhookSubscriptionRow, 'secret' | 'previousSecret' | 'previousSecretExpiresAt'>, now: Date): string[] {
  const overlap = subscription.previousSecret && subscription.previousSecretExpiresAt && new Date(subscription.previousSecretExpiresAt) > now;
  return (overlap ? [subscription.secret, subscription.previousSecret!] : [subscription.secret]).map((stored) => openSecret(stored));
}

/** The three Standard Webhooks headers; several signatures are separated by spaces, as the specification allows. */
export function signedHeaders(secrets: string[], eventId: string, timestamp: Date, body: string): Record<string, string> {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(eventId, timestamp, body));
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
