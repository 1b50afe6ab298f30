// Written by scripts/build-id.mjs (npm run build): a hash of src/, schema/ and package-lock.json.
export const BUILD_ID = 'f8de3f2263c2dbbe';
