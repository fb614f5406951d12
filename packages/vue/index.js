// Types only: see index.d.ts.
export {};
