// Messages of the quality checks (shared/quality): quality.<checkId>, shown on screen and by the CLI.
export const quality = {} as const;
