// Where a bundle file is given: dropped onto the area, or chosen with the
// button (the keyboard's way, and the file dialog's). While the area is on
// screen, a file dropped anywhere else on the window is ignored instead of
// making the browser open it in place of the app.
import { Button, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useSharedStyles } from '../lib/styles';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    transitionProperty: 'background-color, border-color',
    transitionDuration: tokens.durationFaster,
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  disabled: { opacity: 0.6 },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1, flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface FileDropProps {
  /** File types for the dialog, e.g. ".plani". */
  accept: string;
  title: string;
  hint: string;
  /** The button's text ("Zgjidh skedarin…"). */
  buttonLabel: string;
  /** The file input's accessible name. */
  inputLabel: string;
  disabled?: boolean;
  onFile(file: File): void;
  buttonRef?: Ref<HTMLButtonElement>;
}

const hasFiles = (e: DragEvent | React.DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function FileDrop({ accept, title, hint, buttonLabel, inputLabel, disabled = false, onFile, buttonRef }: FileDropProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const hintId = useId();

  useEffect(() => {
    const block = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over, disabled && styles.disabled)}
      data-testid="file-drop"
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current++;
        if (!disabled) setOver(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <DocumentArrowUpRegular className={styles.icon} aria-hidden />
      <div className={styles.text}>
        <span className={styles.title}>{title}</span>
        <span className={styles.hint} id={hintId}>
          {hint}
        </span>
      </div>
      <Button ref={buttonRef} appearance="primary" icon={<FolderOpenRegular />} disabled={disabled} aria-describedby={hintId} onClick={() => input.current?.click()}>
        {buttonLabel}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        tabIndex={-1}
        className={shared.visuallyHidden}
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // The same file chosen twice in a row must fire again.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
