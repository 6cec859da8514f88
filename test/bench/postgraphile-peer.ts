/**
 * The peer in the benchmark: PostGraphile 5 (amber preset, grafserv on node:http) serving the same
 * database as our API, so that both can be measured side by side in one run.
 *
 * Read-only use: no watch mode, no GraphiQL, no websockets, no schema written to disk, and every
 * connection of its pool opens with `default_transaction_read_only=on`, so a mutation sent to the
 * peer by mistake fails instead of changing the database the benchmark shares with our API. Its pool has at most 10 connections, like ours.
 *
 * Node 20: PostGraphile 5 declares `engines: node >= 22`. The only Node 22 API found in its runtime
 * (searched for, and the deepest query run and checked against our API) is `Promise.withResolvers` (ES2024; in grafast, grafserv and @dataplan/pg). Without it every
 * connection field fails with "Cannot read properties of undefined (reading 'items')" and no SQL
 * is sent, so startPostGraphile adds that method, as specified, when the runtime lacks it. It only
 * adds a missing method: code that ran before (our API) cannot behave differently.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool, type PoolClient } from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/** Same pool size as our API's DataSource. */
const MAX_CONNECTIONS = 10;

export interface PostGraphilePeer {
  /** GraphQL endpoint (POST). */
  url: string;
  stop(): Promise<void>;
}

export interface PostGraphileOptions {
  /**
   * Called with the text of every SQL statement the peer sends, including its schema
   * introspection at start-up and the one `set jit_optimize_above_cost` it sends on each new
   * connection. Lets a caller count statements per request.
   */
  onStatement?(text: string): void;
}

export async function startPostGraphile(
  databaseUrl: string,
  options: PostGraphileOptions = {},
): Promise<PostGraphilePeer> {
  ensurePromiseWithResolvers();
  const pool = new Pool({
    connectionString: databaseUrl,
    max: MAX_CONNECTIONS,
    options: '-c default_transaction_read_only=on',
  });
  pool.on('error', () => {}); // an idle client dropped by the server must not crash the benchmark
  const { onStatement } = options;
  if (onStatement) pool.on('connect', (client) => countStatements(client, onStatement));

  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, websockets: false },
  });
  const server: Server = createServer();
  try {
    await pgl.getSchema(); // introspect now, not on the first request the benchmark times
    await pgl.createServ(grafserv).addTo(server, false);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    server.close();
    await pgl.release();
    await pool.end();
    throw error;
  }
  const { port } = server.address() as AddressInfo;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop() {
      stopped ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await pgl.release();
        await pool.end();
      })();
      return stopped;
    },
  };
}

function ensurePromiseWithResolvers(): void {
  if (typeof (Promise as { withResolvers?: unknown }).withResolvers === 'function') return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    enumerable: false,
    value: function withResolvers<T>(this: PromiseConstructor) {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new this<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

function countStatements(client: PoolClient, onStatement: (text: string) => void): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [first] = args;
    onStatement(typeof first === 'string' ? first : String((first as { text?: unknown } | null)?.text ?? ''));
    return query(...args);
  };
}

/**
 * The same data as our DEEPEST_QUERY (test/api/statement-count.test.ts), through the schema the
 * amber preset generates: root lists are `allX`, relations are named after their foreign keys
 * (`stateByStateId`, `commitmentsByPlanId`), every one-to-many field is a connection, and a
 * many-to-many goes through its link table's rows. Aliases give the fields our names, so the two
 * results read alike.
 *
 * - `responsibleAgencies` and `followers` read `commitment_organization` rows narrowed by the
 *   generated `condition: { role: ... }` argument, then the organisation of each row.
 * - `meetings` are the `event_commitment` rows of the commitment, each with its event.
 * - Our computed fields `pagesDelivered` and `progress` are left out: PostGraphile has no
 *   equivalent without custom SQL functions (computed columns) added to the database.
 * - Lists come in PostGraphile's default order (primary key). Amber only offers `orderBy` on
 *   indexed columns, so our domain orders (milestones by position, organisations by name...)
 *   cannot be asked for; the data returned is the same, in another order.
 */
export const POSTGRAPHILE_DEEPEST_QUERY = `
  query Deepest {
    exercises: allExercises {
      nodes {
        state: stateByStateId { code }
        actionPlans: actionPlansByExerciseId {
          nodes {
            commitments: commitmentsByPlanId {
              nodes {
                number
                responsibleAgencies: commitmentOrganizationsByCommitmentId(condition: { role: RESPONSIBLE }) {
                  nodes { organization: organizationByOrganizationId { name parent: organizationByParentId { name } } }
                }
                followers: commitmentOrganizationsByCommitmentId(condition: { role: FOLLOWER }) {
                  nodes { organization: organizationByOrganizationId { name } }
                }
                milestones: milestonesByCommitmentId { nodes { title } }
                meetings: eventCommitmentsByCommitmentId {
                  nodes {
                    event: eventByEventId {
                      startDate
                      venue: venueByVenueId { name municipality: municipalityByMunicipalityId { name timeZone } }
                      agreements: agreementsByEventId {
                        nodes { text responsible: agreementResponsiblesByAgreementId { nodes { organization: organizationByOrganizationId { name } } } }
                      }
                    }
                  }
                }
                informationRequests: informationRequestsByCommitmentId { nodes { subject recipient: organizationByRecipientId { name } } }
                informationDeliveries: informationDeliveriesByCommitmentId { nodes { pages deliveredBy: organizationByDeliveredById { name } } }
              }
            }
          }
        }
        secretariat: secretariatByExerciseId {
          posts: postsBySecretariatId {
            nodes { label memberships: membershipsByPostId { nodes { person: personByPersonId { name } onBehalfOf: organizationByOnBehalfOfId { name } } } }
          }
          sessions: sessionsBySecretariatId {
            nodes { number agreements: agreementsBySessionId { nodes { text responsible: agreementResponsiblesByAgreementId { nodes { organization: organizationByOrganizationId { name } } } } } }
          }
        }
      }
    }
  }`;

/**
 * What `data` of POSTGRAPHILE_DEEPEST_QUERY holds: commitments, meeting links (event_commitment
 * rows, so an event linked to two commitments counts twice, as in our `meetings` lists) and
 * sessions, so the benchmark can check that both APIs returned the same amount of data.
 */
export function summarisePostGraphileResult(data: any): { commitments: number; meetings: number; sessions: number } {
  const summary = { commitments: 0, meetings: 0, sessions: 0 };
  for (const exercise of data?.exercises?.nodes ?? []) {
    for (const plan of exercise.actionPlans?.nodes ?? []) {
      for (const commitment of plan.commitments?.nodes ?? []) {
        summary.commitments += 1;
        summary.meetings += commitment.meetings?.nodes?.length ?? 0;
      }
    }
    summary.sessions += exercise.secretariat?.sessions?.nodes?.length ?? 0;
  }
  return summary;
}
