// Vitest runs server modules outside React's server environment, where the real `server-only`
// package throws by design. The architecture test still checks every server/ file imports it.
export {};
