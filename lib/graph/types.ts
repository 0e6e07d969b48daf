// The diagram of a threat model as plain data, shared by the canvas store, the server and the
// rule engine. Positions of children are relative to their parent boundary (as React Flow does).

export type Properties = Record<string, unknown>;

export interface GraphElement {
  id: string;
  kind: string; // an ElementKind id from lib/domain/element-kinds
  name: string;
  description: string;
  boundaryId: string | null;
  x: number;
  y: number;
  properties: Properties;
}

export interface GraphBoundary {
  id: string;
  kind: string; // a BoundaryKind id from lib/domain/boundary-kinds
  name: string;
  parentId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  properties: Properties;
}

export interface GraphFlow {
  id: string;
  sourceId: string;
  targetId: string;
  label: string;
  properties: Properties;
}

export interface Graph {
  elements: Record<string, GraphElement>;
  boundaries: Record<string, GraphBoundary>;
  flows: Record<string, GraphFlow>;
}

export const emptyGraph = (): Graph => ({ elements: {}, boundaries: {}, flows: {} });
