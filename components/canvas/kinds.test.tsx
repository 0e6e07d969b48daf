import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { boundaryKindDefs, boundaryKinds } from '@/lib/domain/boundary-kinds';
import { elementKindDefs, elementKinds } from '@/lib/domain/element-kinds';
import { elementKindView, KindIcon } from './kinds';

// The icon map in kinds.tsx is explicit (bundle size), so a kind whose icon was not added there
// would silently show the fallback box.
const fallback = renderToStaticMarkup(<KindIcon name="No such icon" />);

describe('kind icons', () => {
  it.each(elementKinds.map((k) => [k] as const))('element kind %s has its own icon', (kind) => {
    expect(renderToStaticMarkup(<KindIcon name={elementKindDefs[kind].icon} />)).not.toBe(fallback);
    expect(elementKindView(kind).label).toBe(elementKindDefs[kind].label);
  });

  it.each(boundaryKinds.map((k) => [k] as const))('boundary kind %s has its own icon', (kind) => {
    expect(renderToStaticMarkup(<KindIcon name={boundaryKindDefs[kind].icon} />)).not.toBe(fallback);
  });
});
