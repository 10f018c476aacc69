import type { PgTable } from 'drizzle-orm/pg-core';
import * as t from '../db/schema/index.js';
import { nameKey } from '../src/names/names.js';
import { addDays, Random, Zipf } from './random.js';

type Insert<T extends PgTable> = T['$inferInsert'];

export interface GraphSize {
  incidents: number;
  assets: number;
  parties: number;
  teams: number;
  services: number;
}

export const defaultSize: GraphSize = { incidents: 10_000, assets: 2_000, parties: 600, teams: 40, services: 150 };

/** One table's rows, in an order that satisfies the foreign keys. */
export interface TableRows {
  name: string;
  table: PgTable;
  rows: Record<string, unknown>[];
}

const categories = t.causeCategory.enumValues;
const factKinds = ['HARDWARE_FAILURE', 'NO_SPARE', 'HA_PARTNER_DOWN', 'OUT_OF_SYNC', 'CORRUPTED', 'POWERED_OFF', 'BUG', 'BACKUP_FAILING'] as const;
const phases = ['DETECTION', 'DIAGNOSIS', 'ESCALATION', 'MITIGATION', 'RECOVERY', 'VALIDATION', 'CLOSURE', 'FOLLOW_UP'] as const;
const sites = ['Head Office', 'Data Centre A', 'Data Centre B', 'Branch North', 'Branch South', 'Branch East', 'Branch West', 'Disaster Recovery Site'];
const symptoms = ['slow logins', 'timeouts', 'stale reports', 'payment errors', 'email delays', 'VPN drops', 'backup failures', 'replication lag', 'packet loss', 'disk alarms'];
const verbs = ['failed', 'rebooted', 'was isolated', 'lost power', 'stopped replicating', 'dropped packets', 'ran out of disk', 'was patched', 'was restored from backup', 'came back online'];
const subjects = ['database replication', 'firewall cluster', 'storage array', 'core router', 'backup job', 'certificate', 'hypervisor', 'load balancer', 'DNS resolver', 'monitoring agent'];

/** Asset families: name prefix, kind, how many of the 2,000, what they are hosted on. */
const assetFamilies = [
  { prefix: 'VMS', kind: 'HOST', share: 0.1, parent: null },
  { prefix: 'VM', kind: 'VM', share: 0.35, parent: 'VMS' },
  { prefix: 'DB', kind: 'DATABASE_NODE', share: 0.15, parent: 'VM' },
  { prefix: 'FW', kind: 'FIREWALL', share: 0.05, parent: null },
  { prefix: 'RTR', kind: 'ROUTER', share: 0.05, parent: null },
  { prefix: 'SAN', kind: 'STORAGE', share: 0.08, parent: null },
  { prefix: 'SRV', kind: 'SERVER', share: 0.08, parent: null },
  { prefix: 'BKP', kind: 'BACKUP', share: 0.06, parent: 'SAN' },
  { prefix: 'LNK', kind: 'LINK', share: 0.04, parent: null },
  { prefix: 'NET', kind: 'NETWORK_SEGMENT', share: 0.04, parent: null },
] as const;

/**
 * A large incident graph with the skew of real records: a few assets, parties,
 * services and cause categories take most incidents; VMs are hosted on hosts,
 * database nodes on VMs; firewalls come in redundancy pairs; some hosts lack a
 * spare and wait days for replacement hardware.
 */
