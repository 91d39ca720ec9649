import { allStoreContracts } from './contracts/all-store-contracts';
import { postgresTarget } from './helpers/store-targets';
import { describeWithPostgres, TEST_DATABASE_URL } from './helpers/temp-postgres';

describeWithPostgres('PostgreSQL stores (TEST_DATABASE_URL)', () => {
  allStoreContracts(postgresTarget(TEST_DATABASE_URL!));
});
