/**
 * Route wijzigen: the coordinator changes a route of their own organisation — name, sector, form, level,
 * target groups, partners and the steps (add, reorder, remove). Steps that participants are or were in
 * stay; the form says so at the step (RouteForm). Back on the route page a status message confirms.
 */
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { usePageTitle } from '../../components/usePageTitle';
import { RouteForm } from './RouteForm';
import type { LearningRoute } from './types';

export function EditRoutePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: route, error } = useApiData<LearningRoute>(`/learning-routes/${id}`);
  usePageTitle(route ? t('learningRoutes.editTitle', { route: route.name }) : t('learningRoutes.title'));
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (route === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (route === null) {
    return <NotFound />;
  }
  const back = `/leerroutes/${route.id}`;
  return (
    <>
      <Paragraph>
        <RouterLink to={back}>{t('learningRoutes.backToRoute', { route: route.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('learningRoutes.editTitle', { route: route.name })}</Heading>
      {route.permissions.manage ? (
        <RouteForm
          route={route}
          onCancel={() => void navigate(back)}
          onSaved={() => void navigate(back, { state: { saved: true } })}
        />
      ) : (
        <Notice type="error">{t('learningRoutes.editNotAllowed')}</Notice>
      )}
    </>
  );
}
