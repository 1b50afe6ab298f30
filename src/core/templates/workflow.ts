/**
 * The workflow `handoff init --workflow` writes to `.github/workflows/handoff-guard.yml`: the
 * recommended setup, with the token limited to what the Action uses (read the code, write the one
 * PR comment). `labeled`/`unlabeled` re-run the check when the waiver label is added or removed;
 * `ready_for_review` runs it when a draft is marked ready (with `draft-pr: skip`, drafts are not
 * checked). The concurrency group keeps one run per pull request: a new push cancels the run for the
 * commit it replaces, so two runs never race on the comment. Make its job a required status check so
 * a stale handoff blocks the merge (docs/action.md).
 */
export function workflowTemplate(): string {
  return `name: Handoff Guard
on:
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review, labeled, unlabeled]
  # A merge queue runs the required check again on the queued merge: without this trigger it waits
  # for ever. It only fires where a merge queue is on.
  merge_group:
permissions:
  contents: read
  pull-requests: write
concurrency:
  group: handoff-guard-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true
jobs:
  handoff:
    name: handoff
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v4
      # The id lets a later step read the outputs: steps.handoff.outputs.stale, stale-tasks, comment-url.
      - id: handoff
        uses: handoff-guard/handoff-guard@v0
        with:
          mode: block
          comment-mode: always
          comment-when-fresh: update
          draft-pr: check
`;
}
