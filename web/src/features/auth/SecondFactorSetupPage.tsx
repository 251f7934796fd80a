import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { usePageTitle } from '../../components/usePageTitle';
import { SecondFactorSetup } from './SecondFactorSetup';

export function SecondFactorSetupPage() {
  const { t } = useI18n();
  usePageTitle(t('setup.title'));
  const { refresh } = useSession();
  const navigate = useNavigate();
  return <SecondFactorSetup headingLevel={1} onDone={() => void refresh().then(() => void navigate('/'))} />;
}
