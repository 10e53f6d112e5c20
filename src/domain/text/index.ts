export { foldText, foldWords } from './fold';
export { safeLink, withoutHiddenCharacters, type SafeLink } from './safeLink';
