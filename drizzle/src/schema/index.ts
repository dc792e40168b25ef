export * from './audit';
export * from './canned';
export * from './cases';
export * from './conversations';
export * from './mailbox';
export * from './programmes';
export * from './staff';
export * from './visitors';
