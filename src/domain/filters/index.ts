export * from './fields';
export * from './filters';
export * from './check';
