export * from './common';
export * from './records';
export * from './library';
export * from './snapshot';
export * from './lists';
export * from './mirror';
