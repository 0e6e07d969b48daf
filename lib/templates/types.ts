import type { Graph } from '../graph/types';

export interface TemplateDef {
  /** Stable: stored in the audit log when a model is created from a template. */
  id: string;
  name: string;
  description: string;
  /** Returns a fresh graph on every call; ids are deterministic and re-issued by the server. */
  build(): Graph;
}
