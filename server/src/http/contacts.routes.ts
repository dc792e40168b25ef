import { ContactCreate, ContactListQuery, Id } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { ContactService } from '../modules/contacts/contact.service';
import { type RequireStaff, staffOf } from './require-staff';

type Deps = { contacts: ContactService; requireStaff: RequireStaff };

/** The contact log: phone and e-mail contacts with their tags, correctable later. */
export const contactRoutes = ({ contacts, requireStaff }: Deps) => {
  const staff = requireStaff();
  return Router()
    .post('/api/contacts', staff, async (req, res) => {
      res.status(201).json(await contacts.log(staffOf(res), parseInput(ContactCreate, req.body)));
    })
    .put('/api/contacts/:id/tags', staff, async (req, res) => {
      res.json(await contacts.setTags(staffOf(res), parseInput(Id, req.params.id, 'id'), req.body));
    })
    .get('/api/contacts', staff, async (req, res) => {
      res.json(await contacts.list(staffOf(res), parseInput(ContactListQuery, req.query)));
    });
};
