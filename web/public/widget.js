/*
 * Helpline chat widget. One tag on any site:
 *   <script src="https://HOST/widget.js" data-programme="helpwanted" async></script>
 * adds a launcher button (labelled in the page's language) that opens the chat of that programme in a frame.
 * No dependencies, no cookies, no storage on the host page. Quick exit inside the chat leaves the host page too.
 */
(() => {
  const script = document.currentScript;
  if (!script?.src) return;
  const origin = new URL(script.src).origin;
  const programme = script.getAttribute('data-programme') === 'stopitnow' ? 'stopitnow' : 'helpwanted';
  const lang = (document.documentElement.lang || '').toLowerCase().startsWith('en') ? 'en' : 'nl';
  const words = {
    nl: { open: 'Anoniem chatten', close: 'Chat verbergen', frame: 'Chat' },
    en: { open: 'Chat anonymously', close: 'Hide chat', frame: 'Chat' },
  }[lang];
  const colour = programme === 'stopitnow' ? '#2f4858' : '#b4233c';

  const style = (el, css) => {
    for (const [key, value] of Object.entries(css)) el.style.setProperty(key, value, 'important');
  };

  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words.open;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('data-helpline-launcher', programme);
  style(button, {
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    'z-index': '2147483646',
    'min-height': '48px',
    padding: '0 20px',
    border: '2px solid #fff',
    'border-radius': '24px',
    background: colour,
    color: '#fff',
    font: '600 16px/1 system-ui, sans-serif',
    cursor: 'pointer',
    'box-shadow': '0 2px 8px rgba(0,0,0,.3)',
  });

  let frame = null;
  const open = () => {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = `${origin}${lang === 'en' ? '/en' : ''}/embed/${programme}`;
      frame.title = words.frame;
      frame.id = `helpline-chat-${programme}`;
      button.setAttribute('aria-controls', frame.id);
      style(frame, {
        position: 'fixed',
        right: '8px',
        bottom: '76px',
        width: 'min(400px, calc(100vw - 16px))',
        height: 'min(640px, calc(100vh - 92px))',
        border: '0',
        'border-radius': '12px',
        background: '#fff',
        'z-index': '2147483647',
        'box-shadow': '0 4px 24px rgba(0,0,0,.35)',
      });
      document.body.appendChild(frame);
    }
    frame.hidden = false;
    style(frame, { display: 'block' });
    button.textContent = words.close;
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  };
  const hide = () => {
    style(frame, { display: 'none' });
    button.textContent = words.open;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  button.addEventListener('click', () => (button.getAttribute('aria-expanded') === 'true' ? hide() : open()));

  // Quick exit in the chat: blank this page at once and replace it, so Back does not return to it.
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || !event.data || event.data.type !== 'helpline:quick-exit') return;
    const url = String(event.data.url);
    if (!/^https?:\/\//.test(url)) return;
    style(document.documentElement, { display: 'none' });
    window.location.replace(url);
  });

  const mount = () => document.body.appendChild(button);
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
