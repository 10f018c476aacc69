import type { CauseCategory, EntityDecisionInput } from '../../../generated/explorer-import/graphql.js';
import type { ReviewChoices } from './send.js';

/** Every cause category, in the schema's order. */
export const CATEGORIES: CauseCategory[] = [
  'CHANGE_MANAGEMENT', 'HARDWARE_FAILURE', 'SOFTWARE_BUG', 'NETWORK_ROUTING', 'DATA_REPLICATION', 'BACKUP', 'MONITORING_GAP',
  'CAPACITY', 'CONFIGURATION', 'SPARE_SHORTAGE', 'HUMAN_ERROR', 'REDUNDANCY', 'PROCESS', 'THIRD_PARTY', 'ENVIRONMENT',
];

/** The analyst's decisions on one dry run: entities "same as …" or new, causes' categories by position. */
export class Choices {
  private readonly decisions = new Map<string, EntityDecisionInput>();
  private readonly categories = new Map<number, CauseCategory[]>();
  private readonly listeners: (() => void)[] = [];

  /** `sameAs`: an entity ID, null for new, undefined to leave it to the importer. */
  decide(type: EntityDecisionInput['type'], name: string, sameAs: string | null | undefined): void {
    const key = `${type}:${name}`;
    if (sameAs === undefined) this.decisions.delete(key);
    else this.decisions.set(key, { type, name, sameAs });
    this.changed();
  }

  /** `null` puts back what the importer read. */
  setCategories(position: number, categories: CauseCategory[] | null): void {
    if (categories) this.categories.set(position, categories);
    else this.categories.delete(position);
    this.changed();
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  get count(): number {
    return this.decisions.size + this.categories.size;
  }

  toInput(): ReviewChoices {
    return {
      decisions: [...this.decisions.values()],
      categoryOverrides: [...this.categories].map(([position, categories]) => ({ position, categories })),
    };
  }

  /** In words, for the import button's note. */
  describe(): string {
    const parts = [
      this.decisions.size ? `${this.decisions.size} entity decision${this.decisions.size === 1 ? '' : 's'}` : '',
      this.categories.size ? `${this.categories.size} cause${this.categories.size === 1 ? '' : 's'} with your categories` : '',
    ].filter(Boolean);
    return parts.length ? `Sent with the import: ${parts.join(' and ')}.` : 'No decisions of yours: the importer’s reading is imported as shown.';
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
