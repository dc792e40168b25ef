import {
  Confirmation,
  ConfirmationAnswer,
  LoginAnswer,
  LoginBody,
  MeAnswer,
  PasswordChange,
  TotpEnrolConfirm,
  TotpEnrolProof,
  TotpEnrolStart,
} from '../auth';
import { restRoute } from './rest-route';

/** Logging in and out, the second factor, one's own password and the confirmation sensitive changes need. */
export const authRoutes = {
  login: restRoute({ method: 'POST', path: '/api/auth/login', access: 'anyone', body: LoginBody, answer: LoginAnswer }),
  logout: restRoute({
    method: 'POST',
    path: '/api/auth/logout',
    access: 'staff',
    session: { allowIncomplete: true, allowPasswordChange: true },
  }),
  me: restRoute({ method: 'GET', path: '/api/auth/me', access: 'staff', checksSessionItself: true, answer: MeAnswer }),
  passwordChange: restRoute({
    method: 'POST',
    path: '/api/auth/password',
    access: 'staff',
    session: { allowIncomplete: true, allowPasswordChange: true },
    body: PasswordChange,
    answer: LoginAnswer,
  }),
  confirm: restRoute({
    method: 'POST',
    path: '/api/auth/confirm',
    access: 'staff',
    body: Confirmation,
    answer: ConfirmationAnswer,
  }),
  totpEnrol: restRoute({
    method: 'POST',
    path: '/api/auth/totp/enrol',
    access: 'staff',
    session: { allowIncomplete: true },
    // No body at all is a proof with neither field.
    body: TotpEnrolProof.optional(),
    answer: TotpEnrolStart,
  }),
  totpConfirm: restRoute({
    method: 'POST',
    path: '/api/auth/totp/confirm',
    access: 'staff',
    session: { allowIncomplete: true },
    body: TotpEnrolConfirm,
    answer: LoginAnswer,
  }),
};
