import { z } from 'zod';
import { graphBoundarySchema, graphElementSchema, graphFlowSchema } from '../graph/op-schema';

/**
 * Threatline's own exchange format: one threat model with its diagram, threats, mitigations,
 * rule suggestions and history. Versioned; arrays are sorted by id so two exports diff cleanly.
 * Owners are referred to by email so a document moves between installations.
 */
export const MODEL_DOCUMENT_FORMAT = 'threatline.model';
export const MODEL_DOCUMENT_VERSION = 1;

const iso = z.string().max(40);
const person = z.object({ email: z.string().max(254), name: z.string().max(200).nullable() }).nullable();
const refs = z.record(z.string().max(40), z.array(z.string().max(60)).max(60));

export const documentThreatSchema = z.object({
  id: z.string().max(64),
  title: z.string().max(200),
  description: z.string().max(10_000),
  category: z.string().max(80),
  stride: z.array(z.string().max(1)).max(6),
  references: refs,
  likelihood: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
  status: z.string().max(40),
  owner: person,
  rationale: z.string().max(5000),
  source: z.string().max(20),
  catalogueId: z.string().max(40).nullable(),
  ruleId: z.string().max(80).nullable(),
  target: z.object({ type: z.enum(['element', 'flow', 'model']), id: z.string().max(64).nullable() }),
  triggerRetired: z.boolean(),
  createdAt: iso,
  statusHistory: z.array(z.object({ from: z.string().max(40).nullable(), to: z.string().max(40), at: iso, actor: z.string().max(254).nullable() })).max(10_000),
});

export const documentMitigationSchema = z.object({
  id: z.string().max(64),
  title: z.string().max(200),
  description: z.string().max(10_000),
  controlType: z.string().max(20),
  status: z.string().max(20),
  rejectionReason: z.string().max(2000).nullable(),
  owner: person,
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  ticketUrl: z.string().max(2000).nullable(),
  evidence: z.string().max(10_000),
  evidenceLinks: z.array(z.string().max(2000)).max(20),
  catalogueId: z.string().max(40).nullable(),
  links: z.array(z.object({ threatId: z.string().max(64), likelihoodReduction: z.number().int().min(0).max(4), impactReduction: z.number().int().min(0).max(4) })).max(5000),
  history: z.array(z.object({ field: z.string().max(20), from: z.string().max(254).nullable(), to: z.string().max(254).nullable(), at: iso, actor: z.string().max(254).nullable() })).max(10_000),
});

export const documentSuggestionSchema = z.object({
  fingerprint: z.string().max(400),
  ruleId: z.string().max(80),
  threatId: z.string().max(40),
  target: z.object({ type: z.enum(['element', 'flow', 'model']), id: z.string().max(64).nullable() }),
  explanation: z.string().max(5000),
  status: z.enum(['open', 'accepted', 'dismissed']),
  active: z.boolean(),
  dismissReason: z.string().max(1000).nullable(),
  acceptedThreatId: z.string().max(64).nullable(),
});

export const modelDocumentSchema = z.object({
  format: z.literal(MODEL_DOCUMENT_FORMAT),
  formatVersion: z.literal(MODEL_DOCUMENT_VERSION),
  exportedAt: iso,
  generator: z.object({ name: z.string().max(40), catalogueVersion: z.string().max(20), rulesVersion: z.string().max(20) }),
  model: z.object({
    id: z.string().max(64),
    name: z.string().max(200),
    description: z.string().max(10_000),
    workspace: z.object({ id: z.string().max(64), name: z.string().max(200) }),
    revision: z.number().int().min(0),
    createdAt: iso,
    updatedAt: iso,
  }),
  graph: z.object({
    boundaries: z.array(graphBoundarySchema).max(5000),
    elements: z.array(graphElementSchema).max(10_000),
    flows: z.array(graphFlowSchema).max(20_000),
  }),
  threats: z.array(documentThreatSchema).max(20_000),
  mitigations: z.array(documentMitigationSchema).max(20_000),
  suggestions: z.array(documentSuggestionSchema).max(50_000),
});

export type ModelDocument = z.infer<typeof modelDocumentSchema>;
export type DocumentThreat = z.infer<typeof documentThreatSchema>;
export type DocumentMitigation = z.infer<typeof documentMitigationSchema>;
