import { afterEach, describe, expect, it } from 'vitest';
import { libraryById } from '../libraries';
import { handedOver, handOver, type Handover } from './handover';

afterEach(() => delete (globalThis as { __uketoriHandover?: unknown }).__uketoriHandover);

describe('what the background hands the content script', () => {
  const mito = libraryById('mito-city')!;
  const facts: Handover = { libraries: [mito], switches: { series: false } };

  it('is kept on the first injection into a document, and the files are to follow; a second one changes nothing', () => {
    expect(handedOver()).toBeUndefined();
    expect(handOver(JSON.stringify(facts))).toBe(true);
    expect(handOver(JSON.stringify({ libraries: [], switches: {} }))).toBe(false);
    expect(handedOver()).toEqual(facts);
  });

  it('runs from its source alone, as scripting.executeScript sends it: it names nothing outside itself', () => {
    const sent = new Function(`return (${handOver.toString()})`)() as typeof handOver;
    expect(sent(JSON.stringify(facts))).toBe(true);
    expect(sent(JSON.stringify(facts))).toBe(false);
    expect(handedOver()).toEqual(facts);
  });
});
