// Printed labels of the consolidated plan: cover, table of contents, introductions.
export const printPlan = {};
