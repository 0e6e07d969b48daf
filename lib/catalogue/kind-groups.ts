import { elementKinds, type ElementKind } from '../domain/element-kinds';

/**
 * People and other external entities: per-element STRIDE gives them spoofing and repudiation only,
 * because what they do inside their own premises is outside the model.
 */
export const externalKinds: readonly ElementKind[] = ['human-actor', 'external-entity'];

/** Every element kind except external ones: things that can be tampered with, flooded or over-privileged. */
export const systemKinds: readonly ElementKind[] = elementKinds.filter((k) => !externalKinds.includes(k));

export const allKinds: readonly ElementKind[] = elementKinds;
