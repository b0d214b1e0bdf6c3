import { describe, expect, it } from 'vitest';
import { fieldOfIpc, ipcClassOf, normaliseIpc } from './ipc-fields';

const fields = [
  { code: 'newEnergyVehicle', ipcPrefixes: ['B60L', 'H01M'] },
  { code: 'newMaterials', ipcPrefixes: ['C08', 'H01M4'] },
];

describe('ipc fields', () => {
  it('writes symbols one way and finds their class', () => {
    expect(normaliseIpc(' b60l53/00 ')).toBe('B60L 53/00');
    expect(ipcClassOf('h01m 10/0525')).toBe('H01');
  });
  it('puts a symbol in the field of its longest prefix, or none', () => {
    expect(fieldOfIpc('B60L 53/00', fields)).toBe('newEnergyVehicle');
    expect(fieldOfIpc('H01M 4/525', fields)).toBe('newMaterials');
    expect(fieldOfIpc('H01M 10/05', fields)).toBe('newEnergyVehicle');
    expect(fieldOfIpc('G06F 16/00', fields)).toBeNull();
  });
});
