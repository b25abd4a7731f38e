/** npm run golden: regenerate fixtures/expected/*.json from fixtures/profiles/*.txt. Review the git diff before committing. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_EXPECTED, fixtureNames, renderFixture } from './golden.js';

for (const name of fixtureNames()) {
  writeFileSync(join(FIXTURE_EXPECTED, `${name}.json`), renderFixture(name));
  console.log(`wrote ${FIXTURE_EXPECTED}/${name}.json`);
}
