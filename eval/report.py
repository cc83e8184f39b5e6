"""Write an evaluation as latest.json, latest.md and latest.png."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from eval.harness import SHIPPED, Evaluation
from eval.questions import TYPES
from eval.retrieval import KS
from eval.stats import ratio

LABELS = {"bm25": "BM25 only", "dense": "dense only", "hybrid": "hybrid (shipped)", "peer": "peer (tutorial)"}


def headline(evaluation: Evaluation) -> dict[str, float | None]:
    """The figures the README quotes and the regression gate checks."""
    answers = evaluation.answer_summary
    ours = evaluation.retrieval_summary[SHIPPED]
    peer = evaluation.retrieval_summary["peer"]
    return {
        "key_fact_accuracy": answers.key_fact_accuracy,
        "overall_accuracy": answers.overall_accuracy,
        "right_document_rate": answers.right_document_rate,
        "quote_fidelity": answers.quote_fidelity,
        "number_fidelity": answers.number_fidelity,
        "refusal_precision": answers.refusal_precision,
        "refusal_recall": answers.refusal_recall,
        "false_refusal_rate": answers.false_refusal_rate,
        "follow_up_accuracy": answers.follow_up_accuracy,
        "median_words": answers.median_words,
        "answer_latency_p50": answers.latency_p50,
        "answer_latency_p95": answers.latency_p95,
        "evidence_recall@5": ours.evidence_recall[5],
        "document_hit@5": ours.document_hit[5],
        "mrr": ours.mrr,
        "peer_evidence_recall@5": peer.evidence_recall[5],
        "peer_document_hit@5": peer.document_hit[5],
        "peer_mrr": peer.mrr,
        "peer_latency_p50": peer.latency_p50,
        "ratio_evidence_recall@5": ratio(ours.evidence_recall[5], peer.evidence_recall[5]),
        "ratio_document_hit@5": ratio(ours.document_hit[5], peer.document_hit[5]),
        "ratio_mrr": ratio(ours.mrr, peer.mrr),
        "ratio_retrieval_latency_p50": ratio(ours.latency_p50, peer.latency_p50),
    }


def per_type(evaluation: Evaluation) -> dict[str, dict[str, float | int | None]]:
    ours = evaluation.retrieval_summary[SHIPPED].by_type
    peer = evaluation.retrieval_summary["peer"].by_type
    rows: dict[str, dict[str, float | int | None]] = {}
    for qtype in TYPES:
        count = sum(q.type == qtype for q in evaluation.questions)
        if not count:
            continue
        rows[qtype] = {
            "questions": count,
            "answer_accuracy": evaluation.answer_summary.by_type.get(qtype),
            "evidence_recall@5": ours.get(qtype, {}).get("evidence_recall@5"),
            "peer_evidence_recall@5": peer.get(qtype, {}).get("evidence_recall@5"),
        }
    return rows


def failures(evaluation: Evaluation) -> list[dict[str, object]]:
    by_id = {q.id: q for q in evaluation.questions}
    rows = []
    for score in evaluation.answers:
        problems: list[str] = []
        if score.error:
            problems.append(f"error: {score.error}")
        elif not score.answerable and score.answered:
            problems.append("answered, but the plans are silent")
        elif score.answerable and not score.answered:
            problems.append("refused")
        elif score.missing:
            problems.append("missing: " + "; ".join(score.missing))
        if score.right_document is False:
            problems.append("did not cite " + ", ".join(by_id[score.question_id].documents))
        if score.verbatim_quotes < score.quotes:
            problems.append(f"{score.quotes - score.verbatim_quotes} quote(s) not verbatim")
        if score.unsupported_numbers:
            problems.append("numbers not in a cited quote: " + ", ".join(score.unsupported_numbers))
        if problems:
            rows.append(
                {
                    "id": score.question_id,
                    "type": score.qtype,
                    "question": " / ".join(by_id[score.question_id].turns),
                    "problems": problems,
                }
            )
    return rows


def to_json(evaluation: Evaluation) -> dict[str, object]:
    return {
        "meta": evaluation.meta,
        "headline": headline(evaluation),
        "answers": asdict(evaluation.answer_summary),
        "retrieval": {name: asdict(summary) for name, summary in evaluation.retrieval_summary.items()},
        "per_type": per_type(evaluation),
        "failures": failures(evaluation),
        "questions": [asdict(score) for score in evaluation.answers],
    }


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _num(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{1000 * value:.0f} ms"


def to_markdown(evaluation: Evaluation, chart: str | None) -> str:
    meta = evaluation.meta
    head = headline(evaluation)
    answers = evaluation.answer_summary
    ours = evaluation.retrieval_summary[SHIPPED]
    peer = evaluation.retrieval_summary["peer"]
    lines = [
        "# Evaluation report",
        "",
        f"{meta['questions']} questions from `{meta['question_file']}`, run {meta['date']}"
        f" (plan-assistant {meta['version']}, commit {meta['commit'] or 'unknown'});"
        f" index: {meta['documents']} documents, {meta['chunks']} chunks.",
        "Answers were asked over HTTP through the app, each conversation turn by turn.",
        "",
        "## Headline",
        "",
        "| measure | ours | peer | ours / peer |",
        "| --- | --- | --- | --- |",
        f"| evidence recall@5 | {_pct(ours.evidence_recall[5])} | {_pct(peer.evidence_recall[5])} |"
        f" {_num(head['ratio_evidence_recall@5'], 2)} |",
        f"| document hit@5 | {_pct(ours.document_hit[5])} | {_pct(peer.document_hit[5])} |"
        f" {_num(head['ratio_document_hit@5'], 2)} |",
        f"| MRR | {_num(ours.mrr)} | {_num(peer.mrr)} | {_num(head['ratio_mrr'], 2)} |",
        f"| retrieval latency p50 / p95 | {_ms(ours.latency_p50)} / {_ms(ours.latency_p95)} |"
        f" {_ms(peer.latency_p50)} / {_ms(peer.latency_p95)} | {_num(head['ratio_retrieval_latency_p50'], 2)} |",
        f"| key-fact accuracy (answerable) | {_pct(answers.key_fact_accuracy)} | no answerer | |",
        f"| right-document citation rate | {_pct(answers.right_document_rate)} | | |",
        f"| quote fidelity | {_pct(answers.quote_fidelity)} | | |",
        f"| number fidelity | {_pct(answers.number_fidelity)} | | |",
        f"| refusal precision / recall | {_pct(answers.refusal_precision)} / {_pct(answers.refusal_recall)} |"
        " never refuses | |",
        f"| false refusals (answerable) | {_pct(answers.false_refusal_rate)} | | |",
        f"| follow-up accuracy | {_pct(answers.follow_up_accuracy)} | | |",
        f"| median answer (words) | {answers.median_words if answers.median_words is not None else '–'} | | |",
        f"| all questions correct | {_pct(answers.overall_accuracy)} | | |",
        f"| answer latency p50 / p95 (per turn, HTTP) | {_ms(answers.latency_p50)} / {_ms(answers.latency_p95)} | | |",
        "",
        "The peer is the LangChain tutorial pipeline: "
        f"{meta['peer']['splitter']}, {meta['peer']['store']}, the same embedding model,"  # type: ignore[index]
        f" top {meta['peer']['top_k']} passages ({meta['peer']['chunks']} chunks)."  # type: ignore[index]
        " It has no answerer offline, so its retrieval is compared; its evidence recall@5 is the most"
        " any reader of its passages could get right.",
        "",
        "## Definitions",
        "",
        "- **Evidence recall@k**: every key fact (one of its phrasings, as whole words) is in the top k passages"
        " taken from the documents the question names. **Document hit@k**: every named document is in the top k."
        " **MRR**: mean of 1/rank of the first passage from a named document holding a key fact (0 beyond 8)."
        " Scored on single-turn answerable questions.",
        "- **Key-fact accuracy**: the answer (last turn) is given and contains every key fact.",
        "- **Right-document citation rate**: answered questions that cite a named document (every named document"
        " for comparisons).",
        "- **Quote fidelity**: citations whose quote is word for word in the passage its `chunk_id` names.",
        "- **Number fidelity**: answers in which every number appears in a cited quote or a cited plan's title.",
        "- **Refusals**: precision and recall of `answered=false` for the unanswerable questions; false refusals"
        " are answerable questions refused.",
        "",
        "## Retrieval by mode",
        "",
        "| mode | " + " | ".join(f"evidence@{k}" for k in KS) + " | doc hit@5 | MRR | p50 |",
        "| --- | " + " | ".join("---" for _ in KS) + " | --- | --- | --- |",
    ]
    for name, summary in evaluation.retrieval_summary.items():
        lines.append(
            f"| {LABELS.get(name, name)} | "
            + " | ".join(_pct(summary.evidence_recall[k]) for k in KS)
            + f" | {_pct(summary.document_hit[5])} | {_num(summary.mrr)} | {_ms(summary.latency_p50)} |"
        )
    lines += [
        "",
        f"{ours.questions} single-turn answerable questions.",
        "",
        "## By question type",
        "",
        "| type | questions | answer accuracy | evidence recall@5 | peer evidence recall@5 |",
        "| --- | --- | --- | --- | --- |",
    ]
    for qtype, row in per_type(evaluation).items():
        lines.append(
            f"| {qtype} | {row['questions']} | {_pct(row['answer_accuracy'])} |"
            f" {_pct(row['evidence_recall@5'])} | {_pct(row['peer_evidence_recall@5'])} |"
        )
    lines += ["", "Unanswerable: answer accuracy is the share refused. Follow-ups are not scored for retrieval."]
    if chart:
        lines += ["", f"![Per-type accuracy, ours against the peer]({chart})"]
    failed = failures(evaluation)
    lines += ["", f"## Questions with problems ({len(failed)})", ""]
    if failed:
        lines += ["| id | type | question | problems |", "| --- | --- | --- | --- |"]
        for row in failed:
            question = str(row["question"]).replace("|", "/")
            problems = "; ".join(row["problems"]).replace("|", "/")  # type: ignore[arg-type]
            lines.append(f"| {row['id']} | {row['type']} | {question} | {problems} |")
    return "\n".join(lines) + "\n"


def write_chart(evaluation: Evaluation, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = per_type(evaluation)
    names = list(rows)
    series = [
        ("ours: answer accuracy", "answer_accuracy", "#1b6ca8"),
        ("ours: evidence recall@5", "evidence_recall@5", "#7fb3d5"),
        ("peer: evidence recall@5", "peer_evidence_recall@5", "#e07b39"),
    ]
    width = 0.27
    figure, axes = plt.subplots(figsize=(11, 4.8), dpi=110)
    for offset, (label, key, colour) in enumerate(series):
        values = [rows[name][key] for name in names]
        xs = [i + (offset - 1) * width for i in range(len(names))]
        axes.bar(xs, [100 * v if v is not None else 0 for v in values], width, label=label, color=colour)
        for x, value in zip(xs, values, strict=True):
            if value is None:
                axes.text(x, 1, "n/a", ha="center", va="bottom", fontsize=7, rotation=90)
    axes.set_xticks(range(len(names)), [n.replace("_", " ") for n in names], rotation=20, ha="right")
    axes.set_ylabel("% of questions")
    axes.set_ylim(0, 105)
    axes.set_title("Per question type: our answers and retrieval against the tutorial pipeline's retrieval")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=3, frameon=False)
    axes.grid(axis="y", alpha=0.3)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def write_report(evaluation: Evaluation, out_dir: Path, stem: str = "latest") -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"json": out_dir / f"{stem}.json", "md": out_dir / f"{stem}.md", "png": out_dir / f"{stem}.png"}
    write_chart(evaluation, paths["png"])
    paths["json"].write_text(json.dumps(to_json(evaluation), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths["md"].write_text(to_markdown(evaluation, paths["png"].name), encoding="utf-8")
    return paths
