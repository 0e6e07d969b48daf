import type { RiskLevel } from '@/lib/domain/risk';
import type { MitigationRow, MitigationThreatLink, TimelineEntry } from '@/lib/dto/mitigations';
import type { Serialized } from '@/lib/dto/serialized';

// The server's mitigation DTOs (lib/dto) as the browser receives them, plus view-only shapes.

export type { MitigationThreatLink };
export type MitigationItem = Serialized<MitigationRow>;
export type TimelineItem = Serialized<TimelineEntry>;

export interface MitigationDetailData {
  mitigation: MitigationItem;
  timeline: TimelineItem[];
  /** Threats of the mitigation's model, to link more of them. */
  threatOptions: { id: string; title: string; risk: RiskLevel }[];
}

export interface ModelOption {
  id: string;
  name: string;
}

/** Fields the tracker and the detail dialog change (the server action's `changes`). */
export interface MitigationChanges {
  title?: string;
  description?: string;
  controlType?: 'preventive' | 'detective' | 'corrective';
  status?: 'proposed' | 'planned' | 'in-progress' | 'implemented' | 'verified' | 'rejected';
  rejectionReason?: string;
  ownerId?: string | null;
  dueDate?: string | null;
  ticketUrl?: string | null;
  evidence?: string;
  evidenceLinks?: string[];
}
