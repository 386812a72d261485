import * as fs from 'fs';
import * as path from 'path';

/** One annotated document of ../shared/eval (see its README for the format). */
export interface GoldEntity {
  start: number;
  end: number;
  type: string;
  text: string;
  value?: string;
}
export interface GoldDoc {
  id: string;
  text: string;
  dct?: string;
  entities: GoldEntity[];
}

/**
 * A folder of ../shared (the sibling of the project that a user's clone does not have), found from the
 * compiled script or from the working directory, or undefined when absent. `marker` is a file or folder
 * that must exist inside it; `env` names a variable that may point at the folder itself.
 */
function sharedFolder(sub: string, marker: string, env: string): string | undefined {
  const candidates = [
    process.env[env],
    path.resolve(__dirname, '../../../../shared', sub), // out/scripts/lib → repo/../shared/<sub>
    path.resolve(process.cwd(), '../shared', sub),
  ];
  return candidates.find((dir): dir is string => !!dir && fs.existsSync(path.join(dir, marker)));
}

/** Where the shared annotated news lives, or undefined on a user's clone that has none. */
export function sharedEvalDir(): string | undefined {
  return sharedFolder('eval', 'README.md', 'SEED_READER_EVAL_DIR');
}

/**
 * The AQUAINT TimeML file (../shared/eval/aquaint_timeml.jsonl), or undefined, with a line saying so as
 * `script`, when this clone has none.
 */
export function sharedAquaintFile(script: string): string | undefined {
  const dir = sharedEvalDir();
  const file = dir && path.join(dir, 'aquaint_timeml.jsonl');
  if (file && fs.existsSync(file)) return file;
  console.log(`${script}: no ../shared/eval/aquaint_timeml.jsonl here; nothing to score.`);
  return undefined;
}

/** Where the 23 shared real seeds live (../shared/seeds/real), or undefined on a user's clone. */
export function sharedRealSeedsDir(): string | undefined {
  return sharedFolder('seeds/real', '.', 'SEED_READER_REAL_SEEDS_DIR');
}

/** Reads a JSON Lines file of documents; a malformed line is an error naming its line number. */
export function readJsonl<T = GoldDoc>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${path.basename(file)} line ${i + 1}: not valid JSON`);
      }
    });
}
