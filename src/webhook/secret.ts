import { randomBytes } from 'node:crypto';

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64 (the API function needs no signing library for this). */
export const newSigningSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
