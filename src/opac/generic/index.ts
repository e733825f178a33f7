export { readGeneric, type GenericReading } from './read';
export { detectGeneric } from './detect';
