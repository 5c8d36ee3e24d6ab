// Imported first by main.tsx. Zod 4 compiles object parsers with
// `new Function` unless told not to, and the CSP forbids 'unsafe-eval'.
// ES modules run in import order, so this must stay a separate module that
// main.tsx imports before anything that may parse.
import { z } from 'zod';

z.config({ jitless: true });
