export { startAttractTour } from './attractTour';
export { onStartOver, startIdleReset } from './idleReset';
export { keepScreenAwake } from './wakeLock';
