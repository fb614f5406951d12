export * from './contrast.js';
export * from './themes.js';
