export { HoursException, ProgrammeHours, WeeklyHours } from '../domain/hours';
export * from './auth';
export * from './cases';
export * from './common';
export * from './errors';
export * from './reports';
export * from './supervisor';
