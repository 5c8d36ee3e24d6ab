// The building blocks every domain file of the contract declares its methods
// with (see index.ts for how they are merged).
import { z } from 'zod';

export const NoInput = z.strictObject({});

/**
 * How many methods this process has declared so far. A method's schemas are
 * built when its domain's file is first loaded, which happens at the first
 * API call (dispatch loads the contract then); a test watches this count to
 * keep commands that call no method (key show, check) from building any.
 */
export const declarations = { count: 0 };

/** Declares one method; the `as const` on each domain's object keeps each schema's exact type. */
export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => {
  declarations.count += 1;
  return { input, output };
};

/** The length of `bytes` bytes once base64-encoded, the form a file crosses IPC and HTTP in. */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

/**
 * A file a person chose (file dialog, drag and drop) or the CLI read: its
 * name and its bytes, base64-encoded because the bridges carry JSON. Each
 * kind of file has its own size limit.
 */
export const upload = (maxBytes: number) =>
  z.strictObject({
    name: z.string().max(255),
    dataBase64: z.string().max(base64Length(maxBytes)).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'bad-file' }),
  });
