import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { loadSeedFiles } from '../../api/src/seed/load-files';
import { TestApi } from '../support/api';

/**
 * The twelve exercises transcribed from the national program's public pages
 * (api/src/seed/sources/programa-nacional/): each fact checked here is asserted twice, once against
 * the page's own text and once against what the API serves.
 */

const SOURCES = join(PROJECT_ROOT, 'api', 'src', 'seed', 'sources', 'programa-nacional');
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const page = (name: string) => readFileSync(join(SOURCES, `${name}.txt`), 'utf8');

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
/** "9 de marzo de 2015" → "2015-03-09": the page's own words, read as a date. */
function spanishDate(words: string): string {
  const match = /^(\d{1,2}) de (\p{L}+) de (\d{4})$/u.exec(words);
  if (!match) throw new Error(`not a Spanish date: ${words}`);
  const month = MONTHS.indexOf(match[2].toLowerCase()) + 1;
  if (!month) throw new Error(`not a month: ${match[2]}`);
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

type Sector = 'CIVIL_SOCIETY' | 'LOCAL_AUTHORITY' | 'GUARANTOR_BODY';
interface Expected {
  slug: string;
  page: string;
  /** The sentence that dates the joint declaration, and the date in its words. */
  declaration: [sentence: string, date: string];
  installation?: [sentence: string, date: string];
  plan?: [sentence: string, date: string, regular: number, proactive: number];
  /** "N representantes de la Sociedad Civil" and the bodies the page names under it. */
  seats?: [heading: string, sector: Sector, seats: number, bodies: string[]][];
  facilitator?: string;
  /** Who signed the declaration, as the page counts them (kept in the exercise's description). */
  signatories: string;
  /** Events of a kind the page counts: [sentence, kind, how many]. */
  events?: [sentence: string, kind: string, count: number][];
  status: string;
}

const CS = 'CIVIL_SOCIETY';
const LA = 'LOCAL_AUTHORITY';
const GB = 'GUARANTOR_BODY';

const STATES: Expected[] = [
  {
    slug: 'campeche-2016',
    signatories:
      'firmada por un representante del Gobierno del Estado, un representante de la sociedad civil y el Organismo Garante',
    events: [['en Campeche se impartió una sesión de sensibilización', 'SENSITIZATION_TALK', 1]],
    page: 'campeche',
    declaration: ['El 20 de junio de 2016, el estado de Campeche se integró formalmente', '20 de junio de 2016'],
    installation: ['el 31 de agosto de 2016 se instaló el Secretariado Técnico en la entidad', '31 de agosto de 2016'],
    plan: ['el 19 de septiembre de 2017 se publicara el Plan de Acción Local', '19 de septiembre de 2017', 6, 0],
    seats: [
      [
        '2 representantes de la Sociedad Civil',
        CS,
        2,
        ['Visión de Mujer, Misión de Vida, A.C.', 'Creadores de Arte Popular del Estado de Campeche, A.C.'],
      ],
      [
        '2 representantes del Gobierno',
        LA,
        2,
        [
          'Secretaría de Administración e Innovación Gubernamental',
          'Subsecretaría de Asuntos Jurídicos y Derechos Humanos',
        ],
      ],
      [
        '2 representantes del Órgano Garante de Acceso a la Información',
        GB,
        2,
        ['Comisión de Transparencia y Acceso a la Información Pública del Estado de Campeche'],
      ],
    ],
    facilitator: 'Andrés Hofmann Furth',
    status: 'En proceso de implementación del primer plan de acción.',
  },
  {
    slug: 'chihuahua-2016',
    signatories:
      'firmada por un representante del Gobierno del estado, un representante de la sociedad civil y el Organismo Garante',
    events: [['se realizaron dos Foros de Sensibilización en Chihuahua y Ciudad Juárez', 'SENSITIZATION_TALK', 2]],
    page: 'chihuahua',
    declaration: ['El 20 de junio de 2016, el estado de Chihuahua se integró formalmente', '20 de junio de 2016'],
    seats: [
      ['1 representante de la Sociedad Civil', CS, 1, ['Promotora Social, Personas con Discapacidad, A.C.']],
      ['1 representante del Gobierno', LA, 1, ['Tribunal Superior de Justicia de Chihuahua']],
      [
        '1 representante del Órgano Garante de Acceso a la Información',
        GB,
        1,
        ['Instituto Chihuahuense para la Transparencia y Acceso a la Información Pública'],
      ],
    ],
    status:
      'En proceso de sensibilización de la iniciativa y de convocatoria a un mayor número de actores gubernamentales y sociales.',
  },
  {
    slug: 'durango-2015',
    signatories:
      'firmada por un representante de gobierno municipal, un representante de la sociedad civil y el Organismo Garante',
    events: [['en Durango se impartió una sesión de sensibilización', 'SENSITIZATION_TALK', 1]],
    page: 'durango',
    declaration: ['El 9 de marzo de 2015, el estado de Durango se integró formalmente', '9 de marzo de 2015'],
    installation: ['el 10 de abril de 2015 se instaló el Secretariado Técnico en la entidad', '10 de abril de 2015'],
    plan: ['el 25 de agosto de 2015 se publicara el Plan de Acción Local', '25 de agosto de 2015', 6, 0],
    seats: [
      [
        '2 representantes de la Sociedad Civil',
        CS,
        2,
        [
          'Consejo Ciudadano de Acceso a la Información Pública Municipal',
          'Consejo Coordinador Empresarial de Durango',
        ],
      ],
      [
        '2 representantes del Gobierno',
        LA,
        2,
        ['H. Ayuntamiento de Durango', 'Contraloría de Gobierno del Estado de Durango'],
      ],
      [
        '2 representantes del Órgano Garante de Acceso a la Información',
        GB,
        2,
        ['Instituto Duranguense de Acceso a la Información Pública y Protección de Datos Personales'],
      ],
    ],
    facilitator: 'Lorena Cázarez',
    status: 'Inicio de trabajos para la elaboración del segundo plan de acción.',
  },
  {
    slug: 'estado-de-mexico-2016',
    signatories:
      'firmada por dos representantes del Gobierno del Estado, un representante de la sociedad civil y el Organismo Garante',
    events: [
      ['en el Estado de México se han impartido 2 sesiones de sensibilización', 'SENSITIZATION_TALK', 2],
      [
        'se integró formalmente a los Ejercicios Locales de Gobierno Abierto a través de la firma de la Declaración Conjunta',
        'JOINT_DECLARATION',
        1,
      ],
    ],
    page: 'estado-de-mexico',
    declaration: ['El 20 de junio de 2016, el Estado de México se integró formalmente', '20 de junio de 2016'],
    status:
      'En proceso de definición de representantes de los tres sectores (sociedad civil, autoridad y organismo garante) para la integración del Secretariado Técnico Local.',
  },
  {
    slug: 'guanajuato-2017',
    signatories:
      'firmada por un representante de cada uno de los Poderes, un representante de la sociedad civil y el Organismo Garante',
    events: [
      ['en Guanajuato se han impartido 2 sesiones de sensibilización', 'SENSITIZATION_TALK', 2],
      [
        'se integró formalmente a los Ejercicios Locales de Gobierno Abierto a través de la firma de la Declaración Conjunta',
        'JOINT_DECLARATION',
        1,
      ],
    ],
    page: 'guanajuato',
    declaration: ['El 22 de junio de 2017, el estado de Guanajuato se integró formalmente', '22 de junio de 2017'],
    status:
      'En proceso de definición de representantes de los tres sectores (sociedad civil, autoridad y organismo garante) para la integración del Secretariado Técnico Local.',
  },
  {
    slug: 'morelos-2015',
    signatories:
      'firmada por dos representantes del Gobierno del Estado, un representante de la sociedad civil y el Organismo Garante',
    events: [
      [
        'Los días 16 de mayo, 19 y 21 de agosto de 2015, se realizaron las Mesas de Trabajo de Demandas',
        'REGIONAL_WORKING_TABLE',
        5,
      ],
      ['Los días 16 y 18 de febrero de 2015 se mantuvieron reuniones de introducción', 'WORKING_MEETING', 2],
    ],
    page: 'morelos',
    declaration: ['El 9 de marzo de 2015, el estado de Morelos se integró formalmente', '9 de marzo de 2015'],
    installation: ['y la selección de su facilitador se formalizó el 16 de abril de 2015', '16 de abril de 2015'],
    plan: ['el 29 de septiembre de 2015 se publicara el Plan de Acción Local', '29 de septiembre de 2015', 6, 2],
    seats: [
      ['1 representante de la Sociedad Civil', CS, 1, ['COPARMEX Morelos']],
      [
        '2 representantes del Gobierno',
        LA,
        2,
        ['Tribunal Electoral del Estado de Morelos', 'Secretaría de Hacienda del Estado de Morelos'],
      ],
      [
        '1 representante del Órgano Garante de Acceso a la Información',
        GB,
        1,
        ['Instituto Morelense de Información Pública y Estadística'],
      ],
    ],
    facilitator: 'Luz Stella Vallejo',
    status:
      'En proceso de cierre del primer plan de acción y de inicio de trabajos para la elaboración del segundo plan.',
  },
  {
    slug: 'nuevo-leon-2016',
    signatories:
      'firmada por tres representantes del Gobierno del Estado, dos representantes de la sociedad civil y el Organismo Garante',
    events: [['el 14 de septiembre tuvo lugar el Taller de Sensibilización', 'WORKSHOP', 3]],
    page: 'nuevo-leon',
    declaration: ['El 20 de junio de 2016, el estado de Nuevo León se integró formalmente', '20 de junio de 2016'],
    installation: [
      'el día 18 de noviembre de 2016 se instaló formalmente el Secretariado Técnico Local',
      '18 de noviembre de 2016',
    ],
    seats: [
      ['3 representantes de la Sociedad Civil', CS, 3, ['Cómo Vamos Nuevo León', 'Redes Quinto Poder IDEA']],
      [
        '3 representantes del Gobierno',
        LA,
        3,
        [
          'Coordinación Ejecutiva de la Administración Pública del estado de Nuevo León',
          'Tribunal Superior de Justicia del estado de Nuevo León',
          'Congreso del estado de Nuevo León',
        ],
      ],
      [
        '1 representante del Órgano Garante de Acceso a la Información',
        GB,
        1,
        ['Comisión de Transparencia y Acceso a la Información del Estado de Nuevo León'],
      ],
    ],
    facilitator: 'Carmelo Cattafi',
    status: 'Reuniones preparatorias del Secretariado Técnico Local para la construcción del Plan de Acción Local.',
  },
  {
    slug: 'oaxaca-2015',
    signatories:
      'firmada por un representante del Gobierno del Estado, un representante de la sociedad civil y el Organismo Garante',
    events: [
      [
        'Cuatro Mesas de Trabajo con las temáticas de Salud, Desarrollo Social, Educación y Servicios Públicos',
        'REGIONAL_WORKING_TABLE',
        5,
      ],
    ],
    page: 'oaxaca',
    declaration: ['El 9 de marzo de 2015, el estado de Oaxaca se integró formalmente', '9 de marzo de 2015'],
    installation: [
      'La instalación del STL de Oaxaca y la selección de su facilitador se formalizó el 7 de abril de 2015',
      '7 de abril de 2015',
    ],
    plan: ['el 19 de mayo de 2016 se publicara el Plan de Acción Local', '19 de mayo de 2016', 5, 1],
    seats: [
      [
        '2 representantes de la Sociedad Civil',
        CS,
        2,
        ['Solidaridad Internacional Kanda, A.C.', 'Consejo de Colaboración Municipal de Oaxaca de Juárez'],
      ],
      [
        '2 representantes del Gobierno',
        LA,
        2,
        [
          'Secretaría de la Contraloría y Transparencia Gubernamental del Gobierno del Estado',
          'Coordinación de Transparencia y Acceso a la Información Pública del Municipio de Oaxaca de Juárez',
        ],
      ],
      [
        '1 representante del Órgano Garante de Acceso a la Información',
        GB,
        1,
        ['Instituto de Acceso a la Información Pública y Protección de Datos Personales del Estado de Oaxaca'],
      ],
    ],
    facilitator: 'Arantxa Sánchez López',
    status: 'En proceso de implementación del Plan de Acción Local e inicio de la Evaluación Preliminar',
  },
  {
    slug: 'quintana-roo-2017',
    signatories:
      'firmada por dos representantes del Gobierno del estado, un representante de gobierno municipal, dos representantes de la sociedad civil y el Organismo Garante',
    events: [
      ['En próximas fechas se agendarán sesiones de sensibilización', 'SENSITIZATION_TALK', 0],
      [
        'a través de la firma de la Declaración Conjunta para la Implementación de Acciones para un Gobierno Abierto, lo anterior, en el marco del Tercer Foro de Transparencia TransForMar 2017',
        'JOINT_DECLARATION',
        1,
      ],
    ],
    page: 'quintana-roo',
    declaration: ['El 31 de agosto de 2017, el estado de Quintana Roo se integró formalmente', '31 de agosto de 2017'],
    status:
      'En próximas fechas se agendarán sesiones de sensibilización con organizaciones de la sociedad civil y autoridades, con la finalidad de informar y socializar sobre el ejercicio Gobierno Abierto “Co-creación desde lo Local” y capacitar a servidores públicos que muestren interés hacia el proyecto.',
  },
  {
    slug: 'san-luis-potosi-2015',
    signatories:
      'firmada por dos representantes del Gobierno del Estado, un representante de la sociedad civil y el Organismo Garante',
    events: [['en San Luis Potosí se impartieron tres sesiones de sensibilización', 'SENSITIZATION_TALK', 3]],
    page: 'san-luis-potosi',
    declaration: ['El 7 de julio de 2015, el estado de San Luis Potosí se integró formalmente', '7 de julio de 2015'],
    installation: [
      'el 26 de febrero de 2016 se instaló el Secretariado Técnico en la entidad',
      '26 de febrero de 2016',
    ],
    plan: ['el 11 de mayo de 2017 se publicara el Plan de Acción Local', '11 de mayo de 2017', 5, 0],
    seats: [
      [
        '2 representantes de la Sociedad Civil',
        CS,
        2,
        ['Consejo Ciudadano por la Transparencia de San Luis Potosí', 'Industriales Potosinos, A.C.'],
      ],
      [
        '2 representantes del Gobierno',
        LA,
        2,
        ['Contraloría General del Estado', 'H. Ayuntamiento de San Luis Potosí'],
      ],
      [
        '3 representantes del Órgano Garante de Acceso a la Información',
        GB,
        3,
        ['Comisión Estatal de Garantía de Acceso a la Información Pública del Estado de San Luis Potosí'],
      ],
    ],
    facilitator: 'Javier Contreras Alcántara',
    status: 'En proceso de implementación del primer plan de acción.',
  },
  {
    slug: 'sonora-2016',
    signatories:
      'firmada por un representante del gobierno del Estado, un representante de sociedad civil y el Organismo Garante',
    events: [
      [
        'se llevaron a cabo en Sonora los “Foros de Gobierno Abierto, Co Creación Desde lo Local”',
        'SENSITIZATION_TALK',
        1,
      ],
    ],
    page: 'sonora',
    declaration: ['El 20 de junio de 2016, el estado de Sonora se integró formalmente', '20 de junio de 2016'],
    installation: [
      'el día 25 de noviembre de 2016 se instaló formalmente el Secretariado Técnico Local',
      '25 de noviembre de 2016',
    ],
    seats: [
      ['1 representante de la Sociedad Civil', CS, 1, ['Sonora Ciudadana A.C.']],
      ['1 representante del Gobierno', LA, 1, ['Secretaría de la Contraloría General del Estado de Sonora']],
      [
        '1 representante del Órgano Garante de Acceso a la Información',
        GB,
        1,
        ['Instituto Sonorense de Transparencia, Acceso a la Información Pública y Protección de Datos Personales'],
      ],
    ],
    facilitator: 'Víctor Samuel Peña Mancillas',
    status: 'Reuniones preparatorias para iniciar la construcción del Plan de Acción Local.',
  },
  {
    slug: 'veracruz-2015',
    signatories:
      'firmada por dos representantes del Gobierno del Estado, un representante de Gobierno municipal, un representante de la sociedad civil y el Organismo Garante',
    events: [['en Veracruz se realizaron jornadas de sensibilización', 'SENSITIZATION_TALK', 1]],
    page: 'veracruz',
    declaration: ['El 9 de marzo de 2015, el estado de Veracruz se integró formalmente', '9 de marzo de 2015'],
    installation: ['el 17 de abril de 2015 se instaló el Secretariado Técnico en la entidad', '17 de abril de 2015'],
    plan: ['el 14 de enero de 2016 se publicara el Plan de Acción Local', '14 de enero de 2016', 6, 0],
    seats: [
      [
        '3 representantes de la Sociedad Civil',
        CS,
        3,
        ['Consejo Ciudadano 100 por Veracruz', 'CIMTRA Capítulo Veracruz', 'Consejo Coordinador Empresarial'],
      ],
      [
        '6 representantes del Gobierno',
        LA,
        6,
        [
          'Contraloría General del Estado de Veracruz',
          'H. Ayuntamiento de Veracruz',
          'Secretaría de Salud del Estado de Veracruz',
          'Órgano de Fiscalización Superior del Estado de Veracruz',
          'Fiscalía General del Estado de Veracruz',
          'Universidad Veracruzana',
        ],
      ],
      [
        '1 representante del Órgano Garante de Acceso a la Información',
        GB,
        1,
        ['Instituto Veracruzano de Acceso a la Información y Protección de Datos Personales'],
      ],
    ],
    facilitator: 'Felipe Hevia de la Jara',
    status: 'Inicio de trabajos para la elaboración del segundo plan de acción.',
  },
];

/** Every fact a state's row checks: at least five per state. */
const factCount = (x: Expected) =>
  3 +
  (x.events?.length ?? 0) +
  (x.installation ? 1 : 0) +
  (x.plan ? 3 : 0) +
  (x.seats ?? []).reduce((n, [, , , bodies]) => n + 1 + bodies.length, 0) +
  (x.facilitator ? 1 : 0);

const files = loadSeedFiles().exercises.filter((file) => file.document.key.startsWith('programa-nacional-'));

describe('the national program pages as seed files', () => {
  it('are twelve, one per page, each pointing at the address its page gives', () => {
    expect(files.map((f) => f.document.key.replace('programa-nacional-', '')).sort()).toEqual(
      STATES.map((s) => s.page).sort(),
    );
    for (const file of files) {
      const firstLine = page(file.document.key.replace('programa-nacional-', '')).split('\n')[0];
      expect(file.document.url).toBeTruthy();
      expect(firstLine).toContain(`(${file.document.url})`);
    }
  });

  it('quote their page in every source note: each quoted passage is in the page, word for word', () => {
    let quotes = 0;
    for (const file of files) {
      const text = flat(page(file.document.key.replace('programa-nacional-', '')));
      const notes: string[] = [];
      const walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if (key === 'source' && typeof inner === 'string') notes.push(inner);
            else walk(inner);
          }
        }
      };
      walk(file);
      for (const note of notes) {
        const quoted = [...note.matchAll(/"([^"]+)"/g)].map((m) => flat(m[1]));
        expect({ note, quoted: quoted.length > 0 }).toEqual({
          note,
          quoted: true,
        });
        for (const quote of quoted) {
          expect({
            file: file.exercise.slug,
            quote,
            inPage: text.includes(quote),
          }).toEqual({ file: file.exercise.slug, quote, inPage: true });
          quotes += 1;
        }
      }
    }
    expect(quotes).toBeGreaterThan(300);
  });

  it('keep commitment titles and organisation names as the page writes them', () => {
    for (const file of files) {
      const text = flat(page(file.document.key.replace('programa-nacional-', '')));
      for (const c of file.actionPlan?.commitments ?? [])
        expect({
          title: c.title,
          inPage: text.includes(flat(c.title)),
        }).toEqual({ title: c.title, inPage: true });
      // A body the page names only through a post ("Secretario de Hacienda…") says so in its note.
      for (const o of file.organizations.filter((o) => !o.source.includes('el organismo es el que el cargo nombra'))) {
        expect({ name: o.name, inPage: text.includes(o.name) }).toEqual({
          name: o.name,
          inPage: true,
        });
      }
    }
  });

  it('check at least five facts per state', () => {
    for (const state of STATES)
      expect({ slug: state.slug, enough: factCount(state) >= 5 }).toEqual({
        slug: state.slug,
        enough: true,
      });
  });
});

