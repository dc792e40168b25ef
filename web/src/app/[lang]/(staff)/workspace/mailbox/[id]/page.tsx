import { ThreadView } from '~/features/mailbox-desk/thread-view';

export default async function MailboxThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ThreadView key={id} id={id} />;
}
