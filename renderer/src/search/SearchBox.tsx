// The search box of the top bar: type a word (accents optional, the service
// ignores them), see where it occurs — commitment, field, language and the
// words around it — and open the commitment with the cursor in that field.
// Ctrl+F or "/" (outside text fields) puts the cursor in the box; arrow keys
// move through the results, Enter opens one, Escape closes the list and
// takes the person back to where they were before the search.
import { SearchBox as FluentSearchBox, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { useLanguage } from '../hooks/useLanguage';
import { describeError } from '../lib/describe-error';
import { fieldKey } from '../lib/field-key';
import type { Route } from '../lib/route';
import { isShortcut, shortcut } from '../lib/shortcuts';
import { pickText } from '../lib/text';
import { LangTag } from '../quality/FindingParts';
import { useLabels } from '../quality/labels';
import { useServices } from '../services/services';
import { isEditableTarget, parseSnippet } from './snippet';

/** Wait this long after the last key press before asking. */
export const SEARCH_DEBOUNCE_MS = 250;
/** Shorter queries match too much to be useful. */
export const SEARCH_MIN_CHARS = 2;
const LIMIT = 30;

const useStyles = makeStyles({
  root: { position: 'relative', width: '340px', flexShrink: 1, minWidth: '200px' },
  box: { width: '100%', maxWidth: 'none' },
  popup: {
    position: 'absolute',
    top: 'calc(100% + 4px)',
    right: 0,
    width: '520px',
    maxWidth: 'calc(100vw - 24px)',
    maxHeight: 'min(70vh, 520px)',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow16,
    zIndex: 100,
    overflow: 'hidden',
  },
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  statusText: { flexGrow: 1 },
  keys: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  list: { listStyle: 'none', margin: 0, padding: `${tokens.spacingVerticalXS} 0`, overflowY: 'auto' },
  option: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    borderLeft: '3px solid transparent',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, borderLeftColor: tokens.colorBrandStroke1, ':hover': { backgroundColor: tokens.colorNeutralBackground1Selected } },
  title: { fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  where: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  snippet: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: 'inherit', fontWeight: tokens.fontWeightSemibold, borderRadius: '2px', padding: '0 1px' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type SearchState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching'; readonly q: string; readonly hits: readonly SearchHit[] }
  | { readonly kind: 'done'; readonly q: string; readonly hits: readonly SearchHit[] }
  | { readonly kind: 'failed'; readonly q: string; readonly error: AppErrorDto };

/** Where a hit opens: its commitment (or the idea in the ideas register), focused on the field that matched. */
export function hitRoute(hit: SearchHit): Route {
  const focus = fieldKey({ recordType: hit.recordType, recordId: hit.recordId, field: hit.field, lang: hit.lang });
  if (hit.commitmentId === null) return { view: 'ideas', idea: hit.recordId, focus };
  return {
    view: 'commitment',
    component: hit.componentCode,
    commitment: hit.commitmentId,
    focus,
  };
}

export function SearchBox({ onOpen }: { onOpen: (route: Route) => void }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const styles = useStyles();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [q, setQ] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const seq = useRef(0);
  // Where the focus was before the box took it: Escape goes back there.
  const cameFrom = useRef<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Debounced query; an answer to an older query is dropped.
  useEffect(() => {
    const query = q.trim();
    const mine = ++seq.current;
    if (query.length < SEARCH_MIN_CHARS) {
      setState({ kind: 'idle' });
      setActive(-1);
      return;
    }
    setState((s) => ({ kind: 'searching', q: query, hits: s.kind === 'done' || s.kind === 'searching' ? s.hits : [] }));
    const timer = setTimeout(() => {
      void api['search.query']({ q: query, limit: LIMIT }).then((r) => {
        if (mine !== seq.current) return;
        setState(r.ok ? { kind: 'done', q: query, hits: r.value.hits } : { kind: 'failed', q: query, error: r.error });
        setActive(r.ok && r.value.hits.length > 0 ? 0 : -1);
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, q]);

  // Ctrl+F anywhere, "/" where it is not a character being typed.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut('search', e)) return;
      if (e.key === '/' && isEditableTarget(e.target as HTMLElement | null)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const hits = state.kind === 'done' || state.kind === 'searching' ? state.hits : [];
  const showPopup = open && state.kind !== 'idle';

  useEffect(() => {
    if (active < 0) return;
    list.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const choose = useCallback(
    (hit: SearchHit | undefined) => {
      if (!hit) return;
      setOpen(false);
      onOpen(hitRoute(hit));
    },
    [onOpen],
  );

  const onKeyDown = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        setActive((i) => (hits.length === 0 ? -1 : Math.min(i + 1, hits.length - 1)));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((i) => (hits.length === 0 ? -1 : Math.max(i - 1, 0)));
        break;
      case 'Enter':
        if (hits.length > 0 && state.kind === 'done') {
          e.preventDefault();
          choose(hits[active >= 0 ? active : 0]);
        }
        break;
      case 'Escape': {
        // The list closes and the person is back where they were (the page when they came from nowhere);
        // the text stays in the box for the next Ctrl+F. Stopped here, Fluent's Escape would clear it.
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        const back = cameFrom.current;
        cameFrom.current = null;
        const target = back && back.isConnected && back !== document.body ? back : document.getElementById('main');
        target?.focus();
        break;
      }
    }
  };

  let status: ReactNode;
  if (state.kind === 'searching') {
    status = (
      <>
        <Spinner size="extra-tiny" aria-hidden />
        <span className={styles.statusText}>{t('panels.search.searching')}</span>
      </>
    );
  } else if (state.kind === 'failed') {
    status = <span className={mergeClasses(styles.statusText, styles.error)}>{describeError(t, state.error)}</span>;
  } else if (state.kind === 'done') {
    status = (
      <>
        <span className={styles.statusText}>
          {state.hits.length === 0 ? t('panels.search.none', { q: state.q }) : t('panels.search.count', { count: state.hits.length })}
        </span>
        {state.hits.length > 0 && (
          <span className={styles.keys} aria-hidden>
            {t('panels.search.keys')}
          </span>
        )}
      </>
    );
  }

  const optionId = (i: number) => `${listId}-opt-${i}`;

  return (
    <div ref={root} className={styles.root} role="search">
      <FluentSearchBox
        ref={input}
        className={styles.box}
        size="medium"
        value={q}
        placeholder={t('panels.search.placeholder')}
        aria-label={t('panels.search.label')}
        aria-keyshortcuts={shortcut('search').aria}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showPopup && hits.length > 0}
        aria-controls={showPopup && hits.length > 0 ? listId : undefined}
        aria-activedescendant={showPopup && active >= 0 && active < hits.length ? optionId(active) : undefined}
        onChange={(_, d) => {
          setQ(d.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const from = e.relatedTarget;
          // From the box's own clear button, the place before the box still holds.
          if (!(from instanceof Node && root.current?.contains(from))) cameFrom.current = from instanceof HTMLElement ? from : null;
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
      />
      {/* Always in the page, so screen readers hear how many results came back. */}
      <VisuallyHidden as="div" role="status">
        {open && state.kind === 'done' ? (state.hits.length === 0 ? t('panels.search.none', { q: state.q }) : t('panels.search.count', { count: state.hits.length })) : ''}
      </VisuallyHidden>
      {showPopup && (
        // Mouse-down inside the list must not take focus from the box (that would close it first).
        <div className={styles.popup} onMouseDown={(e) => e.preventDefault()}>
          <div className={styles.status}>{status}</div>
          {hits.length > 0 && (
            <ul id={listId} ref={list} role="listbox" aria-label={t('panels.search.results')} className={styles.list}>
              {hits.map((hit, i) => (
                <HitOption
                  key={`${hit.recordId}:${hit.field}:${hit.lang}`}
                  id={optionId(i)}
                  index={i}
                  hit={hit}
                  active={i === active}
                  onHover={() => setActive(i)}
                  onChoose={() => choose(hit)}
                />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function HitOption(props: { id: string; index: number; hit: SearchHit; active: boolean; onHover: () => void; onChoose: () => void }) {
  const { id, index, hit, active, onHover, onChoose } = props;
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const labels = useLabels();
  const styles = useStyles();
  const title = pickText(hit.commitmentTitle, lang);
  const field = labels.fieldLabel(hit.recordType, hit.field);
  const where = hit.recordType === 'commitment' ? field : t('panels.quality.where', { record: t(`panels.record.${hit.recordType}`), field });
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      data-index={index}
      className={mergeClasses(styles.option, active && styles.active)}
      onMouseMove={active ? undefined : onHover}
      onClick={onChoose}
    >
      <span className={styles.title} lang={title?.lang}>
        {title?.value ?? t('panels.search.untitled')}
      </span>
      <span className={styles.where}>
        {where}
        <LangTag lang={hit.lang} />
      </span>
      <span className={styles.snippet} lang={hit.lang}>
        {parseSnippet(hit.snippet).map((s, i) =>
          s.match ? (
            <mark key={i} className={styles.mark}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </span>
    </li>
  );
}
