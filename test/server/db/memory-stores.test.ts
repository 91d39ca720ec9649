import { allStoreContracts } from './contracts/all-store-contracts';
import { memoryTarget } from './helpers/store-targets';

describe('memory stores', () => {
  allStoreContracts(memoryTarget());
});
