import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partial dates ("2017", "2017-02", "2017-02-15") are stored as text; these functions let
 * CHECK constraints validate them and compare intervals at any precision.
 */
export class PartialDateFunctions1764057600000 implements MigrationInterface {
  name = 'PartialDateFunctions1764057600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION partial_date_first_day(value text) RETURNS date
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN CASE length(value)
        WHEN 4 THEN make_date(value::int, 1, 1)
        WHEN 7 THEN make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, 1)
        ELSE value::date
      END`);
    await queryRunner.query(`
      CREATE FUNCTION partial_date_last_day(value text) RETURNS date
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN CASE length(value)
        WHEN 4 THEN make_date(value::int, 12, 31)
        WHEN 7 THEN (make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, 1) + interval '1 month' - interval '1 day')::date
        ELSE value::date
      END`);
    // A valid day, month or year; null counts as valid (nullability is each column's own rule).
    await queryRunner.query(`
      CREATE FUNCTION is_partial_date(value text) RETURNS boolean
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      BEGIN
        IF value IS NULL THEN RETURN true; END IF;
        IF value !~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$' THEN RETURN false; END IF;
        PERFORM partial_date_first_day(value);
        RETURN true;
      EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
        RETURN false;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION is_partial_date(text)');
    await queryRunner.query('DROP FUNCTION partial_date_last_day(text)');
    await queryRunner.query('DROP FUNCTION partial_date_first_day(text)');
  }
}
