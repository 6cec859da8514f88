import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../common/paths';
import { printAppSchema } from '../schema';

/** `npm run schema`: writes schema.graphql from the code. A test fails when the committed file differs. */
printAppSchema().then((sdl) => {
  writeFileSync(join(PROJECT_ROOT, 'schema.graphql'), sdl);
  console.log('Wrote schema.graphql');
});
