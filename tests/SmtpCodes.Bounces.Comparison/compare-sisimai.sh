#!/usr/bin/env bash
# Our bounce reader against Sisimai on the bounce corpus, per part, with the corpus README's measures (README.md).
# Usage: tests/SmtpCodes.Bounces.Comparison/compare-sisimai.sh [--misses]
# Needs: the .NET SDK, Python 3, and Sisimai (Debian: apt-get install libsisimai-perl); it installs nothing itself.
# Deterministic: both tools read the files in messages.csv's order, and the scorer sorts what it prints.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
corpus="$repo/tests/SmtpCodes.Bounces.Tests/Corpus"

if ! perl -MSisimai -e 1 2>/dev/null; then
  echo "Sisimai is not installed: apt-get install libsisimai-perl (see $here/README.md)" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The corpus files, in messages.csv's order (the first column; paths relative to the corpus folder).
python3 -c 'import csv, sys; [print(row["file"]) for row in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))]' \
  "$corpus/messages.csv" > "$work/files"
mapfile -t files < "$work/files"

dotnet build "$here/SmtpCodes.Bounces.Comparison.csproj" -c Release -v q -nologo > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
(cd "$corpus" && dotnet run --no-build -c Release --project "$here/SmtpCodes.Bounces.Comparison.csproj" -- "${files[@]}") > "$work/ours.jsonl"
(cd "$corpus" && perl "$here/sisimai-read.pl" "${files[@]}") > "$work/sisimai.jsonl"

# The reader and the catalog measured: the last commit that changed them, and whether the work tree differs.
echo "ours: src/ and catalog/ of commit $(git -C "$repo" log -1 --format=%h -- src catalog)$(git -C "$repo" diff --quiet HEAD -- src catalog || echo ', with uncommitted changes')"
echo "Sisimai: $(perl -MSisimai -e 'print Sisimai->version')"
echo
python3 "$here/score.py" "$corpus/messages.csv" "$work/ours.jsonl" "$work/sisimai.jsonl" "$@"
