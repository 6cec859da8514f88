import polyglotI18nProvider from 'ra-i18n-polyglot';
import esMX, { type Messages } from '../i18n/es-MX';

export const LOCALES = [
  { locale: 'es-MX', name: 'Español (México)' },
  { locale: 'en', name: 'English' },
];

/** The Intl locale for numbers and dates: plain "es" would write 11.169, es-MX writes 11,169. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en' : 'es-MX');

/**
 * Mexican Spanish first (in the initial bundle); English is a separate chunk loaded when chosen.
 * The language chosen is remembered by react-admin's store (localStorage).
 */
export const i18nProvider = polyglotI18nProvider(
  (locale): Messages | Promise<Messages> =>
    locale === 'en' ? import('../i18n/en').then((module) => module.default) : esMX,
  'es-MX',
  LOCALES,
  { allowMissing: false },
);
