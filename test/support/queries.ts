import { loadSeedFiles } from '../../api/src/seed/load-files';

/** The real exercises the global setup seeds (Coahuila and the national program's twelve): what DEEPEST_QUERY lists. */
export const SEEDED_EXERCISES = loadSeedFiles().exercises.length;

/**
 * The deepest public nested query: an exercise down to its commitments' meetings' agreements'
 * responsible organisations, and its Secretariat's seats, holders and sessions. Used by the
 * statement-count test and by the benchmark.
 */
export const DEEPEST_QUERY = `
  query Deepest {
    exercises {
      nodes {
        state { code }
        actionPlans {
          commitments {
            number
            responsibleAgencies { name parent { name } }
            followers { name }
            milestones { title }
            meetings { startDate venue { name municipality { name timeZone } } agreements { text responsible { name } } }
            informationRequests { subject recipient { name } }
            informationDeliveries { pages deliveredBy { name } }
            pagesDelivered { pages qualifier }
            progress { percent unknownReason }
          }
        }
        secretariat { posts { label memberships { person { name } onBehalfOf { name } } } sessions { number agreements { text responsible { name } } } }
      }
    }
  }`;
