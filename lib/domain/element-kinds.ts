import { z } from 'zod';
import { dataKinds } from './kinds/data';
import { deliveryKinds } from './kinds/delivery';
import { genericKinds } from './kinds/generic';
import { llmKinds } from './kinds/llm';
import { modelKinds } from './kinds/model';
import { operationsKinds } from './kinds/operations';
import { elementKinds, type ElementKind, type ElementKindDef } from './kinds/shared';

export {
  artifactFormats,
  categoryDefs as elementCategoryDefs,
  dataOrigins,
  elementCategories,
  elementKinds,
  exposures,
  type ElementCategory,
  type ElementKind,
  type ElementKindDef,
  type KindColor,
} from './kinds/shared';
export { humanRoles } from './kinds/operations';

export const elementKindSchema = z.enum(elementKinds, { message: 'Choose a known element kind.' });

// `satisfies` proves every id has exactly one definition while keeping each kind's precise schema type.
const defs = {
  ...dataKinds,
  ...modelKinds,
  ...deliveryKinds,
  ...llmKinds,
  ...operationsKinds,
  ...genericKinds,
} satisfies Record<ElementKind, ElementKindDef>;

export const elementKindDefs: Record<ElementKind, ElementKindDef> = defs;

/** The parsed properties of one kind, e.g. `ElementProperties<'inference-service'>['exposure']`. */
export type ElementProperties<K extends ElementKind> = z.infer<(typeof defs)[K]['propertiesSchema']>;

export function isElementKind(value: unknown): value is ElementKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(defs, value);
}

export function parseElementProperties(kind: ElementKind, value: unknown) {
  return elementKindDefs[kind].propertiesSchema.safeParse(value);
}

export function defaultElementName(kind: ElementKind): string {
  const def = elementKindDefs[kind];
  return def.shortLabel ?? def.label;
}
