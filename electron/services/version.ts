// A constant, so services never read files to learn their own version;
// test/unit/version.test.ts keeps it equal to package.json's.
export const APP_VERSION = '0.1.0';
