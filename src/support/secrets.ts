// Credentials in URLs (`https://user:token@mirror/…`): the runner is told to mask them, and no
// text this project writes (log, outputs, job summary, errors) carries them.

const USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@]+)@/gi;

/** Every URL's user information in a text replaced by `***`. */
export function hideCredentials(text: string): string {
  return text.replace(USER_INFO, '$1***@');
}

/** The user information of the URLs in a text (user, password, and both together), to mask. */
export function credentialsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(USER_INFO)) {
    const userInfo = match[2]!;
    found.add(userInfo);
    for (const part of userInfo.split(':')) if (part.length >= 3) found.add(part);
    try {
      for (const part of decodeURIComponent(userInfo).split(':')) if (part.length >= 3) found.add(part);
    } catch {
      // Not percent-encoded text: the raw parts are masked already.
    }
  }
  return [...found];
}
