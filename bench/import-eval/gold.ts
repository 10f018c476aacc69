import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What an analyst reads out of one variant report; written by hand, never from the importer's output. */
export interface Gold {
  /** Written after the rules were tuned and never tuned against: its figures are the honest out-of-sample ones. */
  heldOut?: boolean;
  /** How the report was used, where that matters for reading its figures. */
  note?: string;
  parties: { name: string; title: string | null }[];
  assets: string[];
  entries: { start: string; end: string }[];
  times: { date: string; time: string }[];
  causes: string[];
  /** `causes` are 1-based positions in the gold causes list. */
  recommendations: { text: string; causes: number[] }[];
  signOffs: { kind: string; name: string }[];
}

export interface CorpusReport {
  file: string;
  path: string;
  gold: Gold;
}

const REPORT_FILE = /\.(md|txt|html?|docx)$/i;

/** Every report in the folder that has a `<name>.gold.json` beside it. */
export function loadCorpus(folder: string): CorpusReport[] {
  const names = readdirSync(folder).sort();
  return names
    .filter((n) => REPORT_FILE.test(n) && !/^readme\./i.test(n))
    .map((file) => {
      const goldFile = file.replace(REPORT_FILE, '.gold.json');
      if (!names.includes(goldFile)) throw new Error(`${file} has no ${goldFile}`);
      return { file, path: join(folder, file), gold: JSON.parse(readFileSync(join(folder, goldFile), 'utf8')) as Gold };
    });
}
