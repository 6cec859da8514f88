import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Commitment } from '../commitment/commitment.entity';
import { Exercise } from '../exercise/exercise.entity';
import { exerciseDataPath } from './exercise-meta';
import { RESOURCES } from './resources';

@ObjectType({
  description: "One table of an exercise's open data, as CSV (UTF-8 with a BOM, comma, CRLF, header row) and as JSON.",
})
export class OpenDataTable {
  @Field({ description: 'Table name, e.g. "commitments"; also its name in the data package.' })
  name: string;

  @Field({ description: 'What it holds, in Spanish.' })
  title: string;

  @Field({
    description: 'Address of the CSV file on this server, e.g. "/data/exercises/coahuila-2015-2017/commitments.csv".',
  })
  csv: string;

  @Field({ description: 'Address of the same records as JSON.' })
  json: string;
}

@ObjectType({
  description:
    "Where an exercise's open data, calendar and change feed are, at stable addresses on this server (no account needed; " +
    'every answer carries an ETag, and revalidations cost nothing). The same published records as this API.',
})
export class ExerciseOpenData {
  @Field({ description: 'The exercise\'s open-data page, listing everything below: "/data/exercises/<slug>/".' })
  page: string;

  @Field(() => [OpenDataTable], { description: 'Each table as CSV and JSON.' })
  tables: OpenDataTable[];

  @Field({
    description:
      'All tables as a Frictionless Data Package (zip with datapackage.json, a Table Schema per file, the data dictionary).',
  })
  dataPackage: string;

  @Field({ description: 'The data package descriptor alone, next to the CSVs it describes.' })
  dataPackageDescriptor: string;

  @Field({ description: "The data dictionary of Mexico's open-data guide, as CSV." })
  dataDictionary: string;

  @Field({ description: 'People, organisations, Secretariat seats and who held them, in Popolo JSON.' })
  popolo: string;

  @Field({ description: 'The catalogue entry (DCAT, with the fields of the open-data guide).' })
  catalog: string;

  @Field({ description: 'iCalendar feed of the sessions and events, for calendar apps to subscribe to.' })
  calendar: string;

  @Field({ description: 'Atom feed of what was published or changed in the exercise.' })
  changeFeed: string;
}

/** The links from the schema to the downloads, calendars and feeds (the schema is the developers' documentation). */
@Resolver(() => Exercise)
export class ExerciseOpenDataResolver {
  @FieldResolver(() => ExerciseOpenData, {
    description: "Where to download the exercise's open data, subscribe to its calendar and follow its changes.",
  })
  openData(@Root() exercise: Exercise): ExerciseOpenData {
    const at = exerciseDataPath(exercise.slug);
    const slug = encodeURIComponent(exercise.slug);
    return {
      page: `${at}/`,
      tables: RESOURCES.map((resource) => ({
        name: resource.name,
        title: resource.title,
        csv: `${at}/${resource.name}.csv`,
        json: `${at}/${resource.name}.json`,
      })),
      dataPackage: `${at}/datapackage.zip`,
      dataPackageDescriptor: `${at}/datapackage.json`,
      dataDictionary: `${at}/diccionario-de-datos.csv`,
      popolo: `${at}/popolo.json`,
      catalog: `${at}/catalog.json`,
      calendar: `/calendar/exercises/${slug}.ics`,
      changeFeed: `/feeds/exercises/${slug}.atom`,
    };
  }
}

@Resolver(() => Commitment)
export class CommitmentChangeFeedResolver {
  @FieldResolver(() => String, {
    description:
      'Address of the Atom feed of what was published or changed in this commitment, its milestones, requests, deliveries and meetings.',
  })
  changeFeed(@Root() commitment: Commitment): string {
    return `/feeds/commitments/${commitment.id}.atom`;
  }
}
