// Tests use Debian's /usr/bin/chromium; never download a browser of our own.
module.exports = { skipDownload: true };
