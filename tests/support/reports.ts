import { readFileSync } from 'node:fs';

/** The shipped reports, by short name, as the tests use them. */
export const shippedReports = {
  dmz2024: readFileSync(new URL('../../reports/2024-08-dmz-migration-panel-failure.md', import.meta.url), 'utf8'),
  backup2025: readFileSync(new URL('../../reports/2025-02-hnfs-backup-restore-failure.md', import.meta.url), 'utf8'),
  firewall2025: readFileSync(new URL('../../reports/2025-06-edge-firewall-upgrade-outage.md', import.meta.url), 'utf8'),
};

export const importMutation = `mutation($markdown: String!, $dryRun: Boolean) {
  importIncidentReport(markdown: $markdown, dryRun: $dryRun) {
    outcome dryRun incidentKey sourceHash
    incident { id key version }
    counts { parties assets teams services timelineEvents causes findings recommendations signOffs assetFacts }
    entities { type name created matchedBy spellings id }
    warnings { code message line candidates }
  }
}`;
