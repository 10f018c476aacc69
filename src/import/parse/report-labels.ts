/** Words of a letterhead ("Hyper Group Network Ltd - IT Department"): who wrote the report, not what happened. */
export const LETTERHEAD = /\b(?:department|dept\.?|division|ltd|limited|inc|plc|llc|gmbh)\b/i;

/** A report's own label at the start of a line: "Incident report", "Post-incident review". */
export const REPORT_LABEL = /^(?:incident report|post[- ]incident (?:report|review)|incident review)\b/i;

/**
 * The heading over the sign-off lines, typed alone on its line: "Sign-off:", "7. Signatures", "Approvals",
 * "Review and approval".
 */
export const SIGN_OFF_HEADING = /^(?:\d{1,2}[.)]\s*)?(?:sign[- ]?offs?|signatures?|approvals?|sign[- ]?off and approvals?|review and approval|authori[sz]ation)\s*[:：]?$/i;

/**
 * The label of the incident period and what follows it: "Date:", "Incident date:", "Period:", "Date(s):",
 * "Duration:", "Date of incident:", "Period under review:", "Period covered:", "When:".
 */
export const PERIOD_LINE = /^(?:(?:incident|outage)\s+)?(?:date|dates|date\(s\)|period|duration|time\s*frame|when)(?:\s+of\s+(?:the\s+)?(?:incident|outage)|\s+under\s+review|\s+covered)?\s*[:：]\s*(.*)$/is;
