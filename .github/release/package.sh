#!/usr/bin/env bash
# Builds the files of Dateline release VERSION into the folder OUT: dateline.jar, the runnable jar,
# and dateline.jar.sha256, its SHA-256 checksum as sha256sum writes it (check with sha256sum -c).
# REPOSITORY (owner/name) is the GitHub repository the release is published from; the jar records
# it, and the sites it creates pin their workflows to REPOSITORY@vVERSION.
#
# A release is tagged vVERSION on a commit whose pom.xml says <revision>VERSION-SNAPSHOT</revision>
# (or VERSION); the script refuses any other version. It builds with the tests skipped: the release
# workflow runs them first.
set -euo pipefail

usage() {
  echo "usage: $0 VERSION REPOSITORY OUT   (for example: $0 0.2.0 owner/dateline release)" >&2
  exit 2
}
[ "$#" -eq 3 ] || usage
version="$1" repository="$2" out="$3"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "package.sh: VERSION must be X.Y.Z, not '$version'" >&2; usage; }
[[ "$repository" =~ ^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$ ]] \
  || { echo "package.sh: REPOSITORY must be owner/name, not '$repository'" >&2; usage; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
revision="$(sed -n 's:^ *<revision>\(.*\)</revision>.*:\1:p' "$root/pom.xml")"
if [ "$revision" != "$version-SNAPSHOT" ] && [ "$revision" != "$version" ]; then
  echo "package.sh: pom.xml is at version '$revision', so this commit cannot be release $version;" \
    "tag the commit whose pom.xml says <revision>$version-SNAPSHOT</revision>" >&2
  exit 1
fi

# no tests, and with them no installing of the tests' npm packages: a release build needs no Node
mvn -B -q -Dstyle.color=never -f "$root/pom.xml" -Dmaven.test.skip=true -DskipTests \
  -Drevision="$version" -Ddateline.repository="$repository" package

mkdir -p "$out"
cp "$root/target/dateline.jar" "$out/dateline.jar"
(cd "$out" && sha256sum dateline.jar > dateline.jar.sha256)
echo "package.sh: $out/dateline.jar and $out/dateline.jar.sha256 of Dateline $version ($repository@v$version)"
