import { atlasName, atlasReference } from './atlas';
import {
  kubernetesControlNames,
  msK8sMitigationNames,
  msK8sTechniqueNames,
  nistAmlNames,
  owaspAgenticNames,
  owaspK8sNames,
  owaspLlmNames,
  owaspMlNames,
  supplyChainControlNames,
} from './framework-names';
import type { FrameworkInfo, ReferenceFramework } from './schema';

interface FrameworkDef extends FrameworkInfo {
  names: Readonly<Record<string, string>> | null;
}

const defs: readonly FrameworkDef[] = [
  {
    id: 'mitre-atlas',
    name: 'MITRE ATLAS (Adversarial Threat Landscape for AI Systems)',
    version: atlasReference.version,
    url: 'https://github.com/mitre-atlas/atlas-data',
    referenceKey: 'atlas',
    idPattern: '^AML\\.(T\\d{4}(\\.\\d{3})?|M\\d{4})$',
    names: null,
  },
  {
    id: 'owasp-llm-2025',
    name: 'OWASP Top 10 for LLM Applications',
    version: '2025',
    year: 2025,
    url: 'https://github.com/GenAI-Security-Project/GenAI-LLM-Top10',
    referenceKey: 'owaspLlm',
    idPattern: '^LLM\\d{2}:2025$',
    names: owaspLlmNames,
  },
  {
    id: 'owasp-llm-2026',
    name: 'OWASP Top 10 for LLM Applications',
    version: '2026',
    year: 2026,
    url: 'https://github.com/GenAI-Security-Project/GenAI-LLM-Top10',
    referenceKey: 'owaspLlm',
    idPattern: '^LLM\\d{2}:2026$',
    names: owaspLlmNames,
  },
  {
    id: 'owasp-agentic-2026',
    name: 'OWASP Top 10 for Agentic Applications',
    version: '2026',
    year: 2026,
    referenceKey: 'owaspAgentic',
    idPattern: '^ASI\\d{2}$',
    names: owaspAgenticNames,
  },
  {
    id: 'owasp-ml-2023',
    name: 'OWASP Machine Learning Security Top 10',
    version: '2023 (draft)',
    year: 2023,
    url: 'https://github.com/OWASP/www-project-machine-learning-security-top-10',
    referenceKey: 'owaspMl',
    idPattern: '^ML\\d{2}:2023$',
    names: owaspMlNames,
  },
  {
    id: 'nist-ai-100-2-e2025',
    name: 'NIST AI 100-2 E2025, Adversarial Machine Learning: A Taxonomy and Terminology of Attacks and Mitigations',
    version: 'E2025',
    year: 2025,
    url: 'https://nvlpubs.nist.gov/nistpubs/ai/NIST.AI.100-2e2025.pdf',
    referenceKey: 'nist',
    idPattern: '^NISTAML\\.\\d{2,3}$',
    names: nistAmlNames,
  },
  {
    id: 'owasp-k8s-2022',
    name: 'OWASP Kubernetes Top 10',
    version: '2022',
    year: 2022,
    url: 'https://github.com/OWASP/www-project-kubernetes-top-ten',
    referenceKey: 'k8s',
    idPattern: '^K\\d{2}:2022$',
    names: owaspK8sNames,
  },
  {
    id: 'owasp-k8s-2025',
    name: 'OWASP Kubernetes Top 10',
    version: '2025',
    year: 2025,
    url: 'https://github.com/OWASP/www-project-kubernetes-top-ten',
    referenceKey: 'k8s',
    idPattern: '^K\\d{2}:2025$',
    names: owaspK8sNames,
  },
  {
    id: 'ms-k8s-threat-matrix',
    name: 'Microsoft Threat Matrix for Kubernetes',
    version: '2023-01',
    year: 2023,
    url: 'https://github.com/microsoft/Threat-Matrix-for-Kubernetes',
    referenceKey: 'k8s',
    idPattern: '^MS-(TA|M)\\d{4}(\\.\\d{3})?$',
    names: { ...msK8sTechniqueNames, ...msK8sMitigationNames },
  },
  {
    id: 'kubernetes-controls',
    name: 'Kubernetes Pod Security Standards and NetworkPolicy',
    version: 'current',
    referenceKey: 'k8s',
    idPattern: '^(PSS|NP)-[a-z-]+$',
    names: kubernetesControlNames,
  },
  {
    id: 'slsa',
    name: 'SLSA (Supply-chain Levels for Software Artifacts)',
    version: '1.2',
    url: 'https://slsa.dev/spec/v1.2',
    referenceKey: 'supplyChain',
    idPattern: '^SLSA-',
    names: supplyChainControlNames,
  },
  {
    id: 'openssf-model-signing',
    name: 'OpenSSF Model Signing (OMS)',
    version: '1',
    url: 'https://github.com/ossf/model-signing-spec',
    referenceKey: 'supplyChain',
    idPattern: '^OMS-',
    names: supplyChainControlNames,
  },
];

const compiled = defs.map((def) => ({ def, pattern: new RegExp(def.idPattern) }));

export const frameworks: readonly FrameworkInfo[] = defs.map(({ names: _names, ...info }) => info);

function findDef(framework: ReferenceFramework, id: string): FrameworkDef | undefined {
  return compiled.find((c) => c.def.referenceKey === framework && c.pattern.test(id))?.def;
}

/** The framework (and edition) an id cited under `framework` belongs to, if known. */
export function frameworkOf(framework: ReferenceFramework, id: string): FrameworkInfo | undefined {
  const def = findDef(framework, id);
  return def ? frameworks.find((f) => f.id === def.id) : undefined;
}

/** The official name of a cited id, e.g. referenceName('owaspLlm', 'LLM08:2026') === 'Hidden Context Exposure'. */
export function referenceName(framework: ReferenceFramework, id: string): string | undefined {
  const info = findDef(framework, id);
  if (!info) return undefined;
  if (info.names === null) return atlasName(id);
  return Object.prototype.hasOwnProperty.call(info.names, id) ? info.names[id] : undefined;
}
