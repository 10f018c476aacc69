/** The level `LOG_LEVEL` asks for (tests default to silent). */
export function configuredLevel(): string {
  return process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');
}
