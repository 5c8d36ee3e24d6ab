import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../shared/model/plan';

const COLORS: Record<Commitment['status'], BadgeProps['color']> = {
  draft: 'informative',
  'in-consultation': 'brand',
  ready: 'success',
  submitted: 'brand',
  accepted: 'success',
  returned: 'warning',
};

export function StatusBadge({ status }: { status: Commitment['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge appearance="tint" color={COLORS[status]} shape="rounded">
      {t(`model.commitmentStatus.${status}`)}
    </Badge>
  );
}
