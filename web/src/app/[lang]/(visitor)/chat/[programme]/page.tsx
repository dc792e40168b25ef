import { ChatPage } from '~/features/chat/chat-page';

export default function Page({ params }: { params: Promise<{ lang: string; programme: string }> }) {
  return <ChatPage params={params} embedded={false} />;
}
