/**
 * Import rules ESLint cannot check. ESLint's no-cycle skips `import type`, yet a cycle of type
 * imports still ties modules together (one cannot be read, moved or split without the others), so
 * cycles are found here with type-only imports counted.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle, type-only imports included.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'dist', '^web/src/app/api-types\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
