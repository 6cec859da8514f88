import { loadSeedFiles } from '../../api/src/seed/load-files';

/**
 * Source notes and every other text of the seed files reach Spanish readers (CSVs, calendars,
 * widgets): the source's words are quoted as they are, and the platform's own commentary around
 * them is written in Spanish too. English commentary shows itself by its common words.
 */
const ENGLISH = new Set(
  (
    'the and of from which with without is are was were this that these those by for but not only also its their they ' +
    'says said gives given named report records listed inferred attended because when where who whose city page pages ' +
    'session meeting held text line see after before between same first second it to on at an be has have had there here ' +
    'than then into about other each per any does did do so if or such may might would could should must footnote start ' +
    'end exclusive installation venue calls called written kept apart record group never roster taken served since head place unknown'
  ).split(' '),
);

/** The English words of `text` outside its quotations ("…", «…», “…”). */
function englishWords(text: string): string[] {
  const commentary = text.replace(/"[^"]*"|«[^»]*»|“[^”]*”/g, ' ');
  return [...new Set(commentary.toLowerCase().match(/\p{L}+/gu) ?? [])].filter((word) => ENGLISH.has(word));
}

/** Every string of a parsed file, with where it is; enum values (UPPER_CASE) are codes, not text. */
function* texts(node: unknown, path: string): Generator<[string, string]> {
  if (typeof node === 'string') {
    if (!/^[A-Z0-9_-]+$/.test(node)) yield [path, node];
  } else if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* texts(item, `${path}[${i}]`);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) yield* texts(value, `${path}.${key}`);
  }
}

describe('the seed files speak Spanish', () => {
  it('writes no English commentary in any note or text of the real or demonstration exercises', () => {
    const files = [...loadSeedFiles().exercises, ...loadSeedFiles(undefined, { demo: true }).exercises];
    const english = files.flatMap((file) =>
      [...texts(file, file.exercise.slug)]
        .map(([path, text]) => [path, englishWords(text).join(' ')])
        .filter(([, words]) => words),
    );
    expect(english).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });

  it('finds English commentary beside a Spanish quotation, and leaves quoted words alone', () => {
    expect(englishWords('Compromiso 4: "se realizó una visita". The report does not name the city.')).toEqual([
      'the',
      'report',
      'does',
      'not',
      'city',
    ]);
    expect(englishWords('Integrantes and footnote 2: "A partir de la séptima sesión"')).toEqual(['and', 'footnote']);
    expect(
      englishWords(
        'Compromiso 4: "the report" (así, entre comillas). El informe no nombra la ciudad; así como las demás.',
      ),
    ).toEqual([]);
  });
});
