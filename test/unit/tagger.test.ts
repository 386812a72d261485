import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Span } from '../../src/core';
import { decodeRuns, encodeRuns } from '../../src/core/entities/tagger/bilou';
import { repoTagger } from '../../scripts/lib/repoModel';

/** Test-only sentence split: a line, cut after a lowercase word's period ("Treaty. The" but not "Mr. X"). */
function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = 0;
    for (const m of line.matchAll(/[a-z]{2}[.!?](?= +\S)/g)) {
      spans.push({ start: lineStart + start, end: lineStart + m.index + 3 });
      start = m.index + 3;
    }
    spans.push({ start: lineStart + start, end: lineStart + line.length });
    lineStart += line.length + 1;
  }
  return spans;
}

const tag = (text: string) =>
  repoTagger()
    .tagDocument(text, sentences(text))
    .map(e => `${e.type} ${e.text} @${e.start}`);

describe('NerTagger', () => {
  it('tags an invented news sentence', () => {
    const text = 'Prime Minister Costas Simitis met German Chancellor Helmut Kohl in Bonn on Tuesday, Reuters reported.';
    assert.deepStrictEqual(tag(text), EXPECTED_SIMPLE);
  });

  it('tags the seed document with trimmed, ordered, non-overlapping spans', () => {
    const file = path.resolve(__dirname, '../../../seeds/000_dc85feadc19d8c41.txt');
    const text = fs.readFileSync(file, 'utf8');
    const found = repoTagger().tagDocument(text, sentences(text));
    for (let i = 0; i < found.length; i++) {
      assert.strictEqual(found[i].text, text.slice(found[i].start, found[i].end));
      assert.match(found[i].text, /^[\p{L}\p{N}].*[\p{L}\p{N}.]$|^[\p{L}\p{N}]$/u);
      if (i > 0) assert.ok(found[i - 1].end <= found[i].start);
    }
    assert.deepStrictEqual(tag(text), EXPECTED_SEED);
  });

  it('returns nothing for empty input', () => {
    assert.deepStrictEqual(repoTagger().tagDocument('', []), []);
    assert.deepStrictEqual(repoTagger().tagDocument('   ', [{ start: 0, end: 3 }]), []);
  });

  it('round-trips BILOU runs', () => {
    const runs = [
      { first: 0, last: 1, type: 0 },
      { first: 3, last: 3, type: 2 },
      { first: 4, last: 6, type: 1 },
    ];
    assert.deepStrictEqual(decodeRuns(encodeRuns(8, runs)), runs);
  });
});

const EXPECTED_SIMPLE: string[] = ['PERSON Costas Simitis @15', 'MISC German @34', 'PERSON Helmut Kohl @52', 'PLACE Bonn @67', 'ORG Reuters @84'];
/** What the committed model says today (errors included: "Alliance" as PERSON, "Donald trump" cut); retraining updates it. */
const EXPECTED_SEED: string[] = [
  'PERSON Stoltenberg @0',
  'ORG NATO @13',
  'PLACE Russia @22',
  'ORG INF Treaty @73',
  'PERSON Stoltenberg @85',
  'ORG NATO @98',
  'PLACE Russia @107',
  'ORG INF Treaty @158',
  'PLACE Russia @170',
  'PERSON Alliance @185',
  'ORG Treaty @240',
  'ORG INF @322',
  'PLACE Ukraine @331',
  'PERSON Jens Stoltenberg @383',
  'ORG Council Russia @429',
  'ORG NATO @444',
  'PERSON Alliance @454',
  'PLACE Russia @480',
  'PERSON Stoltenberg @633',
  'ORG TASS @645',
  'ORG INF Treaty @700',
  'ORG Defence Ministers @726',
  'ORG NATO @747',
  'PLACE Brussels @810',
  'ORG Council Russia @838',
  'ORG NATO @853',
  'PLACE Brussels @867',
  'MISC GMT @884',
  'MISC Russian @920',
  'PERSON Sergei Ryabkov @976',
  'PLACE United States @1043',
  'PERSON Donald @1057',
  'ORG INF Treaty @1111',
  'PLACE US @1127',
  'PLACE Russia @1144',
  'PLACE Russia @1179',
  'PLACE Geneva @1223',
  'MISC Russian-American @1244',
  'PLACE Russia @1378',
  'MISC Americans @1567',
  'ORG Treaty @1605',
  'PLACE U.S. @1617',
  'ORG NATO @1626',
  'PLACE UK @1647',
  'PLACE France @1651',
  'PLACE Germany @1662',
  'PLACE U.S. @1712',
  'MISC Embassy @1717',
  'PLACE Russia @1728',
  'PLACE Washington @1768',
  'PLACE US @1801',
  'PLACE Russia @1816',
  'ORG UN @1859',
  'PLACE Beijing @1873',
  'PLACE United States @1912',
  'PLACE Russia @1939',
  'ORG INF Treaty @1985',
  'PLACE US @2106',
  'PLACE Russia @2113',
  'PLACE United States @2131',
  'PLACE Venezuela @2193',
];
