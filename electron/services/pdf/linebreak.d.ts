// linebreak (the Unicode line breaking pdfkit uses) ships no types; this is the little Plani uses.
declare module 'linebreak' {
  export interface Break {
    readonly position: number;
    readonly required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
