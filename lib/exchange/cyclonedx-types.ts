// The subset of the CycloneDX 1.6 JSON format Threatline writes (see the bundled
// bom-1.6 schema in @cyclonedx/cyclonedx-library/res/schema). Plain data, ready for JSON.stringify.

export interface CdxProperty {
  name: string;
  value: string;
}

export type CdxLicense = { license: { id: string } } | { license: { name: string } };

export interface CdxHash {
  alg: 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'SHA3-256' | 'SHA3-384' | 'SHA3-512' | 'BLAKE2b-256' | 'BLAKE2b-384' | 'BLAKE2b-512' | 'BLAKE3';
  content: string;
}

export interface CdxExternalReference {
  type: 'website' | 'distribution' | 'documentation' | 'threat-model' | 'other';
  url: string;
  comment?: string;
}

export interface CdxOrganization {
  name: string;
  url?: string[];
}

export interface CdxGovernance {
  owners?: { organization: CdxOrganization }[];
  custodians?: { organization: CdxOrganization }[];
}

export interface CdxComponentData {
  'bom-ref'?: string;
  type: 'dataset' | 'source-code' | 'configuration' | 'definition' | 'other';
  name?: string;
  contents?: { url?: string; properties?: CdxProperty[] };
  classification?: string;
  sensitiveData?: string[];
  governance?: CdxGovernance;
}

export interface CdxModelCard {
  'bom-ref'?: string;
  modelParameters?: {
    approach?: { type: 'supervised' | 'unsupervised' | 'reinforcement-learning' | 'semi-supervised' | 'self-supervised' };
    task?: string;
    architectureFamily?: string;
    modelArchitecture?: string;
    datasets?: { ref: string }[];
  };
  considerations?: {
    useCases?: string[];
    technicalLimitations?: string[];
  };
  properties?: CdxProperty[];
}

export interface CdxComponent {
  type: 'application' | 'framework' | 'library' | 'machine-learning-model' | 'data' | 'platform' | 'container';
  'bom-ref': string;
  supplier?: CdxOrganization;
  publisher?: string;
  group?: string;
  name: string;
  version?: string;
  description?: string;
  hashes?: CdxHash[];
  licenses?: CdxLicense[];
  purl?: string;
  externalReferences?: CdxExternalReference[];
  modelCard?: CdxModelCard;
  data?: CdxComponentData[];
  properties?: CdxProperty[];
  tags?: string[];
}

export interface CdxService {
  'bom-ref': string;
  provider?: CdxOrganization;
  name: string;
  version?: string;
  description?: string;
  authenticated?: boolean;
  'x-trust-boundary'?: boolean;
  trustZone?: string;
  data?: { flow: 'inbound' | 'outbound' | 'bi-directional' | 'unknown'; classification: string; name?: string }[];
  externalReferences?: CdxExternalReference[];
  properties?: CdxProperty[];
}

export interface CdxDependency {
  ref: string;
  dependsOn?: string[];
}

export interface CycloneDxBom {
  $schema: string;
  bomFormat: 'CycloneDX';
  specVersion: '1.6';
  serialNumber?: string;
  version: number;
  metadata: {
    timestamp: string;
    lifecycles: { phase: 'design' }[];
    tools: { components: CdxComponent[] };
    component: CdxComponent;
    properties?: CdxProperty[];
  };
  components: CdxComponent[];
  services: CdxService[];
  dependencies: CdxDependency[];
}
