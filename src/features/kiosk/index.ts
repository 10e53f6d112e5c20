export { useKioskTouch } from './useKioskTouch';
