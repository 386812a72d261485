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

/** Where the shared annotated news lives, or undefined on a user's clone that has none. */
export function sharedEvalDir(): string | undefined {
  const candidates = [
    process.env.SEED_READER_EVAL_DIR,
    path.resolve(__dirname, '../../../../shared/eval'), // out/scripts/lib → repo/../shared/eval
    path.resolve(process.cwd(), '../shared/eval'),
  ];
  return candidates.find((dir): dir is string => !!dir && fs.existsSync(path.join(dir, 'README.md')));
}

/** Reads a JSON Lines file of documents; a malformed line is an error naming its line number. */
export function readJsonl(file: string): GoldDoc[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      try {
        return JSON.parse(line) as GoldDoc;
      } catch {
        throw new Error(`${path.basename(file)} line ${i + 1}: not valid JSON`);
      }
    });
}
