import { elementKinds, type ElementKind } from '../domain/element-kinds';

/** Every element kind except people: things that can be tampered with, flooded or over-privileged. */
export const systemKinds: readonly ElementKind[] = elementKinds.filter((k) => k !== 'human-actor');

export const allKinds: readonly ElementKind[] = elementKinds;
