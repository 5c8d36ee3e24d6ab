// What every use-case service needs: the open workspace, its database, the
// institution it belongs to (the owner of everything it drafts) and a clock
// that tests can fix.
import type { Workspace } from './workspace';

export type Clock = () => Date;

export abstract class WorkspaceService {
  constructor(
    protected readonly ws: Workspace,
    protected readonly clock: Clock = () => new Date(),
  ) {}

  protected get db() {
    return this.ws.store.db;
  }

  /** This workspace's institution code. */
  protected get me() {
    return this.ws.info.institution.code;
  }

  protected now(): string {
    return this.clock().toISOString();
  }
}
