import { ChatPage } from '~/features/chat/chat-page';

/** The only page other sites may frame (HELPLINE_ALLOWED_ORIGINS); widget.js opens it. */
export default function Page({ params }: { params: Promise<{ lang: string; programme: string }> }) {
  return <ChatPage params={params} embedded />;
}
