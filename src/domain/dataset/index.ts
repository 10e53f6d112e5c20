export * from './schema';
export * from './dataset';
export * from './facts';
export * from './areas';
export * from './countries';
