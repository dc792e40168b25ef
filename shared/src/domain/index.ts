export * from './hours';
export * from './hours-today';
export * from './period';
export * from './programme';
export * from './referral';
export * from './schedule';
export * from './tag-rules';
export * from './taxonomy';
