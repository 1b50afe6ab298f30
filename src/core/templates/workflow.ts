/**
 * The workflow `handoff init --workflow` writes to `.github/workflows/handoff-guard.yml`: the
 * recommended setup, with the token limited to what the Action uses (read the code, write the one
 * PR comment). `labeled`/`unlabeled` re-run the check when the waiver label is added or removed.
 * Make its job a required status check so a stale handoff blocks the merge (docs/action.md).
 */
export function workflowTemplate(): string {
  return `name: Handoff Guard
on:
  pull_request:
    types: [opened, synchronize, reopened, labeled, unlabeled]
permissions:
  contents: read
  pull-requests: write
jobs:
  handoff:
    name: handoff
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: handoff-guard/handoff-guard@v0
        with:
          mode: block
`;
}
