import { shippedReports } from '../support/reports.js';

/** The June 2025 report retitled: a report the knowledge base has not seen (its key is new). */
export const NEW_REPORT = shippedReports.firewall2025.replace('# Incident report for Edge firewall firmware upgrade outage', '# Incident report for Core router firmware upgrade outage');
export const NEW_KEY = '2025-06-core-router-firmware-upgrade-outage';

/**
 * The same report broken twice in ways no import can read past: a control character on the party line 11 and a
 * bidi override on the date line 23 (an impossible date or an empty party line is only a warning).
 */
export const BROKEN_REPORT = NEW_REPORT.replace('3. Kevin Li – DC Support Engineer', '3. Kevin Li \u0007– DC Support Engineer').replace('Date: 7 Jun 2025 - 10 Jun 2025', 'Date: 7 Jun 2025 - \u202e10 Jun 2025');

/** The stored June 2025 report corrected: its fourth cause and fourth recommendation deleted. */
export const FIREWALL_KEY = '2025-06-edge-firewall-firmware-upgrade-outage';
export const LOST_CAUSE = 'Out-of-band management depends on the production firewall.';
export const UPDATED_REPORT = shippedReports.firewall2025
  .replace(`- ${LOST_CAUSE}\n`, '')
  .replace('- Out-of-band management should have its own uplink that does not pass through the Edge Firewall.\n', '');

/**
 * A new report naming "Oscar Fong", a near miss of the stored party "Oscar Fung" (the February 2025 report),
 * with a line the importer does not read and a fifth cause the classifier finds no category for.
 */
export const NEAR_MISS_KEY = '2025-06-branch-router-firmware-upgrade-outage';
export const NEAR_MISS_REPORT = shippedReports.firewall2025
  .replace('# Incident report for Edge firewall firmware upgrade outage', '# Incident report for Branch router firmware upgrade outage')
  .replace('1. Jia Jun - Security Architect', '1. Oscar Fong - Security Architect')
  .replace('Report by: Jia Jun, Anson Tsang', 'Report by: Oscar Fong, Anson Tsang')
  .replace('Hyper Group Network Ltd.\n', 'Hyper Group Network Ltd.\n\nPrinted copy kept in the change binder.\n')
  .replace(`- ${LOST_CAUSE}\n`, `- ${LOST_CAUSE}\n- The night shift rota was unusual that week.\n`);
/** The line of the near-miss report that the importer does not read. */
export const NEAR_MISS_UNREAD_LINE = 7;
