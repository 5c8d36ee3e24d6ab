// One previewed page, large enough to read: a dialog as wide as the window
// allows, the page fitted to its width and scrolled vertically, drawn by
// pdf.js from the same bytes at the screen's pixel density. ←/→ and
// PageUp/PageDown (or the buttons) move among the previewed pages; while
// one page is being drawn the previous stays in view, dimmed, and a drawing
// that is no longer wanted (another page, another width, closing) is
// cancelled.
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import type { PrintedFile } from './job-state';
import { backingSize, canMove, movePage, pageMoveOf, type PageMove } from './page-viewer';
import { DrawingCancelled, openPdf, type OpenPdf } from './pdf-pages';

const useStyles = makeStyles({
  // As large as the window allows (≈1 100 px on a 1366×768 screen), and of a fixed height so moving
  // between a portrait and a landscape page does not make the dialog jump.
  surface: {
    width: 'min(1120px, calc(100vw - 48px))',
    maxWidth: 'none',
    height: 'calc(100vh - 48px)',
  },
  body: { height: '100%', maxHeight: '100%', gridTemplateRows: 'auto minmax(0, 1fr) auto' },
  // The "desk" the sheet lies on, as in a PDF reader; it scrolls, and is focusable so ↑/↓ scroll it.
  content: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    margin: 0,
    scrollbarGutter: 'stable',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  sheetArea: { position: 'relative' },
  canvas: {
    display: 'block',
    width: '100%',
    height: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    transitionProperty: 'opacity',
    transitionDuration: tokens.durationFast,
  },
  // Until the first drawing, an A4-shaped blank rather than a 300×150 canvas.
  blank: { aspectRatio: '1 / 1.414' },
  stale: { opacity: 0.55 },
  spinner: { position: 'absolute', top: tokens.spacingVerticalXXL, left: 0, right: 0 },
  hint: { alignItems: 'center', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
});

type Drawing = 'opening' | 'drawing' | 'drawn' | 'failed';

export interface PageViewerProps {
  readonly file: PrintedFile;
  /** How many pages the preview has (pages 1…count can be shown). */
  readonly count: number;
  readonly open: boolean;
  /** The page shown, 1-based; kept while the dialog closes so its content does not vanish mid-animation. */
  readonly page: number;
  onPageChange(page: number): void;
  onClose(): void;
}

export function PageViewer({ file, count, open, page, onPageChange, onClose }: PageViewerProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const go = (move: PageMove) => {
    if (canMove(page, count, move)) onPageChange(movePage(page, count, move));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const move = pageMoveOf(e);
    if (!move) return;
    // Also at the first and last page, so PageDown never turns into scrolling there.
    e.preventDefault();
    go(move);
  };
  const title = t('printScreen.pageOf', { page, pages: file.pages });
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface} onKeyDown={onKeyDown} data-testid="print-page-dialog">
        <DialogBody className={styles.body}>
          <DialogTitle>{title}</DialogTitle>
          <PageSheet file={file} page={page} label={title} />
          <DialogActions position="start" className={styles.hint}>
            <span aria-hidden>{t('printScreen.viewerKeys')}</span>
            {file.pages > count && <span>{t('printScreen.viewerPreviewOnly', { shown: count })}</span>}
          </DialogActions>
          <DialogActions>
            <Button icon={<ChevronLeftRegular />} disabledFocusable={!canMove(page, count, 'previous')} onClick={() => go('previous')} aria-keyshortcuts="ArrowLeft PageUp">
              {t('printScreen.previousPage')}
            </Button>
            <Button
              icon={<ChevronRightRegular />}
              iconPosition="after"
              disabledFocusable={!canMove(page, count, 'next')}
              onClick={() => go('next')}
              aria-keyshortcuts="ArrowRight PageDown"
            >
              {t('printScreen.nextPage')}
            </Button>
            <Button appearance="primary" onClick={onClose} aria-keyshortcuts="Escape">
              {t('printScreen.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The scrolling area with the page: opens the PDF once while the dialog is open, draws the page asked for. */
function PageSheet({ file, page, label }: { file: PrintedFile; page: number; label: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<OpenPdf | null>(null);
  const [width, setWidth] = useState(0);
  const [drawing, setDrawing] = useState<Drawing>('opening');
  const [drawnPage, setDrawnPage] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    let opened: OpenPdf | null = null;
    const opening = openPdf(file.bytes);
    opening.done.then(
      (d) => {
        if (live) {
          opened = d;
          setDoc(d);
        } else d.close();
      },
      (err: unknown) => {
        if (!live || err instanceof DrawingCancelled) return;
        console.warn('[plani] page viewer: the PDF could not be opened', err);
        setDrawing('failed');
      },
    );
    return () => {
      live = false;
      opening.cancel();
      opened?.close();
      setDoc(null);
    };
  }, [file]);

  // The sheet takes the desk's width: measured, so the page is drawn for exactly that many pixels.
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [page]);

  useEffect(() => {
    if (!doc || width <= 0) return;
    setDrawing('drawing');
    let live = true;
    const ratio = window.devicePixelRatio || 1;
    const render = doc.drawPage(page, (size) => backingSize(width, ratio, size).width);
    render.done.then(
      ({ canvas: drawn }) => {
        const target = canvas.current;
        if (!live || !target) return;
        // Copied in one step, so the canvas on screen never shows a half-drawn page.
        target.width = drawn.width;
        target.height = drawn.height;
        target.getContext('2d')?.drawImage(drawn, 0, 0);
        drawn.width = 0; // frees its pixels now rather than at the next collection
        setDrawnPage(page);
        setDrawing('drawn');
      },
      (err: unknown) => {
        if (!live || err instanceof DrawingCancelled) return;
        console.warn('[plani] page viewer: the page could not be drawn', err);
        setDrawing('failed');
      },
    );
    return () => {
      live = false;
      render.cancel();
    };
  }, [doc, page, width]);

  const busy = drawing === 'opening' || drawing === 'drawing';
  return (
    <DialogContent ref={scroller} className={styles.content} tabIndex={0} role="region" aria-label={label} aria-busy={busy}>
      {drawing === 'failed' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('printScreen.viewerFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <div ref={area} className={styles.sheetArea} hidden={drawing === 'failed'}>
        <canvas
          ref={canvas}
          className={mergeClasses(styles.canvas, drawnPage === null && styles.blank, busy && drawnPage !== null && styles.stale)}
          role="img"
          aria-label={drawnPage === null ? label : t('printScreen.pageOf', { page: drawnPage, pages: file.pages })}
          data-page={drawnPage ?? undefined}
          data-state={drawing}
        />
        {busy && <Spinner className={styles.spinner} size="small" label={t('printScreen.viewerDrawing')} labelPosition="below" />}
      </div>
    </DialogContent>
  );
}
