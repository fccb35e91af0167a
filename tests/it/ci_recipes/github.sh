#!/usr/bin/env bash
# The `run:` body of the GitHub Actions step in README.md ("In CI"), kept identical to it by
# tests/it/cmd_ci_recipes.rs, which runs this file against a local registry. Inputs, as the
# runner sets them: REGISTRY and REGISTRY_PASSWORD (the step's `env:`), GITHUB_ACTOR,
# GITHUB_REPOSITORY and GITHUB_SHA (set on every runner). Needs `oras` and `jq` on PATH and
# sbom.spdx.json in the working directory. Prints the digest of the attached SBOM.
set -euo pipefail

echo "$REGISTRY_PASSWORD" | oras login "$REGISTRY" -u "$GITHUB_ACTOR" --password-stdin
oras attach --artifact-type application/spdx+json \
  --annotation "github.sha=$GITHUB_SHA" \
  --format json "$REGISTRY/$GITHUB_REPOSITORY/app:$GITHUB_SHA" sbom.spdx.json \
  | jq -r .digest
