// A record's attachments as a titled section of its form: the commitment
// editor's side column, a consultation event, an idea.
import { useTranslation } from 'react-i18next';
import { AttachmentList } from './AttachmentList';

type ListProps = Parameters<typeof AttachmentList>[0];

export function AttachmentsSection({ level, headingClassName, ...list }: ListProps & { level: 2 | 3; headingClassName?: string }) {
  const { t } = useTranslation();
  const id = `attachments-${list.ownerId}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id}>
      <Heading id={id} className={headingClassName}>
        {t('ui.attachments.title')}
      </Heading>
      <AttachmentList {...list} />
    </section>
  );
}
