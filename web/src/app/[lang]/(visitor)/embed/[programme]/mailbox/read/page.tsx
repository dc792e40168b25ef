import { EmbeddedReadPage } from '~/features/mailbox/mailbox-pages';

/** The mailbox's read page inside the embed frame (framed like the embed page itself). */
export default function Page({ params }: { params: Promise<{ lang: string; programme: string }> }) {
  return <EmbeddedReadPage params={params} />;
}
