export * from './citizen.js';
