/** Words of a letterhead ("Hyper Group Network Ltd - IT Department"): who wrote the report, not what happened. */
export const LETTERHEAD = /\b(?:department|dept\.?|division|ltd|limited|inc|plc|llc|gmbh)\b/i;

/** A report's own label at the start of a line: "Incident report", "Post-incident review". */
export const REPORT_LABEL = /^(?:incident report|post[- ]incident (?:report|review)|incident review)\b/i;
