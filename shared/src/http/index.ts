export { HoursException, ProgrammeHours, WeeklyHours } from '../domain/hours';
export * from './auth';
export * from './canned';
export * from './cases';
export * from './clinics';
export * from './common';
export * from './errors';
export * from './reports';
export * from './supervisor';
