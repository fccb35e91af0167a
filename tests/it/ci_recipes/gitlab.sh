#!/usr/bin/env bash
# The `script:` of the GitLab CI job in README.md ("In CI"), one line per list item, kept
# identical to it by tests/it/cmd_ci_recipes.rs, which runs this file against a local
# registry. Inputs, as GitLab sets them: CI_REGISTRY, CI_REGISTRY_USER,
# CI_REGISTRY_PASSWORD, CI_REGISTRY_IMAGE and CI_COMMIT_SHA. Needs `oras` and `jq` on PATH
# and trivy-report.json and sbom.spdx.json in the working directory. Prints the number of
# referrers of the image.
set -euo pipefail

echo "$CI_REGISTRY_PASSWORD" | oras login "$CI_REGISTRY" -u "$CI_REGISTRY_USER" --password-stdin
oras attach --artifact-type application/vnd.example.trivy.report.v1+json "$CI_REGISTRY_IMAGE/app:$CI_COMMIT_SHA" trivy-report.json
oras attach --artifact-type application/spdx+json "$CI_REGISTRY_IMAGE/app:$CI_COMMIT_SHA" sbom.spdx.json
oras discover --format json "$CI_REGISTRY_IMAGE/app:$CI_COMMIT_SHA" | jq '.referrers | length'
