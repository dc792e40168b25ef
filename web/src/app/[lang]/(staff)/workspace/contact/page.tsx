import { ContactLogView } from '~/features/contacts/contact-log-view';

export default function ContactPage() {
  return <ContactLogView />;
}
