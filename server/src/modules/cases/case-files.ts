import type { Database } from '@helpline/db';
import type { Clock } from '../../clock';
import type { AuditService } from '../audit/audit.service';
import { createCannedRepo } from '../canned/canned.repo';
import { createCannedService } from '../canned/canned.service';
import { createClinicRepo } from '../clinics/clinic.repo';
import { createClinicService } from '../clinics/clinic.service';
import { createContactRepo } from '../contacts/contact.repo';
import { createContactService } from '../contacts/contact.service';
import { createReferralRepo } from '../referrals/referral.repo';
import { createReferralService, toReferral } from '../referrals/referral.service';
import { createCaseRepo } from './case.repo';
import { createCaseService } from './case.service';

/** Case files after the chat: tags, history, contact log, clinic referrals, clinics and canned responses. */
export const createCaseFiles = ({ db, clock, audit }: { db: Database; clock: Clock; audit: AuditService }) => {
  const referralRepo = createReferralRepo(db);
  const cases = createCaseService({
    cases: createCaseRepo(db),
    referralsOf: async (id) => (await referralRepo.ofConversation(id)).map(toReferral),
    audit,
    clock,
  });
  const contacts = createContactService({ repo: createContactRepo(db), clock });
  const clinics = createClinicService({ repo: createClinicRepo(db), audit });
  const referrals = createReferralService({ repo: referralRepo, cases, contacts, clinics, clock });
  const canned = createCannedService({ repo: createCannedRepo(db), audit, clock });
  return { cases, contacts, clinics, referrals, canned };
};
