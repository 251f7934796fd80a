/**
 * The editorial screens under `/redactie`: the list, a new item and one item. One lazily loaded module
 * for the knowledge editors and contributors (programme managers, evaluators); others get "not found".
 * The public knowledge base (`/kennisbank`) is not part of this app: the server renders it.
 */
import { Route, Routes } from 'react-router-dom';
import { useSession } from '../../app/session';
import { NotFound } from '../../components/NotFound';
import { EditorialListPage } from './EditorialListPage';
import { ItemPage } from './ItemPage';
import { NewItemPage } from './NewItemPage';
import { EDITORIAL_ROLES } from './knowledge';
import '../participants/participants.css';
import './knowledge.css';

export function KnowledgeRoutes() {
  const { hasRole } = useSession();
  if (!EDITORIAL_ROLES.some((r) => hasRole(r))) {
    return <NotFound />;
  }
  return (
    <Routes>
      <Route index element={<EditorialListPage />} />
      <Route path="nieuw" element={<NewItemPage />} />
      <Route path=":id" element={<ItemPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
