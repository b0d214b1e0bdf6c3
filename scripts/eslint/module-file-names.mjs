// The module template (docs/modules.md) as an ESLint rule: every file under server/modules/<module>/
// has a name that says its role, so a newcomer finds the same pieces in every module.

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ROLES = ['routes', 'service', 'repository', 'workbook', 'worker', 'schedule'];
const ROLE_FILE = new RegExp(`^${KEBAB}\\.(?:${ROLES.join('|')})\\.ts$`);
const TEST_FILE = new RegExp(`^${KEBAB}(?:\\.(?:${[...ROLES, 'policy', 'demo'].join('|')}))?(?:\\.db)?\\.test\\.ts$`);
const PURE_FILE = new RegExp(`^${KEBAB}(?:\\.test)?\\.ts$`);
const FOLDER = new RegExp(`^${KEBAB}$`);

const HINT =
  'index.ts, <module>.contract|policy|factories.ts, <entity>.' + ROLES.join('|') + '.ts, ' +
  'tests <name>[.<role>][.db].test.ts, pure rules in domain/, demo data in demo/';

/** Whether `name` is a file a module (or its sub-system folder) may hold at that level. */
function fitsEntityLevel(name) {
  return ROLE_FILE.test(name) || TEST_FILE.test(name);
}

/** Whether every part of `parts` (folders then a file) is kebab-case and the file a plain or test `.ts`. */
function fitsFreeFolder(parts, file) {
  return parts.slice(0, -1).every((p) => FOLDER.test(p)) && file.test(parts[parts.length - 1]);
}

/**
 * Why a file at `relPath` (posix, relative to server/modules/) breaks the module template, or null
 * when it fits. Files straight under server/modules/ (the joining deps.ts and index.ts) are not a module's.
 */
export function moduleFileProblem(relPath) {
  const [module, ...rest] = relPath.split('/');
  if (rest.length === 0) return null;
  const [first, ...deeper] = rest;
  if (deeper.length === 0) {
    const own = new RegExp(`^${module}\\.(?:contract|policy|factories)\\.ts$`);
    if (first === 'index.ts' || own.test(first) || first === `${module}.policy.test.ts` || fitsEntityLevel(first)) return null;
    return `"${first}" names no role of the module template (${HINT})`;
  }
  if (first === 'domain') {
    return fitsFreeFolder(deeper, PURE_FILE) ? null : `"domain/${deeper.join('/')}" is not a kebab-case .ts file`;
  }
  if (first === 'demo') {
    const demoFile = new RegExp(`^${KEBAB}(?:\\.demo)?(?:\\.db)?(?:\\.test)?\\.ts$`);
    return fitsFreeFolder(deeper, demoFile) ? null : `"demo/${deeper.join('/')}" is not a kebab-case .ts file`;
  }
  if (!FOLDER.test(first)) return `the folder "${first}" is not kebab-case`;
  // A large sub-system keeps one folder with the same rules inside (stats' import/ and report/).
  if (deeper.length === 1 && fitsEntityLevel(deeper[0])) return null;
  if (deeper[0] === 'domain' && fitsFreeFolder(deeper.slice(1), PURE_FILE)) return null;
  return `"${first}/${deeper.join('/')}" names no role of the module template (${HINT})`;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'suggestion',
    docs: { description: 'A module folder holds only the files of the module template (docs/modules.md).' },
    schema: [],
    messages: { misplaced: 'server/modules/{{path}}: {{problem}}. See docs/modules.md.' },
  },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    const at = file.lastIndexOf('/server/modules/');
    if (at < 0) return {};
    const relPath = file.slice(at + '/server/modules/'.length);
    const problem = moduleFileProblem(relPath);
    if (!problem) return {};
    return {
      Program(node) {
        context.report({ node, loc: { line: 1, column: 0 }, messageId: 'misplaced', data: { path: relPath, problem } });
      },
    };
  },
};

export default { rules: { 'module-file-names': rule } };
