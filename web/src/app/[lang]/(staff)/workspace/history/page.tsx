import { HistoryView } from '~/features/history/history-view';

export default function HistoryPage() {
  return <HistoryView />;
}
