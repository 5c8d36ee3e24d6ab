// What a POC feedback bundle changes in this institution's reference data,
// shown in the import preview before anything is applied: the two revisions,
// then each cycle, institution, component or vocabulary entry added, changed
// (field by field, each language on its own line, before → after) or removed.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddCircleRegular, ArrowRightRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ReferenceChanges } from '../../../shared/model/bundle';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { useLanguage } from '../hooks/useLanguage';
import { pickText } from '../lib/text';
import { LangTag } from '../quality/FindingParts';
import { VisibleText } from './VisibleText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { borderLeft: `3px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  kind: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  added: { color: tokens.colorPaletteGreenForeground1 },
  changed: { color: tokens.colorBrandForeground1 },
  removed: { color: tokens.colorPaletteRedForeground1 },
  entry: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, textTransform: 'uppercase', letterSpacing: '0.03em' },
  fields: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  field: { display: 'grid', gridTemplateColumns: '10rem minmax(0, 1fr) 20px minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, alignItems: 'start', fontSize: tokens.fontSizeBase200 },
  fieldName: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  value: { padding: `2px ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  before: { backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
  after: { backgroundColor: tokens.colorPaletteGreenBackground1, border: `1px solid ${tokens.colorPaletteGreenBorder1}` },
  arrow: { paddingTop: '4px', color: tokens.colorNeutralForeground3 },
});

const ICON = { added: AddCircleRegular, changed: EditRegular, removed: DeleteRegular } as const;
const FIELD_KEY: Record<string, string> = { leadInstitutions: 'leads', periodStart: 'periodStart', periodEnd: 'periodEnd', policyGoal: 'policyGoal' };

export function ReferenceChangesView({ reference, level }: { reference: ReferenceChanges; level: 3 | 4 | 5 }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const H = `h${level}` as const;
  const fieldName = (field: string) => {
    const key = FIELD_KEY[field] ?? field;
    return t(`referenceData.fields.${key}` as 'referenceData.fields.title', { defaultValue: field });
  };
  return (
    <section className={styles.root} aria-labelledby="reference-changes-heading" data-testid="reference-changes">
      <H id="reference-changes-heading" className={styles.heading}>
        {t('referenceData.changes.heading', { from: reference.from, to: reference.to })}
      </H>
      <ul className={styles.list}>
        {reference.changes.map((c) => {
          const Icon = ICON[c.change];
          const label = pickText(c.label, lang);
          return (
            <li key={`${c.entry}:${c.key}`} className={styles.item} data-entry={`${c.entry}:${c.key}`} data-change={c.change}>
              <div className={styles.head}>
                <span className={mergeClasses(styles.kind, styles[c.change])}>
                  <Icon aria-hidden />
                  {t(`referenceData.changes.${c.change}`)}
                </span>
                <span className={styles.entry}>{t(`referenceData.changes.entry.${c.entry}`)}</span>
                <span lang={label?.lang}>{label ? <VisibleText text={label.value} /> : c.key}</span>
              </div>
              {c.fields.length > 0 && (
                <ul className={styles.fields}>
                  {c.fields.map((f, i) => (
                    <li key={`${f.field}:${f.lang ?? ''}:${i}`} className={styles.field} data-field={f.field} data-lang={f.lang ?? ''}>
                      <span className={styles.fieldName}>
                        {fieldName(f.field)}
                        {f.lang && <LangTag lang={f.lang} />}
                      </span>
                      <span className={mergeClasses(styles.value, styles.before)} lang={f.lang ?? undefined}>
                        <VisuallyHidden>{t('sync.changes.before')}: </VisuallyHidden>
                        {f.before === '' ? t('sync.changes.empty') : <VisibleText text={f.before} />}
                      </span>
                      <ArrowRightRegular className={styles.arrow} aria-hidden />
                      <span className={mergeClasses(styles.value, styles.after)} lang={f.lang ?? undefined}>
                        <VisuallyHidden>{t('sync.changes.after')}: </VisuallyHidden>
                        {f.after === '' ? t('sync.changes.empty') : <VisibleText text={f.after} />}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
