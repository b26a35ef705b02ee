#!/usr/bin/env python3
"""Scores our reader and Sisimai against the corpus labels (../Corpus/messages.csv), per part, with the corpus
README's definitions (the same as CorpusMeasurement.cs):

- a labelled recipient is found when the tool reports that address (ignoring case) as failed or delayed;
- a spurious recipient is an address the tool reports as failed or delayed on a bounce that no label names;
- reason and hard bounce are counted over found recipients;
- a non-bounce (auto-reply, feedback report, ordinary mail) counts when the tool reports a failed recipient for it.

Usage: score.py messages.csv ours.jsonl sisimai.jsonl [--misses]
Each .jsonl has one object per (file, reported recipient), as ReadMessages.cs and sisimai-read.pl print them;
--misses also lists every recipient a tool gets wrong, to read the figures by.
"""

import csv
import json
import re
import sys
from collections import defaultdict

# The parts as the corpus README names them, in the order it lists them: the sessions' unseen parts newest first, then the
# older held-out parts and development; one more row: the development part without crisp-oss's 83 fixtures, which are a
# bounce's body without its header (Sisimai reads none of them: it needs the header to start). The sessions' parts come
# from the labels themselves, so a new session's part is scored as soon as its first batch is labelled.
OLDER_PARTS = [("heldout-fresh", "held-out (fresh)", None), ("heldout", "held-out (new)", None),
               ("heldout-seen", "held-out (seen)", None), ("development", "development", None),
               ("development", "development without crisp-oss", "crisp-oss-email-bounce-parser/")]
SESSION_PART = re.compile(r"^heldout-s(\d+)$")


def parts(messages):
    """Every split of the labels as (split, the README's name, a folder left out), sessions' parts newest first."""
    sessions = sorted({int(m.group(1)) for m in (SESSION_PART.match(message["split"]) for message in messages) if m}, reverse=True)
    named = [(f"heldout-s{n}", f"held-out (session {n})", None) for n in sessions] + OLDER_PARTS
    unknown = {message["split"] for message in messages} - {split for split, _, _ in named}
    if unknown:
        sys.exit(f"score.py: splits with no name in the corpus README's terms: {', '.join(sorted(unknown))}")
    return named


NON_BOUNCES = {"auto-reply", "feedback-report", "not-bounce"}

# Sisimai returns a record for an auto-reply ("vacation"), a feedback report ("feedback") and, when asked, a success
# DSN ("delivered"): none of them says that a delivery failed, so none is a failed or delayed recipient.
SISIMAI_NOT_FAILURES = {"vacation", "feedback", "delivered"}

# The labels use Sisimai's current names (5.6.0 merged MesgTooBig and ExceedLimit into EmailTooLarge, TooManyConn and
# Speeding into RateLimited); Sisimai 4 says the older ones, which mean the same.
SISIMAI_4_NAMES = {"mesgtoobig": "emailtoolarge", "exceedlimit": "emailtoolarge", "toomanyconn": "ratelimited"}


class Report:
    """What a tool says about one recipient of one message, in the terms the labels use."""

    def __init__(self, addresses, action, reason, hard):
        self.addresses = {address.lower() for address in addresses if address}
        self.action = action  # "failed" or "delayed"
        self.reason = reason
        self.hard = hard


def read_labels(path):
    messages = []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            recipients = []
            for field in filter(None, row["recipients"].split(";")):
                address, action, _status, _basic, reason, bounce = field.split("|")
                recipients.append({"address": address.lower(), "action": action, "reason": reason, "hard": bounce == "hard"})
            messages.append({"file": row["file"], "split": row["split"], "kind": row["kind"], "recipients": recipients})
    return messages


def read_jsonl(path):
    """A tool's objects, by corpus file."""
    by_file = defaultdict(list)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                by_file[record["file"]].append(record)
    return by_file


def ours(records):
    # ReadMessages.cs prints every recipient the reader reports, with its final and original address (the tests
    # accept either), and one object with null fields for a message without any.
    return [Report([r["final_recipient"], r["original_recipient"]], r["action"], r["reason"], r["hard_bounce"])
            for r in records if r["action"] in ("failed", "delayed")]


def sisimai(records):
    reports = []
    for r in records:
        if r["recipient"] is None or r["reason"] in SISIMAI_NOT_FAILURES:
            continue
        if r["action"] in ("delivered", "relayed", "expanded"):
            continue
        # Sisimai leaves "action" empty where a plain-text bounce does not state one, and keeps a DSN's own word
        # ("failure"); every such record is a bounce, so a failed recipient unless the report says delayed.
        action = "delayed" if r["action"] == "delayed" else "failed"
        reason = SISIMAI_4_NAMES.get(r["reason"], r["reason"])
        # softbounce: 0 hard, 1 soft, -1 undecided (not hard).
        reports.append(Report([r["recipient"], r.get("alias")], action, reason, r["softbounce"] == 0))
    return reports


class Score:
    def __init__(self):
        self.labelled = self.found = self.spurious = self.reason = self.hard = 0
        self.non_bounces = self.non_bounces_failed = 0
        self.misses = []

    def add(self, message, reports):
        name = message["file"]
        if message["kind"] in NON_BOUNCES:
            self.non_bounces += 1
            if any(report.action == "failed" for report in reports):
                self.non_bounces_failed += 1
                self.misses.append(f"{name}: a {message['kind']} read with a failed recipient")
            return

        labelled = {label["address"] for label in message["recipients"]}
        for label in message["recipients"]:
            self.labelled += 1
            report = next((r for r in reports if label["address"] in r.addresses), None)
            if report is None:
                self.misses.append(f"{name}: {label['address']} not found")
                continue
            self.found += 1
            if (report.reason or "").lower() == label["reason"]:
                self.reason += 1
            else:
                self.misses.append(f"{name}: {label['address']} reason {report.reason}, labelled {label['reason']}")
            if report.hard == label["hard"]:
                self.hard += 1
            else:
                self.misses.append(f"{name}: {label['address']} hard {report.hard}, labelled {'hard' if label['hard'] else 'soft'}")

        spurious = set()
        for report in reports:
            if not report.addresses & labelled:
                spurious |= {min(report.addresses)} if report.addresses else {"(no address)"}
        self.spurious += len(spurious)
        self.misses.extend(f"{name}: spurious {address}" for address in sorted(spurious))

    def row(self, part, tool):
        return (f"| {part} | {tool} | {self.found}/{self.labelled} ({percent(self.found, self.labelled)} %) | {self.spurious} | "
                f"{self.reason}/{self.found} ({percent(self.reason, self.found)} %) | {self.hard}/{self.found} ({percent(self.hard, self.found)} %) | "
                f"{self.non_bounces_failed} of {self.non_bounces} |")


def percent(part, whole):
    return 100.0 if whole == 0 else round(100.0 * part / whole, 1)


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    messages = read_labels(argv[1])
    tools = [("ours", ours, read_jsonl(argv[2])), ("Sisimai", sisimai, read_jsonl(argv[3]))]
    show_misses = "--misses" in argv

    print("| part | tool | recipients found | spurious | reason | hard bounce | non-bounces with a failed recipient |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    misses = []
    for split, part, left_out in parts(messages):
        for tool, read, by_file in tools:
            score = Score()
            for message in (m for m in messages if m["split"] == split and not (left_out and m["file"].startswith(left_out))):
                score.add(message, read(by_file.get(message["file"], [])))
            print(score.row(part, tool))
            misses.extend(f"{part} {tool}: {miss}" for miss in score.misses)
    if show_misses:
        print()
        print("\n".join(misses))


if __name__ == "__main__":
    main(sys.argv)
