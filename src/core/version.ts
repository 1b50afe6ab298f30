/** The package's version (kept equal to package.json's by a test): the CLI prints it, caches are keyed by it. */
export const PACKAGE_VERSION = '0.1.0';
