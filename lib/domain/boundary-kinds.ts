import { z } from 'zod';
import { defineProps, select, tags, text, yesNo, type FieldDef, type PropSpec } from './fields';
import type { KindColor } from './kinds/shared';

// Ids are stored in the database and in exported files: never rename one, only add.
export const boundaryKinds = [
  'internet',
  'cloud-account',
  'network',
  'kubernetes-cluster',
  'namespace',
  'third-party',
  'on-premises',
] as const;
export type BoundaryKind = (typeof boundaryKinds)[number];

export const boundaryKindSchema = z.enum(boundaryKinds, { message: 'Choose a known boundary kind.' });

export interface BoundaryKindDef<S extends z.ZodObject = z.ZodObject> {
  id: BoundaryKind;
  label: string;
  description: string;
  /** A lucide-react icon component name. */
  icon: string;
  /** Boundaries are drawn as translucent containers, so fill is a very light tint. */
  color: KindColor;
  propertiesSchema: S;
  fields: FieldDef[];
}

export const podSecurityLevels = [
  { value: 'privileged', label: 'Privileged' },
  { value: 'baseline', label: 'Baseline' },
  { value: 'restricted', label: 'Restricted' },
] as const;

export const cloudProviders = [
  { value: 'aws', label: 'AWS' },
  { value: 'azure', label: 'Azure' },
  { value: 'gcp', label: 'Google Cloud' },
  { value: 'other', label: 'Other' },
] as const;

function defineBoundary<const K extends BoundaryKind, P extends Record<string, PropSpec>>(
  id: K,
  spec: { label: string; description: string; icon: string; color: KindColor; props: P },
) {
  const { propertiesSchema, fields } = defineProps({
    owner: text('Owner', 'Team accountable for this zone.'),
    ...spec.props,
    tags: tags(),
  });
  return { id, label: spec.label, description: spec.description, icon: spec.icon, color: spec.color, propertiesSchema, fields };
}

const defs = {
  internet: defineBoundary('internet', {
    label: 'Internet',
    description: 'The public internet: anyone can send traffic from here, so nothing inside is trusted.',
    icon: 'Globe',
    color: { fill: '#fef2f2', stroke: '#dc2626', text: '#7f1d1d' },
    props: {},
  }),
  'cloud-account': defineBoundary('cloud-account', {
    label: 'Cloud account',
    description: 'A cloud account, subscription or project whose IAM policies separate it from others.',
    icon: 'Cloud',
    color: { fill: '#eff6ff', stroke: '#3b82f6', text: '#1e3a8a' },
    props: {
      provider: select('Provider', cloudProviders),
      accountId: text('Account / project id'),
      region: text('Region'),
    },
  }),
  network: defineBoundary('network', {
    label: 'Network / VPC',
    description: 'A virtual network or subnet whose firewall rules control what can reach what.',
    icon: 'Network',
    color: { fill: '#f0fdfa', stroke: '#14b8a6', text: '#134e4a' },
    props: {
      cidr: text('CIDR range'),
      egressRestricted: yesNo('Egress restricted', 'Outbound traffic goes only to allowed destinations.'),
    },
  }),
  'kubernetes-cluster': defineBoundary('kubernetes-cluster', {
    label: 'Kubernetes cluster',
    description: 'A Kubernetes cluster: workloads share its control plane, nodes and network.',
    icon: 'Ship',
    color: { fill: '#eef2ff', stroke: '#6366f1', text: '#312e81' },
    props: {
      clusterName: text('Cluster name'),
      kubernetesVersion: text('Kubernetes version'),
      distribution: text('Distribution', 'e.g. EKS, GKE, AKS, OpenShift.'),
      admissionPolicy: yesNo('Admission policy enforced', 'A policy engine rejects non-compliant workloads.'),
    },
  }),
  namespace: defineBoundary('namespace', {
    label: 'Namespace',
    description: 'A Kubernetes namespace that scopes RBAC, quotas, Pod Security and network policies.',
    icon: 'FolderTree',
    color: { fill: '#f5f3ff', stroke: '#8b5cf6', text: '#4c1d95' },
    props: {
      podSecurityLevel: select('Pod Security level', podSecurityLevels, 'The enforced Pod Security Admission level.'),
      defaultDenyNetworkPolicy: yesNo('Default-deny NetworkPolicy'),
    },
  }),
  'third-party': defineBoundary('third-party', {
    label: 'Third party',
    description: 'A vendor, partner or SaaS service outside your control that data is sent to or received from.',
    icon: 'Handshake',
    color: { fill: '#fff7ed', stroke: '#ea580c', text: '#7c2d12' },
    props: {
      vendor: text('Vendor'),
      dataProcessingAgreement: yesNo('Data processing agreement', 'A contract covers how the vendor handles your data.'),
      dataResidency: text('Data residency'),
    },
  }),
  'on-premises': defineBoundary('on-premises', {
    label: 'On-premises',
    description: 'Infrastructure in your own data centre or office network.',
    icon: 'Building',
    color: { fill: '#f8fafc', stroke: '#64748b', text: '#1e293b' },
    props: {
      site: text('Site'),
      physicalAccessControlled: yesNo('Physical access controlled'),
    },
  }),
} satisfies Record<BoundaryKind, BoundaryKindDef>;

export const boundaryKindDefs: Record<BoundaryKind, BoundaryKindDef> = defs;

export type BoundaryProperties<K extends BoundaryKind> = z.infer<(typeof defs)[K]['propertiesSchema']>;

export function isBoundaryKind(value: unknown): value is BoundaryKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(defs, value);
}

export function parseBoundaryProperties(kind: BoundaryKind, value: unknown) {
  return boundaryKindDefs[kind].propertiesSchema.safeParse(value);
}

export function defaultBoundaryName(kind: BoundaryKind): string {
  return boundaryKindDefs[kind].label;
}
