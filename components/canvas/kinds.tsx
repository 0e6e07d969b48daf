import {
  Activity, Archive, Bot, Box, Boxes, Brain, Building, ChartLine, CircleUser, Cloud, Cog, Container, Database, Dumbbell, FileInput, FlaskConical,
  FolderTree, GitBranch, Globe, Handshake, Import, KeyRound, Layers, Library, MessagesSquare, Network, Package, RefreshCw,
  Server, Ship, Shield, Sparkles, Tags, User, Workflow, Wrench, type LucideIcon,
} from 'lucide-react';
import { boundaryKindDefs, isBoundaryKind } from '@/lib/domain/boundary-kinds';
import { elementKindDefs, isElementKind, type KindColor } from '@/lib/domain/element-kinds';
import type { FieldDef } from '@/lib/domain/fields';
import type { z } from 'zod';

// An explicit map keeps the bundle to the icons the kinds use (lucide's full index is large).
// A kind naming an icon missing here falls back to a neutral box.
const icons: Record<string, LucideIcon> = {
  Activity, Archive, Bot, Boxes, Brain, Building, ChartLine, CircleUser, Cloud, Cog, Container, Database, Dumbbell, FileInput, FlaskConical,
  FolderTree, GitBranch, Globe, Handshake, Import, KeyRound, Layers, Library, MessagesSquare, Network, Package, RefreshCw,
  Server, Ship, Shield, Sparkles, Tags, User, Workflow, Wrench,
};

export function KindIcon({ name, className, style }: { name: string; className?: string; style?: React.CSSProperties }) {
  const Icon = icons[name] ?? Box;
  return <Icon className={className} style={style} aria-hidden />;
}

export interface KindView {
  label: string;
  shortLabel: string;
  icon: string;
  color: KindColor;
  fields: FieldDef[];
  schema: z.ZodObject | null;
}

const unknownColor: KindColor = { fill: '#f8fafc', stroke: '#94a3b8', text: '#334155' };

/** Display facts for a stored kind id, tolerating ids this build does not know (newer data). */
export function elementKindView(kind: string): KindView {
  if (!isElementKind(kind)) return { label: `Unknown kind (${kind})`, shortLabel: kind, icon: 'Box', color: unknownColor, fields: [], schema: null };
  const d = elementKindDefs[kind];
  return { label: d.label, shortLabel: d.shortLabel ?? d.label, icon: d.icon, color: d.color, fields: d.fields, schema: d.propertiesSchema };
}

export function boundaryKindView(kind: string): KindView {
  if (!isBoundaryKind(kind)) return { label: `Unknown kind (${kind})`, shortLabel: kind, icon: 'Shield', color: unknownColor, fields: [], schema: null };
  const d = boundaryKindDefs[kind];
  return { label: d.label, shortLabel: d.label, icon: d.icon, color: d.color, fields: d.fields, schema: d.propertiesSchema };
}

