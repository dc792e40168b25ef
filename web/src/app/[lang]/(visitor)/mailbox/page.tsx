import { ReadPage } from '~/features/mailbox/mailbox-pages';

export default function Page() {
  return <ReadPage />;
}
