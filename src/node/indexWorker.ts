/**
 * The index worker: the worker_threads entry run as the bundle dist/indexWorker.js by IndexPool. It reads
 * one seed at a time, analyses it with the pure core (no cache: each text is seen once) and replies with
 * only the small facts the workspace index keeps, not the whole Analysis the editor's worker sends.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parentPort } from 'worker_threads';
import { analyzeSeed, applyCorrections, contentHash, seedFacts, type Analysis, type Correction } from '../core';
import type { IndexFileRequest, IndexReply, IndexRequest, IndexTextRequest } from './indexMessages';
import { loadTagger } from './loadModel';
import { readTextFile, UnreadableInput } from './readText';

/** The worker runs as dist/indexWorker.js, and the model sits in models/ beside dist/. */
const MODEL_FILE = path.join(__dirname, '..', 'models', 'ner-model.json');
const MB = 1024 * 1024;

function indexOne({ id, file, maxBytes, corrections }: IndexFileRequest): IndexReply {
  try {
    const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    if (size > maxBytes) return { id, skipped: `the file is ${(size / MB).toFixed(1)} MB, more than the ${maxBytes / MB} MB a seed may have (--max-size)` };
    const text = readTextFile(file);
    const analysis = analyzeSeed(text, { tagger: loadTagger(MODEL_FILE) });
    if (analysis.problem) return { id, skipped: analysis.problem };
    return { id, hash: contentHash(text), facts: seedFacts(corrected(analysis, corrections, text)) };
  } catch (error) {
    if (error instanceof UnreadableInput) return { id, skipped: error.message.replace(`${file}: `, '') };
    return { id, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function indexText({ id, text, ref, corrections }: IndexTextRequest): IndexReply {
  try {
    const analysis = analyzeSeed(text, { tagger: loadTagger(MODEL_FILE), ref });
    if (analysis.problem) return { id, skipped: analysis.problem };
    return { id, hash: contentHash(text), facts: seedFacts(corrected(analysis, corrections, text)) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function corrected(analysis: Analysis, corrections: readonly Correction[] | undefined, text: string): Analysis {
  return corrections?.length ? applyCorrections(analysis, corrections, text) : analysis;
}

const port = parentPort;
if (!port) throw new Error('indexWorker.js runs as a worker thread (new Worker(file)), not as a script');
port.on('message', (request: IndexRequest) => port.postMessage('text' in request ? indexText(request) : indexOne(request)));
