import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enUS from './en-US.json';
import { DEFAULT_LOCALE, isLocale, readStoredLocale, storeLocale, type Locale } from './locale';
import zhCN from './zh-CN.json';

/** The one i18next instance of the app, initialised synchronously from the bundled JSON files. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCN },
    'en-US': { translation: enUS },
  },
  lng: readStoredLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['zh-CN', 'en-US'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE);

const applyToDocument = (locale: Locale): void => {
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'en-US' ? 'en' : 'zh-cn');
  document.title = i18n.t('app.title');
};

applyToDocument(currentLocale());

export const changeLocale = async (locale: Locale): Promise<void> => {
  storeLocale(locale);
  await i18n.changeLanguage(locale);
  applyToDocument(locale);
};
