/** The workflow file `handoff init --workflow` writes. Owned by the Action work; placeholder for now. */
export function workflowTemplate(): string {
  return `name: Handoff Guard
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
  pull-requests: write
jobs:
  handoff:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: handoff-guard/handoff-guard@v0
        with:
          mode: block
`;
}
