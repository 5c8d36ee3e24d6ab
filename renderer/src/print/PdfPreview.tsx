// The first pages of a generated PDF, drawn side by side, each captioned
// "Page X of Y". Drawing runs off the main thread (pdf.js's worker); a new
// file or leaving the screen stops a drawing still in progress. Each page is
// a button: pressing it (click, Enter, Space) opens it large to read
// (PageViewer); closing brings the focus back to that thumbnail.
import { MessageBar, MessageBarBody, Spinner, makeStyles, mergeClasses, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintedFile } from './job-state';
import { PageViewer } from './PageViewer';
import { drawFirstPages } from './pdf-pages';

/** "The first 2–3 pages": enough to judge the layout, little enough to draw at once. */
export const PREVIEW_PAGES = 3;
/** Backing-store width of each page: sharp at the cell's width on a 2× screen, cheap to draw. */
const PIXEL_WIDTH = 640;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pages: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'stretch' },
  // A bare button around the page: the page itself is what one presses.
  thumb: {
    display: 'block',
    width: '100%',
    padding: 0,
    border: 'none',
    background: 'none',
    cursor: 'zoom-in',
    borderRadius: tokens.borderRadiusSmall,
    ':hover > canvas': { boxShadow: tokens.shadow16 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '3px' },
  },
  canvas: {
    display: 'block',
    width: '100%',
    height: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Until pdf.js has sized it, a canvas is 300×150: keep the A4 shape so the layout does not jump.
  pending: { aspectRatio: '1 / 1.414' },
  caption: { textAlign: 'center', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type Drawing = 'drawing' | 'drawn' | 'failed';

export function PdfPreview({ file }: { file: PrintedFile }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const count = Math.max(0, Math.min(PREVIEW_PAGES, file.pages));
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const [drawing, setDrawing] = useState<Drawing>('drawing');
  const [viewer, setViewer] = useState<{ open: boolean; page: number }>({ open: false, page: 1 });
  // Fluent's dialog gives the focus back to the last focused element so marked when it closes.
  const restoreFocus = useRestoreFocusTarget();

  useEffect(() => {
    const targets = canvases.current.slice(0, count).filter((c): c is HTMLCanvasElement => c !== null);
    if (targets.length === 0) return;
    setDrawing('drawing');
    let live = true;
    const run = drawFirstPages(file.bytes, targets, PIXEL_WIDTH);
    run.done.then(
      () => live && setDrawing('drawn'),
      (err: unknown) => {
        if (!live) return;
        console.warn('[plani] preview failed', err);
        setDrawing('failed');
      },
    );
    return () => {
      live = false;
      run.cancel();
    };
  }, [file, count]);

  return (
    <div className={styles.root} data-testid="print-preview" data-state={drawing}>
      {drawing === 'drawing' && <Spinner size="tiny" labelPosition="after" label={t('printScreen.previewDrawing')} />}
      {drawing === 'failed' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('printScreen.previewFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <ol className={styles.pages} hidden={drawing === 'failed'}>
        {Array.from({ length: count }, (_, i) => (
          <li key={`${file.fileName}:${i}`}>
            <figure className={styles.figure}>
              <button
                type="button"
                className={styles.thumb}
                {...restoreFocus}
                aria-label={t('printScreen.pageEnlarge', { page: i + 1, pages: file.pages })}
                aria-haspopup="dialog"
                data-page={i + 1}
                onClick={() => setViewer({ open: true, page: i + 1 })}
              >
                <canvas
                  ref={(el) => {
                    canvases.current[i] = el;
                  }}
                  className={mergeClasses(styles.canvas, drawing !== 'drawn' && styles.pending)}
                  aria-hidden
                  data-page={i + 1}
                />
              </button>
              <figcaption className={styles.caption} aria-hidden>
                {t('printScreen.pageOf', { page: i + 1, pages: file.pages })}
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
      <PageViewer
        file={file}
        count={count}
        open={viewer.open}
        page={viewer.page}
        onPageChange={(page) => setViewer({ open: true, page })}
        onClose={() => setViewer((v) => ({ ...v, open: false }))}
      />
    </div>
  );
}
