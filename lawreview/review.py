"""Reviewer decisions: a YAML file of corrections that survive the next run.

A decision file holds one entry per finding: what the machine said (status,
confidence, the evidence eIds and a hash of the evidence text) and what the
reviewer decided (status, reason, note, name, date). The steps, each a small
function:

- `init_decisions`: an assessment in, the text of a fresh decision file out.
- `load_decisions`: a file in, a validated `DecisionSet` out; every problem is
  reported with the file and line (`DecisionsError`).
- `apply_decisions`: an assessment and decisions in, the reviewed assessment
  out: final statuses, each decided finding carrying a `Review`. A decision
  whose evidence text changed is stale and not applied.
- `decision_notices`: what the reviewer must look at again (stale decisions,
  decisions for requirements the assessment does not contain).
- `update_decisions` + `write_decisions`: the file brought up to date with a
  new assessment, keeping the reviewer's entries; written atomically, with a
  `.bak` copy of the previous version.

Imports only `lawreview.model` (and yaml): a sibling stage, not a client of
the analysis.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import tempfile
import textwrap
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from lawreview.model import (
    REASONS,
    STATUSES,
    Assessment,
    Decision,
    DecisionNotice,
    DecisionSet,
    Finding,
    LawreviewError,
    Problem,
    Review,
)
from lawreview.yamlfile import BadYaml, EntryProblems, compose, key_nodes, line_of

DECISIONS_SCHEMA = "lawreview/decisions@1"
REQUIREMENT_ID = re.compile(r"^[a-z][a-z0-9]*(\.[a-z0-9]+)+$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
ENTRY_KEYS = (
    "requirement",
    "machine_status",
    "confidence",
    "evidence",
    "evidence_sha256",
    "status",
    "reason",
    "note",
    "reviewer",
    "date",
    "vanished",
)
TOP_KEYS = ("schema", "jurisdiction", "standards_version", "decisions")


class DecisionsError(LawreviewError):
    """A decision file that does not validate; lists every problem with its line."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in the decisions:"]
        lines.extend(f"  {problem}" for problem in self.problems)
        super().__init__("\n".join(lines))


# --- evidence hash -------------------------------------------------------------


def evidence_hash(finding: Finding) -> str:
    """SHA-256 of the finding's evidence text: its distinct quotes, whitespace
    collapsed, sorted (so the order the engine lists them in does not matter).

    A finding without evidence hashes the empty text; if evidence appears later
    (an amendment adds a provision), the hash changes too."""
    quotes = sorted({" ".join(e.quote.split()) for e in finding.evidence})
    return hashlib.sha256("\n".join(quotes).encode("utf-8")).hexdigest()


def machine_view(finding: Finding) -> Finding:
    """The finding as the machine gave it: any applied review removed."""
    if finding.review is None:
        return finding
    return dataclasses.replace(
        finding,
        status=finding.review.machine_status,
        confidence=finding.review.machine_confidence,
        review=None,
    )


# --- writing a decision file ---------------------------------------------------

_HEADER = """\
# Reviewer decisions ({schema}) for {jurisdiction}.
#
# One entry per finding. The machine fields (machine_status, confidence,
# evidence, evidence_sha256) record what the machine said when the entry was
# written; leave them as they are. To decide on a finding, fill in:
#   status:   {statuses}
#   reason:   {reasons}
#   note:     why, in a sentence or two
#   reviewer: your name
#   date:     YYYY-MM-DD
# An empty status keeps the machine's status. `lawreview analyze --decisions`
# and `lawreview report --decisions` apply the decisions; a decision whose
# evidence text has changed since (an amendment, better extraction) is stale:
# it is reported and not applied. `lawreview review update` adds new findings
# and marks vanished ones, keeping your entries; nothing else rewrites this file.
"""


def init_decisions(assessment: Assessment) -> str:
    """The text of a new decision file for `assessment`: one undecided entry per
    finding (machine status, confidence, evidence eIds and hash)."""
    base = [machine_view(f) for f in assessment.findings]
    entries = [(_fresh_decision(f), f) for f in base]
    return _render_file(assessment, entries)


def _fresh_decision(finding: Finding) -> Decision:
    return Decision(
        requirement_id=finding.requirement_id,
        machine_status=finding.status,
        machine_confidence=finding.confidence,
        evidence=tuple(dict.fromkeys(e.eid for e in finding.evidence)),
        evidence_sha256=evidence_hash(finding),
    )


