import { isLang, LANGS, LANGUAGES, type Lang } from './languages';

/** A choice among the app's languages, each named in itself (English, Slovenščina, …). */
export function LanguageSelect({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  return (
    <select value={value} onChange={(event) => isLang(event.target.value) && onChange(event.target.value)}>
      {LANGS.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGES[code].name}
        </option>
      ))}
    </select>
  );
}
