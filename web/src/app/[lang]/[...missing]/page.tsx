import { notFound } from 'next/navigation';

/** Unknown paths: the not-found page rendered per request, so its scripts carry the request's CSP nonce too. */
export default function MissingPage() {
  notFound();
}
