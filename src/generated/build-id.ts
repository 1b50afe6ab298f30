// Written by scripts/build-id.mjs (npm run build): a hash of src/, schema/ and package-lock.json.
export const BUILD_ID = 'fbaf99b3c1d93583';