describe('the twelve states as served', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  it.each(STATES)('$slug: dates, plan, seats, facilitator and stage as its page gives them', async (state) => {
    const text = flat(page(state.page));
    const inPage = (sentence: string) =>
      expect({ sentence, inPage: text.includes(flat(sentence)) }).toEqual({
        sentence,
        inPage: true,
      });
    const { exerciseBySlug: x } = await api.data(`{
      exerciseBySlug(slug: "${state.slug}") {
        jointDeclarationOn reportedStatus description isSynthetic isDemo state { code }
        source { document { url } }
        secretariat {
          installedOn declaredSeats { sector seats }
          posts { role sector label memberships { person { name } onBehalfOf { name } } }
        }
        actionPlans { publishedOn commitments { isProactive } }
      }
    }`);
    expect(x).not.toBeNull();
    expect([x.isSynthetic, x.isDemo]).toEqual([false, false]);
    expect(text).toContain(x.source.document.url);

    const [declared, declaredOn] = state.declaration;
    inPage(declared);
    expect(declared).toContain(declaredOn);
    expect(x.jointDeclarationOn).toBe(spanishDate(declaredOn));

    if (state.installation) {
      const [sentence, on] = state.installation;
      inPage(sentence);
      expect(sentence).toContain(on);
      expect(x.secretariat.installedOn).toBe(spanishDate(on));
    } else {
      expect(x.secretariat?.installedOn ?? null).toBeNull();
    }

    if (state.plan) {
      const [sentence, on, regular, proactive] = state.plan;
      inPage(sentence);
      expect(sentence).toContain(on);
      inPage(`integrado por ${regular} compromisos puntuales`);
      if (proactive) inPage(`además de ${proactive} compromiso${proactive > 1 ? 's proactivos' : ' proactivo'}`);
      expect(x.actionPlans).toHaveLength(1);
      expect(x.actionPlans[0].publishedOn).toBe(spanishDate(on));
      const commitments = x.actionPlans[0].commitments as {
        isProactive: boolean;
      }[];
      expect([
        commitments.filter((c) => !c.isProactive).length,
        commitments.filter((c) => c.isProactive).length,
      ]).toEqual([regular, proactive]);
    } else {
      expect(x.actionPlans).toEqual([]);
    }

    type Post = {
      role: string;
      sector: string | null;
      label: string;
      memberships: {
        person: { name: string } | null;
        onBehalfOf: { name: string } | null;
      }[];
    };
    if (state.seats) {
      for (const [heading, sector, seats, bodies] of state.seats) {
        inPage(`## ${heading}`);
        expect(heading.startsWith(`${seats} `)).toBe(true);
        expect(x.secretariat.declaredSeats).toContainEqual({ sector, seats });
        bodies.forEach((body) =>
          body.startsWith('Secretaría de Hacienda')
            ? inPage('Secretario de Hacienda del Estado de Morelos')
            : inPage(body),
        );
        const named = (x.secretariat.posts as Post[])
          .filter((p) => p.role === 'REPRESENTATIVE' && p.sector === sector)
          .flatMap((p) => p.memberships.map((m) => m.onBehalfOf?.name ?? ''));
        expect(named.sort()).toEqual([...bodies].sort());
        // The page names bodies, not people: no person is made up for a sector's seat.
        expect(
          (x.secretariat.posts as Post[])
            .filter((p) => p.sector === sector)
            .flatMap((p) => p.memberships)
            .every((m) => m.person === null),
        ).toBe(true);
      }
    } else if (!state.installation) {
      expect(x.secretariat).toBeNull();
    }

    if (state.facilitator) {
      inPage(state.facilitator);
      const facilitators = (x.secretariat.posts as Post[]).filter((p) => p.role === 'FACILITATOR');
      expect(facilitators.flatMap((p) => p.memberships.map((m) => m.person?.name))).toEqual([state.facilitator]);
    }

    inPage(state.signatories);
    expect(x.description).toContain(state.signatories);

    const { events } = await api.data(
      `{ events(filter: { exerciseSlug: "${state.slug}" }, first: 100) { nodes { kind } } }`,
    );
    for (const [sentence, kind, count] of state.events ?? []) {
      inPage(sentence);
      expect({
        kind,
        count: events.nodes.filter((e: { kind: string }) => e.kind === kind).length,
      }).toEqual({ kind, count });
    }

    inPage(`## Estatus ${state.status}`);
    expect(x.reportedStatus).toBe(state.status);
  });

  it('keeps Nuevo León\'s "*OSC por definir" as a civil-society seat with no holder', async () => {
    inPageOf('nuevo-leon', '*OSC por definir');
    const { exerciseBySlug } = await api.data(
      '{ exerciseBySlug(slug: "nuevo-leon-2016") { secretariat { posts { label sector memberships { id } } } } }',
    );
    const open = exerciseBySlug.secretariat.posts.filter((p: { label: string }) => p.label.includes('por definir'));
    expect(open).toEqual([
      {
        label: 'Representante de la Sociedad Civil (OSC por definir)',
        sector: 'CIVIL_SOCIETY',
        memberships: [],
      },
    ]);
  });

  it('names a municipal authority where the page does (Durango: H. Ayuntamiento de Durango)', async () => {
    inPageOf('durango', 'firmada por un representante de gobierno municipal');
    const { organizations } = await api.data(
      '{ organizations(filter: { search: "Ayuntamiento de Durango" }) { nodes { name kind } } }',
    );
    expect(organizations.nodes).toEqual([{ name: 'H. Ayuntamiento de Durango', kind: 'MUNICIPAL_AGENCY' }]);
  });

  // INEGI keys as in the copy of the AGEEML catalogue standards.md §2 cites; time zones from tzdb's zone1970.tab.
  it.each([
    ['durango', 'H. Ayuntamiento de Durango', '10005', 'Durango', 'America/Monterrey'],
    ['san-luis-potosi', 'H. Ayuntamiento de San Luis Potosí', '24028', 'San Luis Potosí', 'America/Mexico_City'],
    ['veracruz', 'H. Ayuntamiento de Veracruz', '30193', 'Veracruz', 'America/Mexico_City'],
    [
      'oaxaca',
      'Coordinación de Transparencia y Acceso a la Información Pública del Municipio de Oaxaca de Juárez',
      '20067',
      'Oaxaca de Juárez',
      'America/Mexico_City',
    ],
    [
      'oaxaca',
      'Consejo de Colaboración Municipal de Oaxaca de Juárez',
      '20067',
      'Oaxaca de Juárez',
      'America/Mexico_City',
    ],
  ])('%s: "%s" is linked to its municipality, INEGI %s', async (pageName, name, cvegeo, municipality, timeZone) => {
    inPageOf(pageName, name);
    const { organizations } = await api.data(
      `query($q: String!) { organizations(filter: { search: $q }) { nodes { name municipality { cvegeo name timeZone state { code } } } } }`,
      { q: name },
    );
    const [state] = files
      .filter((f) => f.document.key === `programa-nacional-${pageName}`)
      .map((f) => f.exercise.state);
    expect(organizations.nodes.find((o: { name: string }) => o.name === name).municipality).toEqual({
      cvegeo,
      name: municipality,
      timeZone,
      state: { code: state },
    });
  });

  it('places the Chihuahua forums where the page does: Chihuahua and Ciudad Juárez, "respectivamente"', async () => {
    inPageOf('chihuahua', 'se realizaron dos Foros de Sensibilización en Chihuahua y Ciudad Juárez');
    const { events } = await api.data(
      `{ events(filter: { exerciseSlug: "chihuahua-2016", kinds: [SENSITIZATION_TALK] }, first: 20) { nodes { title municipality { cvegeo name timeZone } } } }`,
    );
    const place = (title: string) =>
      events.nodes.find((e: { title: string }) => e.title.startsWith(title)).municipality;
    expect(place('Foro de Sensibilización en Chihuahua')).toEqual({
      cvegeo: '08019',
      name: 'Chihuahua',
      timeZone: 'America/Chihuahua',
    });
    expect(place('Foro de Sensibilización en Ciudad Juárez')).toEqual({
      cvegeo: '08037',
      name: 'Juárez',
      timeZone: 'America/Ciudad_Juarez',
    });
  });

  it.each(files.filter((f) => f.secretariat).map((f) => [f.exercise.slug, f] as const))(
    '%s: its seats are recorded up to the last full date its page gives, and served so',
    async (slug, file) => {
      const text = flat(page(file.document.key.replace('programa-nacional-', '')));
      const dates = [...text.matchAll(/(\d{1,2}) de (\p{L}+) de (\d{4})/gu)]
        .filter((m) => MONTHS.includes(m[2].toLowerCase()))
        .map((m) => spanishDate(m[0]));
      const last = dates.sort().at(-1);
      expect(file.secretariat?.recordedUntil).toBe(last);
      const { exerciseBySlug } = await api.data(
        `query($s: String!) { exerciseBySlug(slug: $s) { secretariat { posts { memberships { endDate recordedUntil } } } } }`,
        { s: slug },
      );
      const memberships = exerciseBySlug.secretariat.posts.flatMap((p: { memberships: unknown[] }) => p.memberships);
      expect(memberships.length).toBeGreaterThan(0);
      expect(memberships).toEqual(memberships.map(() => ({ endDate: null, recordedUntil: last })));
    },
  );

  it('leaves undated what the page dates without a year (Chihuahua, "El 29 de septiembre")', async () => {
    inPageOf('chihuahua', 'El 29 de septiembre se sostuvo una reunión');
    const { events } = await api.data(
      `{ events(filter: { exerciseSlug: "chihuahua-2016" }, first: 20) { nodes { title startDate } } }`,
    );
    const meeting = events.nodes.find((e: { title: string }) => e.title.includes('29 de septiembre'));
    expect(meeting).toEqual({
      title: expect.stringContaining('magistrados'),
      startDate: null,
    });
  });

  it('keeps "cerca de 600 personas" out of the attendance count (Sonora)', async () => {
    inPageOf('sonora', 'participaron cerca de 600 personas');
    const { events } = await api.data(
      `{ events(filter: { exerciseSlug: "sonora-2016" }, first: 20) { nodes { title attendeeCount attendanceNote } } }`,
    );
    const forums = events.nodes.find((e: { title: string }) => e.title.startsWith('Foros de Gobierno Abierto'));
    expect(forums.attendeeCount).toBeNull();
    expect(forums.attendanceNote).toContain('cerca de 600 personas');
  });
});

