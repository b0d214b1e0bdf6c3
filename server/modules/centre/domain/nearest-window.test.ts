import { describe, expect, it } from 'vitest';
import { nearestWindow } from './nearest-window';

const centre = { id: 'centre', region_code: '440300' };
const pingshan = { id: 'pingshan', region_code: '440310' };
const secondCentre = { id: 'second', region_code: '440300' };

describe('the window that serves an enterprise', () => {
  it('is the district’s sub-window before the city’s centre, and the centre elsewhere in the city', () => {
    expect(nearestWindow([centre, pingshan], '440310')?.id).toBe('pingshan');
    expect(nearestWindow([pingshan, centre], '440310')?.id).toBe('pingshan');
    expect(nearestWindow([centre, pingshan], '440305')?.id).toBe('centre');
  });

  it('is the first set up on a tie, and none outside every window’s region', () => {
    expect(nearestWindow([centre, secondCentre], '440307')?.id).toBe('centre');
    expect(nearestWindow([centre, pingshan], '440106')).toBeNull();
  });
});
