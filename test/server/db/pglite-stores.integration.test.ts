import { allStoreContracts } from './contracts/all-store-contracts';
import { pgliteTarget } from './helpers/store-targets';

describe('PGlite stores', () => {
  allStoreContracts(pgliteTarget());
});
