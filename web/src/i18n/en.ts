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
  staff: {
    loginTitle: 'Staff login',
    username: 'Username',
    password: 'Password',
    code: 'Code from your authenticator app (6 digits)',
    login: 'Log in',
    busy: 'Working…',
    failed: 'Logging in did not work.',
    wrongLogin: 'Username or password is not right.',
    codeNeeded: 'Enter the code from your authenticator app.',
    wrongCode: 'The code is wrong or already used. Wait for the next code.',
    tooMany: 'Too many attempts. Wait a minute and try again.',
    enrolTitle: 'Set up your second step',
    enrolIntro: 'Scan the QR code with your authenticator app, or type the key. Then enter the code the app shows.',
    qrLabel: 'QR code for your authenticator app',
    secret: 'Key',
    confirm: 'Confirm',
    signedInAs: (alias) => `Logged in as ${alias}`,
    logout: 'Log out',
    workspaceTitle: 'Workspace',
    supervisorTitle: 'Supervisor overview',
    comingSoon: 'The queue and conversations will appear here.',
    supervisorComingSoon: 'Queues, missed contacts and yearly figures will appear here.',
  },
};
