import type { ProgrammeId } from '@helpline/shared/domain';
import type { Intake } from '@helpline/shared/events';
import type { TagValues } from './tag-rules';
import { valuesIn } from './tag-rules';

/** What the workspace already knows of a contact, as tag values: the counsellor need not enter it twice. */
export const knownFacts = (
  programme: ProgrammeId,
  intake: Pick<Intake, 'ageBand' | 'about'>,
  referralKinds: readonly string[],
): TagValues => {
  const facts: TagValues = {};
  if (intake.ageBand) facts.ageBand = intake.ageBand;
  if (programme === 'helpwanted' && intake.about === 'self') facts.contactRole = 'self';
  if (programme === 'stopitnow') {
    if (intake.about === 'self') facts.contactType = 'worried-about-self';
    if (intake.about === 'other') facts.contactType = 'worried-about-other';
    const actions = [
      ...(referralKinds.includes('call-appointment') ? ['clinic-call-planned'] : []),
      ...(referralKinds.includes('other-clinic-details') ? ['other-clinic-details'] : []),
    ];
    if (actions.length > 0) facts.actions = actions;
  }
  return facts;
};

/**
 * Known facts over the stored tags: a single value only where nothing is stored yet (what the counsellor chose
 * stands); a many-valued one adds what is new since `seen` (so a referral planned just now ticks its action, and an
 * action the counsellor removed from an older referral stays removed).
 */
export const withFacts = (tags: TagValues, facts: TagValues, seen: TagValues = {}): TagValues => {
  const merged: TagValues = { ...tags };
  for (const [dimension, value] of Object.entries(facts)) {
    if (Array.isArray(value)) {
      const fresh = value.filter((v) => !valuesIn(seen[dimension]).includes(v));
      const current = valuesIn(merged[dimension]).filter((v) => v !== 'unknown');
      const added = fresh.filter((v) => !current.includes(v));
      if (added.length > 0 || (merged[dimension] === undefined && value.length > 0))
        merged[dimension] = [...current, ...added];
    } else if (merged[dimension] === undefined) merged[dimension] = value;
  }
  return merged;
};
