import type { ExerciseFile } from './exercise-file';
import type { MunicipalitiesFile } from './reference-files';

/**
 * Cross-record checks zod cannot express: keys are unique, every key a record names exists,
 * and every municipality key belongs to the exercise's state. Returns one line per problem.
 */
export function checkReferences(file: ExerciseFile, municipalityFiles: MunicipalitiesFile[]): string[] {
  const problems: string[] = [];
  const keysOf = (kind: string, items: { key: string }[]) => {
    const keys = new Set<string>();
    for (const item of items) {
      if (keys.has(item.key)) problems.push(`${kind}: key "${item.key}" is used twice`);
      keys.add(item.key);
    }
    return keys;
  };
  const organizations = keysOf('organizations', file.organizations);
  const people = keysOf('people', file.people);
  const regions = keysOf('regions', file.regions);
  const venues = keysOf('venues', file.venues);
  const themes = keysOf('themes', file.themes);
  const events = keysOf('events', file.events);
  const planCommitments = file.actionPlan?.commitments ?? [];
  const secretariatPosts = file.secretariat?.posts ?? [];
  const commitments = keysOf('actionPlan.commitments', planCommitments);
  const posts = keysOf('secretariat.posts', secretariatPosts);
  const requests = keysOf(
    'requests',
    planCommitments.flatMap((c) => c.requests),
  );
  keysOf(
    'deliveries',
    planCommitments.flatMap((c) => c.deliveries),
  );

  const municipalities = new Set(
    municipalityFiles
      .filter((m) => m.state === file.exercise.state)
      .flatMap((m) => m.municipalities.map((x) => x.inegiKey)),
  );
  const need = (set: Set<string>, kind: string, value: string | null | undefined, where: string) => {
    if (value != null && !set.has(value)) problems.push(`${where}: no ${kind} with key "${value}"`);
  };
  const needAll = (set: Set<string>, kind: string, values: string[], where: string) =>
    values.forEach((value) => need(set, kind, value, where));

  need(organizations, 'organization', file.document.publishedBy, 'document.publishedBy');
  for (const role of ['guarantor', 'localAuthority', 'evaluator'] as const) {
    need(organizations, 'organization', file.exercise[role], `exercise.${role}`);
  }
  file.regions.forEach((r) => need(municipalities, 'municipality', r.seat, `regions.${r.key}.seat`));
  file.venues.forEach((v) => need(municipalities, 'municipality', v.municipality, `venues.${v.key}.municipality`));
  file.organizations.forEach((o) => {
    need(organizations, 'organization', o.parent, `organizations.${o.key}.parent`);
    need(municipalities, 'municipality', o.municipality, `organizations.${o.key}.municipality`);
  });
  secretariatPosts.forEach((post) => {
    need(regions, 'region', post.region, `secretariat.posts.${post.key}.region`);
    post.memberships.forEach((m, i) => {
      need(people, 'person', m.person, `secretariat.posts.${post.key}.memberships.${i}.person`);
      need(organizations, 'organization', m.onBehalfOf, `secretariat.posts.${post.key}.memberships.${i}.onBehalfOf`);
    });
  });
  const sessionKeys = new Set<string>();
  file.sessions.forEach((s) => {
    const where = `sessions.${s.type}-${s.number}`;
    if (sessionKeys.has(`${s.type}-${s.number}`)) problems.push(`${where}: session number used twice`);
    sessionKeys.add(`${s.type}-${s.number}`);
    need(municipalities, 'municipality', s.municipality, `${where}.municipality`);
    need(venues, 'venue', s.venue, `${where}.venue`);
    s.agreements.forEach((a, i) =>
      needAll(organizations, 'organization', a.responsible, `${where}.agreements.${i}.responsible`),
    );
    s.attendance.forEach((a, i) => {
      need(posts, 'post', a.post, `${where}.attendance.${i}.post`);
      need(organizations, 'organization', a.organization, `${where}.attendance.${i}.organization`);
      need(people, 'person', a.person, `${where}.attendance.${i}.person`);
    });
  });
  const agreedAt = file.actionPlan?.agreedAtSession;
  if (agreedAt) need(sessionKeys, 'session', `${agreedAt.type}-${agreedAt.number}`, 'actionPlan.agreedAtSession');
  if (file.sessions.length && !file.secretariat) problems.push('sessions: there are sessions but no secretariat');
  planCommitments.forEach((c) => {
    const where = `actionPlan.commitments.${c.key}`;
    needAll(organizations, 'organization', c.responsible, `${where}.responsible`);
    needAll(organizations, 'organization', c.followers, `${where}.followers`);
    needAll(themes, 'theme', c.themes, `${where}.themes`);
    c.requests.forEach((r) => need(organizations, 'organization', r.recipient, `${where}.requests.${r.key}.recipient`));
    c.deliveries.forEach((d) => {
      need(organizations, 'organization', d.deliveredBy, `${where}.deliveries.${d.key}.deliveredBy`);
      need(requests, 'request', d.request, `${where}.deliveries.${d.key}.request`);
    });
  });
  file.events.forEach((e) => {
    const where = `events.${e.key}`;
    need(municipalities, 'municipality', e.municipality, `${where}.municipality`);
    need(venues, 'venue', e.venue, `${where}.venue`);
    need(regions, 'region', e.region, `${where}.region`);
    need(events, 'event', e.parent, `${where}.parent`);
    needAll(themes, 'theme', e.themes, `${where}.themes`);
    needAll(commitments, 'commitment', e.commitments, `${where}.commitments`);
    needAll(
      organizations,
      'organization',
      e.organizations.map((o) => o.organization),
      `${where}.organizations`,
    );
    e.agreements.forEach((a, i) =>
      needAll(organizations, 'organization', a.responsible, `${where}.agreements.${i}.responsible`),
    );
  });
  if (file.evaluation) {
    need(organizations, 'organization', file.evaluation.evaluator, 'evaluation.evaluator');
    need(events, 'event', file.evaluation.presentedAt, 'evaluation.presentedAt');
    const criteria = new Set(file.evaluation.criteria.map((c) => c.code));
    file.evaluation.scores.forEach((s, i) => {
      need(commitments, 'commitment', s.commitment, `evaluation.scores.${i}.commitment`);
      need(criteria, 'criterion', s.criterion, `evaluation.scores.${i}.criterion`);
    });
  }
  file.recommendations.forEach((r, i) => {
    need(organizations, 'organization', r.issuedBy, `recommendations.${i}.issuedBy`);
    need(people, 'person', r.issuedByPerson, `recommendations.${i}.issuedByPerson`);
  });
  return problems;
}
