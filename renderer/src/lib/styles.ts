import { makeStyles, tokens, typographyStyles, type GriffelStyle } from '@fluentui/react-components';

/**
 * A card: a white panel with a light border and large corners whose content
 * stacks. `roomy` for a page's main blocks (the signing key, the bundle to
 * send, the print form), `compact` for cards in a list (reviews, feedback,
 * the two sides of a bundle). Spread into a makeStyles rule, with what else
 * that card needs.
 */
export function cardStyle(spacing: 'roomy' | 'compact'): GriffelStyle {
  const roomy = spacing === 'roomy';
  return {
    display: 'flex',
    flexDirection: 'column',
    gap: roomy ? tokens.spacingVerticalM : tokens.spacingVerticalS,
    padding: roomy ? `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}` : `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  };
}

export const useSharedStyles = makeStyles({
  /** Read by screen readers, not shown (e.g. a column header whose meaning is obvious on screen). */
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  /**
   * A view's main heading. It receives focus on navigation so screen readers
   * announce the new view; a plain <h1> because Fluent's Text presets do not
   * forward refs.
   */
  pageHeading: { ...typographyStyles.title2, margin: 0, ':focus': { outline: 'none' } },
  /** The paragraph under a view's heading that says what the view is for. */
  pageIntro: { color: tokens.colorNeutralForeground2, maxWidth: '80ch', margin: 0 },
  /**
   * The asterisk after the label of a required field. Drawn by CSS with an
   * empty alternative text, so the label's text and the input's accessible
   * name stay the field's name; the input itself says "required"
   * (aria-required) and the form explains the asterisk once.
   */
  requiredMark: {
    '::after': { content: '"*" / ""', color: tokens.colorPaletteRedForeground3, paddingLeft: tokens.spacingHorizontalXS },
  },
});
