import { ClosedPage } from '~/features/chat/closed-page';

/** The closed answer inside the embed frame (framed like the embed page itself). */
export default function Page({ params }: { params: Promise<{ lang: string; programme: string }> }) {
  return <ClosedPage params={params} embedded />;
}
