// PLACEHOLDER until the formal track lands (replaced by its helper).
import type { FormalTrajectory } from '../case/output.js';
import type { TrackContext, TrackResult } from '../case/track.js';

export function evaluateFormal(_ctx: TrackContext): TrackResult & { trajectories: FormalTrajectory[] } {
  return { deadlines: [], flags: [], escalations: [], issues: [], trajectories: [] };
}
