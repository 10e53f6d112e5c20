import { useTranslation } from 'react-i18next';
import type { DataError } from '../domain/messages';
import { useAppStore } from '../state';

/** What was wrong with a data file that could not be used; whatever was shown stays. */
export function DataErrors() {
  const errors = useAppStore((s) => s.dataErrors);
  return errors.length === 0 ? null : <DataErrorList errors={errors} />;
}

/** The problems of a file in the reader's language, each with its place in the file as written. */
export function DataErrorList({ errors }: { errors: readonly DataError[] }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('app.dataFailed')}</p>
      <ul>
        {errors.map((error, index) => {
          const problem = t(error.key, error.params ?? {});
          // A file's list is made once and never reordered: the position is its identity.
          return (
            <li key={index}>
              {error.path
                ? t('dataError.line', { file: error.file, path: error.path, problem })
                : t('dataError.lineFile', { file: error.file, problem })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
