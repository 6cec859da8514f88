import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';

/** `npm run migrate`: applies pending migrations and exits (the server also does this at start). */
openDatabase(loadConfig(), console.log)
  .then((database) => database.close())
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
