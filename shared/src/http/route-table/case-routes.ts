import {
  Contact,
  ContactCreate,
  ContactList,
  ContactListQuery,
  ConversationDetail,
  ConversationHistory,
  ConversationList,
  ConversationListQuery,
  Referral,
  ReferralCreate,
  ReferralList,
  ReferralListQuery,
  ReferralPatch,
  Transcript,
} from '../cases';
import { ColleagueList, ColleagueQuery } from '../colleagues';
import { Id } from '../common';
import { restRoute } from './rest-route';

const record = { id: Id };

/** A counsellor's case work: chats' case files and transcripts, logged contacts, referrals, colleagues to hand to. */
export const caseRoutes = {
  conversations: restRoute({
    method: 'GET',
    path: '/api/conversations',
    access: 'staff',
    query: ConversationListQuery,
    answer: ConversationList,
  }),
  conversation: restRoute({
    method: 'GET',
    path: '/api/conversations/:id',
    access: 'staff',
    params: record,
    answer: ConversationDetail,
  }),
  conversationHistory: restRoute({
    method: 'GET',
    path: '/api/conversations/:id/history',
    access: 'staff',
    params: record,
    answer: ConversationHistory,
  }),
  conversationTags: restRoute({ method: 'PUT', path: '/api/conversations/:id/tags', access: 'staff', params: record }),
  transcript: restRoute({
    method: 'GET',
    path: '/api/conversations/:id/transcript',
    access: 'staff',
    params: record,
    answer: Transcript,
  }),
  contactCreate: restRoute({
    method: 'POST',
    path: '/api/contacts',
    access: 'staff',
    body: ContactCreate,
    answer: Contact,
  }),
  contacts: restRoute({
    method: 'GET',
    path: '/api/contacts',
    access: 'staff',
    query: ContactListQuery,
    answer: ContactList,
  }),
  contactTags: restRoute({ method: 'PUT', path: '/api/contacts/:id/tags', access: 'staff', params: record }),
  referralCreate: restRoute({
    method: 'POST',
    path: '/api/referrals',
    access: 'staff',
    body: ReferralCreate,
    answer: Referral,
  }),
  referralUpdate: restRoute({
    method: 'PATCH',
    path: '/api/referrals/:id',
    access: 'staff',
    params: record,
    body: ReferralPatch,
    answer: Referral,
  }),
  referrals: restRoute({
    method: 'GET',
    path: '/api/referrals',
    access: 'staff',
    query: ReferralListQuery,
    answer: ReferralList,
  }),
  colleagues: restRoute({
    method: 'GET',
    path: '/api/colleagues',
    access: 'staff',
    query: ColleagueQuery,
    answer: ColleagueList,
  }),
};
