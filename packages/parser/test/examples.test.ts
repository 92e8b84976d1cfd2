import { describe, expect, it } from 'vitest';
import { byteByByte, exampleBytes, loadExamples, runChunks, runWhole, splitAt, toExpectedShape } from './helpers.js';

const examples = loadExamples();
const modes = ['strict', 'lenient'] as const;

describe('parser-examples.jsonl', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  for (const example of examples) {
    const bytes = exampleBytes(example);
    for (const mode of modes) {
      describe(`${example.id} (${mode})`, () => {
        const whole = runWhole(bytes, mode);

        it('parseReplies matches the expected result', () => {
          expect(toExpectedShape(whole)).toEqual(example[mode]);
        });

        it('a decoder fed in one chunk gives the same result', () => {
          expect(runChunks([bytes], mode)).toEqual(whole);
        });

        if (example.split !== undefined) {
          it(`the given split ${JSON.stringify(example.split)} gives the same result`, () => {
            expect(runChunks(splitAt(bytes, example.split!), mode)).toEqual(whole);
          });
        }

        it('two chunks at every offset give the same result', () => {
          const expected = JSON.stringify(whole);
          for (let offset = 0; offset <= bytes.length; offset++) {
            const outcome = runChunks(splitAt(bytes, [offset]), mode);
            if (JSON.stringify(outcome) !== expected) {
              expect({ offset, outcome }).toEqual({ offset, outcome: whole });
            }
          }
        });

        it('byte by byte gives the same result', () => {
          expect(runChunks(byteByByte(bytes), mode)).toEqual(whole);
        });
      });
    }
  }
});
