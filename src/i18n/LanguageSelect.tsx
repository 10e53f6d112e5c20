import { isLang, LANGS, LANGUAGES, type Lang } from './languages';

/** A choice among the app's languages (or the `offered` ones, a kiosk's), each named in itself
 * (English, Slovenščina, …). */
export function LanguageSelect({
  value,
  onChange,
  offered = LANGS,
}: {
  value: Lang;
  onChange: (lang: Lang) => void;
  offered?: readonly Lang[];
}) {
  return (
    <select value={value} onChange={(event) => isLang(event.target.value) && onChange(event.target.value)}>
      {offered.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGES[code].name}
        </option>
      ))}
    </select>
  );
}
