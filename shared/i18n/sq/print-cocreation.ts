// Printed labels of the co-creation annexes: Annex V (calendar), the prioritization matrix, the consultation report.
export const printCocreation = {
  calendar: {},
  prioritization: {},
  consultation: {},
};
