// Official ids and names of the frameworks the catalogue cites, as compiled in
// shared/reference/frameworks.md (2026-11). Ids and names are facts; nothing here is descriptive
// text from the sources. ATLAS names are not listed here: they come from reference/atlas.json.

/** OWASP Top 10 for LLM Applications. The 2026 edition renumbered entries, so the year is part of the id. */
export const owaspLlmNames: Readonly<Record<string, string>> = {
  'LLM01:2025': 'Prompt Injection',
  'LLM02:2025': 'Sensitive Information Disclosure',
  'LLM03:2025': 'Supply Chain',
  'LLM04:2025': 'Data and Model Poisoning',
  'LLM05:2025': 'Improper Output Handling',
  'LLM06:2025': 'Excessive Agency',
  'LLM07:2025': 'System Prompt Leakage',
  'LLM08:2025': 'Vector and Embedding Weaknesses',
  'LLM09:2025': 'Misinformation',
  'LLM10:2025': 'Unbounded Consumption',
  'LLM01:2026': 'Prompt Injection',
  'LLM02:2026': 'Sensitive Information Disclosure',
  'LLM03:2026': 'Excessive Agency',
  'LLM04:2026': 'Supply Chain',
  'LLM05:2026': 'Data and Model Poisoning',
  'LLM06:2026': 'Unbounded Consumption',
  'LLM07:2026': 'Misinformation',
  'LLM08:2026': 'Hidden Context Exposure',
  'LLM09:2026': 'Vector and Embedding Weaknesses',
  'LLM10:2026': 'Improper Output Handling',
};

/** OWASP Top 10 for Agentic Applications 2026. */
export const owaspAgenticNames: Readonly<Record<string, string>> = {
  ASI01: 'Agent Goal Hijack',
  ASI02: 'Tool Misuse and Exploitation',
  ASI03: 'Identity and Privilege Abuse',
  ASI04: 'Agentic Supply Chain Vulnerabilities',
  ASI05: 'Unexpected Code Execution (RCE)',
  ASI06: 'Memory and Context Poisoning',
  ASI07: 'Insecure Inter-Agent Communication',
  ASI08: 'Cascading Failures',
  ASI09: 'Human-Agent Trust Exploitation',
  ASI10: 'Rogue Agents',
};

/** OWASP Machine Learning Security Top 10, 2023 (still a draft upstream). */
export const owaspMlNames: Readonly<Record<string, string>> = {
  'ML01:2023': 'Input Manipulation Attack',
  'ML02:2023': 'Data Poisoning Attack',
  'ML03:2023': 'Model Inversion Attack',
  'ML04:2023': 'Membership Inference Attack',
  'ML05:2023': 'Model Theft',
  // Upstream is inconsistent ("AI Supply Chain Attacks" in the index); the page's own title is used.
  'ML06:2023': 'ML Supply Chain Attacks',
  'ML07:2023': 'Transfer Learning Attack',
  'ML08:2023': 'Model Skewing',
  'ML09:2023': 'Output Integrity Attack',
  'ML10:2023': 'Model Poisoning',
};

/**
 * NIST AI 100-2 E2025 attack index (objectives NISTAML.0x, attacks NISTAML.0xx). The errata entries
 * NISTAML.016/.017 are proposed corrections without official names and are left out.
 */
