import type { Serialized } from '@/lib/dto/serialized';
import type { SuggestionRow, ThreatMitigationLink, ThreatRow, ThreatTarget } from '@/lib/dto/threats';

// The server's DTOs (lib/dto) as the browser receives them, plus view-only shapes.

export type ThreatTargetView = ThreatTarget;
export type ThreatItem = Serialized<ThreatRow>;
export type { ThreatMitigationLink };

/** A mitigation of the model, to link to a threat. */
export interface MitigationOption {
  id: string;
  title: string;
  status: string;
  controlType: string;
  catalogueId: string | null;
}

export type SuggestionItem = Serialized<SuggestionRow>;

export interface MemberOption {
  id: string;
  name: string;
}

/** Elements and flows a threat can be attached to, for the "Add threat" dialog. */
export interface TargetOption {
  type: 'element' | 'flow';
  id: string;
  name: string;
  kind: string | null;
}
