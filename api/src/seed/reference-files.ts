import { z } from 'zod';

/** `api/src/seed/reference/states.yaml`: the 32 Mexican states, by the codes people know. */
export const statesFileSchema = z.strictObject({
  source: z.string().min(1),
  states: z
    .array(
      z.strictObject({
        code: z.string().regex(/^MX-[A-Z]{3}$/, 'an ISO 3166-2:MX code'),
        inegiKey: z.string().regex(/^\d{2}$/, 'INEGI CVE_ENT has two digits'),
        name: z.string().min(1),
        ocdId: z.string().startsWith('ocd-division/country:mx/').nullish(),
      }),
    )
    .length(32, 'Mexico has 32 federal entities'),
});

/** `api/src/seed/reference/municipalities/<ISO code>.yaml`: one state's municipalities. */
export const municipalitiesFileSchema = z.strictObject({
  state: z.string().regex(/^MX-[A-Z]{3}$/),
  source: z.string().min(1),
  municipalities: z.array(
    z.strictObject({
      inegiKey: z.string().regex(/^\d{3}$/, 'INEGI CVE_MUN has three digits'),
      name: z.string().min(1),
      timeZone: z.string().regex(/^America\/[A-Za-z_]+$/, 'an IANA time zone such as America/Monterrey'),
    }),
  ),
});

export type StatesFile = z.infer<typeof statesFileSchema>;
export type MunicipalitiesFile = z.infer<typeof municipalitiesFileSchema>;
