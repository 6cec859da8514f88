import 'reflect-metadata';
import { loadSeedFiles } from './load-files';

/** `node -r @swc-node/register api/src/seed/validate.ts`: checks every seed file and prints a summary. */
const files = loadSeedFiles();
for (const exercise of files.exercises) {
  const plan = exercise.actionPlan;
  console.log(
    `${exercise.exercise.slug}: ${exercise.organizations.length} organisations, ${exercise.people.length} people, ` +
      `${exercise.sessions.length} sessions, ${exercise.events.length} events, ${plan?.commitments.length ?? 0} commitments`,
  );
}
console.log(
  `${files.states.states.length} states, ${files.municipalities.map((m) => `${m.state}: ${m.municipalities.length}`).join(', ')} municipalities`,
);
