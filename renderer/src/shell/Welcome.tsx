// The first screen of a new workspace: which institution is this, in which
// role. After creation it shows the signing key's safety code once, big
// enough to read aloud, before moving on to the plan.
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ShieldKeyholeRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import { WORKSPACE_ROLES, type ReferenceData, type WorkspaceRole } from '../../../shared/model/reference';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useLanguage } from '../hooks/useLanguage';
import { describeError } from '../lib/describe-error';
import { useSharedStyles } from '../lib/styles';
import { useServices } from '../services/services';

const useStyles = makeStyles({
  page: {
    height: '100%',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}`,
  },
  card: {
    maxWidth: '620px',
    margin: '0 auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow8,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalL },
  brand: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  radioHint: { display: 'block', color: tokens.colorNeutralForeground3, marginLeft: '32px', marginTop: '-4px', marginBottom: tokens.spacingVerticalXS },
  actions: { display: 'flex', justifyContent: 'flex-end' },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    letterSpacing: '0.08em',
    wordSpacing: '0.3em',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: 'center',
  },
  codeLabel: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
});

export function Welcome({ reference, onReady }: { reference: ReferenceData; onReady: (info: WorkspaceInfo) => void }) {
  const [created, setCreated] = useState<WorkspaceInfo | null>(null);
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.page}>
      <main className={styles.card}>
        <div className={styles.top}>
          <span className={styles.brand}>{t('common.appName')}</span>
          <LanguageSwitch />
        </div>
        {created ? <Created info={created} onContinue={() => onReady(created)} /> : <SetupForm reference={reference} onCreated={setCreated} />}
      </main>
    </div>
  );
}

function SetupForm({ reference, onCreated }: { reference: ReferenceData; onCreated: (info: WorkspaceInfo) => void }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useServices();
  const styles = useStyles();
  const [role, setRole] = useState<WorkspaceRole>('lfp');
  const [institution, setInstitution] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorDto | null>(null);
  const [showRequired, setShowRequired] = useState(false);

  const choices = useMemo(() => reference.institutions.filter((i) => i.role === role), [reference, role]);
  // The POC is one office: nothing to choose.
  useEffect(() => setInstitution(choices.length === 1 ? choices[0]!.code : ''), [choices]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (institution === '') {
      setShowRequired(true);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api['workspace.init']({ role, institution });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Title1 as="h1">{t('ui.welcome.title')}</Title1>
      <Text>{t('ui.welcome.intro')}</Text>
      <Field label={t('ui.welcome.roleLabel')}>
        <RadioGroup value={role} onChange={(_, d) => setRole(d.value as WorkspaceRole)}>
          {WORKSPACE_ROLES.map((r) => (
            <div key={r}>
              <Radio value={r} label={t(`model.role.${r}`)} />
              <Text size={200} className={styles.radioHint}>
                {t(`ui.welcome.roleHint.${r}`)}
              </Text>
            </div>
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={t('ui.welcome.institutionLabel')}
        required
        validationMessage={showRequired && institution === '' ? t('ui.welcome.institutionRequired') : undefined}
      >
        <Select value={institution} onChange={(_, d) => setInstitution(d.value)}>
          <option value="" disabled>
            {t('ui.welcome.institutionPlaceholder')}
          </option>
          {choices.map((i) => (
            <option key={i.code} value={i.code}>
              {i.acronym[lang]} — {i.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(t, error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {busy ? t('ui.welcome.creating') : t('ui.welcome.create')}
        </Button>
      </div>
    </form>
  );
}

function Created({ info, onContinue }: { info: WorkspaceInfo; onContinue: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className={shared.pageHeading}>
        {t('ui.welcome.createdTitle')}
      </h1>
      <Text>{t('ui.welcome.createdFor', { institution: info.institution.name[lang], role: t(`model.role.${info.role}`) })}</Text>
      <div>
        <Text as="p" className={styles.codeLabel} id="safety-code-label">
          <ShieldKeyholeRegular fontSize={20} aria-hidden />
          {t('ui.welcome.safetyCodeLabel')}
        </Text>
        <div className={styles.code} aria-labelledby="safety-code-label" role="group" data-testid="safety-code">
          {info.keyFingerprint}
        </div>
      </div>
      <Text>{t('ui.welcome.safetyCodeExplain')}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onContinue}>
          {t('ui.welcome.continue')}
        </Button>
      </div>
    </>
  );
}
