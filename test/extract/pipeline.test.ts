import { describe, expect, it } from 'vitest';
import { checkOrder, steps, type Step } from '../../src/extract/pipeline.js';

describe('the extraction pipeline', () => {
  it('assigns every field a step requires before that step runs', () => {
    expect(() => checkOrder(steps)).not.toThrow();
  });

  it('refuses an order where a step comes before what it requires', () => {
    const roles = steps.find((s) => s.name === 'roles') as Step;
    expect(() => checkOrder([roles, ...steps.filter((s) => s !== roles)])).toThrow(/roles.*requires/);
  });

  it('names every step once', () => {
    const names = steps.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
