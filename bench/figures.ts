/** One measured figure of `npm run bench`, and how the bench prints them: a table, then one JSON line each. */

export interface Figure {
  /** Stable id, e.g. `throughput.ratio`; the JSON line's "figure". */
  readonly figure: string;
  /** What the table shows in its first column. */
  readonly label: string;
  /** null when it could not be measured (the note says why). */
  readonly value: number | null;
  readonly unit: string;
  /** The target, e.g. `<= 30` or `>= 3`; printed beside the value, never asserted. */
  readonly target?: string;
  /** A gate: a value on the wrong side of its target makes `npm run bench` exit non-zero. */
  readonly gate?: boolean;
  readonly note?: string;
}

/** Whether a value is on the right side of its target: shown for reading, an exit status only for a gate. */
export function targetStatus(f: Figure): string {
  const m = f.target?.match(/^(<=|>=)\s*([\d.]+)$/);
  if (!m || f.value === null) return '';
  const limit = Number(m[2]);
  return (m[1] === '<=' ? f.value <= limit : f.value >= limit) ? 'meets' : 'MISSES';
}

function formatValue(value: number | null): string {
  if (value === null) return 'n/a';
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  return value.toFixed(abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
}

/** The figures as a fixed-width table, grouped by the part of the id before the first dot. */
export function formatTable(figures: readonly Figure[]): string {
  const labelWidth = Math.max(...figures.map(f => f.label.length), 10);
  const rows: string[] = [];
  let group = '';
  for (const f of figures) {
    const g = f.figure.split('.')[0];
    if (g !== group) {
      rows.push('', `[${g}]`);
      group = g;
    }
    const value = `${formatValue(f.value)} ${f.unit}`.padStart(16);
    const target = (f.target ? `${f.target} ${f.unit}` : '').padEnd(14);
    const status = `${targetStatus(f)}${f.gate ? ' (gate)' : ''}`.padEnd(14);
    rows.push(`  ${f.label.padEnd(labelWidth)} ${value}   ${target} ${status} ${f.note ?? ''}`.trimEnd());
  }
  return [`  ${'figure'.padEnd(labelWidth)} ${'value'.padStart(16)}   ${'target'.padEnd(14)} status`, ...rows].join('\n');
}

/** The figure as one JSON line: {"figure", "value", "unit", "target", "note"?}. */
export function jsonLine(f: Figure): string {
  const value = f.value === null ? null : Number(f.value.toFixed(3));
  return JSON.stringify({
    figure: f.figure,
    value,
    unit: f.unit,
    target: f.target ?? null,
    ...(f.gate ? { gate: true } : {}),
    ...(f.note ? { note: f.note } : {}),
  });
}

/** The gated figures that miss their target (or could not be measured). */
export function failedGates(figures: readonly Figure[]): Figure[] {
  return figures.filter(f => f.gate && targetStatus(f) !== 'meets');
}
