// The Action case of the bench: runs dist/index.js end to end, as a runner would, against the local
// GitHub API stand-in the e2e tests use. Filled in once the Action and its stand-in exist.
export async function runActionCase() {
  return { skipped: 'the Action e2e stand-in is not available yet' };
}
