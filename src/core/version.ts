import { BUILD_ID } from '../generated/build-id.js';

/** The package's version (kept equal to package.json's by a test): the CLI prints it. */
export const PACKAGE_VERSION = '0.1.0';

/**
 * What every cache is keyed by: the version and the build (a hash of the sources,
 * scripts/build-id.mjs). Two builds of one version may judge differently, and a cache one made
 * (a validated registry, a remembered snapshot, compiled code) must not be read by the other.
 */
export const CACHE_STAMP = `${PACKAGE_VERSION}+${BUILD_ID}`;
