/**
 * Activation: dist/extension.js loaded in fresh Node processes with a stub `vscode`; require() and
 * activate() timed (median of 5 processes), and a check that compromise was not initialised.
 */
import * as fs from 'fs';
import type { ActivationCoverage } from './activationChild';
import { EXTENSION_BUNDLE } from './activationChild';
import { runChild } from './childProcess';
import type { Figure } from './figures';
import { median } from './stats';

const RUNS = 5;

export function activation(): Figure[] {
  if (!fs.existsSync(EXTENSION_BUNDLE)) {
    return [{ figure: 'activation.activate', label: 'activate()', value: null, unit: 'ms', note: 'dist/extension.js is missing: run npm run build' }];
  }
  const runs = Array.from({ length: RUNS }, () => runChild<{ requireMs: number; activateMs: number }>('activate', [], 60_000));
  const failed = runs.find(r => !r.ok);
  if (failed && !failed.ok) return [{ figure: 'activation.activate', label: 'activate()', value: null, unit: 'ms', note: failed.error }];
  const times = runs.flatMap(r => (r.ok ? [r.value] : []));
  const kb = fs.statSync(EXTENSION_BUNDLE).size / 1000;
  const figures: Figure[] = [
    {
      figure: 'activation.activate',
      label: 'activate()',
      value: median(times.map(t => t.activateMs)),
      unit: 'ms',
      target: '<= 50',
      note: `median of ${RUNS} fresh processes, stub vscode`,
    },
    {
      figure: 'activation.load_and_activate',
      label: 'require(dist/extension.js) + activate()',
      value: median(times.map(t => t.requireMs + t.activateMs)),
      unit: 'ms',
      target: '<= 50',
      note: `what VS Code counts as activation (load + call); bundle ${kb.toFixed(0)} KB`,
    },
  ];
  const coverage = runChild<ActivationCoverage>('activate-coverage', [], 60_000);
  if (!coverage.ok) {
    figures.push({
      figure: 'activation.compromise_modules_run',
      label: 'compromise modules loaded by activate',
      value: null,
      unit: 'modules',
      note: coverage.error,
    });
    return figures;
  }
  const c = coverage.value;
  const loaded = c.compromiseRan.length + c.requireCacheCompromise.length;
  const howChecked =
    c.compromiseInBundle > 0
      ? `${c.compromiseRan.length} of the bundle's ${c.compromiseInBundle} compromise module initialisers ran (V8 coverage)`
      : 'dist/extension.js does not contain compromise';
  figures.push({
    figure: 'activation.compromise_modules_run',
    label: 'compromise modules loaded by activate',
    value: loaded,
    unit: 'modules',
    target: '<= 0',
    note:
      `${loaded ? 'compromise WAS loaded' : 'compromise not loaded'}: ${howChecked}; ${c.requireCacheCompromise.length} in require.cache; ` +
      `${c.workersStarted} worker thread(s) started` +
      (c.otherLazyRan.length ? `; other lazy modules run: ${c.otherLazyRan.join(', ')}` : ''),
  });
  return figures;
}
