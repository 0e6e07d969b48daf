import type { CatalogueMitigation } from '../schema';

export const dataAndModelMitigations: CatalogueMitigation[] = [
  {
    id: 'TL-M-001',
    title: 'Record dataset provenance and lineage',
    description:
      'Keep a record of where every dataset and record came from, when it arrived and which job transformed it. With lineage in place, a suspicious sample can be traced back to its source and every model trained on it can be found.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0025'] },
    appliesTo: { elementKinds: ['data-source', 'data-ingestion', 'data-store', 'labelling', 'feature-store', 'training-job'], flows: false },
  },
  {
    id: 'TL-M-002',
    title: 'Sanitise and filter training data',
    description:
      'Check incoming training data for schema violations, duplicates, statistical outliers and content that looks crafted, and quarantine what fails. Filtering before training is far cheaper than finding a poisoned behaviour after release.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0007'] },
    appliesTo: { elementKinds: ['data-ingestion', 'data-store', 'labelling', 'feature-store', 'training-job', 'feedback-loop'], flows: false },
  },
  {
    id: 'TL-M-003',
    title: 'Restrict access to data and model stores',
    description:
      'Allow only named pipelines and roles to write datasets, features, embeddings and model files, and keep read access just as narrow. Separate the identities that publish from those that consume so one stolen credential cannot do both.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0005'] },
    appliesTo: {
      elementKinds: ['data-store', 'feature-store', 'vector-store', 'labelling', 'data-ingestion', 'model-registry', 'experiment-tracking', 'artifact-build', 'evaluation', 'monitoring'],
      flows: false,
    },
  },
  {
    id: 'TL-M-004',
    title: 'Keep immutable, versioned dataset snapshots',
    description:
      'Store each training and evaluation dataset as a read-only, versioned snapshot and record which snapshot every run used. When poisoning or tampering is discovered, the team can compare versions and retrain from the last clean one.',
    controlType: 'corrective',
    references: { atlas: ['AML.M0025'] },
    appliesTo: { elementKinds: ['data-store', 'feature-store', 'training-job', 'vector-store', 'evaluation'], flows: false },
  },
  {
    id: 'TL-M-005',
    title: 'Assure label quality',
    description:
      'Have several annotators label overlapping samples, seed the queue with items whose answer is known and track each annotator’s agreement over time. Outlying annotators and batches are reviewed before their labels reach training.',
    controlType: 'detective',
    references: { atlas: ['AML.M0007'] },
    appliesTo: { elementKinds: ['labelling'], flows: false },
  },
  {
    id: 'TL-M-006',
    title: 'Gate feedback before it becomes training data',
    description:
      'Treat user ratings, corrections and logged outcomes as untrusted input: deduplicate them, cap the weight of any single account and review unusual bursts. Only feedback that passes these checks is merged into the next training set.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0007'] },
    appliesTo: { elementKinds: ['feedback-loop', 'monitoring'], flows: false },
  },
  {
    id: 'TL-M-007',
    title: 'Use poisoning-robust training',
    description:
      'Choose training methods that limit the pull of a small number of samples, such as robust loss functions, data subsampling or ensembles trained on disjoint slices. An attacker then needs to control far more data to change behaviour.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0003', 'AML.M0006'] },
    appliesTo: { elementKinds: ['training-job'], flows: false },
  },
  {
    id: 'TL-M-008',
    title: 'Scan models for backdoors and hidden behaviour',
    description:
      'Before a model is registered or adopted, probe it for trigger-dependent behaviour with backdoor detection tools, activation analysis and targeted test inputs. Compare results with a trusted baseline of the same architecture where one exists.',
    controlType: 'detective',
    references: { atlas: ['AML.M0008'] },
    appliesTo: { elementKinds: ['evaluation', 'model-registry', 'pretrained-model'], flows: false },
  },
  {
    id: 'TL-M-009',
    title: 'Pin third-party models and datasets by digest',
    description:
      'Refer to external weights and datasets by an exact revision and content hash instead of a mutable name or "latest" tag, and check the hash on every download. A silent upstream replacement then fails the pipeline instead of flowing into training.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0014'] },
    appliesTo: { elementKinds: ['pretrained-model', 'data-source', 'data-ingestion', 'model-registry', 'training-job'], flows: false },
  },
  {
    id: 'TL-M-010',
    title: 'Sign models and verify signatures before loading',
    description:
      'Sign model artefacts where they are produced, for example with OpenSSF Model Signing, and verify the signature and signer identity wherever they are loaded. A model altered after training, or uploaded by someone else, is then refused.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0013', 'AML.M0014'], supplyChain: ['OMS-V1'] },
    appliesTo: {
      elementKinds: ['model-registry', 'artifact-build', 'deployment', 'inference-service', 'training-job', 'pretrained-model'],
      flows: false,
    },
  },
  {
    id: 'TL-M-011',
    title: 'Use model formats that cannot run code',
    description:
      'Store and exchange weights in data-only formats such as safetensors, ONNX or GGUF, and configure loaders to reject pickle-based files. Where a legacy format is unavoidable, convert it once in an isolated job and keep only the converted file.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0011'] },
    appliesTo: {
      elementKinds: ['pretrained-model', 'model-registry', 'inference-service', 'artifact-build', 'evaluation', 'experiment-tracking', 'training-job'],
      flows: false,
    },
  },
  {
    id: 'TL-M-012',
    title: 'Scan model files on intake and upload',
    description:
      'Run a model-file scanner on every artefact that enters the organisation or the registry, looking for embedded code, unusual operators and known-bad hashes. Block the upload or promotion when the scan fails or cannot parse the file.',
    controlType: 'detective',
    references: { atlas: ['AML.M0016', 'AML.M0014'] },
    appliesTo: { elementKinds: ['pretrained-model', 'model-registry', 'experiment-tracking', 'artifact-build'], flows: false },
  },
  {
    id: 'TL-M-013',
    title: 'Load untrusted artefacts in an isolated sandbox',
    description:
      'Open third-party or unverified models only inside a throwaway environment without network access, credentials or shared volumes. If the file does execute something, it finds nothing worth stealing and nowhere to send it.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0011'] },
    appliesTo: { elementKinds: ['evaluation', 'training-job', 'model-registry', 'inference-service'], flows: false },
  },
  {
    id: 'TL-M-014',
    title: 'Maintain an AI bill of materials',
    description:
      'List, for every deployed model, the base model, datasets, libraries, licences and hashes it was built from. When an upstream component is reported as compromised, the inventory shows at once which systems are affected.',
    controlType: 'detective',
    references: { atlas: ['AML.M0023'] },
    appliesTo: { elementKinds: ['pretrained-model', 'model-registry', 'artifact-build', 'training-job', 'data-source'], flows: false },
  },
  {
    id: 'TL-M-015',
    title: 'Make registry versions immutable and gate promotion',
    description:
      'Configure the model registry so a published version can never be overwritten, and require a pipeline identity plus an approval to promote a version to production. Changes then appear as new, reviewable versions rather than silent edits.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0005'] },
    appliesTo: { elementKinds: ['model-registry', 'ci-cd'], flows: false },
  },
  {
    id: 'TL-M-016',
    title: 'Generate signed build provenance',
    description:
      'Have the training and packaging platform emit signed provenance that names the source revision, dataset snapshot, base image and builder of each artefact, as SLSA build levels describe. Deployment can then refuse anything without a matching, trusted record.',
    controlType: 'detective',
    references: { supplyChain: ['SLSA-BUILD-L2', 'SLSA-BUILD-L3'] },
    appliesTo: { elementKinds: ['training-job', 'artifact-build', 'ci-cd', 'orchestrator'], flows: false },
  },
  {
    id: 'TL-M-017',
    title: 'Pin and scan software dependencies',
    description:
      'Lock Python packages, system libraries and base images to reviewed versions with hashes, install only from trusted indexes and scan them for known vulnerabilities and malicious releases. Update on purpose, not as a side effect of a rebuild.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0016'] },
    appliesTo: {
      elementKinds: ['data-ingestion', 'training-job', 'artifact-build', 'ci-cd', 'orchestrator', 'inference-service', 'llm-application', 'tool', 'agent'],
      flows: false,
    },
  },
  {
    id: 'TL-M-018',
    title: 'Harden models with adversarial training',
    description:
      'Add adversarially perturbed examples to training, or use certified-robustness methods, so small crafted changes to an input no longer flip the prediction. Measure the accuracy cost on clean data and record the chosen trade-off.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0003'] },
    appliesTo: { elementKinds: ['training-job', 'evaluation'], flows: false },
  },
  {
    id: 'TL-M-019',
    title: 'Detect and neutralise adversarial inputs',
    description:
      'Place a detector or an input-cleaning step in front of the model, for example compression, denoising or a classifier trained to spot perturbations. Flag and log inputs it rejects so that attack campaigns become visible.',
    controlType: 'detective',
    references: { atlas: ['AML.M0015', 'AML.M0010'] },
    appliesTo: { elementKinds: ['inference-service', 'monitoring', 'llm-application'], flows: false },
  },
  {
    id: 'TL-M-020',
    title: 'Gate releases on robustness and red-team results',
    description:
      'Make adversarial, jailbreak and backdoor test suites part of evaluation and block promotion when results fall below agreed thresholds. Keep test data separate and access-controlled so it cannot be tuned against or tampered with.',
    controlType: 'detective',
    references: { atlas: ['AML.M0008'] },
    appliesTo: { elementKinds: ['evaluation'], flows: false },
  },
  {
    id: 'TL-M-021',
    title: 'Return less detail from the model',
    description:
      'Return only the label or a coarse score instead of full probability vectors, logits or token log-probabilities, unless a caller truly needs them. Each removed digit makes extraction, inversion and black-box attack search slower.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0002'] },
    appliesTo: { elementKinds: ['inference-service', 'llm-application'], flows: false },
  },
  {
    id: 'TL-M-022',
    title: 'Enforce per-caller quotas and rate limits',
    description:
      'Limit requests, tokens and compute per caller, key and tenant over short and long windows. Quotas blunt query-heavy attacks such as extraction and black-box evasion and cap the bill an abuser can run up.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0004'] },
    appliesTo: { elementKinds: ['inference-service', 'llm-application', 'external-llm-api', 'agent'], flows: false },
  },
  {
    id: 'TL-M-023',
    title: 'Authenticate and authorise model API callers',
    description:
      'Require every caller of a model endpoint to authenticate and check that it may use this model and operation. Anonymous access makes abuse untraceable and removes any basis for per-caller limits.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0019'] },
    appliesTo: { elementKinds: ['inference-service', 'llm-application', 'experiment-tracking'], flows: false },
  },
  {
    id: 'TL-M-024',
    title: 'Train with differential privacy',
    description:
      'Use differentially private training, such as clipped and noised gradients, to bound how much any single record can shape the model. Choose and document the privacy budget together with the accuracy it costs.',
    controlType: 'preventive',
    references: {},
    appliesTo: { elementKinds: ['training-job'], flows: false },
  },
  {
    id: 'TL-M-025',
    title: 'Minimise and scrub personal data before training',
    description:
      'Remove fields the model does not need, mask personal identifiers and secrets, and deduplicate repeated records before training. Data that never enters the training set cannot be memorised or extracted later.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0007'] },
    appliesTo: { elementKinds: ['data-ingestion', 'data-store', 'training-job', 'labelling'], flows: false },
  },
  {
    id: 'TL-M-026',
    title: 'Test models for privacy leakage before release',
    description:
      'Run membership-inference, attribute-inference and extraction tests against candidate models, and plant canary records in training data to measure memorisation. Treat a measurable leak as a release blocker for models trained on personal data.',
    controlType: 'detective',
    references: { atlas: ['AML.M0008'] },
    appliesTo: { elementKinds: ['evaluation'], flows: false },
  },
  {
    id: 'TL-M-027',
    title: 'Monitor query patterns for extraction and probing',
    description:
      'Log model queries with caller identity and look for patterns typical of attacks: systematic coverage of the input space, many near-duplicate inputs or sudden volume from one key. Alert and throttle when they appear.',
    controlType: 'detective',
    references: { atlas: ['AML.M0024'] },
    appliesTo: { elementKinds: ['monitoring', 'inference-service', 'llm-application'], flows: false },
  },
  {
    id: 'TL-M-028',
    title: 'Watermark or fingerprint models and outputs',
    description:
      'Embed a verifiable watermark in model weights or generated outputs, or keep a fingerprint set of inputs with distinctive answers. These do not stop theft but let the owner demonstrate that a suspect model was copied.',
    controlType: 'detective',
    references: {},
    appliesTo: { elementKinds: ['model-registry', 'inference-service'], flows: false },
  },
  {
    id: 'TL-M-029',
    title: 'Encrypt data, embeddings and models at rest',
    description:
      'Encrypt datasets, feature tables, vector indexes and model files with keys held in a key-management service, and restrict who may use the keys. A copied disk, snapshot or bucket then yields nothing readable.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0012'] },
    appliesTo: { elementKinds: ['data-store', 'model-registry', 'feature-store', 'vector-store', 'experiment-tracking', 'artifact-build'], flows: false },
  },
  {
    id: 'TL-M-030',
    title: 'Keep weights server-side and limit artefact release',
    description:
      'Serve valuable models through an API instead of shipping weights to devices, partners or public repositories, and review what metadata and checkpoints are published. An attacker with no copy of the weights must fall back on slower black-box methods.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0017', 'AML.M0001'] },
    appliesTo: { elementKinds: ['model-registry', 'deployment', 'inference-service', 'artifact-build'], flows: false },
  },
];
