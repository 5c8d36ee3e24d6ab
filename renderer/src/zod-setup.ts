// Imported first by main.tsx. Zod 4 compiles object parsers with
// `new Function` unless told not to, and the CSP forbids 'unsafe-eval'.
// Import order alone does not guarantee it runs first once the build splits
// chunks (shared chunks run before the entry's own code), so vite.config.mts
// puts this module in zod's own chunk: whatever uses zod runs it first.
import { z } from 'zod';

z.config({ jitless: true });
