// PLACEHOLDER until the health duties land (replaced by the informal helper).
import type { TrackContext, TrackResult } from '../case/track.js';

export function evaluateHealth(_ctx: TrackContext): TrackResult {
  return { deadlines: [], flags: [], escalations: [], issues: [] };
}
