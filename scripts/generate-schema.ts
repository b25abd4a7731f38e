/** npm run schema: writes schemas/*.schema.json from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { publishedSchemas } from './published-schemas.js';

for (const [file, schema] of Object.entries(publishedSchemas())) {
  writeFileSync(join(packageRoot(), file), schema);
  console.log(`wrote ${file}`);
}
