import fc from 'fast-check';
import { expect, it } from 'vitest';
import { applyEdits, reportEdit } from '../support/mangled-reports.js';
import { importMutation, shippedReports } from '../support/reports.js';
import { rowCounts } from '../support/row-counts.js';
import { describeOnDriver } from '../support/suite.js';

const originals = Object.values(shippedReports);

describeOnDriver('pglite', 'Importing mangled reports through the API', (suite) => {
  it('either stores a whole incident or refuses with BAD_USER_INPUT and stores nothing — never a crash or a partial incident', async () => {
    const api = suite.api();
    const seen = { stored: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...originals), fc.array(reportEdit, { minLength: 1, maxLength: 5 }), async (original, edits) => {
        const before = await rowCounts(suite.database());
        const response = await api.query(importMutation, { markdown: applyEdits(original, edits) });
        expect(response.status).toBeLessThan(500);
        const after = await rowCounts(suite.database());
        if (response.errors) {
          expect(response.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          expect(after).toEqual(before);
          seen.refused++;
          return;
        }
        const result = response.data!.importIncidentReport;
        if (result.outcome === 'UNCHANGED') return;
        seen.stored++;
        // Whole: the stored incident holds every event, cause and recommendation the import counted.
        const { incident } = await api.ok(`query($key: String!) { incident(key: $key) { timeline { totalCount } causes { id } recommendations { id } } }`, { key: result.incidentKey });
        expect(incident.timeline.totalCount).toBe(result.counts.timelineEvents);
        expect(incident.causes).toHaveLength(result.counts.causes);
        expect(incident.recommendations).toHaveLength(result.counts.recommendations);
      }),
      { numRuns: 40 },
    );
    expect(seen.stored).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
