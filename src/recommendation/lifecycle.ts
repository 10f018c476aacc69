import type { RecommendationStatus } from '../generated/resolvers.js';

/** The steps a recommendation may take; anything else is refused. */
const next: Record<RecommendationStatus, readonly RecommendationStatus[]> = {
  PROPOSED: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['IN_PROGRESS', 'REJECTED'],
  IN_PROGRESS: ['DONE', 'REJECTED'],
  // Verification that fails sends the work back.
  DONE: ['VERIFIED', 'IN_PROGRESS'],
  VERIFIED: [],
  REJECTED: [],
};

export function allowedNext(from: RecommendationStatus): readonly RecommendationStatus[] {
  return next[from];
}

export function canMove(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return next[from].includes(to);
}
