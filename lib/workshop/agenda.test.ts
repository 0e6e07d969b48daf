import { describe, expect, it } from 'vitest';
import { g } from '../rules/test-graph';
import { findTemplate } from '../templates';
import { buildAgenda, flowOrder, OUTSIDE_KEY } from './agenda';

describe('flow agenda', () => {
  it('starts with the sources and follows the flows round by round', () => {
    // src-b → mid → sink, src-a → sink: both sources first (by name), then mid, then sink.
    const graph = g().el('src-b', 'data-source').el('src-a', 'data-source').el('mid', 'data-ingestion').el('sink', 'data-store')
      .chain(['src-b', 'mid', 'sink']).flow('src-a', 'sink').build();
    expect(flowOrder(graph)).toEqual(['src-a', 'src-b', 'mid', 'sink']);
  });

  it('waits for every sender before taking an element', () => {
    // a → b → c and a → c: c must come after b even though a feeds it directly.
    const graph = g().el('a', 'data-source').el('b', 'data-ingestion').el('c', 'data-store').chain(['a', 'b', 'c']).flow('a', 'c').build();
    expect(flowOrder(graph)).toEqual(['a', 'b', 'c']);
  });

  it('puts elements without any flow last, by name', () => {
    const graph = g().el('zeta', 'data-store').el('alpha', 'data-store').el('a', 'data-source').el('b', 'data-store').flow('a', 'b').build();
    expect(flowOrder(graph)).toEqual(['a', 'b', 'alpha', 'zeta']);
  });

  it('enters a cycle where the data comes in from outside it', () => {
    // src → train → eval → registry → serve → feedback → train (a feedback loop).
    const graph = g().el('src', 'data-source').el('train', 'training-job').el('eval', 'evaluation').el('registry', 'model-registry')
      .el('serve', 'inference-service').el('feedback', 'feedback-loop')
      .chain(['src', 'train', 'eval', 'registry', 'serve', 'feedback', 'train']).build();
    expect(flowOrder(graph)).toEqual(['src', 'train', 'eval', 'registry', 'serve', 'feedback']);
  });

  it('orders a closed cycle without sources by fewest waiting senders, then name', () => {
    const graph = g().el('c', 'data-store').el('b', 'data-store').el('a', 'data-store').chain(['b', 'c', 'a', 'b']).build();
    expect(flowOrder(graph)).toEqual(['a', 'b', 'c']);
    // x has two senders, y one: y is entered first.
    const two = g().el('x', 'data-store').el('y', 'data-store').el('z', 'data-store').flow('x', 'y').flow('y', 'x').flow('z', 'x').flow('x', 'z').build();
    expect(flowOrder(two)).toEqual(['y', 'x', 'z']);
  });

  it('ignores self-loops and flows to unknown elements for ordering, keeps every element once', () => {
    const graph = g().el('a', 'data-source').el('b', 'data-store').flow('a', 'b').flow('b', 'b').build();
    graph.flows.ghost = { id: 'ghost', sourceId: 'nowhere', targetId: 'a', label: '', properties: {} };
    expect(flowOrder(graph)).toEqual(['a', 'b']);
    const agenda = buildAgenda(graph, 'flow');
    expect(agenda.find((s) => s.key === 'element:b')!.flowIds).toEqual(['a>b', 'b>b']);
  });

  it('makes one stage per element with its incoming and outgoing flows', () => {
    const graph = g().el('src', 'data-source', {}, null, 'Clickstream').el('ingest', 'data-ingestion', {}, null, 'Ingestion').el('lake', 'data-store', {}, null, 'Lake')
      .chain(['src', 'ingest', 'lake']).el('lonely', 'data-store', {}, null, '').build();
    expect(buildAgenda(graph, 'flow')).toEqual([
      { key: 'element:src', title: 'Clickstream', elementIds: ['src'], flowIds: ['src>ingest'] },
      { key: 'element:ingest', title: 'Ingestion', elementIds: ['ingest'], flowIds: ['src>ingest', 'ingest>lake'] },
      { key: 'element:lake', title: 'Lake', elementIds: ['lake'], flowIds: ['ingest>lake'] },
      { key: 'element:lonely', title: 'Unnamed element', elementIds: ['lonely'], flowIds: [] },
    ]);
  });

  it('is empty for an empty diagram and covers every element of a real template exactly once', () => {
    expect(buildAgenda({ elements: {}, boundaries: {}, flows: {} }, 'flow')).toEqual([]);
    const graph = findTemplate('supervised-ml-kubernetes')!.build();
    const agenda = buildAgenda(graph, 'flow');
    expect(agenda.map((s) => s.elementIds[0]).sort()).toEqual(Object.keys(graph.elements).sort());
    const position = new Map(agenda.map((s, i) => [s.elementIds[0]!, i]));
    const sources = Object.keys(graph.elements).filter((id) => !Object.values(graph.flows).some((f) => f.targetId === id));
    const lastSource = Math.max(...sources.map((id) => position.get(id)!));
    const others = Object.keys(graph.elements).filter((id) => !sources.includes(id));
    expect(Math.min(...others.map((id) => position.get(id)!))).toBeGreaterThan(lastSource);
  });
});

