import { makeStyles, typographyStyles } from '@fluentui/react-components';

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
});
