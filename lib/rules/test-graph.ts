import type { Graph } from '../graph/types';

// A terse builder for rule tests and fixtures: ids double as names unless given.

export const secureFlow = { classification: 'internal', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' } as const;

export class GraphBuilder {
  private readonly graph: Graph = { elements: {}, boundaries: {}, flows: {} };

  boundary(id: string, kind: string, properties: Record<string, unknown> = {}, parentId: string | null = null, name = id): this {
    this.graph.boundaries[id] = { id, kind, name, parentId, x: 0, y: 0, width: 400, height: 300, properties };
    return this;
  }

  el(id: string, kind: string, properties: Record<string, unknown> = {}, boundaryId: string | null = null, name = id): this {
    this.graph.elements[id] = { id, kind, name, description: '', boundaryId, x: 10, y: 10, properties };
    return this;
  }

  flow(sourceId: string, targetId: string, properties: Record<string, unknown> = {}, label = ''): this {
    const id = `${sourceId}>${targetId}`;
    this.graph.flows[id] = { id, sourceId, targetId, label, properties: { ...secureFlow, ...properties } };
    return this;
  }

  /** Flows along a chain: a → b → c. */
  chain(ids: string[], properties: Record<string, unknown> = {}): this {
    for (let i = 1; i < ids.length; i++) this.flow(ids[i - 1]!, ids[i]!, properties);
    return this;
  }

  build(): Graph {
    return structuredClone(this.graph);
  }
}

export const g = () => new GraphBuilder();
