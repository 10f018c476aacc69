/** Where the compliance report is served as CSV or JSON (local server and API Gateway route). */
export const EXPORT_PATH = '/export/compliance';
