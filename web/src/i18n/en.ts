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
  },
  state: {
    openUntil: (time) => `Open now, until ${time}`,
    closedUntil: (when) => `Closed. The chat opens again ${when}`,
    closed: 'Closed',
  },
  time: { at: 'at', today: 'today', tomorrow: 'tomorrow', locale: 'en-GB' },
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
