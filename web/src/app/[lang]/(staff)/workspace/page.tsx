import { DeskView } from '~/features/workspace/desk-view';

export default function WorkspacePage() {
  return <DeskView />;
}