def _render_file(assessment: Assessment, entries: Sequence[tuple[Decision, Finding | None]]) -> str:
    """The YAML text of a decision file; `Finding` (or None, for a vanished
    requirement) supplies the comment line above each entry."""
    out = [
        _HEADER.format(
            schema=DECISIONS_SCHEMA,
            jurisdiction=assessment.jurisdiction or "an unnamed jurisdiction",
            statuses=" | ".join(STATUSES),
            reasons=" | ".join(REASONS),
        ),
        f"schema: {DECISIONS_SCHEMA}",
        f"jurisdiction: {_scalar(assessment.jurisdiction)}".rstrip(),
        f"standards_version: {_scalar(assessment.standards_version)}".rstrip(),
        "decisions:",
    ]
    for decision, finding in entries:
        out.append("")
        if finding is not None:
            cited = ", ".join(dict.fromkeys(e.citation for e in finding.evidence)) or "no evidence"
            out.append(f"  # {finding.instrument} {finding.article}: {finding.title} ({cited})")
        else:
            out.append("  # no longer assessed")
        out.extend(_render_entry(decision))
    return "\n".join(out) + "\n"


def _render_entry(decision: Decision) -> list[str]:
    fields: list[tuple[str, Any]] = [
        ("requirement", decision.requirement_id),
        ("machine_status", decision.machine_status),
        ("confidence", decision.machine_confidence),
        ("evidence", list(decision.evidence)),
        ("evidence_sha256", decision.evidence_sha256),
        ("status", decision.status),
        ("reason", decision.reason),
        ("note", decision.note),
        ("reviewer", decision.reviewer),
        ("date", decision.date),
    ]
    if decision.vanished:
        fields.append(("vanished", True))
    lines = []
    for index, (key, value) in enumerate(fields):
        lead = "  - " if index == 0 else "    "
        folded = _folded(value, "      ") if key == "note" else None
        if folded is not None:
            lines.append(f"{lead}{key}: >-")
            lines.extend(folded)
        else:
            lines.append(f"{lead}{key}: {_scalar(value)}".rstrip())
    return lines


def _folded(value: Any, indent: str) -> list[str] | None:
    """A long one-line text as the lines of a folded block (`>-`), if that
    reads back as the same text; None otherwise."""
    if not isinstance(value, str) or len(value) <= 60 or "\n" in value:
        return None
    lines = [indent + line for line in textwrap.wrap(value, 80, break_on_hyphens=False)]
    try:
        same = _read_back("k: >-\n" + "\n".join(lines)) == {"k": value}
    except yaml.YAMLError:
        same = False
    return lines if same else None


