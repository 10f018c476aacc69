/**
 * Stands in for Apollo's usage-reporting protobuf (about 220 KB of the bundle). Only Apollo's
 * usage-reporting and inline-trace plugins use it, and Apollo loads those only when an Apollo
 * Studio key is set or the schema is a federation subgraph: neither is the case here.
 */
function unavailable(): never {
  throw new Error('Apollo usage reporting is not part of this bundle');
}

export class Trace {
  constructor() {
    unavailable();
  }
}
export class Report {
  constructor() {
    unavailable();
  }
}
export class ReportHeader {
  constructor() {
    unavailable();
  }
}
export const google = new Proxy({}, { get: unavailable });
