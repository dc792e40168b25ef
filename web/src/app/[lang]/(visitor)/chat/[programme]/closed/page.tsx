import { ClosedPage } from '~/features/chat/closed-page';

export default function Page({ params }: { params: Promise<{ lang: string; programme: string }> }) {
  return <ClosedPage params={params} embedded={false} />;
}