export const nistAmlNames: Readonly<Record<string, string>> = {
  'NISTAML.01': 'Availability breakdown',
  'NISTAML.011': 'Model Poisoning',
  'NISTAML.012': 'Clean-label Poisoning',
  'NISTAML.013': 'Data Poisoning',
  'NISTAML.014': 'Energy-latency',
  'NISTAML.015': 'Indirect Prompt Injection',
  'NISTAML.018': 'Prompt Injection',
  'NISTAML.02': 'Integrity violation',
  'NISTAML.021': 'Clean-label Backdoor',
  'NISTAML.022': 'Evasion',
  'NISTAML.023': 'Backdoor Poisoning',
  'NISTAML.024': 'Targeted Poisoning',
  'NISTAML.025': 'Black-box Evasion',
  'NISTAML.026': 'Model Poisoning',
  'NISTAML.027': 'Misaligned Outputs',
  'NISTAML.03': 'Privacy compromise',
  'NISTAML.031': 'Model Extraction',
  'NISTAML.032': 'Reconstruction',
  'NISTAML.033': 'Membership Inference',
  'NISTAML.034': 'Property Inference',
  'NISTAML.035': 'Prompt Extraction',
  'NISTAML.036': 'Leaking information from user interactions',
  'NISTAML.037': 'Training Data Attacks',
  'NISTAML.038': 'Data Extraction',
  'NISTAML.039': 'Compromising connected resources',
  'NISTAML.04': 'Misuse enablement',
  'NISTAML.05': 'Supply chain',
  'NISTAML.051': 'Model Poisoning',
};

/** OWASP Kubernetes Top 10 (2022 and 2025 editions; K02 etc. differ between them). */
export const owaspK8sNames: Readonly<Record<string, string>> = {
  'K01:2022': 'Insecure Workload Configurations',
  'K02:2022': 'Supply Chain Vulnerabilities',
  'K03:2022': 'Overly Permissive RBAC Configurations',
  'K04:2022': 'Lack of Centralized Policy Enforcement',
  'K05:2022': 'Inadequate Logging and Monitoring',
  'K06:2022': 'Broken Authentication Mechanisms',
  'K07:2022': 'Missing Network Segmentation Controls',
  'K08:2022': 'Secrets Management Failures',
  'K09:2022': 'Misconfigured Cluster Components',
  'K10:2022': 'Outdated and Vulnerable Kubernetes Components',
  'K01:2025': 'Insecure Workload Configurations',
  'K02:2025': 'Overly Permissive Authorization Configurations',
  'K03:2025': 'Secrets Management Failures',
  'K04:2025': 'Lack Of Cluster Level Policy Enforcement',
  'K05:2025': 'Missing Network Segmentation Controls',
  'K06:2025': 'Overly Exposed Kubernetes Components',
  'K07:2025': 'Misconfigured And Vulnerable Cluster Components',
  'K08:2025': 'Cluster To Cloud Lateral Movement',
  'K09:2025': 'Broken Authentication Mechanisms',
  'K10:2025': 'Inadequate Logging And Monitoring',
};

/** Microsoft Threat Matrix for Kubernetes techniques (MS-TA9032 does not exist upstream). */
export const msK8sTechniqueNames: Readonly<Record<string, string>> = {
  'MS-TA9001': 'Using cloud credentials',
  'MS-TA9002': 'Compromised image in registry',
  'MS-TA9003': 'Kubeconfig file',
  'MS-TA9004': 'Application vulnerability',
  'MS-TA9005': 'Exposed sensitive interfaces',
  'MS-TA9006': 'Exec into container',
  'MS-TA9007': 'bash/cmd inside container',
  'MS-TA9008': 'New container',
  'MS-TA9009': 'Application exploit (RCE)',
  'MS-TA9010': 'SSH server running inside container',
  'MS-TA9011': 'Sidecar injection',
  'MS-TA9012': 'Backdoor container',
  'MS-TA9013': 'Writable hostPath mount',
  'MS-TA9014': 'Kubernetes CronJob',
  'MS-TA9015': 'Malicious admission controller',
  'MS-TA9016': 'Container service account',
  'MS-TA9017': 'Static pods',
  'MS-TA9018': 'Privileged container',
  'MS-TA9019': 'Cluster-admin binding',
  'MS-TA9020': 'Access cloud resources',
  'MS-TA9021': 'Clear container logs',
  'MS-TA9022': 'Delete Kubernetes events',
  'MS-TA9023': 'Pod or container name similarity',
  'MS-TA9024': 'Connect from proxy server',
  'MS-TA9025': 'List Kubernetes secrets',
  'MS-TA9026': 'Mount service principal',
  'MS-TA9027': 'Application credentials in configuration files',
  'MS-TA9028': 'Access managed identity credentials',
  'MS-TA9029': 'Access Kubernetes API server',
  'MS-TA9030': 'Access Kubelet API',
  'MS-TA9031': 'Network mapping',
  'MS-TA9033': 'Instance Metadata API',
  'MS-TA9034': 'Cluster internal networking',
  'MS-TA9035': 'CoreDNS poisoning',
  'MS-TA9036': 'ARP poisoning and IP spoofing',
  'MS-TA9037': 'Images from a private registry',
  'MS-TA9038': 'Data destruction',
  'MS-TA9039': 'Resource hijacking',
  'MS-TA9040': 'Denial of service',
  'MS-TA9041': 'Collecting data from pod',
};

