import { ReferralsView } from '~/features/referrals/referrals-view';

export default function ReferralsPage() {
  return <ReferralsView />;
}
