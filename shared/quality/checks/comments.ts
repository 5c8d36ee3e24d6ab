// A decided comment answers whoever made it (law 146/2014 on public
// consultation: accepted, partly accepted or not accepted, and why). The
// reason is published in both languages, so a decision without it in either
// one blocks: the response table would print a decision with no reason.
import { blankLangs, commentTarget, type CommentCheck, fieldKeys, finding } from '../check';
import type { Finding } from '../types';

export const commentReason: CommentCheck = {
  id: 'comment-reason',
  severity: 'blocking',
  scope: 'comment',
  run(comment) {
    if (comment.decision === null) return [];
    const out: Finding[] = [];
    for (const lang of blankLangs(comment.reason)) {
      out.push(finding(commentReason, commentTarget(comment, 'reason', lang), { fieldKey: fieldKeys.comment('reason') }));
    }
    return out;
  },
};
