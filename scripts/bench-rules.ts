// `npm run bench:rules`: runs the rule engine over a 1,000-element ML platform diagram (many
// pipelines of realistic kinds and properties, sharing stores, registries and monitoring, with
// cross-links) and over the generic bench graph. Prints median and p95 and writes
// bench-results/rules.json. Never asserts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Graph } from '../lib/graph/types.ts';
import { engineVersion, ruleCatalogue, runRules } from '../lib/rules/index.ts';
import { templates } from '../lib/templates/index.ts';
import { bigGraph } from './lib/big-graph.ts';
import { projectRoot } from './lib/data-dir.ts';

const RUNS = 30;
const WARMUP = 5;

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same graph. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Copies of the four templates (each a realistic pipeline of 15–25 elements) with ids prefixed,
 * properties randomly weakened (yes → no / unknown) and some flows cross-linking copies, until
 * the graph holds `target` elements.
 */
function platformGraph(target = 1000): Graph {
  const rand = rng(42);
  const graph: Graph = { elements: {}, boundaries: {}, flows: {} };
  const copies: string[][] = [];
  for (let copy = 0; Object.keys(graph.elements).length < target; copy++) {
    const t = templates[copy % templates.length]!.build();
    const p = `c${copy}-`;
    const ids: string[] = [];
    for (const b of Object.values(t.boundaries)) graph.boundaries[p + b.id] = { ...b, id: p + b.id, parentId: b.parentId && p + b.parentId };
    for (const e of Object.values(t.elements)) {
      if (Object.keys(graph.elements).length >= target) break;
      const properties = Object.fromEntries(Object.entries(e.properties).map(([k, v]) => [k, v === 'yes' && rand() < 0.25 ? (rand() < 0.5 ? 'no' : 'unknown') : v]));
      graph.elements[p + e.id] = { ...e, id: p + e.id, boundaryId: e.boundaryId && p + e.boundaryId, properties };
      ids.push(p + e.id);
    }
    for (const f of Object.values(t.flows)) {
      if (!graph.elements[p + f.sourceId] || !graph.elements[p + f.targetId]) continue;
      const properties = { ...f.properties, ...(rand() < 0.1 ? { encryption: 'none' } : {}), ...(rand() < 0.1 ? { authenticated: 'no' } : {}) };
      graph.flows[p + f.id] = { ...f, id: p + f.id, sourceId: p + f.sourceId, targetId: p + f.targetId, properties };
    }
    copies.push(ids);
  }
  // Shared infrastructure: each copy feeds data to, or reads from, a neighbour.
  for (let i = 1; i < copies.length; i++) {
    for (let k = 0; k < 3; k++) {
      const a = copies[i - 1]![Math.floor(rand() * copies[i - 1]!.length)]!;
      const b = copies[i]![Math.floor(rand() * copies[i]!.length)]!;
      graph.flows[`x${i}-${k}`] = { id: `x${i}-${k}`, sourceId: a, targetId: b, label: 'shared', properties: { classification: 'internal', encryption: 'tls', authenticated: 'yes' } };
    }
  }
  return graph;
}

function measure(name: string, graph: Graph) {
  for (let i = 0; i < WARMUP; i++) runRules(graph);
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    count = runRules(graph).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]! * 10) / 10;
  const result = {
    name,
    elements: Object.keys(graph.elements).length,
    flows: Object.keys(graph.flows).length,
    boundaries: Object.keys(graph.boundaries).length,
    runs: RUNS,
    medianMs: pct(50),
    p95Ms: pct(95),
    maxMs: Math.round(times[times.length - 1]! * 10) / 10,
    suggestions: count,
  };
  console.log(`${name}: ${result.elements} elements, ${result.flows} flows → ${count} suggestions; median ${result.medianMs} ms, p95 ${result.p95Ms} ms`);
  return result;
}

const results = [measure('ml-platform-1000', platformGraph(1000)), measure('generic-1000', bigGraph(1000, 1500))];
const out = path.join(projectRoot, 'bench-results', 'rules.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), engineVersion, rules: ruleCatalogue.length, node: process.version, results }, null, 2) + '\n');
console.log(`wrote ${path.relative(projectRoot, out)}`);