def _scalar(value: Any) -> str:
    """`value` as a one-line YAML scalar (or flow list) that safe_load reads back
    as the same value; None is written as nothing (`status:`)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    text = str(value)
    plain = "\n" not in text and text == text.strip() and text != ""
    if plain and not re.search(r"[:#\[\]{},&*!|>'\"%@`]", text):
        try:
            if _read_back(f"k: {text}") == {"k": text}:
                return text
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


# --- reading a decision file ---------------------------------------------------


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text: a decision's date is written YYYY-MM-DD."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_back(text: str) -> Any:
    """`text` read as a decision file reads it (safe loader, dates kept as text)."""
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def load_decisions(path: str | Path) -> DecisionSet:
    """Read and validate a decision file.

    Raises `DecisionsError` listing every problem (unknown status or reason,
    malformed entry, bad YAML) with its file and line."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LawreviewError(f"cannot be read ({error})", shown) from None
    node, data = _compose(text, shown)
    problems: list[Problem] = []
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        raise DecisionsError(
            [
                Problem(
                    shown,
                    line_of(node),
                    "(file)",
                    "is not a decision file (a mapping with `schema` and `decisions`)",
                    "write one with `lawreview review init ASSESSMENT.json -o FILE`",
                )
            ]
        )
    keys = key_nodes(node)
    if data.get("schema") != DECISIONS_SCHEMA:
        problems.append(
            Problem(
                shown,
                line_of(keys.get("schema", (node, node))[0]),
                "schema",
                f"expected `schema: {DECISIONS_SCHEMA}`",
                "write the file with `lawreview review init`",
            )
        )
    for key, (key_node, _) in keys.items():
        if key not in TOP_KEYS:
            problems.append(
                Problem(
                    shown,
                    line_of(key_node),
                    key,
                    "unknown key",
                    f"remove it; the file's keys are {', '.join(TOP_KEYS)}",
                )
            )
    entries_node = keys.get("decisions", (node, None))[1]
    decisions: list[Decision] = []
    if not isinstance(entries_node, yaml.SequenceNode):
        problems.append(
            Problem(
                shown,
                line_of(entries_node or node),
                "decisions",
                "missing or not a list",
                "give `decisions:` followed by one `- requirement: ...` entry per finding",
            )
        )
    else:
        seen: dict[str, int] = {}
        for index, entry_node in enumerate(entries_node.value):
            decision = _read_entry(entry_node, data["decisions"][index], shown, index, problems)
            if decision is None:
                continue
            first = seen.get(decision.requirement_id)
            if first is not None:
                problems.append(
                    Problem(
                        shown,
                        decision.line,
                        f"decisions.{index}.requirement",
                        f"{decision.requirement_id} has a decision already (line {first})",
                        "keep one entry per requirement",
                    )
                )
                continue
            seen[decision.requirement_id] = decision.line
            decisions.append(decision)
    if problems:
        raise DecisionsError(problems)
    jurisdiction = data.get("jurisdiction")
    return DecisionSet(
        path=shown,
        decisions=tuple(decisions),
        jurisdiction=str(jurisdiction) if jurisdiction is not None else None,
    )


def _compose(text: str, path: str) -> tuple[yaml.Node | None, Any]:
    try:
        return compose(text, path, _Loader)
    except BadYaml as error:
        raise DecisionsError([error.problem]) from None


def _read_entry(
    node: yaml.Node, data: Any, path: str, index: int, problems: list[Problem]
) -> Decision | None:
    """One entry as a `Decision`; its problems appended to `problems` (then None)."""
    where = f"decisions.{index}"
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        problems.append(
            Problem(path, line_of(node), where, "is not an entry", "write `- requirement: ID` ...")
        )
        return None
    checked = EntryProblems(node, path, where, ENTRY_KEYS)
    problem = checked.add
    requirement = data.get("requirement")
    if not isinstance(requirement, str) or not REQUIREMENT_ID.match(requirement):
        problem(
            "requirement",
            f"missing or not a requirement id: {requirement!r}",
            "give the requirement id as in the assessment (palermo.3.a)",
        )
    machine_status = _word(data.get("machine_status"))
    if machine_status not in STATUSES:
        problem(
            "machine_status",
            f"unknown status {data.get('machine_status')!r}",
            f"one of {', '.join(STATUSES)}; or write the file again with `review init`",
        )
    confidence = data.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)):
        problem("confidence", f"not a number: {confidence!r}", "leave the machine's value")
    evidence = data.get("evidence")
    if evidence is None:
        evidence = []
    if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
        problem("evidence", "not a list of eIds", "leave the machine's value")
    digest = data.get("evidence_sha256")
    if not isinstance(digest, str) or not SHA256.match(digest):
        problem("evidence_sha256", "not a SHA-256 hash", "leave the machine's value")
    status = _word(data.get("status"))
    if status is not None and status not in STATUSES:
        problem(
            "status",
            f"unknown status {data.get('status')!r}",
            f"one of {', '.join(STATUSES)}, or leave it empty",
        )
    reason = _word(data.get("reason"))
    if reason is not None and reason not in REASONS:
        problem(
            "reason",
            f"unknown reason {data.get('reason')!r}",
            f"one of {', '.join(REASONS)}",
        )
    texts = {key: _text(data.get(key)) for key in ("note", "reviewer", "date")}
    for key in ("note", "reviewer", "date"):
        if data.get(key) is not None and texts[key] is None:
            problem(key, "not text", "write it as text, or leave it empty")
    if status is not None:
        if reason is None:
            problem("reason", "a status without a reason", f"give one of {', '.join(REASONS)}")
        if texts["reviewer"] is None:
            problem("reviewer", "a status without the reviewer's name", "give your name")
        if texts["date"] is None:
            problem("date", "a status without a date", "give the date as YYYY-MM-DD")
    elif reason is not None:
        problem("reason", "a reason without a status", "give the status you decided on")
    date = texts["date"]
    if date is not None and not DATE.match(date):
        problem("date", f"not a date: {date!r}", "write it as YYYY-MM-DD")
    vanished = data.get("vanished", False)
    if not isinstance(vanished, bool):
        problem("vanished", "not true or false", "leave the value `review update` wrote")
    if checked.found:
        problems.extend(checked.found)
        return None
    return Decision(
        requirement_id=str(requirement),
        machine_status=str(machine_status),
        machine_confidence=float(confidence or 0),
        evidence=tuple(evidence),
        evidence_sha256=str(digest),
        status=status,
        reason=reason,
        note=texts["note"],
        reviewer=texts["reviewer"],
        date=date,
        vanished=bool(vanished),
        line=line_of(node),
    )


