// The workspace's preferences (app.ts's preferences.get / preferences.set),
// apart from the methods: reading them at start-up (the CLI's language)
// builds no method's schemas.
import { z } from 'zod';
import { Lang } from '../../model/primitives';

export const Preferences = z.strictObject({ language: Lang });
export type Preferences = z.infer<typeof Preferences>;
