// A store opened on freshly wiped data for one piece of work, and closed after it whatever happens.
import type { GraphStore } from '../../src/graph/store.js';
import type { StoreHarness } from '../graph/store-conformance.js';

export async function withFreshStore<T>(harness: StoreHarness, work: (store: GraphStore) => Promise<T>): Promise<T> {
  await harness.reset();
  const store = await harness.open();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
