import type { Dictionary } from './nl';

export const en: Dictionary = {
  langName: 'English',
  switchTo: 'Nederlands',
  quickExit: 'Quick exit',
  quickExitLabel: 'Quick exit: leave this site now',
  landing: {
    title: 'Chat anonymously with a helpline',
    intro:
      'You do not have to say who you are. We store nothing that could lead to you. Choose the helpline that fits.',
    helpwanted:
      'Help with online sexual abuse: sextortion, nude images being spread, or being approached online for sex.',
    stopitnow:
      'Anonymous help if you worry about your own sexual feelings towards children, or about someone close to you.',
    selfHelp: 'Read more yourself',
    loading: 'Loading…',
    loadError: 'Cannot get the status right now. We will try again shortly.',
  },
  state: {
    openUntil: (time) => `Open now, until ${time}`,
    closedUntil: (when) => `Closed. The chat opens again ${when}`,
    closed: 'Closed',
    waiting: (n) => (n === 1 ? '1 person waiting' : `${n} people waiting`),
    wait: (minutes) => (minutes <= 1 ? 'You will be helped almost at once' : `Waiting time about ${minutes} minutes`),
  },
  time: { today: 'today', tomorrow: 'tomorrow', locale: 'en-GB' },
};
