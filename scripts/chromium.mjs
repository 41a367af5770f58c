// Debian's Chromium, the one way the tests, the bench and the scripts start it.
// Without the background-networking flags it keeps calling home, which floods
// a closed network.
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
