import { elementKinds, type ElementKind } from '../domain/element-kinds';
import { dataAndModelMitigations } from './mitigations/data-and-models';
import { llmAndAgentMitigations } from './mitigations/llm-and-agents';
import { baselineMitigations, platformMitigations } from './mitigations/platform-and-baseline';
import type { CatalogueMitigation, CatalogueThreat } from './schema';
import { agentAndOperationsThreats } from './threats/agents-and-operations';
import { dataAndSupplyChainThreats } from './threats/data-and-supply-chain';
import { llmAndRetrievalThreats } from './threats/llm-and-retrieval';
import { modelAttackThreats } from './threats/model-attacks';
import { modelIntegrityThreats } from './threats/model-integrity';
import { platformThreats } from './threats/platform';
import { strideBaselineThreats } from './threats/stride-baseline';

export * from './schema';
export { atlasName, atlasQualifiedName, atlasReference } from './atlas';
export { frameworkOf, frameworks, referenceName } from './frameworks';

/**
 * Calendar-based: year.month.patch. Bump the patch for wording fixes, the month for added entries.
 * Ids are never renumbered or reused, so threats accepted under an older version keep their meaning.
 */
export const catalogueVersion = '2026.11.0';

export const catalogueThreats: readonly CatalogueThreat[] = [
  ...dataAndSupplyChainThreats,
  ...modelIntegrityThreats,
  ...modelAttackThreats,
  ...llmAndRetrievalThreats,
  ...agentAndOperationsThreats,
  ...platformThreats,
  ...strideBaselineThreats,
];

export const catalogueMitigations: readonly CatalogueMitigation[] = [
  ...dataAndModelMitigations,
  ...llmAndAgentMitigations,
  ...platformMitigations,
  ...baselineMitigations,
];

const threatIndex = new Map(catalogueThreats.map((t) => [t.id, t]));
const mitigationIndex = new Map(catalogueMitigations.map((m) => [m.id, m]));
const flowThreats = catalogueThreats.filter((t) => t.appliesTo.flows);
const kindThreats = new Map(elementKinds.map((k) => [k, catalogueThreats.filter((t) => t.appliesTo.elementKinds.includes(k))]));

export function threatById(id: string): CatalogueThreat | undefined {
  return threatIndex.get(id);
}

export function mitigationById(id: string): CatalogueMitigation | undefined {
  return mitigationIndex.get(id);
}

/** Catalogue threats that can apply to an element of this kind, in catalogue order (baseline last). */
export function threatsForKind(kind: ElementKind): readonly CatalogueThreat[] {
  return kindThreats.get(kind) ?? [];
}

/** Catalogue threats that can apply to a data flow. */
export function threatsForFlows(): readonly CatalogueThreat[] {
  return flowThreats;
}

/** The catalogue mitigations linked to a threat, in the threat's order. */
export function mitigationsForThreat(threatId: string): readonly CatalogueMitigation[] {
  const threat = threatIndex.get(threatId);
  return threat ? threat.mitigations.flatMap((id) => mitigationIndex.get(id) ?? []) : [];
}

/** The catalogue threats a mitigation is linked from. */
export function threatsForMitigation(mitigationId: string): readonly CatalogueThreat[] {
  return catalogueThreats.filter((t) => t.mitigations.includes(mitigationId));
}
