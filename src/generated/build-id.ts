// Written by scripts/build-id.mjs (npm run build): a hash of src/, schema/ and package-lock.json.
export const BUILD_ID = 'c95b40f6ba12299a';
