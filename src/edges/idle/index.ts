export { startAttractTour } from './attractTour';
export { onActivity, onStartOver, startIdleReset } from './idleReset';
export { keepScreenAwake } from './wakeLock';
