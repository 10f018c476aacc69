import weights from './model.json' with { type: 'json' };
import type { LinearModel } from './linear-model.js';
import { winkTokeniser } from './wink-tokeniser.js';

/**
 * Everything heavy the classifier needs — wink's English model and the trained
 * weights — in one module, built as its own chunk (`npm run build:classifier`)
 * and loaded only when a report is read.
 */
export const model = weights as LinearModel;
export { winkTokeniser };
