import type { MitigationItem, TimelineItem } from './types';

/** Server DTO (Date fields) to the client shape (ISO strings); used by pages. */
export function toMitigationItem<T extends Omit<MitigationItem, 'updatedAt'> & { updatedAt: Date }>(m: T): MitigationItem {
  return { ...m, updatedAt: m.updatedAt.toISOString() };
}

export function toTimelineItem<T extends Omit<TimelineItem, 'at'> & { at: Date }>(e: T): TimelineItem {
  return { ...e, at: e.at.toISOString() };
}