describe('boundary agenda', () => {
  const graph = () =>
    g()
      .boundary('cloud', 'cloud-account', {}, null, 'Cloud')
      .boundary('cluster', 'kubernetes-cluster', {}, 'cloud', 'Cluster')
      .boundary('ns-b', 'namespace', {}, 'cluster', 'Serving')
      .boundary('ns-a', 'namespace', {}, 'cluster', 'Pipelines')
      .boundary('partner', 'third-party', {}, null, 'Partner')
      .el('feed', 'data-source', {}, 'partner')
      .el('lake', 'data-store', {}, 'cloud')
      .el('train', 'training-job', {}, 'ns-a')
      .el('serve', 'inference-service', {}, 'ns-b')
      .el('user', 'human-actor', {}, null)
      .chain(['feed', 'lake', 'train', 'serve', 'user'])
      .build();

  it('takes boundaries parent first, siblings by name, and ends with the elements outside any boundary', () => {
    const agenda = buildAgenda(graph(), 'boundary');
    expect(agenda.map((s) => [s.key, s.title])).toEqual([
      ['boundary:cloud', 'Cloud'],
      ['boundary:cluster', 'Cluster'],
      ['boundary:ns-a', 'Pipelines'],
      ['boundary:ns-b', 'Serving'],
      ['boundary:partner', 'Partner'],
      [OUTSIDE_KEY, 'Outside any boundary'],
    ]);
  });

  it('lists a boundary’s own elements and the flows touching them or crossing its edge', () => {
    const agenda = buildAgenda(graph(), 'boundary');
    const stage = (key: string) => agenda.find((s) => s.key === key)!;
    expect(stage('boundary:cloud')).toMatchObject({ elementIds: ['lake'], flowIds: ['feed>lake', 'lake>train', 'serve>user'] });
    // The cluster holds no element itself; flows into and out of it cross its edge.
    expect(stage('boundary:cluster')).toMatchObject({ elementIds: [], flowIds: ['lake>train', 'serve>user'] });
    expect(stage('boundary:ns-a')).toMatchObject({ elementIds: ['train'], flowIds: ['lake>train', 'train>serve'] });
    expect(stage(OUTSIDE_KEY)).toMatchObject({ elementIds: ['user'], flowIds: ['serve>user'] });
  });

  it('has no outside stage when every element is in a boundary, and survives a parent cycle', () => {
    const cyclic = g().boundary('x', 'network', {}, 'y', 'X').boundary('y', 'network', {}, 'x', 'Y').el('a', 'data-store', {}, 'x').build();
    const agenda = buildAgenda(cyclic, 'boundary');
    expect(agenda.map((s) => s.key)).toEqual(['boundary:x', 'boundary:y']);
    expect(agenda[0]!.elementIds).toEqual(['a']);
  });
});
