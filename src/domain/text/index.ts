export { foldText, foldWords } from './fold';
