import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resourceMessages, type ResourceLabels } from '../defineResource';
import esMX, { type Messages } from '../i18n/es-MX';
import { RESOURCES } from '../registry';

/** The whole catalogue of a language: the shared messages and every resource's labels. */
type Catalogue = Messages & { resources: Record<string, ResourceLabels> };

export const LOCALES = [
  { locale: 'es-MX', name: 'Español (México)' },
  { locale: 'en', name: 'English' },
];

/** The Intl locale for numbers and dates: plain "es" would write 11.169, es-MX writes 11,169. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en' : 'es-MX');

/**
 * Mexican Spanish first (in the initial bundle); English is a separate chunk loaded when chosen,
 * but for the resources' labels, which each resource.ts keeps in both languages.
 * The language chosen is remembered by react-admin's store (localStorage).
 */
export const i18nProvider = polyglotI18nProvider(
  (locale): Catalogue | Promise<Catalogue> =>
    locale === 'en'
      ? import('../i18n/en').then((module) => ({ ...module.default, resources: resourceMessages(RESOURCES, 'en') }))
      : { ...esMX, resources: resourceMessages(RESOURCES, 'es-MX') },
  'es-MX',
  LOCALES,
  { allowMissing: false },
);
