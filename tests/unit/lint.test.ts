// The layer rules in eslint.config.js, tried on imports a contributor might write: each must fail.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rules a piece of code breaks when it is placed at `filePath` in the tree. */
async function brokenRules(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

// The first lint reads the TypeScript configs and resolves the tree: seconds on a busy machine.
describe('the layer rules', { timeout: 60_000 }, () => {
  it('refuse an import from one feature folder into another', async () => {
    const code = "import { ProjectList } from '../projects';\nexport const list = ProjectList;\n";
    expect(await brokenRules(code, 'src/features/filters/FiltersPanel.tsx')).toContain('import-x/no-restricted-paths');
  });

  it('refuse an import from a higher layer (domain reaching into the store)', async () => {
    const code = "import { useAppStore } from '../state';\nexport const store = useAppStore;\n";
    expect(await brokenRules(code, 'src/domain/selection.ts')).toContain('import-x/no-restricted-paths');
  });

  it('refuse an import cycle, even inside one folder', async () => {
    // dataset.ts imports schema.ts; schema.ts importing dataset.ts back closes a cycle.
    const code = "import { parseDataset } from './dataset';\nexport const parse = parseDataset;\n";
    expect(await brokenRules(code, 'src/domain/dataset/schema.ts')).toContain('import-x/no-cycle');
  });

  it('refuse Node modules in browser code', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";
    expect(await brokenRules(code, 'src/domain/dataset/facts.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it('refuse zod in browser code except as src/domain/zod.ts sets it up for the CSP', async () => {
    const code = "import { z } from 'zod';\nexport const id = z.string();\n";
    expect(await brokenRules(code, 'src/domain/dataset/facts.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it('refuse browser code in the Node tools', async () => {
    const code = "import { MapView } from '../src/map/MapView';\nexport const view = MapView;\n";
    expect(await brokenRules(code, 'scripts/report-bundle-size.ts')).toContain('import-x/no-restricted-paths');
  });

  it('accept an import down the layers', async () => {
    const code = "import { DEFAULT_FILTERS } from '../../domain/filters';\nexport const defaults = DEFAULT_FILTERS;\n";
    expect(await brokenRules(code, 'src/features/filters/FiltersPanel.tsx')).toEqual([]);
  });
});

describe('the catalogue rule', { timeout: 60_000 }, () => {
  it('refuses words written into the markup, as text or as a label', async () => {
    const text = 'export const Hint = () => <p>Drag the map</p>;\n';
    expect(await brokenRules(text, 'src/features/filters/Hint.tsx')).toContain('i18next/no-literal-string');
    const label = 'export const Close = () => <button type="button" aria-label="Close" />;\n';
    expect(await brokenRules(label, 'src/features/filters/Close.tsx')).toContain('i18next/no-literal-string');
  });

  it('accepts texts from the catalogues, symbols and attributes no one reads', async () => {
    const code =
      "import { useTranslation } from 'react-i18next';\n" +
      'export function Close() {\n  const { t } = useTranslation();\n' +
      '  return <button type="button" className="close" aria-label={t(\'detail.close\')}>×</button>;\n}\n';
    expect(await brokenRules(code, 'src/features/filters/Close.tsx')).toEqual([]);
  });
});
