import { WritePage } from '~/features/mailbox/mailbox-pages';

/** The mailbox's write page inside the embed frame (framed like the embed page itself). */
export default function Page({ params }: { params: Promise<{ lang: string; programme: string }> }) {
  return <WritePage params={params} embedded />;
}