def _word(value: Any) -> str | None:
    """A status or reason as written ("false positive", "Not-applicable") in
    its canonical form (false_positive, not_applicable); None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        return repr(value)
    return re.sub(r"[\s-]+", "_", value.strip().lower())


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value).strip()
        return text or None
    return None


# --- applying decisions --------------------------------------------------------


def unknown_requirements(
    decisions: DecisionSet, assessment: Assessment, known_ids: Collection[str] = ()
) -> tuple[Problem, ...]:
    """A problem for each decision whose requirement is neither in the
    assessment nor among `known_ids` (the checklists' requirement ids), unless
    `review update` marked it vanished (a checklist version dropped it)."""
    assessed = {f.requirement_id for f in assessment.findings}
    return tuple(
        Problem(
            decisions.path,
            d.line,
            "requirement",
            f"unknown requirement {d.requirement_id}",
            "use a requirement id of the assessment (see `lawreview standards list`)",
        )
        for d in decisions.decisions
        if d.requirement_id not in assessed and d.requirement_id not in known_ids and not d.vanished
    )


def apply_decisions(
    assessment: Assessment, decisions: DecisionSet, known_ids: Collection[str] = ()
) -> Assessment:
    """The assessment with the reviewer's decisions applied.

    Each finding with a decided entry carries a `Review`; its status becomes
    the reviewer's unless the decision is stale (the finding's evidence text no
    longer hashes to the decision's `evidence_sha256`). Findings are taken as
    the machine gave them, so applying to an already reviewed assessment
    replaces its reviews. Raises `DecisionsError` for a decision on a
    requirement that is neither assessed nor in `known_ids`."""
    problems = unknown_requirements(decisions, assessment, known_ids)
    if problems:
        raise DecisionsError(problems)
    findings = []
    for finding in assessment.findings:
        machine = machine_view(finding)
        decision = decisions.find(finding.requirement_id)
        if decision is None or not decision.decided:
            findings.append(machine)
            continue
        stale = decision.evidence_sha256 != evidence_hash(machine)
        review = Review(
            machine_status=machine.status,
            machine_confidence=machine.confidence,
            status=str(decision.status),
            reason=str(decision.reason),
            reviewer=str(decision.reviewer),
            date=str(decision.date),
            note=decision.note,
            stale=stale,
            source=f"{decisions.path}:{decision.line}",
        )
        final = machine.status if stale else review.status
        findings.append(dataclasses.replace(machine, status=final, review=review))
    return dataclasses.replace(assessment, findings=tuple(findings))


def decision_notices(reviewed: Assessment, decisions: DecisionSet) -> tuple[DecisionNotice, ...]:
    """The decisions not applied, in file order: stale ones (on the findings of
    `reviewed`, the output of `apply_decisions`), and decided ones whose
    requirement the assessment does not contain."""
    by_id = {f.requirement_id: f for f in reviewed.findings}
    notices = []
    for decision in decisions.decisions:
        if not decision.decided:
            continue
        source = f"{decisions.path}:{decision.line}"
        finding = by_id.get(decision.requirement_id)
        if finding is None:
            kind = "vanished" if decision.vanished else "not_assessed"
            notices.append(
                DecisionNotice(
                    decision.requirement_id,
                    kind,
                    f"{decision.requirement_id} is not in this assessment; "
                    f"the decision ({decision.status}) is not applied",
                    source,
                )
            )
        elif finding.review is not None and finding.review.stale:
            notices.append(
                DecisionNotice(
                    decision.requirement_id,
                    "stale",
                    f"{decision.requirement_id}: the evidence text changed since the decision "
                    f"({decision.status} by {decision.reviewer}, {decision.date}); not applied, "
                    f"the machine's {finding.status} stands. Check it, then "
                    f"`lawreview review update ... --reconfirm {decision.requirement_id}`",
                    source,
                )
            )
    return tuple(notices)


# --- updating a decision file ----------------------------------------------------


@dataclass(frozen=True)
class UpdateSummary:
    """What `update_decisions` did, by requirement id."""

    text: str
    """The updated decision file."""
    added: tuple[str, ...] = ()
    refreshed: tuple[str, ...] = ()
    """Undecided entries whose machine fields changed."""
    vanished: tuple[str, ...] = ()
    """Newly marked as no longer assessed."""
    returned: tuple[str, ...] = ()
    """Previously vanished, assessed again."""
    stale: tuple[str, ...] = ()
    """Decided entries whose evidence text changed (kept as they are)."""
    reconfirmed: tuple[str, ...] = ()


def update_decisions(
    assessment: Assessment, decisions: DecisionSet, reconfirm: Collection[str] = ()
) -> UpdateSummary:
    """The decision file brought up to date with `assessment`.

    Decided entries are kept as they are, machine fields included (they record
    what the reviewer saw), unless their requirement is in `reconfirm` ("all"
    for every one): then the machine fields are refreshed and the reviewer's
    verdict kept, so a stale decision applies again. Undecided entries get the
    new machine fields; findings without an entry are added; entries whose
    requirement is no longer assessed are kept and marked `vanished`."""
    everything = "all" in reconfirm
    unknown = sorted(set(reconfirm) - {"all"} - {d.requirement_id for d in decisions.decisions})
    if unknown:
        raise LawreviewError(
            f"--reconfirm {', '.join(unknown)}: no such entry in the decision file", decisions.path
        )
    added, refreshed, vanished, returned, stale, reconfirmed = ([] for _ in range(6))
    entries: list[tuple[Decision, Finding | None]] = []
    assessed: set[str] = set()
    for finding in (machine_view(f) for f in assessment.findings):
        assessed.add(finding.requirement_id)
        fresh = _fresh_decision(finding)
        old = decisions.find(finding.requirement_id)
        if old is None:
            added.append(fresh.requirement_id)
            entries.append((fresh, finding))
            continue
        if old.vanished:
            returned.append(old.requirement_id)
        changed = _machine_fields(old) != _machine_fields(fresh)
        if not old.decided:
            if changed:
                refreshed.append(old.requirement_id)
            new = dataclasses.replace(fresh, note=old.note)
        elif everything or old.requirement_id in reconfirm:
            if changed:
                reconfirmed.append(old.requirement_id)
            new = dataclasses.replace(
                old,
                machine_status=fresh.machine_status,
                machine_confidence=fresh.machine_confidence,
                evidence=fresh.evidence,
                evidence_sha256=fresh.evidence_sha256,
                vanished=False,
            )
        else:
            if old.evidence_sha256 != fresh.evidence_sha256:
                stale.append(old.requirement_id)
            new = dataclasses.replace(old, vanished=False)
        entries.append((new, finding))
    for old in decisions.decisions:
        if old.requirement_id in assessed:
            continue
        if not old.vanished:
            vanished.append(old.requirement_id)
        entries.append((dataclasses.replace(old, vanished=True), None))
    return UpdateSummary(
        text=_render_file(assessment, entries),
        added=tuple(added),
        refreshed=tuple(refreshed),
        vanished=tuple(vanished),
        returned=tuple(returned),
        stale=tuple(stale),
        reconfirmed=tuple(reconfirmed),
    )


def _machine_fields(decision: Decision) -> tuple[object, ...]:
    return (
        decision.machine_status,
        decision.machine_confidence,
        decision.evidence,
        decision.evidence_sha256,
    )


def write_decisions(path: str | Path, text: str) -> Path:
    """Replace the decision file at `path` with `text`, atomically, after
    copying the current file to `<path>.bak`; returns the backup's path."""
    target = Path(path)
    backup = target.with_name(target.name + ".bak")
    shutil.copy2(target, backup)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return backup