function inPageOf(name: string, sentence: string) {
  expect(flat(page(name))).toContain(flat(sentence));
}

/** Days between two full dates, as the pages write them. */
const daysFrom = (from: string, to: string) =>
  (Date.parse(`${spanishDate(to)}T00:00:00Z`) - Date.parse(`${spanishDate(from)}T00:00:00Z`)) / 86_400_000;

describe('the comparison of the thirteen real states', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  const report = flat(
    readFileSync(join(PROJECT_ROOT, 'api', 'src', 'seed', 'sources', 'informe-coahuila-2015-2017.txt'), 'utf8'),
  );
  const COAHUILA: Expected = {
    slug: 'coahuila-2015-2017',
    page: '',
    declaration: ['el cual inicia trabajos el 9 de marzo de 2015', '9 de marzo de 2015'],
    installation: ['el Secretariado se formalizó el 28 de septiembre de 2015', '28 de septiembre de 2015'],
    plan: ['acuerdo que se cumplimentó el 8 de noviembre de 2016', '8 de noviembre de 2016', 6, 1],
    signatories: '',
    status: '',
  };

  const FIELDS = `slug stateCode isSynthetic isDemo stage reportedStatus
    commitments { plans total regular proactive }
    daysToSecretariatInstallation { from to days }
    daysToPlanPublication { from to days }
    secretariat { installedOn sectors { sector declaredSeats seatsListed seatsOpen bodiesNamed } }`;

  it('compares, unasked, the real states only: the thirteen, none synthetic or demonstration', async () => {
    const { compareExercises } = await api.data(`{ compareExercises { ${FIELDS} } }`);
    const slugs = compareExercises.map((c: { slug: string }) => c.slug);
    for (const state of [COAHUILA, ...STATES]) expect(slugs).toContain(state.slug);
    expect(compareExercises.every((c: { isSynthetic: boolean; isDemo: boolean }) => !c.isSynthetic && !c.isDemo)).toBe(
      true,
    );
    expect(new Set(compareExercises.map((c: { stateCode: string }) => c.stateCode)).size).toBe(compareExercises.length);
  });

  it.each([COAHUILA, ...STATES])(
    '$slug: stage, days to the Secretariat and to the plan, commitments, as the source dates them',
    async (state) => {
      const text = state.page ? flat(page(state.page)) : report;
      const inSource = (sentence: string) =>
        expect({ sentence, inSource: text.includes(flat(sentence)) }).toEqual({ sentence, inSource: true });
      const { compareExercises } = await api.data(`{ compareExercises(slugs: ["${state.slug}"]) { ${FIELDS} } }`);
      expect(compareExercises).toHaveLength(1);
      const [x] = compareExercises;
      const [declared, declaredOn] = state.declaration;
      inSource(declared);

      if (state.installation) {
        inSource(state.installation[0]);
        expect(x.daysToSecretariatInstallation).toEqual({
          from: spanishDate(declaredOn),
          to: spanishDate(state.installation[1]),
          days: daysFrom(declaredOn, state.installation[1]),
        });
      } else {
        // No installation in the source: no figure, not zero days.
        expect(x.daysToSecretariatInstallation).toEqual({ from: spanishDate(declaredOn), to: null, days: null });
      }

      if (state.plan) {
        const [sentence, on, regular, proactive] = state.plan;
        inSource(sentence);
        expect(x.daysToPlanPublication).toEqual({
          from: spanishDate(declaredOn),
          to: spanishDate(on),
          days: daysFrom(declaredOn, on),
        });
        expect(x.commitments).toEqual({ plans: 1, total: regular + proactive, regular, proactive });
        expect(x.stage).toBe('PLAN_PUBLISHED');
      } else {
        expect(x.daysToPlanPublication).toEqual({ from: spanishDate(declaredOn), to: null, days: null });
        // No plan: the commitment figures are absent, not zero.
        expect(x.commitments).toMatchObject({ plans: 0, regular: null, proactive: null });
        expect(x.stage).toBe(state.installation ? 'SECRETARIAT_INSTALLED' : 'DECLARATION_SIGNED');
      }

      for (const [heading, sector, seats, bodies] of state.seats ?? []) {
        inSource(heading);
        const composition = x.secretariat.sectors.find((s: { sector: string }) => s.sector === sector);
        expect(composition).toMatchObject({ declaredSeats: seats, bodiesNamed: bodies.length });
      }
      if (!state.seats && !state.installation) expect(x.secretariat).toBeNull();
      if (state.page) expect(x.reportedStatus).toBe(state.status);
    },
  );

  it('keeps a declared size apart from the bodies named, and an open seat apart from a filled one', async () => {
    const { compareExercises } = await api.data(
      `{ compareExercises(slugs: ["campeche-2016", "nuevo-leon-2016", "coahuila-2015-2017"]) { slug secretariat { sectors { sector declaredSeats seatsListed seatsOpen bodiesNamed } } } }`,
    );
    const bySlug = Object.fromEntries(compareExercises.map((c: { slug: string }) => [c.slug, c]));
    const sector = (slug: string, s: string) =>
      bySlug[slug].secretariat.sectors.find((c: { sector: string }) => c.sector === s);
    inPageOf('campeche', '2 representantes del Órgano Garante de Acceso a la Información');
    expect(sector('campeche-2016', 'GUARANTOR_BODY')).toEqual({
      sector: 'GUARANTOR_BODY',
      declaredSeats: 2,
      seatsListed: 1,
      seatsOpen: 0,
      bodiesNamed: 1,
    });
    inPageOf('nuevo-leon', '*OSC por definir');
    expect(sector('nuevo-leon-2016', 'CIVIL_SOCIETY')).toEqual({
      sector: 'CIVIL_SOCIETY',
      declaredSeats: 3,
      seatsListed: 3,
      seatsOpen: 1,
      bodiesNamed: 2,
    });
    // Coahuila's report declares no size per sector in figures the seed keeps: unknown, not zero.
    expect(sector('coahuila-2015-2017', 'CIVIL_SOCIETY').declaredSeats).toBeNull();
  });
});
