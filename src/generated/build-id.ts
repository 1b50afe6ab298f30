// Written by scripts/build-id.mjs (npm run build): a hash of src/, schema/ and package-lock.json.
export const BUILD_ID = '04f309e350eb9ea2';
