/** Domain errors for modules, which must not import from http/: the one AppError, re-exported. */
export { AppError, invalidInput, parseInput } from './http/app-error';
