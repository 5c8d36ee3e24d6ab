// A text with every invisible character shown as a small boxed mark
// ("ZWSP", "U+E0041"), so two values that differ only by one of them do not
// look identical in the diff. The mark's title and accessible name say what
// it is; the character itself is not rendered, so copying the mark copies
// its name rather than smuggling the character along.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { markInvisible } from './invisible-marks';

const useStyles = makeStyles({
  mark: {
    display: 'inline-block',
    margin: `0 ${tokens.spacingHorizontalXXS}`,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    border: `1px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontFamily: tokens.fontFamilyMonospace,
    verticalAlign: 'middle',
  },
});

export function VisibleText({ text }: { text: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <>
      {markInvisible(text, t).map((part, i) =>
        part.kind === 'text' ? (
          <Fragment key={i}>{part.text}</Fragment>
        ) : (
          <span key={i} className={styles.mark} role="img" aria-label={part.label} title={part.label} data-invisible={part.codePoint}>
            {part.shown}
          </span>
        ),
      )}
    </>
  );
}
