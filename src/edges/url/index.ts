export { startUrlSync } from './urlSync';
