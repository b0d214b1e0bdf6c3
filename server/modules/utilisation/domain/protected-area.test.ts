import { describe, expect, it } from 'vitest';
import { insideProtectedArea } from './protected-area';

describe('the protected area of a GI', () => {
  it('covers the listed districts and every district of a listed city', () => {
    expect(insideProtectedArea(['440310'], '440310')).toBe(true);
    expect(insideProtectedArea(['440300'], '440307')).toBe(true);
    expect(insideProtectedArea(['440310', '441300'], '441302')).toBe(true);
  });
  it('leaves out a neighbouring district', () => {
    expect(insideProtectedArea(['440310'], '440307')).toBe(false);
  });
});
