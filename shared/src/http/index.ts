export { HoursException, ProgrammeHours, WeeklyHours } from '../domain/hours';
export * from './auth';
export * from './canned';
export * from './cases';
export * from './clinics';
export * from './colleagues';
export * from './common';
export * from './errors';
export * from './supervisor';
