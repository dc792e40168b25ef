import { MailboxView } from '~/features/mailbox-desk/mailbox-view';

export default function MailboxPage() {
  return <MailboxView />;
}
