import type { Catalogue } from '../types';
import type { errors as sqErrors, validation as sqValidation } from '../sq/errors';

export const errors: Catalogue<typeof sqErrors> = {
  'invalid-input': 'The data sent is not valid.',
  'unknown-method': 'Unknown action: {{method}}.',
  forbidden: 'This request is not allowed.',
  'keyring-entry-missing':
    'The signing key cannot be unlocked: the key that opens it (its key-encryption key) is expected in {{file}}, and that file is not there. It is kept outside the workspace folder, in this computer user’s profile, so that a copy of the workspace never carries it. Restore the folder {{dir}} from the backup of this user profile, or set PLANI_KEYRING_DIR to the folder that holds the file. If it is lost, this key can neither sign nor be rotated: create a new workspace in another folder (ogp-drafter init; plan export and plan import carry the plan over), then the other side revokes the old key (trust revoke) and enrols the new one by its safety code. An LFP imports a feedback bundle from the POC before its first submission, so that its bundle numbers continue after the last one the POC accepted; a POC’s new workspace numbers its bundles from 1 again, and the institutions refuse them until the number passes the last one they accepted.',
  'keyring-entry-invalid':
    'The signing key cannot be unlocked: its key-encryption key {{file}} is there but cannot be read or does not open this key (the file is damaged, or belongs to another workspace or to another copy of this one). Restore the folder {{dir}} from the backup of this computer user’s profile made while this workspace was in use, or set PLANI_KEYRING_DIR to the folder holding the right file. If no copy opens it, the key is lost: create a new workspace in another folder (ogp-drafter init; plan export and plan import carry the plan over), then the other side revokes the old key (trust revoke) and enrols the new one by its safety code. An LFP imports a feedback bundle from the POC before its first submission, so that its bundle numbers continue after the last one the POC accepted; a POC’s new workspace numbers its bundles from 1 again, and the institutions refuse them until the number passes the last one they accepted.',
  'not-found': 'The record was not found.',
  'no-workspace': 'No workspace has been created yet. Create one with “init” or from the first screen.',
  'workspace-exists': 'A workspace already exists in this folder: {{path}}.',
  'unknown-institution': 'The institution code “{{code}}” is not known. Known codes: {{known}}.',
  'role-mismatch': 'Institution {{code}} cannot take the role {{role}}.',
  'not-owner': 'This record belongs to {{owner}}; you can read it but not change it.',
  'not-lead': 'Institution {{code}} does not lead component “{{component}}”; its commitments are drafted by the lead institution.',
  'status-reserved-for-poc': 'The status “$t(model.commitmentStatus.{{status}})” is set only by the Point of Contact (POC) in its review. An institution moves its commitment only between “Draft”, “In consultation” and “Ready”.',
  'status-held-by-poc': 'The commitment is “$t(model.commitmentStatus.{{status}})” by the Point of Contact’s (POC) review; only the POC changes its status. You can still revise its texts.',
  'poc-only': 'Only the Point of Contact (POC) writes the plan’s front matter (foreword, introduction, process, approval, abbreviations, focal points); an institution reads it as the POC’s last feedback brought it.',
  'unknown-component': 'Component “{{code}}” does not exist in this cycle.',
  'database-too-new':
    'The database was created by a newer version of Plani (schema {{found}}; this version knows up to {{supported}}). Update the application; nothing was changed.',
  'database-corrupt': 'The database file is damaged or is not a Plani database: {{path}}.',
  'trust-registry-unsafe':
    'This workspace cannot be opened safely: its list of trusted keys holds a key of {{institution}} (key {{keyId}}) that is degenerate ({{problem}}), with which anyone could sign bundles in that institution’s name without its private key. Such a key can only have come from a forged bundle. Restore the workspace folder from a backup made before that bundle was imported (a copy of plani.db), then confirm the institution’s safety code again by phone before importing its next bundle.',
  'foreign-reference': 'The field {{path}} refers to a record of another institution ({{owner}}); only this workspace’s own records can be referred to.',
  'invalid-interchange': 'The file is not a valid Plani interchange document; problems found: {{count}}. Nothing was imported.',
  'file-unreadable': 'The file cannot be read: {{path}}.',
  'print-not-ready':
    'The final print is not allowed yet: {{count}} items stand in the way (commitments the POC has not accepted, or blocking quality problems). See the list on the Print screen, or print a draft.',
  'bundle-refused': 'The bundle was refused: {{reason}} Nothing was changed except the import log.',
  internal: 'An unexpected error occurred. Nothing was lost; please try again.',
};

export const validation: Catalogue<typeof sqValidation> = {
  'too-long': 'The text is too long.',
  'control-characters': 'The text contains control characters that are not allowed.',
  'bad-date': 'The date is not valid (YYYY-MM-DD).',
  'bad-email': 'The e-mail address is not valid.',
  'bad-phone': 'The phone number contains characters that are not allowed.',
  'bad-code': 'Invalid code.',
  'bad-slug': 'Invalid identifier.',
  'bad-plan-number': 'The plan number must look like “1.2”.',
  'bad-ogp-id': 'The OGP ID must look like “AL0065”.',
  negative: 'The value cannot be negative.',
  'empty-patch': 'No field to change.',
  'list-full': 'A commitment can hold at most 500 milestones and 500 indicators.',
  'milestone-not-in-commitment': 'The chosen milestone does not belong to this commitment.',
  'reorder-unknown': 'The new order contains a record that does not belong to this commitment.',
  'reorder-duplicate': 'The new order contains the same record twice.',
  'reorder-missing': 'The new order leaves out some of the commitment’s records.',
  generic: 'Invalid value.',
};
