export * from './ack';
export * from './event-maps';
export * from './payloads';
export * from './shapes';
export * from './system-codes';
