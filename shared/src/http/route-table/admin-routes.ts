import { ClinicId } from '../../domain/referral';
import { StaffCreate, StaffList, StaffMember, StaffPasswordReset, StaffPatch } from '../auth';
import {
  CannedResponse,
  CannedResponseCreate,
  CannedResponseList,
  CannedResponsePatch,
  CannedResponseQuery,
} from '../canned';
import { Clinic, ClinicCreate, ClinicList, ClinicPatch } from '../clinics';
import { Id } from '../common';
import { restRoute } from './rest-route';

const member = { id: Id };

/** What supervisors manage: staff members, clinics and canned responses (staff read the last two). */
export const adminRoutes = {
  staffList: restRoute({ method: 'GET', path: '/api/staff', access: 'supervisor', answer: StaffList }),
  staffCreate: restRoute({
    method: 'POST',
    path: '/api/staff',
    access: 'supervisor',
    body: StaffCreate,
    answer: StaffMember,
  }),
  staffUpdate: restRoute({
    method: 'PATCH',
    path: '/api/staff/:id',
    access: 'supervisor',
    params: member,
    body: StaffPatch,
    answer: StaffMember,
  }),
  staffRevokeSessions: restRoute({
    method: 'POST',
    path: '/api/staff/:id/revoke-sessions',
    access: 'supervisor',
    params: member,
  }),
  staffResetPassword: restRoute({
    method: 'POST',
    path: '/api/staff/:id/reset-password',
    access: 'supervisor',
    params: member,
    body: StaffPasswordReset,
  }),
  staffResetTotp: restRoute({
    method: 'POST',
    path: '/api/staff/:id/reset-totp',
    access: 'supervisor',
    params: member,
  }),
  clinics: restRoute({ method: 'GET', path: '/api/clinics', access: 'staff', answer: ClinicList }),
  clinicCreate: restRoute({
    method: 'POST',
    path: '/api/clinics',
    access: 'supervisor',
    body: ClinicCreate,
    answer: Clinic,
  }),
  clinicUpdate: restRoute({
    method: 'PATCH',
    path: '/api/clinics/:id',
    access: 'supervisor',
    params: { id: ClinicId },
    body: ClinicPatch,
    answer: Clinic,
  }),
  cannedList: restRoute({
    method: 'GET',
    path: '/api/canned-responses',
    access: 'staff',
    query: CannedResponseQuery,
    answer: CannedResponseList,
  }),
  cannedCreate: restRoute({
    method: 'POST',
    path: '/api/canned-responses',
    access: 'supervisor',
    body: CannedResponseCreate,
    answer: CannedResponse,
  }),
  cannedUpdate: restRoute({
    method: 'PATCH',
    path: '/api/canned-responses/:id',
    access: 'supervisor',
    params: { id: Id },
    body: CannedResponsePatch,
    answer: CannedResponse,
  }),
  cannedDelete: restRoute({
    method: 'DELETE',
    path: '/api/canned-responses/:id',
    access: 'supervisor',
    params: { id: Id },
  }),
};
