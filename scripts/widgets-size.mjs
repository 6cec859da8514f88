#!/usr/bin/env node
// The widgets' size budget: all three elements together, Lit included, minified and gzipped
// (level 9, as served) must stay within 12 KB (12 × 1024 bytes). Builds the production bundle
// in memory (nothing is written) and exits 1 above the budget.
//
//   node scripts/widgets-size.mjs

import { bundleWidgets } from '../widgets/build.mjs';

const BUDGET = 12 * 1024;
const { bytes, gzipBytes } = await bundleWidgets();
const line = `widgets bundle: ${bytes} B minified, ${gzipBytes} B min+gzip (budget ${BUDGET} B, ${BUDGET - gzipBytes} B left)`;
if (gzipBytes > BUDGET) {
  console.error(
    `${line}\nOver budget by ${gzipBytes - BUDGET} B: all widgets together, Lit included, must stay within 12 KB min+gzip.`,
  );
  process.exit(1);
}
console.log(line);
