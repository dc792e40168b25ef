export * from './domain';
export * from './events';
export * from './http';
