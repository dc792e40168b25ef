import { restRoutes } from '@helpline/shared';
import type { ContactService } from '../modules/contacts/contact.service';
import { type RequireStaff, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { contacts: ContactService; requireStaff: RequireStaff };

/** The contact log: phone and e-mail contacts with their tags, correctable later. */
export const contactRoutes = ({ contacts, requireStaff }: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.contactCreate, async ({ body }, _req, res) => {
    res.status(201).json(await contacts.log(staffOf(res), body));
  });
  // The tags are checked against the contact's programme, which the service looks up.
  route(restRoutes.contactTags, async ({ params }, req, res) => {
    res.json(await contacts.setTags(staffOf(res), params.id, req.body));
  });
  route(restRoutes.contacts, async ({ query }, _req, res) => {
    res.json(await contacts.list(staffOf(res), query));
  });
  return router;
};
