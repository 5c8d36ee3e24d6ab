// The Print / Export PDF screen.
export const printScreen = {};
