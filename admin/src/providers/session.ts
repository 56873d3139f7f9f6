/**
 * The session's CSRF token. The session cookie is HttpOnly (the browser sends it); every
 * request must echo the session's CSRF token in `X-CSRF-Token` (server/auth/session-token.ts).
 * The server also puts the token in the readable `hub_csrf` cookie at login, so a reload or a
 * new tab finds it again; the value from the login answer is kept too, in case cookies are
 * read-protected.
 */
export const CSRF_COOKIE = 'hub_csrf';
let fromLogin: string | null = null;

export function readCookie(cookieHeader: string, name: string): string | null {
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function csrfToken(): string | null {
  const cookie = typeof document === 'undefined' ? '' : document.cookie;
  return readCookie(cookie, CSRF_COOKIE) ?? fromLogin;
}

export function setCsrfToken(token: string | null): void {
  fromLogin = token;
}
