// PLACEHOLDER until the informal track lands (replaced by its helper).
import type { InformalStatus } from '../case/output.js';
import type { TrackContext, TrackResult } from '../case/track.js';

export function evaluateInformal(_ctx: TrackContext): TrackResult & { status: InformalStatus | null } {
  return { deadlines: [], flags: [], escalations: [], issues: [], status: null };
}