export function syntheticGraph(seed: number, size: GraphSize = defaultSize): TableRows[] {
  const random = new Random(seed);
  const tables = new Map<PgTable, TableRows>();
  const add = <T extends PgTable>(name: string, table: T, row: Insert<T>) => {
    let entry = tables.get(table);
    if (!entry) tables.set(table, (entry = { name, table, rows: [] }));
    entry.rows.push(row as Record<string, unknown>);
  };

  const teamIds = Array.from({ length: size.teams }, (_, i) => {
    const id = random.uuid();
    const name = `Team ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ''} Operations`;
    add('teams', t.teams, { id, name, nameKey: nameKey(name) });
    return id;
  });
  const partyIds = Array.from({ length: size.parties }, (_, i) => {
    const id = random.uuid();
    const name = `Person ${i + 1} ${random.pick(['Ahmed', 'Brown', 'Chen', 'Dlamini', 'Evans', 'Fofana', 'Garcia', 'Haddad'])}`;
    add('parties', t.parties, { id, name, nameKey: nameKey(name), title: random.pick(['Engineer', 'Manager', 'Analyst', 'Director']), teamId: random.pick(teamIds) });
    if (random.chance(0.3)) add('party_aliases', t.partyAliases, { id: random.uuid(), ownerId: id, alias: `P${i + 1}`, aliasKey: nameKey(`P${i + 1}`) });
    return id;
  });
  const serviceIds = Array.from({ length: size.services }, (_, i) => {
    const id = random.uuid();
    const name = `Service ${i + 1}`;
    add('services', t.services, { id, name, nameKey: nameKey(name), criticality: random.pick(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const) });
    return id;
  });

  // Assets, family by family, so each family's parent family exists first.
  const byPrefix = new Map<string, string[]>();
  const assetIds: string[] = [];
  const assetNames = new Map<string, string>();
  for (const family of assetFamilies) {
    const count = Math.round(size.assets * family.share);
    const ids: string[] = [];
    const parents = family.parent ? byPrefix.get(family.parent)! : [];
    const parentZipf = new Zipf(Math.max(parents.length, 1), 0.8);
    for (let n = 1; n <= count; n++) {
      const id = random.uuid();
      const digits = String(n).padStart(4, '0');
      const name = `${family.prefix}-${digits}`;
      const pairedWith = family.kind === 'FIREWALL' && n % 2 === 0 && random.chance(0.8) ? ids[ids.length - 1] : undefined;
      add('assets', t.assets, {
        id, name, nameKey: nameKey(name), kind: family.kind,
        criticality: random.chance(0.15) ? 'CRITICAL' : random.pick([null, 'HIGH', 'MEDIUM', 'LOW'] as const),
        site: random.chance(0.95) ? random.pick(sites) : null,
        status: random.chance(0.9) ? 'ACTIVE' : random.pick(['DEGRADED', 'FAILED', 'RETIRED'] as const),
        parentId: parents.length ? parents[parentZipf.draw(random)]! : null,
        parentRelation: parents.length ? 'HOSTED_ON' : null,
        redundancyPartnerId: pairedWith ?? null,
        ownerTeamId: random.chance(0.85) ? random.pick(teamIds) : null,
        ownerPartyId: random.chance(0.5) ? random.pick(partyIds) : null,
      });
      // Spellings reports use: VMS0123, VMS123.
      for (const alias of new Set([`${family.prefix}${digits}`, `${family.prefix}${n}`])) {
        add('asset_aliases', t.assetAliases, { id: random.uuid(), ownerId: id, alias, aliasKey: nameKey(alias) });
      }
      ids.push(id);
      assetIds.push(id);
      assetNames.set(id, name);
    }
    byPrefix.set(family.prefix, ids);
  }
  // Redundancy is symmetric; a third of hosts and firewalls have a spare server.
  const assetRows = tables.get(t.assets)!.rows;
  const rowById = new Map(assetRows.map((row) => [row.id as string, row]));
  for (const row of assetRows) if (row.redundancyPartnerId) rowById.get(row.redundancyPartnerId as string)!.redundancyPartnerId = row.id;
  const servers = byPrefix.get('SRV')!;
  for (const row of assetRows) if ((row.kind === 'HOST' || row.kind === 'FIREWALL') && random.chance(0.33)) row.spareId = random.pick(servers);
  const serviceHosts = [...byPrefix.get('VMS')!, ...byPrefix.get('VM')!, ...byPrefix.get('DB')!];
  for (const serviceId of serviceIds) {
    for (const asset of new Zipf(serviceHosts.length, 1).distinct(random, random.int(1, 4))) {
      add('service_assets', t.serviceAssets, { serviceId: serviceId, assetId: serviceHosts[asset]! });
    }
  }

  // Shuffled once so the popular assets are not all of one family.
  const hotAssets = [...assetIds].sort(() => random.next() - 0.5);
  const assetZipf = new Zipf(hotAssets.length, 1.05);
  const partyZipf = new Zipf(partyIds.length, 1.0);
  const teamZipf = new Zipf(teamIds.length, 1.0);
  const serviceZipf = new Zipf(serviceIds.length, 1.1);
  const categoryZipf = new Zipf(categories.length, 1.2);
  const startDay = Date.parse('2016-01-01T00:00:00Z');
  const spanDays = 3650;

  for (let n = 0; n < size.incidents; n++) {
    const incidentId = random.uuid();
    // More incidents in recent years: the record-keeping got better.
    const startedOn = new Date(startDay + Math.floor(Math.sqrt(random.next()) * spanDays) * 86_400_000).toISOString().slice(0, 10);
    const duration = random.int(0, 6);
    const endedOn = addDays(startedOn, duration);
    const closed = startedOn < '2025-06-01' || random.chance(0.5);
    const title = `${random.pick(subjects)} ${random.pick(verbs)} at ${random.pick(sites)}`;
    add('incidents', t.incidents, {
      id: incidentId, key: `INC-${startedOn.slice(0, 4)}-${String(n + 1).padStart(5, '0')}`, title,
      summary: `The ${random.pick(subjects)} ${random.pick(verbs)}; ${random.pick(symptoms)} followed.`,
      severity: random.pick(['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const),
      status: closed ? 'CLOSED' : random.pick(['OPEN', 'MITIGATED', 'RESOLVED'] as const),
      startedOn, endedOn, closedOn: closed ? addDays(endedOn, random.int(1, 30)) : null,
      symptoms: Array.from(new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(symptoms)))),
      location: random.pick(sites), department: 'IT Operations', organisation: 'Example Corp',
    });
    const assets = assetZipf.distinct(random, random.int(1, 4)).map((i) => hotAssets[i]!);
    for (const asset of assets) add('incident_assets', t.incidentAssets, { incidentId: incidentId, assetId: asset });
    for (const team of teamZipf.distinct(random, random.int(1, 2))) add('incident_teams', t.incidentTeams, { incidentId: incidentId, teamId: teamIds[team]! });
    const parties = partyZipf.distinct(random, random.int(2, 6)).map((i) => partyIds[i]!);
    parties.forEach((partyId, i) =>
      add('incident_parties', t.incidentParties, { incidentId, partyId, roles: i === 0 ? ['REPORTER'] : i === 1 ? ['VERIFIER', 'LISTED'] : ['RESPONDER'] }),
    );
    const services = serviceZipf.distinct(random, random.int(1, 3)).map((i) => serviceIds[i]!);
    for (const serviceId of services) add('incident_services', t.incidentServices, { incidentId, serviceId, impact: random.pick(['UNAVAILABLE', 'DEGRADED', 'STALE_DATA', 'AFFECTED'] as const) });

    // The timeline: detection first, then the response in order, a day or so apart.
    const eventCount = 5 + Math.floor(random.next() * random.next() * 26);
    let day = startedOn;
    for (let position = 1; position <= eventCount; position++) {
      const eventId = random.uuid();
      const phase = position === 1 ? 'DETECTION' : phases[Math.min(phases.length - 1, Math.floor(((position - 1) / eventCount) * phases.length) + (random.chance(0.2) ? 1 : 0))]!;
      const asset = random.pick(assets);
      add('timeline_events', t.timelineEvents, {
        id: eventId, incidentId, position, occurredOn: day, timeOfDay: random.chance(0.7) ? `${String(random.int(0, 23)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}` : null,
        phase, phases: random.chance(0.15) ? [phase, 'MITIGATION'] : [phase],
        text: `${assetNames.get(asset)} ${random.pick(verbs)}; ${random.pick(subjects)} checked, ${random.pick(symptoms)} reported.`,
      });
      if (random.chance(0.5)) add('event_assets', t.eventAssets, { eventId: eventId, assetId: asset });
      if (random.chance(0.5)) add('event_parties', t.eventParties, { eventId: eventId, partyId: random.pick(parties) });
      if (random.chance(0.2)) add('event_teams', t.eventTeams, { eventId: eventId, teamId: teamIds[teamZipf.draw(random)]! });
      if (random.chance(0.2)) add('event_services', t.eventServices, { eventId: eventId, serviceId: random.pick(services) });
      if (random.chance(0.35)) day = addDays(day, random.int(1, 2));
    }

    const causeIds: string[] = [];
    for (let position = 1, count = random.int(1, 3); position <= count; position++) {
      const causeId = random.uuid();
      const causeCategories = [...new Set(categoryZipf.distinct(random, random.int(1, 3)).map((i) => categories[i]!))];
      const stated = random.chance(0.08);
      const cites = random.chance(0.03);
      add('causes', t.causes, {
        id: causeId, incidentId, position, kind: position === 1 ? 'ROOT' : random.pick(['CONTRIBUTING', 'TRIGGER'] as const),
        categories: causeCategories, text: `The ${random.pick(subjects)} ${random.pick(verbs)} (${causeCategories.join(', ').toLowerCase()}).`,
        citesEarlierRecommendation: cites, earlierIncidentMonth: cites ? addDays(startedOn, -random.int(60, 700)).slice(0, 7) : null,
        foundInTimeline: random.chance(0.1),
        sinceOn: stated ? addDays(startedOn, -random.int(7, 150)) : null, sincePrecision: stated ? random.pick(['DAY', 'MONTH']) : null,
      });
      for (const asset of new Set([random.pick(assets), random.pick(assets)])) add('cause_assets', t.causeAssets, { causeId: causeId, assetId: asset });
      causeIds.push(causeId);
    }
    for (let position = 1, count = random.int(1, 3); position <= count; position++) {
      const recommendationId = random.uuid();
      add('recommendations', t.recommendations, {
        id: recommendationId, incidentId, position, text: `Make the ${random.pick(subjects)} resilient: ${random.pick(['add a spare', 'add monitoring', 'run hourly backups', 'document the change', 'replace the hardware'])}.`,
        type: random.pick(['PREVENT', 'MITIGATE', 'DETECT', 'PROCESS'] as const),
        status: random.pick(['PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'DONE', 'DONE', 'VERIFIED', 'REJECTED'] as const),
        ownerPartyId: random.chance(0.6) ? random.pick(parties) : null, ownerTeamId: random.chance(0.5) ? teamIds[teamZipf.draw(random)]! : null,
        dueOn: random.chance(0.7) ? addDays(startedOn, random.int(14, 180)) : null,
      });
      for (const causeId of new Set([random.pick(causeIds), random.pick(causeIds)])) add('recommendation_causes', t.recommendationCauses, { recommendationId: recommendationId, causeId: causeId });
      if (random.chance(0.3)) add('recommendation_assets', t.recommendationAssets, { recommendationId: recommendationId, assetId: random.pick(assets) });
    }

    for (let i = 0, count = random.int(0, 2); i < count; i++) {
      const assetId = random.pick(assets);
      const kind = random.pick(factKinds);
      const sinceOn = kind === 'OUT_OF_SYNC' || kind === 'BACKUP_FAILING' ? addDays(startedOn, -random.int(10, 120)) : null;
      add('asset_facts', t.assetFacts, {
        id: random.uuid(), assetId, incidentId, kind, sinceOn, sincePrecision: sinceOn ? 'MONTH' : null,
        observedOn: random.chance(0.6) ? startedOn : null, text: `${assetNames.get(assetId)}: ${kind.toLowerCase().replaceAll('_', ' ')}`,
      });
    }
    // A failed host with no spare: replacement requested, then arrived days later (VMS-010 waited three).
    if (random.chance(0.06)) {
      const assetId = random.pick(assets);
      const requestedOn = addDays(startedOn, random.int(0, 2));
      for (const [kind, observedOn] of [['NO_SPARE', startedOn], ['REPLACEMENT_REQUESTED', requestedOn], ['REPLACEMENT_ARRIVED', addDays(requestedOn, random.int(1, 14))]] as const) {
        add('asset_facts', t.assetFacts, { id: random.uuid(), assetId, incidentId, kind, observedOn, text: `${assetNames.get(assetId)}: ${kind.toLowerCase().replaceAll('_', ' ')}` });
      }
    }

    add('sign_offs', t.signOffs, { id: random.uuid(), incidentId, position: 1, kind: 'REPORT_BY', partyId: parties[0]!, signedOn: endedOn });
    if (random.chance(0.7)) add('sign_offs', t.signOffs, { id: random.uuid(), incidentId, position: 2, kind: 'VERIFIED_BY', partyId: parties[1]!, signedOn: addDays(endedOn, 1) });
  }
  return [...tables.values()];
}