/** Microsoft Threat Matrix for Kubernetes mitigations (file titles upstream). */
export const msK8sMitigationNames: Readonly<Record<string, string>> = {
  'MS-M9001': 'Multi-factor Authentication',
  'MS-M9002': 'Restrict access to the API server using IP firewall',
  'MS-M9003': 'Adhere to least-privilege principle',
  'MS-M9004': 'Secure CI/CD environment',
  'MS-M9005': 'Image assurance policy',
  'MS-M9005.001': 'Gate generated images in CI/CD pipeline',
  'MS-M9005.002': 'Gate images pushed to registries',
  'MS-M9005.003': 'Gate images deployed to Kubernetes cluster',
  'MS-M9006': 'Enable Just In Time access to API server',
  'MS-M9007': 'Network Intrusion Prevention',
  'MS-M9008': 'Limit Access to Services Over Network',
  'MS-M9009': 'Require Strong Authentication to Services',
  'MS-M9010': 'Restrict Exec Commands on Pods',
  'MS-M9011': 'Restrict Container Runtime using LSM',
  'MS-M9012': 'Remove Tools from Container Images',
  'MS-M9013': 'Restrict over permissive containers',
  'MS-M9014': 'Network Segmentation',
  'MS-M9015': 'Avoid Running Management Interface on Containers',
  'MS-M9016': 'Restrict File and Directory Permissions',
  'MS-M9017': 'Ensure that pods meet defined Pod Security Standards',
  'MS-M9018': 'Restricting cloud metadata API access',
  'MS-M9019': 'Allocate specific identities to pods',
  'MS-M9020': 'Collect Logs to Remote Data Storage',
  'MS-M9021': 'Restrict the usage of unauthenticated APIs in the Cluster',
  'MS-M9022': 'Use Managed Secret Store',
  'MS-M9023': 'Remove unused secrets from the cluster',
  'MS-M9024': 'Restrict access to etcd',
  'MS-M9025': 'Disable Service Account Auto Mount',
  'MS-M9026': 'Avoid using plain text credentials in configuration files',
  'MS-M9027': 'Use NodeRestriction Admission Controller',
  'MS-M9028': 'Use CNIs that are not prone to ARP poisoning',
  'MS-M9029': 'Set requests and limits for containers',
  'MS-M9030': 'Use Cloud Storage Provider',
  'MS-M9031': 'Implement Data Backup Strategy',
  'MS-M9032': 'Avoid using web-hosted manifest for Kubelet',
};

/** Built-in Kubernetes controls. The ids are ours; the names are the Kubernetes features' own. */
export const kubernetesControlNames: Readonly<Record<string, string>> = {
  'PSS-baseline': 'Pod Security Standards: Baseline',
  'PSS-restricted': 'Pod Security Standards: Restricted',
  'NP-default-deny': 'NetworkPolicy: default deny',
};

/** Supply-chain controls. The ids are ours. */
export const supplyChainControlNames: Readonly<Record<string, string>> = {
  'SLSA-BUILD-L1': 'SLSA Build L1',
  'SLSA-BUILD-L2': 'SLSA Build L2',
  'SLSA-BUILD-L3': 'SLSA Build L3',
  'OMS-V1': 'OpenSSF Model Signing (OMS) v1',
};
