import { describe, expect, it } from 'vitest';
import { isElementKind } from '../domain/element-kinds';
import { boundaryKindByName, kindByName, nameRules } from './kind-by-name';

describe('kindByName', () => {
  it.each([
    ['store', 'Model Registry', 'model-registry'],
    ['process', 'model-registry service', 'model-registry'],
    ['store', 'Feature store', 'feature-store'],
    ['store', 'Embeddings index', 'vector-store'],
    ['store', 'Vector DB', 'vector-store'],
    ['process', 'OpenAI API', 'external-llm-api'],
    ['process', 'Support chatbot (LLM)', 'llm-application'],
    ['process', 'GPT summariser', 'llm-application'],
    ['actor', 'GPT-4', 'external-llm-api'],
    ['process', 'Research agent', 'agent'],
    ['process', 'Nightly training job', 'training-job'],
    ['process', 'Fine-tuning', 'training-job'],
    ['process', 'Model evaluation', 'evaluation'],
    ['process', 'Inference\nservice', 'inference-service'],
    ['process', 'Model serving', 'inference-service'],
    ['process', 'ML API', 'inference-service'],
    ['store', 'S3 bucket', 'data-store'],
    ['store', 'MySQL\ndatabase', 'data-store'],
    ['store', 'Customer DB', 'data-store'],
    ['store', 'Vault', 'secrets-store'],
    ['process', 'ETL', 'data-ingestion'],
    ['actor', 'Customer', 'human-actor'],
    ['actor', 'Admin', 'human-actor'],
    ['actor', 'Anonymous WWW\nuser-agent', 'human-actor'],
  ] as const)('%s “%s” → %s', (shape, name, kind) => {
    const guess = kindByName(shape, name);
    expect(guess.kind).toBe(kind);
    expect(guess.because).toBeTruthy();
  });

  it.each([
    ['process', 'Web Application', 'generic-process'],
    ['process', 'Payment API', 'generic-process'],
    ['process', 'Process 12', 'generic-process'],
    ['store', 'Message Queue', 'generic-store'],
    ['actor', 'Browser', 'external-entity'],
    ['actor', 'Partner system', 'external-entity'],
    // A person's word on a process does not make it a person.
    ['process', 'Customer Support', 'generic-process'],
  ] as const)('falls back to a generic kind: %s “%s” → %s', (shape, name, kind) => {
    expect(kindByName(shape, name)).toEqual({ kind, because: null });
  });

  it('names only real kinds', () => {
    for (const r of nameRules) expect(isElementKind(r.kind), r.kind).toBe(true);
  });
});

describe('boundaryKindByName', () => {
  it.each([
    ['Internet', 'internet'],
    ['Public subnet', 'network'],
    ['Public zone', 'network'],
    ['Public', 'internet'],
    ['EKS cluster', 'kubernetes-cluster'],
    ['payments namespace', 'namespace'],
    ['AWS account', 'cloud-account'],
    ['Third-party SaaS', 'third-party'],
    ['Corp network', 'on-premises'],
    ['Production network', 'network'],
    ['DMZ', 'network'],
  ] as const)('“%s” → %s', (name, kind) => {
    expect(boundaryKindByName(name)).toBe(kind);
  });

  it('returns null when the name says nothing', () => {
    expect(boundaryKindByName('Boundary 1')).toBeNull();
    expect(boundaryKindByName("Player's local machine")).toBeNull();
  });
});
