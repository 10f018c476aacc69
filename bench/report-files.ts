import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, Random, Zipf } from './random.js';

/**
 * Incident reports as the department writes them (the Markdown template of `reports/`), drawn with the
 * skew of the synthetic graph: a few hosts, people and teams appear in most reports, assets are written
 * in more than one spelling (`VMS-0012`, `VMS0012`), reports differ in length, sections and sign-offs.
 * Each report has its own title, so each imports as a new incident.
 */

const firstNames = ['Anson', 'Jia', 'Kevin', 'Nick', 'Alex', 'Dicky', 'Grace', 'Priya', 'Tomasz', 'Amara', 'Wei', 'Sofia', 'Daniel', 'Leila', 'Marcus', 'Yuki', 'Olu', 'Hannah', 'Ravi', 'Ines'];
const lastNames = ['Tsang', 'Jun', 'Li', 'Hung', 'Liang', 'Fung', 'Okafor', 'Nair', 'Kowalski', 'Mensah', 'Chen', 'Rossi', 'Brown', 'Haddad', 'Evans', 'Sato', 'Adeyemi', 'Schmidt', 'Patel', 'Garcia'];
const titles = ['Network Architect', 'Security Architect', 'DC Support Engineer', 'Database Engineer', 'System Administrator', 'E&O Manager', 'Service Desk Lead', 'Infrastructure Manager', 'Storage Engineer', 'Cloud Engineer'];
const teams = ['DC', 'network', 'security', 'database', 'storage', 'infra', 'service desk', 'backup'];
const sites = ['Head Office', 'Data Centre A', 'Data Centre B', 'Branch North', 'Branch South', 'Disaster Recovery Site'];
const symptoms = ['slow logins', 'timeouts on the web services', 'stale reports', 'payment errors', 'email delays', 'VPN drops', 'backup failures', 'replication lag', 'packet loss', 'disk alarms'];
const subjects = ['database replication', 'firewall cluster', 'storage array', 'core router', 'backup job', 'certificate', 'hypervisor', 'load balancer', 'DNS resolver', 'monitoring agent'];
const failures = ['failed', 'stopped responding', 'lost power', 'stopped replicating', 'dropped packets', 'ran out of disk space', 'rebooted unexpectedly'];
const actions = ['restarted the service', 'failed over to the standby', 'restored the configuration from backup', 'replaced the power supply', 'cleared the disk space', 'rolled back the change', 'rebuilt the volume'];
const causeTexts = [
  (asset: string) => `The power supply of ${asset} failed and no spare part was kept on site.`,
  (asset: string) => `A firmware bug on ${asset} made the unit reboot under load.`,
  (asset: string) => `The disk of ${asset} filled up because old logs were never rotated.`,
  (asset: string) => `The change on ${asset} had no tested rollback plan.`,
  (asset: string) => `Monitoring did not alert on ${asset} because the check had been disabled.`,
  (asset: string) => `The HA partner of ${asset} had been down for weeks, so there was no failover.`,
  (asset: string) => `The certificate on ${asset} expired without a renewal reminder.`,
];
const recommendationTexts = [
  (asset: string) => `Spare power supplies for ${asset} should be kept in the data center.`,
  (asset: string) => `Monitoring of ${asset} should alert the on-call engineer within 5 minutes.`,
  (asset: string) => `Every change on ${asset} should have a tested rollback plan reviewed before it starts.`,
  (asset: string) => `Log rotation should be enabled on ${asset} and checked monthly.`,
  (asset: string) => `HA pair health of ${asset} should be reviewed weekly and a degraded pair repaired within 5 working days.`,
  (asset: string) => `Certificates on ${asset} should be renewed 30 days before they expire.`,
];
const assetFamilies = ['VMS', 'VM', 'DB', 'FW', 'RTR', 'SAN', 'SRV', 'BKP'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-08-13` → `13 Aug 2024`, as the template writes dates. */
const written = (day: string) => `${Number(day.slice(8, 10))} ${months[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

export interface GeneratedReport {
  fileName: string;
  markdown: string;
}

/** The `count` reports of a seed: the same seed writes the same reports. */
export function generateReports(seed: number, count: number): GeneratedReport[] {
  const random = new Random(seed);
  const people = Array.from({ length: 80 }, (_, i) => ({
    name: `${firstNames[i % firstNames.length]} ${lastNames[(i * 7 + Math.floor(i / firstNames.length)) % lastNames.length]}`,
    title: titles[i % titles.length]!,
  }));
  const assets = Array.from({ length: 400 }, (_, i) => ({ family: assetFamilies[i % assetFamilies.length]!, number: Math.floor(i / assetFamilies.length) + 1 }));
  const peopleZipf = new Zipf(people.length, 1.0);
  const assetZipf = new Zipf(assets.length, 1.05);
  const startDay = Date.parse('2019-01-01T00:00:00Z');
  const reports: GeneratedReport[] = [];

  for (let n = 1; n <= count; n++) {
    const start = new Date(startDay + Math.floor(Math.sqrt(random.next()) * 2500) * 86_400_000).toISOString().slice(0, 10);
    const days = random.int(0, 4);
    const end = addDays(start, days);
    const involved = peopleZipf.distinct(random, random.int(2, 6)).map((i) => people[i]!);
    const named = assetZipf.distinct(random, random.int(1, 4)).map((i) => assets[i]!);
    // Reports write an asset the way its team does: with or without the dash.
    const spell = (a: (typeof assets)[number]) => (random.chance(0.25) ? `${a.family}${String(a.number).padStart(3, '0')}` : `${a.family}-${String(a.number).padStart(3, '0')}`);
    const subject = random.pick(subjects);
    const site = random.pick(sites);
    const title = `${subject[0]!.toUpperCase()}${subject.slice(1)} ${random.pick(failures)} at ${site}, case ${n}`;

    const timeline: string[] = [];
    for (let day = start; day <= end; day = addDays(day, 1)) {
      timeline.push(`- ${written(day)}`, '');
      for (let p = 0, paragraphs = random.int(1, 3); p < paragraphs; p++) {
        const asset = spell(random.pick(named));
        const hour = `${String(random.int(0, 23)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`;
        const person = random.pick(involved).name;
        const team = random.pick(teams);
        timeline.push(
          random.chance(0.5)
            ? `${asset} ${random.pick(failures)} at ${hour}. ${person} reported ${random.pick(symptoms)} and the ${team} team was called.`
            : `The ${team} team ${random.pick(actions)} on ${asset} at ${hour}; ${person} confirmed ${random.pick(symptoms)} had stopped.`,
          '',
        );
      }
    }
    const causes = Array.from({ length: random.int(1, 3) }, () => `- ${random.pick(causeTexts)(spell(random.pick(named)))}`);
    const recommendations = Array.from({ length: random.int(1, 4) }, () => `- ${random.pick(recommendationTexts)(spell(random.pick(named)))}`);
    const [reporter, verifier, ...others] = involved;
    const signOffs = [`Report by: ${reporter!.name}`, '', `Verified by: ${verifier!.name}`];
    if (others.length && random.chance(0.5)) signOffs.push('', `Additional verification: ${others.map((p) => p.name).join(', ')}`);

    const markdown = [
      `# Incident report for ${title}`,
      '',
      'Information Technology Department',
      '',
      '**Related Parties:**',
      '',
      ...involved.map((p, i) => `${i + 1}. ${p.name} - ${p.title}`),
      '',
      '**Related Information:**',
      '',
      'Incident Location:',
      '',
      ...named.map((a) => `- ${site}: ${spell(a)}`),
      '',
      `Date: ${written(start)}${days ? ` - ${written(end)}` : ''}`,
      '',
      '**Summarized Symptoms:**',
      '',
      [...new Set([random.pick(symptoms), random.pick(symptoms)])].join(', '),
      '',
      '**Incident Description:**',
      '',
      ...timeline,
      '**Incident Caused:**',
      '',
      ...causes,
      '',
      '**Follow up recommendation:**',
      '',
      ...recommendations,
      '',
      ...signOffs,
      '',
    ].join('\n');
    reports.push({ fileName: `${start}-report-${String(n).padStart(5, '0')}.md`, markdown });
  }
  return reports;
}

/** Writes the reports into `folder` (created if missing); returns their paths. */
export async function writeReports(folder: string, seed: number, count: number): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const reports = generateReports(seed, count);
  for (const report of reports) await writeFile(join(folder, report.fileName), report.markdown);
  return reports.map((r) => join(folder, r.fileName));
}
