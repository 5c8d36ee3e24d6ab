// Screen texts of the quality panel, the search box and the spreadsheet import/export dialogs.
export const panels = {} as const;
