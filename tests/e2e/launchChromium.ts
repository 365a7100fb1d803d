import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

// Kept free of the test runner so scripts (bench:browser) launch the browser the same way.

/** Where a system Chromium or Chrome is usually installed; CHROME_PATH wins. Nothing is downloaded. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium or Chrome found (looked at ${CANDIDATES.join(', ')}). Install one (Debian: apt-get install chromium fonts-noto-cjk) or set CHROME_PATH.`,
    );
  }
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    // Without the background-networking flags Chromium tries to reach Google's services, which a
    // closed network refuses noisily; the app itself must never need the network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
