// A bilingual comment as read-only text: Albanian and English side by side,
// each marked with its language; an empty side is left out.
import { makeStyles, tokens } from '@fluentui/react-components';
import { LANGS } from '../../../shared/model/primitives';
import { LangTag } from '../quality/FindingParts';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: tokens.spacingHorizontalL },
  side: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', minWidth: 0 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
});

export function BilingualText({ text }: { text: { sq: string; en: string } }) {
  const styles = useStyles();
  const sides = LANGS.filter((l) => text[l].trim() !== '');
  if (sides.length === 0) return null;
  return (
    <div className={styles.grid}>
      {sides.map((l) => (
        <div key={l} className={styles.side}>
          <LangTag lang={l} />
          <p className={styles.text} lang={l}>
            {text[l]}
          </p>
        </div>
      ))}
    </div>
  );
}

export const hasText = (text: { sq: string; en: string }): boolean => text.sq.trim() !== '' || text.en.trim() !== '';
