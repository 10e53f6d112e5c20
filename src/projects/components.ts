export { DetailPanel } from './DetailPanel';
export { ProjectList } from './ProjectList';
