// One open idea in the register's form: the editing layer every record that
// stands alone shares (editor/record-session.ts).
import type { Idea } from '../../../shared/model/cocreation';
import { RecordSession, type RecordSnapshot } from '../editor/record-session';

export type IdeaSnapshot = RecordSnapshot<Idea>;
export class IdeaSession extends RecordSession<Idea> {}
