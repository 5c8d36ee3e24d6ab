// Screen texts of bundle export and import, the consolidated plan, trust management and feedback.
export const sync = {} as const;
