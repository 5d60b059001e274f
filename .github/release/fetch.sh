#!/usr/bin/env bash
# The Dateline action's first step (action.yml): finds the Dateline jar to run and writes its path
# as the step output `jar`. With DATELINE_JAR, that jar. Otherwise it downloads dateline.jar and
# dateline.jar.sha256 of a release and passes the jar on only if it matches the checksum.
#   DATELINE_VERSION     the release, X.Y.Z or vX.Y.Z; default: ACTION_REF when it is such a tag
#   DATELINE_REPOSITORY  where it is published (owner/name); default: ACTION_REPOSITORY
#   ACTION_REF, ACTION_REPOSITORY  what the workflow's `uses:` names (github.action_ref/_repository)
set -euo pipefail

fail() {
  echo "::error title=Dateline::$1"
  exit 1
}

if [ -n "${DATELINE_JAR:-}" ]; then
  [ -f "$DATELINE_JAR" ] || fail "the jar '$DATELINE_JAR' given as input jar does not exist"
  echo "jar=$DATELINE_JAR" >> "$GITHUB_OUTPUT"
  exit 0
fi

version="${DATELINE_VERSION:-}"
if [ -z "$version" ]; then
  [[ "${ACTION_REF:-}" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] \
    || fail "the Dateline action is used at '${ACTION_REF:-}', which is not a release tag: use it at a release (uses: OWNER/dateline@vX.Y.Z) or give the input version"
  version="$ACTION_REF"
fi
version="${version#v}"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "the input version must be a release such as 0.2.0, not '$version'"
repository="${DATELINE_REPOSITORY:-${ACTION_REPOSITORY:-}}"
[ -n "$repository" ] || fail "the repository of the Dateline release is not known: give the input repository (owner/name)"

url="${GITHUB_SERVER_URL:-https://github.com}/$repository/releases/download/v$version"
dir="${RUNNER_TEMP:-$(mktemp -d)}/dateline/v$version"
mkdir -p "$dir"
echo "Downloading Dateline $version from $url/"
for file in dateline.jar dateline.jar.sha256; do
  curl --fail --silent --show-error --location --retry 3 --output "$dir/$file" "$url/$file" \
    || fail "could not download $url/$file: is $version a release of $repository?"
done
if command -v sha256sum >/dev/null; then check=(sha256sum --check); else check=(shasum --algorithm 256 --check); fi
(cd "$dir" && "${check[@]}" dateline.jar.sha256) \
  || fail "dateline.jar of $repository v$version does not match its checksum dateline.jar.sha256; it was not run"
echo "jar=$dir/dateline.jar" >> "$GITHUB_OUTPUT"
