"""Contradictions and agreements from pairwise relations, so that the pairs rule holds by construction.

Pairs rule: every pair of models that are neither evasive nor mixed is listed in exactly one of
contradictions (always two models) or agreements (two or more). A group of models that all agree with one
another is one agreement; where agreement is not transitive (overlapping number ranges: A~B, B~C, A≁C)
each agreeing pair is listed on its own, so no pair is listed twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from drafter.analysis.schema import Agreement, Contradiction


@dataclass(frozen=True)
class Relation:
    """How two models relate on one question."""

    agree: bool
    kind: str
    point: str


def pair_key(a: str, b: str) -> tuple[str, str]:
    """An order-free key for a pair of models."""
    return (a, b) if a <= b else (b, a)


def assemble(order: list[str], relations: dict[tuple[str, str], Relation],
             quotes: dict[str, str]) -> tuple[list[Contradiction], list[Agreement]]:
    """Contradictions and agreements for `relations`, models listed in `order`, each side with its quote."""
    rank = {m: i for i, m in enumerate(order)}
    contradictions = []
    for (a, b), rel in sorted(relations.items(), key=lambda kv: (rank.get(kv[0][0], 99), rank.get(kv[0][1], 99))):
        if rel.agree:
            continue
        x, y = sorted((a, b), key=lambda m: rank.get(m, 99))
        contradictions.append(Contradiction(models=[x, y], point=rel.point, kind=rel.kind,  # type: ignore[arg-type]
                                            quotes=_quotes([x, y], quotes)))
    return contradictions, _agreements(order, relations, quotes)


def _agreements(order: list[str], relations: dict[tuple[str, str], Relation],
                quotes: dict[str, str]) -> list[Agreement]:
    """One agreement per group that fully agrees; single pairs where agreement is not transitive."""
    agree = {k: r for k, r in relations.items() if r.agree}
    members = [m for m in order if any(m in k for k in agree)]
    seen: set[str] = set()
    out: list[Agreement] = []
    for m in members:
        if m in seen:
            continue
        comp = _component(m, agree, members)
        seen |= comp
        group = [x for x in order if x in comp]
        edges = [pair_key(a, b) for a, b in combinations(group, 2)]
        if all(e in agree for e in edges):
            rel = agree[edges[0]]
            out.append(Agreement(models=group, point=rel.point, kind=rel.kind,  # type: ignore[arg-type]
                                 quotes=_quotes(group, quotes)))
            continue
        for e in edges:
            if e in agree:
                pair = sorted(e, key=order.index)
                out.append(Agreement(models=pair, point=agree[e].point, kind=agree[e].kind,  # type: ignore[arg-type]
                                     quotes=_quotes(pair, quotes)))
    return out


def _component(start: str, agree: dict[tuple[str, str], Relation], members: list[str]) -> set[str]:
    """Models connected to `start` through agreeing pairs."""
    comp, todo = {start}, [start]
    while todo:
        cur = todo.pop()
        for other in members:
            if other not in comp and pair_key(cur, other) in agree:
                comp.add(other)
                todo.append(other)
    return comp


def _quotes(models: list[str], quotes: dict[str, str]) -> dict[str, str]:
    """The quote of each model that has one."""
    return {m: quotes[m] for m in models if quotes.get(m)}
