// A report answers every comment of the events it draws on: one still
// undecided blocks its submission (report.setStatus refuses it), so the
// quality panel says so beforehand, with a link to the report.
import { fieldKeys, finding, reportTarget, type ReportCheck } from '../check';

export const reportUndecided: ReportCheck = {
  id: 'report-undecided-comments',
  severity: 'blocking',
  scope: 'report',
  run(report) {
    if (report.undecided === 0 || report.status === 'reviewed') return [];
    return [finding(reportUndecided, reportTarget(report, 'events'), { fieldKey: fieldKeys.report('events'), count: report.undecided, kind: report.kind })];
  },
};
