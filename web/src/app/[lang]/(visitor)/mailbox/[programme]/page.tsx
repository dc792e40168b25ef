import { WritePage } from '~/features/mailbox/mailbox-pages';

export default function Page({ params }: { params: Promise<{ lang: string; programme: string }> }) {
  return <WritePage params={params} />;
}
