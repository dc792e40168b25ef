export * from './hours';
export * from './period';
export * from './programme';
export * from './referral';
export * from './tag-rules';
export * from './taxonomy';
