// "New …" for the records an institution keeps per component (ideas,
// consultation events): the button, and where the institution leads more
// than one component, the choice of which; the call, its error as a notice,
// and the new record opened.
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/api/result';
import { useNotify } from '../services/notices';
import type { ComponentEntry } from '../services/shell-context';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  choice: { minWidth: '150px', maxWidth: '260px' },
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
});

export interface NewRecordBarProps {
  /** The components this institution may create in; the bar shows nothing without one. */
  components: readonly ComponentEntry[];
  componentTitle: ReadonlyMap<string, string>;
  chooseLabel: string;
  newLabel: string;
  create(componentCode: string): Promise<Result<{ id: string }>>;
  onCreated(id: string): void;
  /** More actions beside the button (an import). */
  children?: ReactNode;
}

export function NewRecordBar({ components, componentTitle, chooseLabel, newLabel, create, onCreated, children }: NewRecordBarProps) {
  const styles = useStyles();
  const notify = useNotify();
  const [code, setCode] = useState(components[0]?.component.code ?? '');
  const [creating, setCreating] = useState(false);
  if (components.length === 0) return null;
  const run = async () => {
    if (!code) return;
    setCreating(true);
    const r = await create(code);
    setCreating(false);
    if (!r.ok) return notify(r.error);
    onCreated(r.value.id);
  };
  return (
    <div className={styles.toolbar}>
      {components.length > 1 && (
        <Field label={chooseLabel} className={styles.choice}>
          <Select className={styles.select} value={code} onChange={(_, d) => setCode(d.value)}>
            {components.map((c) => (
              <option key={c.component.code} value={c.component.code}>
                {componentTitle.get(c.component.code)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Button appearance="primary" icon={<AddRegular />} disabled={creating} onClick={() => void run()}>
        {newLabel}
      </Button>
      {children}
    </div>
  );
}
