export { ProjectList } from './ProjectList';
