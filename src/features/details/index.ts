export { DetailPanel } from './DetailPanel';
