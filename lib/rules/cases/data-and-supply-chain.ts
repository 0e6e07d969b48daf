import { g } from '../test-graph';
import type { RuleCase } from './types';

export const dataAndSupplyChainCases: RuleCase[] = [
  {
    rule: 'R-POISON-UPSTREAM-UNTRUSTED',
    name: 'scraped forum posts reach fine-tuning through an unvalidated ingestion',
    graph: (safe) =>
      g()
        .el('forum', 'data-source', { origin: 'public-web' }, null, 'Scraped forum posts')
        .el('ingest', 'data-ingestion', { validation: safe ? 'yes' : 'no' }, null, 'Ingest')
        .el('ft', 'training-job', {}, null, 'Fine-tune')
        .chain(['forum', 'ingest', 'ft'])
        .build(),
    expect: [{ threatId: 'TL-AI-001', target: 'ft', mentions: ['training job “Fine-tune”', '“Scraped forum posts” → “Ingest” → “Fine-tune”', 'origin: public web'] }],
  },
  {
    rule: 'R-POISON-UPSTREAM-UNTRUSTED',
    name: 'user uploads feed a feature store and a training job (clean-label)',
    graph: (safe) =>
      g()
        .el('uploads', 'data-source', { origin: safe ? 'internal' : 'user-generated' }, null, 'User uploads')
        .el('fs', 'feature-store', {}, null, 'Features')
        .el('vs', 'vector-store', {}, null, 'Docs index')
        .el('train', 'training-job', {}, null, 'Train')
        .chain(['uploads', 'fs', 'train'])
        .flow('uploads', 'vs')
        .build(),
    expect: [
      { threatId: 'TL-AI-005', target: 'fs', mentions: ['“User uploads” → “Features”', 'origin: user generated'] },
      { threatId: 'TL-AI-045', target: 'vs', mentions: ['“User uploads” → “Docs index”'] },
      { threatId: 'TL-AI-004', target: 'train', mentions: ['user-generated', '“User uploads” → “Features” → “Train”'] },
    ],
  },
  {
    rule: 'R-POISON-LABEL-FLIP',
    name: 'crowd labels flow into training without quality review',
    graph: (safe) =>
      g()
        .el('lab', 'labelling', { workforce: 'crowd', qualityReview: safe ? 'yes' : 'no' }, null, 'Crowd labels')
        .el('lake', 'data-store', {}, null, 'Lake')
        .el('train', 'training-job', {}, null, 'Train')
        .chain(['lab', 'lake', 'train'])
        .build(),
    expect: [{ threatId: 'TL-AI-002', target: 'lab', mentions: ['workforce: crowd workers', 'quality review: no', '“Crowd labels” → “Lake” → “Train”'] }],
  },
  {
    rule: 'R-POISON-FEEDBACK-LOOP',
    name: 'thumbs-up feedback flows back into training unvalidated',
    graph: (safe) =>
      g()
        .el('fb', 'feedback-loop', { feedsTraining: 'yes', validation: safe ? 'yes' : 'no' }, null, 'Ratings')
        .el('lake', 'data-store', {}, null, 'Lake')
        .el('train', 'training-job', {}, null, 'Train')
        .chain(['fb', 'lake', 'train'])
        .build(),
    expect: [{ threatId: 'TL-AI-003', target: 'train', mentions: ['feedback loop “Ratings” (validation: no)', '“Ratings” → “Lake” → “Train”'] }],
  },
  {
    rule: 'R-SUPPLY-PRETRAINED-HUB',
    name: 'hub model fine-tuned and served',
    graph: (safe) =>
      g()
        .boundary('hf', safe ? 'cloud-account' : 'third-party', {}, null, 'Hugging Face')
        .el('base', 'pretrained-model', { provenance: 'x' }, 'hf', 'Llama base')
        .el('ft', 'training-job', {}, null, 'Fine-tune')
        .el('embed', 'inference-service', {}, null, 'Embedder')
        .chain(['base', 'ft'])
        .flow('base', 'embed')
        .build(),
    expect: [
      { threatId: 'TL-AI-009', target: 'ft', mentions: ['pretrained model “Llama base”', 'third-party boundary “Hugging Face”', '“Llama base” → “Fine-tune”'] },
      { threatId: 'TL-AI-014', target: 'ft', mentions: ['“Llama base”'] },
      { threatId: 'TL-AI-016', target: 'embed', mentions: ['“Llama base” → “Embedder”'] },
    ],
  },
  {
    rule: 'R-SUPPLY-UNSAFE-DESERIALISATION',
    name: 'pickle weights go through a registry into evaluation',
    graph: (safe) =>
      g()
        .el('base', 'pretrained-model', { format: safe ? 'safetensors' : 'pickle', sourceUrl: 'https://huggingface.co/x/y' }, null, 'Base')
        .el('reg', 'model-registry', { format: safe ? 'safetensors' : undefined }, null, 'Registry')
        .el('eval', 'evaluation', {}, null, 'Eval')
        .chain(['base', 'reg', 'eval'])
        .build(),
    expect: [{ threatId: 'TL-AI-010', target: 'eval', mentions: ['pretrained model “Base” (format: pickle', '“Base” → “Registry” → “Eval”'] }],
  },
  {
    rule: 'R-SUPPLY-REGISTRY-INTEGRITY',
    name: 'unsigned mutable registry pulled by a model server',
    graph: (safe) => {
      const v = safe ? 'yes' : 'no';
      return g()
        .el('reg', 'model-registry', { signing: v, scanOnUpload: v, immutableVersions: v }, null, 'Registry')
        .el('dep', 'deployment', {}, null, 'Serving pods')
        .el('svc', 'inference-service', {}, null, 'Model server')
        .chain(['reg', 'dep', 'svc'])
        .build();
    },
    expect: [
      { threatId: 'TL-AI-017', target: 'reg', mentions: ['model registry “Registry”', 'signing: no', 'immutable versions: no'] },
      { threatId: 'TL-K8S-007', target: 'svc', mentions: ['signing: no', '“Registry” → “Serving pods” → “Model server”'] },
    ],
  },
  {
    rule: 'R-SUPPLY-UNSIGNED-ARTIFACTS',
    name: 'unsigned image build admitted by a deployment',
    graph: (safe) =>
      g()
        .el('ci', 'ci-cd', { signsArtifacts: safe ? 'yes' : 'no' }, null, 'CI')
        .el('build', 'artifact-build', { artifactSigned: safe ? 'yes' : 'no' }, null, 'Image build')
        .el('dep', 'deployment', { imageSigned: safe ? 'yes' : 'no' }, null, 'Pods')
        .chain(['ci', 'build', 'dep'])
        .build(),
    expect: [
      { threatId: 'TL-K8S-006', target: 'build', mentions: ['artefact signed: no', 'deployment “Pods”'] },
      { threatId: 'TL-K8S-006', target: 'ci', mentions: ['signs artefacts: no'] },
      { threatId: 'TL-K8S-006', target: 'dep', mentions: ['image signature verified: no', '“Image build”'] },
    ],
  },
  {
    rule: 'R-SUPPLY-CICD-CONTROLS',
    name: 'CI/CD with long-lived keys and no branch protection',
    graph: (safe) => {
      const v = safe ? 'yes' : 'no';
      return g()
        .el('ci', 'ci-cd', { branchProtection: v, shortLivedCredentials: v, pinnedDependencies: safe ? 'yes' : undefined }, null, 'Release')
        .el('dep', 'deployment', {}, null, 'Pods')
        .chain(['ci', 'dep'])
        .build();
    },
    expect: [{ threatId: 'TL-K8S-013', target: 'ci', mentions: ['branch protection: no', 'short-lived credentials: no', 'pinned dependencies: not recorded', '“Pods”'] }],
  },
  {
    rule: 'R-SUPPLY-ORCHESTRATOR',
    name: 'orchestrator without auth or step isolation',
    graph: (safe) =>
      g()
        .el('orch', 'orchestrator', { authentication: safe ? 'yes' : 'no', stepIsolation: safe ? 'yes' : 'no' }, null, 'Airflow')
        .el('train', 'training-job', {}, null, 'Train')
        .chain(['orch', 'train'])
        .build(),
    expect: [
      { threatId: 'TL-AI-018', target: 'orch', mentions: ['authentication: no', 'running training job “Train”'] },
      { threatId: 'TL-K8S-012', target: 'orch', mentions: ['step isolation: no'] },
    ],
  },
  {
    rule: 'R-SUPPLY-UNPINNED-DEPENDENCIES',
    name: 'training job with unpinned libraries',
    graph: (safe) => g().el('train', 'training-job', { pinnedDependencies: safe ? 'yes' : 'no' }, null, 'Train').build(),
    expect: [{ threatId: 'TL-AI-011', target: 'train', mentions: ['training job “Train”', 'pinned dependencies: no'] }],
  },
];
