import type { z } from 'zod';
import { ImportFormatError } from '../types';

// Every importer first walks the parsed JSON once, iteratively (a hostile file cannot blow the
// stack), and refuses what no legitimate file of these formats contains: keys that could reach an
// object's prototype and absurd nesting. Shapes and sizes are then checked with zod.

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 64;
const MAX_NODES = 2_000_000;

export function guardJson(input: unknown): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '', depth: 0 }];
  let nodes = 0;
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > MAX_NODES) throw new ImportFormatError('The file holds too many values to import.');
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) throw new ImportFormatError(`The file is nested more than ${MAX_DEPTH} levels deep.`, path || undefined);
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) throw new ImportFormatError(`The file contains the key “${key}”, which is not allowed.`, at);
      stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
}

export function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

/** Guards, then parses with the format's schema; the first problem becomes a user-facing error. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  guardJson(input);
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = pathOf(issue.path);
  throw new ImportFormatError(`This is not a valid ${what} file: ${path ? `${path}: ` : ''}${issue.message}`, path || undefined);
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
