"""The LK-* and EV-* rules, read off the events of one interpretation pass."""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from .interp import (EMPTY, FIT_STYLE, NIXTLA_MODELS, SELECTION_CV, SM_SERIES_MODELS, UNDERSAMPLERS, VALIDATION,
                     Const, Est, Eval, FitRec, Infl, Interpreter, LoopConst, Split, _excluded, _learned_cats,
                     is_detector, rows_overlap, rows_within, separator)
from .types import Context

# without a declared time column, a row filter on a column named like a period is read as a cut on time
TIME_LIKE = re.compile(r"(?:^|_)(?:season|year|yr|date|month|week|day|period|quarter|time|timestamp|ts|dt)s?(?:$|_)",
                       re.I)

# parts of a date that repeat (the month of the year, the day of the week), and durations (days since signup):
# a filter on them is no cut on time
CYCLIC_TIME = re.compile(r"of_?(?:week|year|month|day)|dow|weekday|hour|minute|weekend|holiday|is_|since|until|"
                         r"_to_|tenure|age|count|num_|^n_", re.I)

PERSON = re.compile(r"(?:^|_| )(?:patient|customer|client|member|subscriber|borrower|applicant|student|employee|"
                    r"user|player|participant|subject|volunteer|speaker|buyer|visitor)s?(?:$|_| |id)", re.I)

KIND_WORD = {
    "random": "a shuffled split",
    "kfold": "k-fold cross-validation",
    "group": "a split on group ids alone",
    "mask": "a row filter",
}


# one table in parts, or the code's own outputs read back
_SPLIT_FILE = re.compile(r"(?:^|[_\-.])(?:train|test|valid|val|validation|holdout|dev|sample_submission|submission|"
                         r"predictions?|preds|oof|output|results?)(?:$|[_\-.\d])", re.I)


def _file_stem(path) -> str:
    """A data file's name without its folder and extensions: data/Train.csv.gz -> train."""
    stem = re.sub(r"\.(?:csv|parquet|feather|pkl|pickle|xlsx?|json|tsv|txt|gz|zip)$", "",
                  str(path).replace("\\", "/").rsplit("/", 1)[-1].lower())
    return re.sub(r"\.(?:csv|parquet|tsv|json)$", "", stem)


def _several_tables(paths) -> bool:
    """The data comes as several tables (customers.csv, transactions.csv, snapshots.csv), not one table in
    parts (train.csv, test.csv)."""
    stems, parts = set(), False
    for path in paths:
        stem = _file_stem(path)
        if _SPLIT_FILE.search(stem):
            parts = True
        elif stem:
            stems.add(stem)
    return len(stems) + parts >= 2


@dataclass(frozen=True)
class RawFinding:
    code: str
    line: int
    message: str
    inferred: bool = False


class Rules:
    def __init__(self, interp: Interpreter, context: Context):
        # the interpretation pass is over: the splits, the roles of named parts and the loops over rows are frozen
        # (and the time columns below are set once), so the cuts a path implies, the role of a set of rows and
        # whether two sets of rows overlap, each worked out once, stay true
        interp.freeze_splits()
        self.it = interp
        self.ctx = context
        self._implied: dict[tuple, tuple] = {}
        # cuts at a loop's counter (m < origin, m.isin([origin, origin + 1])): compared by their offsets
        self._symbolic_cuts = any(type(sp.cut_at) is tuple or (sp.values and type(sp.values[0]) is tuple)
                                  for sp in interp.splits.values())
        self._roles: dict[frozenset, str | None] = {}
        self._overlaps: dict[tuple[frozenset, frozenset], bool] = {}
        self.out: dict[tuple[str, int], RawFinding] = {}
        self._held: list[Eval] = []
        if context.is_empty:
            self.time_cols = frozenset(interp.time_cols)
            self.group_cols = set(interp.group_cols)
            self.inferred = True
        else:
            self.time_cols = frozenset({context.time_column} if context.time_column else ())
            self.group_cols = {context.group_column} if context.group_column else set()
            self.inferred = False
        if context.target:
            self.targets = {context.target}
        else:
            self.targets = set()
            for fit in interp.fits:
                self.targets |= set(fit.ydeps)
            self.targets.discard("__label__")
        self.leaky = set(context.leaky_columns)  # columns known only after the outcome

    # ------------------------------------------------------------------ helpers
    def add(self, code: str, line: int, message: str, inferred: bool = False):
        key = (code, line)
        if key not in self.out:
            self.out[key] = RawFinding(code, line, message, inferred)

    def role(self, rows) -> str | None:
        if rows not in self._roles:
            self._roles[rows] = self._role(rows)
        return self._roles[rows]

    def _role(self, rows) -> str | None:
        roles = set()
        for origin, path in rows:
            if (named := self.it.path_roles.get((origin, path))) is not None and path and not any(
                    (sp := self.it.splits.get(sid)) is not None and sp.is_cv for sid, _side in path):
                if named == "test" and any(self._training_side(s, sd) for s, sd in path[:-1]):
                    named = "val"  # held out from the training part of another split: a validation part
                roles.add(named)  # the rows a variable named for its role holds
                continue
            # the last split on the path that names a part (a filter after it, such as dropping the
            # customers seen in training, keeps the part what it was)
            for at in range(len(path) - 1, -1, -1):
                sid, side = path[at]
                split = self.it.splits.get(sid)
                if split is None:
                    continue
                if split.is_cv:
                    roles.add("fold")
                    break
                role = split.roles.get(side)
                if role is None and (role := split.defaults.get(side)) is not None and (swapped := next((
                        split.defaults.get(s) for s, r in split.roles.items() if s != side and r == role), None)):
                    # ids.sample(frac=0.2) named the holdout (`is_hold = isin(ids)`): the other side, by default
                    # the held-out one, is what remains for training
                    role = swapped
                if role == "test" and any(self._training_side(s, sd) or self._development_side(s, sd)
                                          for s, sd in path[:at]):
                    role = "val"  # held out from the training part of another split: a validation part
                if role:
                    roles.add(role)
                    break
        if "test" in roles:
            return "test"
        if "val" in roles:
            return "val"
        if "fold" in roles:
            return "fold"
        return roles.pop() if roles else None

    def resolve(self, infl: Infl, on_eval_side: bool) -> tuple[str | None, bool]:
        code = infl.code
        if code == "PREP":
            return "LK-PREP", False
        if code == "TARGET-STAT":
            return "LK-TARGET-STAT", False
        if code == "SELECT":
            if infl.tag == "corr" or (self.ctx.target and infl.deps - {"__label__"}):
                # importances of a model fitted against another label (train versus test rows) select on no target
                return ("LK-SELECT", False) if infl.deps & self.targets else (None, False)
            return "LK-SELECT", False
        if code == "RESAMPLE":
            # on the evaluated side, a bootstrap of the rows for an interval is no leak; copies of one class
            # (rows filtered on the label, then drawn again) are oversampling of evaluation rows
            if on_eval_side and infl.tag != "est" and not (infl.tag == "bootstrap" and infl.deps & self.targets):
                return None, False
            return "LK-RESAMPLE", False
        if code == "TEMPORAL":
            return ("LK-TEMPORAL", self.inferred) if self.time_cols else (None, False)
        if code == "STAT":
            if infl.deps & self.targets:
                return "LK-TARGET-STAT", False
            # a statistic of a declared leaky column: LK-FEATURE's finding (rows counted per customer over the
            # whole timeline, `snapshot_id.transform("count")`, hold later months: a temporal aggregate)
            if infl.deps and self.leaky and infl.deps <= self.leaky | {self.ctx.group_column, self.ctx.id_column} \
                    and (infl.deps & self.leaky or not self.time_cols):
                return None, False
            if self.ctx.id_column and infl.tag in ("group", "groupsrc", "col") \
                    and str(infl.desc).startswith(f"per-{self.ctx.id_column} "):
                return None, False  # aggregated per row id (a stay's own lab results): nothing from other rows
            if infl.tag == "timegroup":
                return None, False  # a cross-section at each point in time (ranks or z-scores within a date)
            if infl.tag in ("group", "groupsrc"):
                if self.time_cols:
                    return "LK-TEMPORAL", self.inferred
                if "aggregates of another table" in str(infl.desc):
                    return None, False  # each row's own records of a side table: no other row's values
                return ("LK-PREP", False) if self.ctx.target and not self._per_entity(infl) else (None, False)
            if infl.tag == "col":
                return "LK-PREP", False
            return None, False
        if code == "TEST-CHOICE":
            return "LK-TEST-REUSE", False
        return None, False

    def _training_side(self, sid, side) -> bool:
        """The training side of a CV fold or of a holdout."""
        split = self.it.splits.get(sid)
        # (a row filter's side named for training, `train_series = load[load.index < cut]`, is one too)
        return split is not None and (
            (side == "train" and (split.is_cv or (split.roles.get(side) or split.defaults.get(side)) == "train"))
            or (split.kind == "mask" and split.roles.get(side) == "train"))

    def _development_side(self, sid, side) -> bool:
        """`dev`: the development part held apart from the test part (then split again into fit and validation)."""
        split = self.it.splits.get(sid)
        return split is not None and side == "train" and split.roles.get(side) == "val" \
            and bool(DEV_NAME.search(split.names.get(side) or ""))

    def _carved_from_training(self, rows) -> bool:
        """Every path of the rows first crosses a split on its training side (a CV fold's or a holdout's): a
        part held out from training rows only (an early-stopping slice inside each fold)."""
        return bool(rows) and all(any(self._training_side(sid, side) for sid, side in path[:-1])
                                  for _o, path in rows)

    def _within_training_part(self, fitted, evaluated) -> bool:
        """The evaluated rows were split off a training part (a holdout's or a fold's) that holds every row the
        step was fitted on: a validation part carved from the rows the step may see."""
        return bool(evaluated) and bool(fitted) and all(
            any(self._training_side(sid, side) and rows_within(fitted, frozenset({(o, path[:at + 1])}))
                for at, (sid, side) in enumerate(path[:-1]))
            for o, path in evaluated)

    def _per_entity(self, infl: Infl) -> bool:
        """A statistic per declared entity (or per row id): rows of other entities do not enter it."""
        return any(str(infl.desc).startswith(f"per-{k} ") or f".groupby({k!r}" in str(infl.desc)
                   for k in (self.ctx.group_column, self.ctx.id_column) if k)

    def eval_split(self, e: Eval) -> Split | None:
        if e.cv_split is not None:
            return e.cv_split
        if e.fitrec is None:
            return None
        sid = separator(e.fitrec.rows, e.rows)
        if sid is None:
            sid = self._later_cut(e.fitrec.rows, e.rows)
        if sid is None and self._symbolic_cuts:
            # m < origin for the fit, m.isin([origin, origin + 1]) for the scored rows: above that cut
            sid = next((seps[0].sid for o1, p1 in sorted(e.fitrec.rows) for o2, p2 in sorted(e.rows)
                        if o1 == o2 and (seps := self._separators(p1, p2))), None)
        return self.it.splits.get(sid) if sid is not None else None

    def _later_cut(self, fit_rows, eval_rows) -> int | None:
        for o1, p1 in fit_rows:
            for o2, p2 in eval_rows:
                if o1 == o2 and (sid := self._later_cut_on(p1, p2)) is not None:
                    return sid
        return None

    def _later_cut_on(self, fit_path, eval_path) -> int | None:
        """Fitted below one cut on a time column and scored above another (`month < valid_start`, then
        `month >= test_start`, both computed): the evaluated side's cut separates them."""
        lows = {sp.deps for sid, side in fit_path if side == "lo" and (sp := self.it.splits.get(sid)) is not None
                and sp.kind == "mask" and sp.deps and sp.deps <= self.time_cols}
        for sid, side in eval_path if lows else ():
            sp = self.it.splits.get(sid)
            if side == "hi" and sp is not None and sp.kind == "mask" and sp.deps in lows \
                    and (sid, "lo") not in fit_path:
                return sid
        return None

    def _time_window_reaches_scored_rows(self, e: Eval) -> bool:
        """Fitted and scored rows are both cut out by filters on the time column alone, different ones, and the
        scored rows are among the fitted ones (a training window that ends where the scored period ends)."""
        if e.fitrec is None or not e.rows or not e.fitrec.rows or e.rows == e.fitrec.rows or not self.time_cols:
            return False
        def on_time(sp):
            return sp is not None and sp.kind == "mask" and sp.deps and sp.deps <= self.time_cols

        # (a filter on another column both parts passed, `hist = full[full[TARGET].notna()]`, is no part of
        # either window)
        common = set.intersection(*(set(path) for rows in (e.rows, e.fitrec.rows) for _o, path in rows))
        for rows in (e.rows, e.fitrec.rows):
            for _o, path in rows:
                splits = [sp for sid, side in path
                          if (sp := self.it.splits.get(sid)) is None or on_time(sp) or (sid, side) not in common]
                if not splits or not all(on_time(sp) for sp in splits):
                    return False
        if not self._overlap(e.rows, e.fitrec.rows):
            return False
        for _o1, fit_path in e.fitrec.rows:
            for _o2, eval_path in e.rows:
                fit_span, eval_span = self._span(fit_path), self._span(eval_path)
                if fit_span is not None and eval_span is not None:
                    # month.between(1, 10) against month.between(3, 12): the periods, compared
                    (lo_f, hi_f), (lo_e, hi_e) = fit_span, eval_span
                    if (lo_e is None or hi_f is None or lo_e < hi_f) and (lo_f is None or hi_e is None or lo_f < hi_e):
                        return True
                elif any(side == "lo" for _sid, side in set(fit_path) & set(eval_path)):
                    # `t < week_end` on both sides: the window fitted and the one scored end at the same point
                    return True
        return False

    def _span(self, path) -> tuple | None:
        """The stretch of time a path of cuts with literal bounds keeps (low, high; None: open); None when some
        bound is not a literal, or the bounds are not of one kind."""
        lo = hi = None
        kinds = set()
        for sid, side in path:
            at = self.it.splits[sid].cut_at
            if at is None or side not in ("lo", "hi"):
                return None
            kinds.add(type(at) if not isinstance(at, (int, float)) else float)
            if side == "hi":
                lo = at if lo is None else max(lo, at)
            else:
                hi = at if hi is None else min(hi, at)
        return (lo, hi) if len(kinds) == 1 else None

    def held_out(self, e: Eval) -> bool:
        if e.cv_split is not None:
            return True
        if e.fitrec is None or not e.rows or not e.fitrec.rows:
            return False
        # (rows of some values of a column scored after a fit on rows picked by other filters, as a walk-forward
        # loop does, `month.isin(months[i - 3:i])` then `month == months[i]`: held out, the analysis cannot line
        # the two filters up)
        return not self._overlap(e.fitrec.rows, e.rows) or (
            e.metric != VALIDATION and self._filtered_apart(e.fitrec.rows, e.rows))

    def _overlap(self, a, b) -> bool:
        if (a, b) not in self._overlaps:
            self._overlaps[(a, b)] = self._overlapping(a, b)
        return self._overlaps[(a, b)]

    def _overlapping(self, a, b) -> bool:
        if not rows_overlap(a, b):
            return False
        a = frozenset(r for r in a if not self._empty_path(r[1]))
        b = frozenset(r for r in b if not self._empty_path(r[1]))
        if not rows_overlap(a, b):
            return False  # the shared rows are below one cut and above another at the same point: none
        # fitted before one date and scored from another on (`date < q0 - embargo`, `date >= q0`)
        pairs = [(p1, p2) for o1, p1 in a for o2, p2 in b if o1 == o2]
        # (or kept apart by the cuts their filters imply: `is_tr | is_va` against `month >= "2024-08-01"`)
        return not (pairs and all(self._cut_apart(p1, p2) or self._implied_apart(p1, p2) for p1, p2 in pairs))

    def _implied_apart(self, p1, p2) -> bool:
        if self._entity_spans_apart(p1, p2) or self._entity_spans_apart(p2, p1):
            return True
        sides = dict(self._with_implied_cuts(p1) + self._after_first_dates(p1))
        return any(sides.get(sid) not in (None, side) for sid, side in self._with_implied_cuts(p2)
                   + self._after_first_dates(p2)
                   if (sp := self.it.splits.get(sid)) is not None and sp.kind == "mask" and sp.cut_at is not None)

    def _entity_spans_apart(self, early, late) -> bool:
        """`span["max"] < cut` on one side, `span["min"] >= cut` on the other: entities whose last time is before a
        cut and entities whose first time is at or after it share no time."""
        for sid1, side1 in early:
            sp1 = self.it.splits.get(sid1)
            if side1 != "lo" or sp1 is None or sp1.last_of is None or sp1.cut_inclusive is None:
                continue
            for sid2, side2 in late:
                sp2 = self.it.splits.get(sid2)
                if side2 != "hi" or sp2 is None or sp2.first_of != sp1.last_of or sp2.cut_inclusive is None:
                    continue
                a1, a2 = sp1.cut_at, sp2.cut_at
                if a1 is None and a2 is None and sp1.cut_name is not None and sp1.cut_name == sp2.cut_name:
                    a1 = a2 = 0  # `last < q0` and `first >= q0` in one pass of a loop over cuts
                elif a1 is None or type(a1) is not type(a2) or type(a1) is tuple:
                    continue
                if _same_side_of("lo", a1, sp1.cut_inclusive, a2, sp2.cut_inclusive):
                    return True  # (below the later cut: none of them on its high side)
        return False

    def _after_first_dates(self, path) -> tuple:
        """`first_month >= "2023-01-01"`: the rows of entities first seen at or after the cut, every one of them on
        the high side of a cut on the month itself at or before it (a time apart, not a split of the entities)."""
        extra = []
        for sid, side in path:
            sp = self.it.splits.get(sid)
            if sp is None or sp.cut_at is None or sp.cut_inclusive is None:
                continue
            col = sp.first_of if side == "hi" else sp.last_of if side == "lo" else None
            if col is None:
                continue
            # (`last_time < cut`: the rows of entities last seen before the cut, every one of them below it)
            a, incl_a = sp.cut_at, sp.cut_inclusive
            for other in self.it.splits.values():
                b, incl_b = other.cut_at, other.cut_inclusive
                if other is sp or other.kind != "mask" or other.deps != {col} or incl_b is None \
                        or type(a) is not type(b) or type(a) is tuple or any(o == other.sid for o, _s in path):
                    continue
                if _same_side_of(side, a, incl_a, b, incl_b):
                    extra.append((other.sid, side))
        return tuple(extra)

    # ------------------------------------------------------------------ rules
    def run(self) -> list[RawFinding]:
        real_fits = [f for f in self.it.fits if f.est.cat != "dummy"]
        # an anomaly detector whose flags are scored against the labels is the model evaluated
        for fitrec in {id(e.fitrec): e.fitrec for e in self.it.evals if e.est is not None and e.fitrec is not None
                       and is_detector(e.est)}.values():
            if not any(f is fitrec for f in real_fits):
                real_fits.append(fitrec)
        held = self._held = [e for e in self.it.evals if self.held_out(e)]
        # strings that speak of a baseline, but not those naming the label (a target called beat_baseline)
        labels = self.targets.union(*(f.ycols for f in self.it.fits))
        # nor those naming a feature the models are fitted on (a `prior_score` column is no prior)
        features = frozenset().union(*(f.cols[1] for f in self.it.fits if f.cols[0] in ("only", "some")))
        # nor the columns those features are computed from (`log1p(baseline_units_8w)`), nor a model formula
        features = features.union(*(deps for f in self.it.fits for deps in f.coldeps.values()))
        self._baseline_statements = {line for line, text in self.it.baseline_strings
                                     if text not in labels and text not in features and "~" not in text}
        self._test_scored = any(self.role(e.rows) == "test" for e in held)
        for e in held:
            if (e.est is not None and e.est.cat == "dummy") or e.metric == VALIDATION:
                continue  # the scores on an eval_set during training: only whether it is the test set counts
            if not e.split_only:
                self.influences(e)
            self.split_rules(e)
        self.test_reuse(held)
        self.choice_on_part_of_reported(held)
        self.refit_steps()
        self.features(real_fits)
        self.ev_rules(real_fits, held)
        return sorted(self.out.values(), key=lambda f: (f.line, f.code))

    def _rows_left_out_used(self, infl: Infl) -> bool:
        """The rows a `.sample(frac=)` left out are fitted or scored somewhere."""
        sids = {path[-1][0] for _o, path in infl.rows if path}
        used = [rows for e in self.it.evals for rows in (e.rows, e.fitrec.rows if e.fitrec else EMPTY)]
        used += [f.rows for f in self.it.fits]
        return any((sid, side) in path for rows in used for _o, path in rows for sid in sids
                   for side in ("out", "test"))

    def _filtered_apart(self, fitted, scored) -> bool:
        """The scored rows are those of some values of a column (`month == months[i]`, `.isin(...)`), the fitted
        rows picked by filters of their own (`month.isin(months[i - 3:i])`), no filter shared: two slices the
        analysis cannot line up."""
        if not all(path for _o, path in fitted) or not all(path for _o, path in scored):
            return False
        one_value = all(any((side.startswith("=") or side == "in") and (sp := self.it.splits.get(sid)) is not None
                            and sp.kind == "mask" for sid, side in path) for _o, path in scored)
        return one_value and not any(dict(p1).keys() & dict(p2).keys() for _o, p1 in fitted for _o2, p2 in scored)

    def _made_in_loop(self, rows, lid: int) -> bool:
        """Some split the rows went through was made inside this loop (a part cut anew on each pass)."""
        return any(lid in self.it.splits[sid].loops for _o, path in rows for sid, _side in path
                   if sid in self.it.splits)

    def refit_steps(self):
        """`pipe.fit(X, y)` on every row after the split, then `pipe.predict(X_test)`: the pipeline's scaler,
        encoder or selector learned from the test rows it is scored on."""
        for e in self.it.evals:
            if e.est is None or e.est.cat != "pipeline" or e.fitrec is None or e.cv_split is not None \
                    or not e.rows or self.role(e.rows) != "test" or not _fitted_on_every_row(e, self._held):
                continue
            learned = _learned_cats(e.est)
            for cat, code, what in (("transformer", "LK-PREP", "its preprocessing steps"),
                                    ("target_encoder", "LK-TARGET-STAT", "its target encoding"),
                                    ("selector", "LK-SELECT", "its feature selection")):
                if cat in learned:
                    self.add(code, e.fitrec.line,
                             f"{e.est.cls} fitted on every row (line {e.fitrec.line}), the test part included, "
                             f"then scored on the test part at line {e.line}: {what} learned from the rows scored")

    def influences(self, e: Eval):
        if e.fitrec is not None and e.fitrec.ydeps and e.fitrec.ydeps <= self.it.origin_markers:
            return  # adversarial validation: a model told train rows from test rows, no model of the task
        split = self.eval_split(e)
        where = split.what if split is not None else "the held-out rows"
        self._split_line = split.line if split is not None else None
        sides = [(i, False) for i in (e.fitrec.infl if e.fitrec else EMPTY)] + [(i, True) for i in e.infl]
        sides = [(i, side) for i, side in sides if i.rows and self._overlap(i.rows, e.rows)
                 and not self._filtered_apart(i.rows, e.rows)]
        if e.fitrec is not None and e.fitrec.ycols:
            # what built the label column (a forward window of failures) is not something the features hold
            sides = [(i, side) for i, side in sides if not (i.col and i.col in e.fitrec.ycols)]
        # one message per (code, line): take the first in a fixed order, not in set order
        sides.sort(key=lambda pair: (pair[0].line, pair[0].code, pair[0].tag, str(pair[0].desc), pair[1]))
        role = self.role(e.rows)
        # `claims.sum() / exposure.sum()`: a statistic of a column beside one of the label in the same expression
        # is part of that target statistic, not a scaling of its own
        target_lines = {i.line for i, side in sides if i.code == "STAT" and i.tag in ("col", "group", "groupsrc")
                        and self.resolve(i, side)[0] == "LK-TARGET-STAT"}
        for infl, eval_side in sides:
            if infl.tag == "downsample" and self._rows_left_out_used(infl):
                continue  # pos.sample(frac=0.8) and pos.drop(...): a split made class by class
            if infl.code == "SELECT" and infl.deps and infl.deps <= self.it.origin_markers:
                continue  # features kept by how well they tell train rows from test rows (adversarial validation)
            if infl.code == "TEST-CHOICE" and infl.tag == "features" and not rows_within(infl.rows, e.rows) \
                    and any(i.code == "SELECT" and i.line == infl.line for i, _s in sides):
                continue  # importances over every row, training rows too: LK-SELECT's finding, no test-set pick
            code, inferred = self.resolve(infl, eval_side)
            if code is None or (code == "LK-PREP" and infl.code == "STAT" and infl.line in target_lines):
                continue
            if code == "LK-TARGET-STAT" and eval_side and infl.code == "STAT" and infl.tag == "col" \
                    and e.fitrec is not None and infl not in e.fitrec.infl:
                # p / (1 - p) * rate / (1 - rate), rate = df[y].mean(): one number of the label rescales the
                # model's scores after it predicted; no feature the model learned from holds it
                continue
            chosen_apart = role in ("val", "fold", "train") and (role != "val" or self._test_scored)
            if chosen_apart and (code == "LK-TEST-REUSE" or (
                    code == "LK-SELECT" and role == "val" and rows_within(infl.rows, e.rows))):
                # a setting chosen on validation rows and reported there is no use of the test set, when a test
                # set is scored apart; a split named "eval" that is the only one held out is the test set; so is
                # a feature set chosen on the validation part alone (importances there) and compared there
                continue
            if infl.code == "STAT" and infl.tag == "window" and e.fitrec is not None and e.fitrec.ylead and any(
                    i.code == "TEMPORAL" and i.tag == "window" and i.line == infl.line for i, _s in sides):
                # close.rolling(20).mean() with the label close.shift(-1) > close: the series' past up to the
                # current row, not the outcome of the row (a later row's value)
                continue
            if infl.code == "TEMPORAL" and infl.tag == "window" and e.fitrec is not None and (
                    e.fitrec.ylead or (infl.deps and not infl.deps & (self.targets | e.fitrec.ycols | self.leaky))):
                # a trailing window up to and including the current row is known at prediction time, unless it
                # runs over the label or a column known only after the outcome (each row would see its own)
                continue
            if e.cv_split is not None and self._on_training_part(e.rows, e.cv_split.sid) \
                    and rows_within(infl.rows, e.rows) and (code != "LK-RESAMPLE" or _drops_rows_only(infl)) and (
                        code not in ("LK-TARGET-STAT", "LK-SELECT") or self._scored_later_elsewhere(e)):
                # fitted on the training part, then cross-validated there; a statistic of the label (target
                # encoding, supervised selection) over those rows still hands each fold's labels to its model,
                # which matters where that cross-validation is the last word (no test part scored after it);
                # rows over-sampled before the folds are cut put copies of training rows in every held-out fold
                # (an under-sampler only keeps fewer rows)
                continue
            if e.cv_split is None and (code != "LK-RESAMPLE" or _drops_rows_only(infl)) \
                    and self._within_training_part(infl.rows, e.rows) and any(
                        other.cv_split is None and other.rows and not rows_overlap(other.rows, e.rows)
                        for other in self._held):
                continue  # the same, for a validation part split off the training part (a test part scored later)
            self.add(code, infl.line, self.message(code, infl, e, where), inferred)
            if code == "LK-TARGET-STAT" and (infl.code == "STAT" and infl.tag in ("group", "groupsrc", "nbr")
                                              or infl.code == "TARGET-STAT") and self.time_cols:
                # a per-group statistic over the whole timeline (a groupby mean of the label, a target encoder,
                # the labels of the nearest rows) also carries later rows' outcomes
                self.add("LK-TEMPORAL", infl.line, self.message("LK-TEMPORAL", infl, e, where), self.inferred)

    def message(self, code: str, infl: Infl, e: Eval, where: str) -> str:
        scored = f"scored at line {e.line}"
        if code == "LK-PREP":
            if self._split_line is not None and self._split_line > infl.line:
                return (f"{infl.desc} (line {infl.line}) before {where}: the evaluation rows scored at line "
                        f"{e.line} shape the transformation the model sees")
            return (f"{infl.desc} (line {infl.line}) covers the evaluation rows of {where}, {scored}: "
                    f"they shape the transformation the model sees")
        if code == "LK-TARGET-STAT":
            return (f"target statistic {infl.desc} (line {infl.line}) is computed over rows that include the "
                    f"evaluation rows of {where}, {scored}: the label of evaluated rows leaks into features")
        if code == "LK-SELECT":
            return (f"feature selection from {infl.desc} (line {infl.line}) uses the label of the evaluation rows "
                    f"of {where}, {scored}")
        if code == "LK-RESAMPLE" and str(infl.desc).startswith("rows of one class drawn down"):
            return (f"{infl.desc} (line {infl.line}) happens before {where}, {scored}: the evaluation rows keep "
                    f"the rebalanced class mix, not the one the model will meet")
        if code == "LK-RESAMPLE":
            return (f"{infl.desc} (line {infl.line}) resamples rows before or across {where}, {scored}: "
                    f"copies or synthetic neighbours of training rows reach the evaluation rows")
        if code == "LK-TEMPORAL":
            return (f"{infl.desc} (line {infl.line}): features use information from after the prediction time "
                    f"for rows evaluated at line {e.line}")
        if code == "LK-TEST-REUSE" and infl.tag == "search":
            return (f"{infl.desc} on rows that include the evaluation rows of {where}, {scored}: the test set "
                    f"picks the settings whose score is reported")
        if code == "LK-TEST-REUSE" and infl.tag == "features":
            return (f"features kept by {infl.desc} (line {infl.line}) on the rows then scored at line {e.line}: "
                    f"the test set picks the feature set")
        if code == "LK-TEST-REUSE":
            return (f"decision threshold chosen from {infl.desc} (line {infl.line}) on the rows then scored at "
                    f"line {e.line}: the test set picks the threshold")
        return str(infl.desc)

    def split_rules(self, e: Eval):
        split = self.eval_split(e)
        if split is None:
            return
        if self.time_cols and not (e.fitrec is not None and e.fitrec.on_predictions):
            # (a calibrator fitted on another model's scores of rows from the same period as the scored ones
            # learns no later rows' features: the model it calibrates is judged by its own split)
            time = ", ".join(sorted(self.time_cols))
            safe = self._time_safe(split) or (e.cv_split is None and not split.band_out
                                              and self._cut_on_time_too(e))
            if not safe:
                word = KIND_WORD.get(split.kind, split.kind)
                if split.kind == "mask":
                    word = f"a row filter on {', '.join(sorted(split.deps)) or 'a non-time column'}"
                if split.band_out:
                    word = "a band held out with training rows on both sides of it (its complement, `~`)"
                self.add("LK-TEMPORAL", split.line,
                         f"rows are ordered by {time} but {split.what} is {word}, not a cut on time: the model is "
                         f"evaluated on rows that precede rows it was trained on", self.inferred)
        # fitted on parts split off in several ways (train + validation refitted, then tested): every part must be
        # kept apart from the evaluated entities by some split; the one found is not group-safe between them
        leaking = e.cv_split is None and e.fitrec is not None
        if leaking:
            split = self._group_leaking_split(e.fitrec.rows, e.rows)
            if split is None and (base := e.fitrec.base) is not None and base.fitrec is not None:
                # a calibrator's scores are the model's scores mapped: the model's own fitted rows count too
                split = self._group_leaking_split(base.fitrec.rows, e.rows)
            if split is None:
                return
        group_cols = self._group_cols_of(split)
        if self.inferred and e.est is not None and e.est.kw.get(FIT_STYLE) == "surprise":
            group_cols = None  # a collaborative filter predicts for the users it has seen: inferred, no finding
        if group_cols:
            groups = ", ".join(sorted(group_cols))
            safe = not leaking and self._group_safe(split, group_cols)
            if not safe:
                how = "a cut on time alone" if split.kind in ("time", "ordered") or (
                    split.kind == "mask" and split.deps & self.time_cols) else KIND_WORD.get(split.kind, split.kind)
                self.add("LK-GROUP", split.line,
                         f"rows of one {groups} can land on both sides of {split.what} ({how}); use a group-aware "
                         f"split such as GroupKFold or GroupShuffleSplit", self.inferred)

    def _other_separators(self, split: Split, fit_path, eval_path) -> list[Split]:
        """The splits other than this one that keep the fitted rows from the evaluated rows."""
        return [sp for sp in self._separators(fit_path, eval_path) if sp is not split]

    def _custom_pairs(self, split: Split):
        """(training path, held-out path) pairs of folds the code made itself, on the same rows."""
        if split.kind != "external" or not split.custom_pair:
            return []
        fit_rows, eval_rows = split.custom_pair
        return [(p1, p2) for o1, p1 in fit_rows for o2, p2 in eval_rows if o1 == o2]

    def _time_safe(self, split: Split) -> bool:
        if split.band_out:
            return False  # trained on the rows on both sides of a held-out band of time
        if pairs := self._custom_pairs(split):
            # a splitter of the code's own: time-ordered when its first pair is kept apart by a cut on time (where
            # nothing is seen to keep the pair apart, the rows are not followed well enough to say otherwise)
            return all(self._cut_apart(p1, p2) or not (seps := self._other_separators(split, p1, p2))
                       or any(self._time_safe(sp) for sp in seps) for p1, p2 in pairs)
        return split.kind in ("time", "ordered", "external") or bool(
            split.kind == "mask" and split.deps & self.time_cols) or self._time_like_mask(split)

    def _cut_on_time_too(self, e: Eval) -> bool:
        """Every fitted part is kept from the evaluated rows by a cut on time as well (a split on customers,
        then the training customers' early months against the held-out customers' late months)."""
        pairs = 0
        for o1, p1 in e.fitrec.rows:
            for o2, p2 in e.rows:
                if o1 != o2:
                    continue
                pairs += 1
                seps = self._separators(p1, p2)
                if not any(self._time_safe(sp) for sp in seps) and not self._cut_apart(p1, p2) \
                        and not self._apart_by_entity_times(p1, p2):
                    return False
        return pairs > 0

    def _apart_by_entity_times(self, fit_path, eval_path) -> bool:
        """The fitted rows are before a cut and the evaluated ones are entities first seen at or after it (or the
        fitted entities were over before the evaluated ones began)."""
        if self._entity_spans_apart(fit_path, eval_path):
            return True
        sides = dict(fit_path)
        return any(sides.get(sid) == "lo" for sid, _side in self._after_first_dates(eval_path))

    def _empty_path(self, path) -> bool:
        """Rows below a cut at v and at or above a cut at w >= v on the same column (the same date cut made
        twice, on the raw rows and again on the table built from both parts): there are none."""
        lows, highs = [], []
        for sid, side in path:
            sp = self.it.splits.get(sid)
            if sp is None or sp.kind != "mask" or sp.cut_at is None or not sp.deps:
                continue
            (lows if side == "lo" else highs if side == "hi" else []).append((sid, sp.deps, sp.cut_at))
        # (one split met on both sides is a filter made again in a loop with other bounds: left alone)
        # (at a loop's counter, month <= origin and month >= origin hold the origin's own rows: strictly below)
        return any(s1 != s2 and d1 == d2 and (type(v2) is tuple and v1[0] == v2[0] and v1[1] < v2[1]
                                              if type(v1) is tuple
                                              else type(v2) is not tuple and _not_after(v1, v2))
                   for s1, d1, v1 in lows for s2, d2, v2 in highs)

    def _cut_apart(self, fit_path, eval_path) -> bool:
        """The fitted rows were cut below a time and the evaluated rows above one, by two filters on the same
        time column (`train[train.month < cut]` and `test[test.month >= cut]`)."""
        def cuts(path, side, other):
            out = []
            for sid, s in path:
                sp = self.it.splits.get(sid)
                if s != side or (sid, s) in other or sp is None:
                    continue
                if any(lid in self.it.row_loops for lid in sp.loops):
                    continue  # a window around each row of a loop over rows (`time_idx <= row.time_idx + 3`)
                if sp.kind == "mask" and sp.deps & self.time_cols:
                    # (a value computed from the time column, `time_idx` from `week_start` or the column renamed
                    # `ds`, is the same clock)
                    out.append((tuple(sorted(sp.deps & self.time_cols)), sp.cut_at))
                elif sp.kind == "ordered" and isinstance(sp.cut_at, tuple):
                    # X.iloc[:cut - 5] against X.iloc[cut:]: positions of the same rows, in order
                    out.append((("position", tuple(sorted(sp.rows))), sp.cut_at))
            return out
        # fitted below one cut and scored above another on the same column: apart when the first cut is not
        # after the second (`between(1, 10)` against `between(3, 12)` overlap); a computed date (`q0 - gap`)
        # is taken to come first
        return any(col == col2 and ((at is None or at2 is None) and col[0] != "position" or _not_after(at, at2))
                   for col, at in cuts(fit_path, "lo", eval_path) for col2, at2 in cuts(eval_path, "hi", fit_path))

    def _group_cols_of(self, split: Split) -> set:
        group_cols = self.group_cols
        if self.inferred:
            # an entity inferred from a grouping counts for the frames that were grouped (transactions grouped
            # per customer and merged onto one row per customer leave the customer table's split alone)
            origins = {o for o, _p in split.rows}
            group_cols = {k for k in group_cols if self.it.group_origins.get(k, set()) & origins}
        return group_cols

    def _group_safe(self, split: Split, group_cols) -> bool:
        if pairs := self._custom_pairs(split):
            # a splitter of the code's own: safe when its first pair is kept apart by a split on the entities
            return all(not (seps := self._other_separators(split, p1, p2))
                       or any(self._safe_for_its_groups(sp) for sp in seps) for p1, p2 in pairs)
        safe = (split.kind in ("group", "external") or split.group_safe
                or (split.per_group is not None and split.per_group in group_cols)
                or bool(split.disjoint_on & group_cols)
                or (split.kind == "mask" and split.deps & group_cols))
        time_cut = self._time_safe(split) and split.kind != "external"
        if self.inferred and time_cut and not any(PERSON.search(g) for g in group_cols):
            # no declared entity: per-entity series cut on time is how a forecast is evaluated (a store's or a
            # sensor's future); a person seen in training and scored again later is the same person
            safe = True
        return bool(safe)

    def _entities_dropped_elsewhere(self, split: Split, fit_path, eval_path) -> bool:
        """The split is group-safe only through a filter that drops the entities seen in training
        (`late_new = late[~late[g].isin(early[g])]`), and neither part passed it (`late` is scored)."""
        if not split.group_safe_by or split.kind != "mask" or split.disjoint_on or split.per_group is not None \
                or split.deps & self.group_cols:
            return False
        steps = (*fit_path, *eval_path)
        # (an entity filter of their own on either part, `test = late & ~df[g].isin(seen)`, is another such filter)
        return not any(step in steps for step in split.group_safe_by) and not any(
            (sp := self.it.splits.get(sid)) is not None and sp.kind == "mask" and sp.deps & self.group_cols
            for sid, _side in steps)

    def _safe_for_its_groups(self, split: Split) -> bool:
        return self._group_safe(split, self._group_cols_of(split))

    def _group_leaking_split(self, fit_rows, eval_rows) -> Split | None:
        """A split that alone keeps some fitted part from the evaluated rows and is not group-safe."""
        for o1, p1 in sorted(fit_rows):
            for o2, p2 in sorted(eval_rows):
                if o1 != o2:
                    continue
                seps = self._separators(p1, p2)
                if seps and not any(self._safe_for_its_groups(sp) and not self._entities_dropped_elsewhere(sp, p1, p2)
                                    for sp in seps):
                    return seps[0]
        return None

    def _with_implied_cuts(self, path) -> tuple:
        """The path with the cuts on the same column its equality filters imply: `month == "2024-08"` lies on
        the low side of `month <= "2024-08"` and on the high side of `month < "2024-08"`, whenever either was
        written."""
        found = self._implied.get(path)
        if found is None:
            found = self._implied[path] = self._implied_cuts(path)
        return found

    def _implied_cuts(self, path) -> tuple:
        extra = []
        for sid, side in path:
            sp = self.it.splits.get(sid)
            if sp is None or sp.kind != "mask":
                continue
            if side == "in" and sp.union_of and not sp.values:
                # is_tr | is_va: on a side of a cut when every filter it joins is
                implied = [set(self._with_implied_cuts(part)) for part in sp.union_of]
                common = set.intersection(*implied) if implied else set()
                extra.extend(sorted(p for p in common if all(o != p[0] for o, _s in path)))
                continue
            if side in ("lo", "hi") and sp.cut_at is not None and sp.cut_inclusive is not None:
                # month < "2024-07-01" lies below the cut month >= "2024-08-01" too
                a, incl_a = sp.cut_at, sp.cut_inclusive
                for other in self.it.splits.values():
                    b, incl_b = other.cut_at, other.cut_inclusive
                    if other is sp or other.kind != "mask" or other.deps != sp.deps or incl_b is None or b is None \
                            or type(a) is not type(b) or any(o == other.sid for o, _s in path) \
                            or (type(a) is tuple and a[0] != b[0]):
                        continue  # (cuts at origin and origin + 1 compare; at origin and at another name do not)
                    if _same_side_of(side, a, incl_a, b, incl_b):
                        extra.append((other.sid, side))
                continue
            if side.startswith("=value:"):
                try:
                    values = (ast.literal_eval(side[len("=value:"):]),)
                except (ValueError, SyntaxError):
                    continue
            elif side == "in" and sp.values:
                values = sp.values  # (b == 6) | (b == 7): on one side of a cut when all its values are
            else:
                continue
            for other in self.it.splits.values():
                at = other.cut_at
                if other is sp or other.kind != "mask" or other.deps != sp.deps or other.cut_inclusive is None \
                        or at is None or any(type(at) is not type(v) for v in values) \
                        or any(o == other.sid for o, _s in path) \
                        or (type(at) is tuple and any(v[0] != at[0] for v in values)):
                    continue
                sides = {"lo" if v < at or (v == at and other.cut_inclusive) else "hi" for v in values}
                if len(sides) == 1:
                    extra.append((other.sid, sides.pop()))
        return tuple(path) + tuple(extra)

    def _separators(self, fit_path, eval_path) -> list[Split]:
        """The splits that put the fitted rows on one side and the evaluated rows on the other."""
        fit_path, eval_path = self._with_implied_cuts(fit_path), self._with_implied_cuts(eval_path)
        sides = dict(fit_path)
        found = [self.it.splits[sid] for sid, side in eval_path
                 if sid in self.it.splits and sides.get(sid) not in (None, side)]
        if not found and (later := self._later_cut_on(fit_path, eval_path)) is not None and not any(
                self._safe_for_its_groups(sp) for sid, _side in eval_path
                if sid not in sides and (sp := self.it.splits.get(sid)) is not None):
            found.append(self.it.splits[later])  # no filter on the evaluated side keeps seen entities out
        return found

    def _scored_later_elsewhere(self, e: Eval) -> bool:
        """After this cross-validation a model is scored on rows outside the ones it cross-validated."""
        return any(other.cv_split is None and other.line > e.line and other.rows
                   and not rows_overlap(other.rows, e.rows) for other in self._held)

    def _on_training_part(self, rows, cv_sid) -> bool:
        """The rows are one side of a split made to hold rows out (not just a cleaning filter)."""
        for _o, path in rows:
            for sid, side in path:
                split = self.it.splits.get(sid)
                if sid == cv_sid or split is None:
                    continue
                if split.kind != "mask" or (split.roles.get(side) or split.defaults.get(side)):
                    return True
        return False

    @staticmethod
    def _one_model_per_label(evals, loop_names=frozenset()) -> bool:
        """Models of different labels (multi-label, multi-target, a loop over label columns): nothing is
        chosen among them."""
        fits = [e.fitrec for e in evals if e.fitrec is not None]
        if len({f.ydeps for f in fits}) > 1 or any(f.ydeps & loop_names for f in fits):
            return True
        # a model per quantile (the 0.1, 0.5 and 0.9 of an interval): each answers its own question
        quantiles = [_quantile_of(e.est) for e in evals]
        return None not in quantiles and len(set(quantiles)) > 1

    def _picked_on_other_rows(self, lid: int, e: Eval) -> bool:
        """Inside the loop, scores are compared (`if val_auc > best:`), and every score compared is one taken on
        other rows than e's: what the loop keeps is chosen on those."""
        scored = {o.rows for o in self.it.evals if lid in o.loops and o.rows}
        # (`pred[m] == y[m]` on the line that computes an accuracy is part of the score, not a pick)
        score_lines = {o.line for o in self.it.evals if lid in o.loops}
        compared = [sp for sp in self.it.splits.values() if sp.kind == "mask" and sp.rows in scored
                    and (lid in sp.loops or lid in self.it.filter_loops.get(sp.sid, ())) and sp.line not in score_lines]
        return bool(compared) and all(sp.rows != e.rows for sp in compared)

    def _choice_after(self, line: int) -> bool:
        """Something picks among results at or after this line (in a notebook or script, later code)."""
        return self.it.picked_after(line)

    def _choice_after_score(self, e: Eval) -> bool:
        """Something picks among results after this score, in the order the code runs: in the rest of the helper
        that computed it, then in the rest of each caller it was returned to (not in code that merely follows the
        helper's definition)."""
        start = e.line
        for end, call in getattr(e, "returns", ()):
            if self.it.picked_after(start, until=end + 1):
                return True
            start = call
        return self.it.picked_after(start)

    def _named_test_too(self, rows) -> bool:
        """The validation part is bound to a test-set name as well (a window copied for both): the test set."""
        return bool(self.it.val_named_test) and any(path and path[-1] in self.it.val_named_test
                                                    for _o, path in rows)

    def _time_like_mask(self, split: Split) -> bool:
        """A row filter on a column named like a period (`season`, `year`): without a declared time column, a
        cut on time; with one, a cut on a coarser clock of the same time (seasons follow each other)."""
        if split.kind != "mask" or not split.deps:
            return False
        if self.inferred:
            return split.dated or any(TIME_LIKE.search(c) for c in split.deps)
        return all(TIME_LIKE.search(c) and not CYCLIC_TIME.search(c) for c in split.deps)

    def choice_on_part_of_reported(self, held: list[Eval]):
        """A threshold or setting picked in a loop on a validation part, then the model reported on rows that hold
        that part (the whole held-out part, validation half and test half together): the reported rows chose it."""
        for e in held:
            if not e.loops or e.cv_split is not None or e.est is None or e.est.cat == "dummy" \
                    or self.role(e.rows) != "val" or not set(e.loops) & self.it.threshold_loops \
                    or not self._choice_after(e.line):
                continue
            for later in held:
                if later.call_line > e.call_line and later.cv_split is None and later.est is not None \
                        and later.est.uid == e.est.uid and not set(later.loops) & set(e.loops) \
                        and later.rows != e.rows and rows_within(e.rows, later.rows) \
                        and self._carved_from(e.rows, later.rows):
                    self.add("LK-TEST-REUSE", later.call_line,
                             f"the setting picked at line {e.line} on the validation rows is reported at line "
                             f"{later.call_line} on rows that include them: the reported score helped choose it")
                    return

    @staticmethod
    def _carved_from(part: frozenset, whole: frozenset) -> bool:
        """`part` is cut from `whole` by splits of its own (a validation half of the held-out part), not a band
        between two cuts of the same family that `whole` lies beyond."""
        for o, path in part:
            base = next((p for o2, p in whole if o2 == o and path[:len(p)] == p), None)
            if base is None or {sid for sid, _s in path[len(base):]} & {sid for sid, _s in base}:
                return False
        return True

    def test_reuse(self, held: list[Eval]):
        on_test = []
        in_loop: dict[int, list[Eval]] = {}
        for e in held:
            role = self.role(e.rows)
            # (a part named for validation stays one when no test part is scored: models or settings chosen on
            # the candidate's own validation rows, the task's test file held back, are no use of the test set)
            if e.cv_split is not None or (role != "test" and not self._named_test_too(e.rows)) or e.est is None \
                    or e.est.cat == "dummy":
                continue
            if e.est.label and any(w in e.est.label.lower() for w in ("baseline", "dummy", "naive")):
                continue
            if e.stmt_line in self._baseline_statements or e.named_baseline:
                continue  # print("baseline AUC", roc_auc_score(...)): the model is reported as the reference
            on_test.append(e)
            if e.loops:
                fit_loops = set(e.fitrec.loops) if e.fitrec else set()
                shared = (fit_loops | set(e.pred_loops)) & set(e.loops) - self.it.batch_loops
                if shared:
                    in_loop.setdefault(min(shared), []).append(e)
                elif len(e.est.kw.get(NIXTLA_MODELS) or ()) >= 2 and self._choice_after(
                        getattr(e, "call_line", e.line)) and set(e.loops) - self.it.batch_loops - self.it.unrolled:
                    # StatsForecast(models=[CrostonSBA(), ADIDA(), ...]): each model's forecast column scored in a
                    # loop over the columns, the best one picked after: a choice among candidates on the test set
                    self.add("LK-TEST-REUSE", e.line,
                             f"test-set score computed inside a loop (line {e.line}) over the forecasts of the "
                             f"{len(e.est.kw[NIXTLA_MODELS])} models of {e.est.cls}: the choice among them is made "
                             f"on the test set")
        for lid, evals in in_loop.items():
            # a literal loop over [baseline, model] compares to a baseline; two real models, or settings
            # varied by a loop that was not unrolled, are a choice made on the test set
            if lid in self.it.unrolled and len({e.est.uid for e in evals}) < 2 and lid not in self.it.threshold_loops:
                continue
            e = evals[0]
            if lid in self.it.threshold_loops and len({x.est.uid for x in evals}) < 2 \
                    and not self._choice_after_score(e) and not self._scored_at_a_threshold_after(evals):
                continue  # one model's scores at several thresholds, printed, none of them picked: an analysis
            if self._one_model_per_label(evals, self.it.loop_names.get(lid, frozenset())):
                continue
            if lid in self.it.repeat_loops and not self._choice_after(e.line):
                continue  # the same model trained again (seeds), its scores averaged: nothing chosen
            if lid in self.it.column_loops and len({x.est.uid for x in evals}) < 2 and all(
                    x.fitrec is not None and lid not in x.fitrec.loops for x in evals):
                continue  # one fitted model scored with each column of the test rows shuffled: importances
            if self._resampled_copies(lid, evals):
                continue
            if self._picked_on_other_rows(lid, e):
                continue  # `if val_acc > best:` each epoch: the pick compares another part's scores
            if not any(loop in self.it.threshold_loops for x in evals for loop in x.loops) \
                    and len({x.est.uid for x in evals}) < 2 and all(
                    x.fitrec is not None and lid not in x.fitrec.loops and self._made_in_loop(x.rows, lid)
                    for x in evals):
                continue  # one model fitted before the loop, scored on each segment of the test part: no candidates
            split = self.eval_split(e)
            made_here = self._made_in_loop(e.rows, lid)
            if (split is not None and lid in split.loops) or lid in self.it.fold_loops or (split is None and made_here):
                continue  # each pass makes its own split (a backtest over periods): folds, not candidates
            if len({(_model_class(x.est), x.fitrec.cols if x.fitrec is not None and lid in self.it.unrolled else None)
                    for x in evals}) > 1 and not self._choice_after(min(x.line for x in evals)):
                # different models each reported on the test set, none picked there (in a literal list, the same
                # model on other feature sets is another model: a full and a lean one compared, as a trade-off)
                continue
            over = "decision thresholds" if lid in self.it.threshold_loops and len({x.est.uid for x in evals}) < 2 \
                else "candidate models or settings"
            self.add("LK-TEST-REUSE", e.line,
                     f"test-set score computed inside a loop (line {e.line}) over {over}: the choice among them "
                     f"is made on the test set")
        by_rows: dict[frozenset, dict[int, Eval]] = {}
        for e in on_test:
            if self._resampled_copy(e):
                continue  # a copy trained on a resampled part, or a vote of such copies
            by_rows.setdefault(e.rows, {}).setdefault(e.est.uid, e)
        for models in by_rows.values():
            if len(models) < 2:
                continue
            first, second = list(models.values())[:2]
            if self._one_model_per_label(models.values()):
                continue
            if not self._choice_after(min(getattr(e, "call_line", e.line) for e in models.values())):
                continue  # models or settings each reported on the test set, none picked after both scores exist
            self.add("LK-TEST-REUSE", second.line,
                     f"{_name(first)} (line {first.line}) and {_name(second)} (line {second.line}) are both scored "
                     f"on the test set: comparing them there makes the test score a selection score")
        self._chosen_by_cv_over_test(on_test)
        for e in self.it.evals:
            if e.fitrec is not None and e.fitrec.is_search and e.cv_split is None and not self.held_out(e) \
                    and self.role(e.rows) == "test":
                self.add("LK-TEST-REUSE", e.fitrec.line,
                         f"the search fitted at line {e.fitrec.line} saw the test rows it is scored on at line {e.line}")
        for fit in self.it.fits:
            if fit.is_search and self.role(fit.rows) == "test":
                self.add("LK-TEST-REUSE", fit.line, f"the hyperparameter search at line {fit.line} is fitted on test rows")
            if fit.on_predictions and self.role(fit.rows) == "test" and (
                    any(e.fitrec is fit for e in self.it.evals) or rows_overlap(fit.predicted, fit.rows)):
                # (only when what it outputs for the test rows is then rated: a calibrator fitted on the test part
                # for the final model, applied to new rows, rates nothing; a statsmodels calibration intercept and
                # slope measured on the test part, and never used to predict, is a metric of the scores)
                self.add("LK-TEST-REUSE", fit.line,
                         f"{fit.est.cls} at line {fit.line} is fitted on the test set's predictions and labels "
                         f"(a calibrator or stacker): the test set shapes the scores it then rates")
            elif fit.on_predictions and self.role(fit.rows) not in ("train", "val", "fold") and (own := [
                    e for e in self.it.evals if e.fitrec is fit and e.rows]) and all(
                    e.cv_split is None and e.rows == fit.rows for e in own):
                # CalibratedClassifierCV(gb, cv="prefit").fit(X_feb, y_feb), then scored on X_feb: the held-out
                # month calibrates the scores it then rates
                self.add("LK-TEST-REUSE", fit.line,
                         f"{fit.est.cls} at line {fit.line} is fitted on the predictions and labels of the rows it is "
                         f"then scored on (a calibrator or stacker): the held-out rows shape the scores they rate")
            for data in fit.eval_sets:
                if self.role(data.rows) == "test" and not self._carved_from_training(data.rows):
                    self.add("LK-TEST-REUSE", fit.line,
                             f"early stopping at line {fit.line} monitors the test set ({data.label or 'eval_set'}): "
                             f"the test set picks the number of iterations")
                    break
            else:
                self._eval_set_reported(fit, held)
            own = [e for e in held if e.fitrec is fit and e.cv_split is None and e.rows] if fit.monitored else []
            for data in ([] if fit.loops else fit.monitored):  # not each fold's held-out part in a CV loop
                scored = [e for e in own if rows_within(e.rows, data.rows)]
                reported = [e for e in own if e.metric != VALIDATION]
                if scored and (self.role(data.rows) == "test" or (reported and all(
                        rows_within(e.rows, data.rows) for e in reported))):
                    scored = [e for e in scored if e.metric != VALIDATION] or scored
                    # the contract's "eval_set on the test set": its score after every epoch or round is there to
                    # be looked at when the number of epochs or the settings are chosen
                    self.add("LK-TEST-REUSE", fit.line,
                             f"the test set ({data.label or 'eval_set'}) is passed to the training at line {fit.line} "
                             f"as validation data and then reported at line {scored[0].line}: its score during "
                             f"training is a test-set score looked at while training")
                    break

    def _scored_at_a_threshold_after(self, evals: list[Eval]) -> bool:
        """After the sweep, the same model is scored on those rows by a metric of hard decisions (F1, recall,
        accuracy at some threshold): the threshold it was scored at came from the sweep."""
        last = max(e.line for e in evals)
        return any(o.line > last and o.metric in THRESHOLD_METRICS and o.est is evals[0].est and not o.loops
                   and o.rows == evals[0].rows for o in self.it.evals)

    def _resampled_copy(self, e: Eval) -> bool:
        """A copy of one model, its settings fixed, trained in a loop on a resampled part of the training rows
        (ShuffleSplit or bootstrap subsets for a forest by hand, a stability check)."""
        fit = e.fitrec
        if fit is None or not fit.loops or fit.loops[0] in self.it.unrolled or e.est is None \
                or any(isinstance(v, LoopConst) for v in e.est.kw.values()):
            return False
        return any(self.it.splits.get(sid) is not None and self.it.splits[sid].is_cv and side == "train"
                   for _o, path in fit.rows for sid, side in path)

    def _resampled_copies(self, lid: int, evals: list[Eval]) -> bool:
        """Copies trained in this loop on resampled parts, each scored on the test set: not candidates."""
        if lid in self.it.unrolled or lid in self.it.threshold_loops \
                or len({_model_class(e.est) for e in evals}) != 1:
            return False
        return all(self._resampled_copy(e) and lid in e.fitrec.loops for e in evals)

    def _chosen_by_cv_over_test(self, on_test: list[Eval]):
        """Candidate models compared by cross-validation (a loop of cross_val_score / learning_curve over
        them) on rows a later split then holds out as the test set, the pick scored there: the test rows took
        part in choosing the model."""
        by_loop: dict[int, list[Eval]] = {}
        for e in self.it.evals:
            if e.cv_split is not None and not e.is_search and not e.split_only and e.loops and e.rows \
                    and e.est is not None and e.est.cat != "dummy" and e.loops[0] in self.it.unrolled:
                by_loop.setdefault(e.loops[0], []).append(e)
        for evals in by_loop.values():
            if len({e.est.uid for e in evals}) < 2 or self._one_model_per_label(evals):
                continue
            last = max(e.line for e in evals)
            origins = {o for e in evals for o, _p in e.rows}
            t = next((t for t in on_test if t.line > last and t.fitrec is not None and t.fitrec.line > last
                      and not origins.isdisjoint(o for o, _p in t.rows) and any(
                          rows_within(t.rows, e.rows) and t.rows != e.rows and rows_within(t.fitrec.rows, e.rows)
                          for e in evals)), None)
            # (a pick made after the test score, among the cross-validated candidates, chose nothing scored there)
            if t is not None and self.it.picked_after(last, until=t.line):  # the text is searched last: it is slow
                self.add("LK-TEST-REUSE", evals[0].line,
                         f"models compared by cross-validation at line {evals[0].line} over rows that include "
                         f"the test rows scored at line {t.line}: the test set took part in choosing the model")
                return

    def _eval_set_reported(self, fit: FitRec, held: list[Eval]):
        """Early stopping on a split whose score is then the only held-out score reported for the model."""
        if fit.loops and self.inferred:
            # early stopping on each fold's held-out part inside a cross-validation loop: in a submission (a task
            # context) the out-of-fold score is the estimate it reports, and the folds scored picked the
            # iterations; in code of no task, the usual competition practice, which is not reported
            return
        if fit.est.uid in self.it.picked_by_key:
            return  # taken out of a dict of candidates by a computed key: it may well be scored on the test set
        sets = [data for data in fit.eval_sets if data.rows]
        if not sets:
            return
        scored = [e for e in held if e.fitrec is fit and e.cv_split is None and e.rows and e.metric != VALIDATION]
        if not scored:
            return
        covering = [data for data in sets if all(e.rows == data.rows or rows_within(e.rows, data.rows) for e in scored)]
        if self._test_scored and not any(self.role(data.rows) == "test" for data in sets) and not any(
                # (validation data that holds the test rows and more: the whole series, of which the test window
                # is the end)
                not rows_within(data.rows, fit.rows) and any(self.role(e.rows) == "test" for e in scored)
                for data in covering):
            return  # a validation split picks the iterations (a tuning run); a test set is scored apart
        if covering:
            data = covering[0]
            self.add("LK-TEST-REUSE", fit.line,
                     f"early stopping at line {fit.line} monitors {data.label or 'the eval_set'}, and the model "
                     f"is scored only on those rows (line {scored[0].line}): the reported held-out score "
                     f"picked the number of iterations")

    def features(self, fits: list[FitRec]):
        declared = set(self.ctx.leaky_columns)
        fixed = set(declared)
        main = set()
        if _several_tables(self.it.read_paths):
            # data in several tables: a declared leaky column the code never names (as a string) may live in a
            # table it does not read or join (account_closures.csv beside the snapshots), so "every column" need not hold it;
            # the task's own table (train.csv) holds them all
            fixed = {c for c in fixed if c in self.it.strings}
            main = {o for (kind, path), o in self.it.dataset_origins.items()
                    if kind == "file" and _SPLIT_FILE.search(_file_stem(path))}
        if self.ctx.id_column:
            fixed.add(self.ctx.id_column)
            declared.add(self.ctx.id_column)
        for fit in fits:
            mode, _names = fit.cols
            if mode == "unk":
                continue
            from_main = bool(main) and bool(fit.rows) and {o for o, _p in fit.rows} <= main
            if self.ctx.target:
                labels = {self.ctx.target}
            elif fit.yfuture and fit.ycols:
                # a later row's value or a per-group aggregate as the label: today's value of its source
                # column is a fair feature (the cycle beside the cycles left, today's close beside tomorrow's)
                labels = set(fit.ycols)
            else:
                labels = set(fit.ydeps) - {"__label__"}
                sources = labels - set(fit.ycols)
                if fit.ycols and len(sources) > 1:
                    # a rate of two columns (scrap / total parts) as the label: either column alone is not it
                    labels = set(fit.ycols)
            sensitive = labels | (declared if from_main else fixed)
            present = [c for c in sorted(sensitive) if _has(fit.cols, c, self.it.text_cols)]
            if present:
                parts = []
                for col in present:
                    what = ("the target" if col in labels else "the id column" if col == self.ctx.id_column
                            else "the declared leaky column")
                    parts.append(f"{what} '{col}'")
                self.add("LK-FEATURE", fit.line,
                         f"the model fitted at line {fit.line} on {fit.xlabel} has {', '.join(parts)} among its "
                         f"features")
            # a window over the label that includes the current row is LK-TEMPORAL's finding, not a copy of it
            windowed = {i.col for i in fit.infl if i.code == "TEMPORAL" and i.col}
            # a column that holds a statistic of the label over other rows (a leave-one-out rate) is
            # LK-TARGET-STAT's finding, even where the row's own label is subtracted back out
            stat_cols = {i.col for i in fit.infl if i.code == "STAT" and i.col and i.deps & labels
                         and i.tag in ("group", "groupsrc")}
            leaky = self.leaky
            # (beside statistics of the label itself, a statistic of a proxy of it, a win rate from goals, is part
            # of LK-TARGET-STAT's finding)
            label_stats = any(i.code == "STAT" and i.deps & labels for i in fit.infl)
            for i in sorted((i for i in fit.infl if not label_stats and i.code == "STAT" and i.col and i.deps & leaky
                             and i.tag in ("group", "groupsrc") and not i.deps & labels and i.col not in sensitive
                             and _has(fit.cols, i.col) and any(e.fitrec is fit and e.rows and self._overlap(
                                 i.rows, e.rows) for e in self.it.evals)),
                            key=lambda i: (i.line, i.col)):
                # card_dispute_rate = groupby("card_id")["chargeback_flag"].transform("mean") over every row: the
                # declared leaky column of the rows scored, under another name (a window over past rows, or a
                # statistic of the training rows only, is no copy of the scored rows' own values)
                self.add("LK-FEATURE", fit.line,
                         f"{_feature_name(i.col)} of the model fitted at line {fit.line} is computed from the "
                         f"declared leaky column '{sorted(i.deps & leaky)[0]}'")
            for col, deps in sorted(fit.coldeps.items()):
                if col in sensitive or col in windowed or not _has(fit.cols, col) or (
                        col in stat_cols and (deps - labels or col in self.it.stat_columns)):
                    continue
                hit = deps & labels
                if hit:
                    self.add("LK-FEATURE", fit.line,
                             f"{_feature_name(col)} of the model fitted at line {fit.line} is computed from the target "
                             f"'{sorted(hit)[0]}'")
                elif deps & leaky:
                    self.add("LK-FEATURE", fit.line,
                             f"{_feature_name(col)} of the model fitted at line {fit.line} is computed from the "
                             f"declared leaky column '{sorted(deps & leaky)[0]}'")

    def _accuracy_only(self):
        """Accuracy is the only metric the code computes, on a task whose positive class is rare (whether or not
        the models' data could be followed: a table read through pyarrow is scored all the same)."""
        rate = self.ctx.positive_rate
        names = set(self.it.metric_names)
        # (a confusion matrix printed beside it is a table of counts, not another metric)
        if rate is not None and rate < 0.2 and "accuracy" in names and names - {"confusion_matrix"} <= {"accuracy"}:
            self.add("EV-ACCURACY-IMBALANCED", self.it.metric_names["accuracy"],
                     f"accuracy is the only metric, but only {rate:.0%} of rows are positive: predicting the "
                     f"majority class already scores {1 - rate:.0%}")

    def ev_rules(self, fits: list[FitRec], held: list[Eval]):
        # a forecaster whose forecasts the analysis loses (collected into rows of a table, one step at a
        # time) says nothing either way about a holdout
        scored = {id(e.fitrec) for e in self.it.evals}
        fits = [f for f in fits if f.est.cls not in SM_SERIES_MODELS or id(f) in scored]
        self._accuracy_only()
        if not fits:
            return
        evals = [e for e in self.it.evals if (e.est is None or e.est.cat != "dummy") and e.metric != SELECTION_CV]
        # the folds a selector scores feature sets on (RFECV) are no held-out evaluation of the model
        held = [e for e in held if e.metric != SELECTION_CV]
        # a DummyClassifier held out beside a model fitted on every row and scored on the test part
        # (`pipe.fit(X, y)` after the split) is no held-out evaluation of the model
        refit_on_all = [e for e in evals if e.fitrec is not None and e.rows and self.role(e.rows) == "test"
                        and _fitted_on_every_row(e, held)]
        # (a period scored in a walk-forward loop is among the held-out evaluations: see held_out)
        if not held and (windows := [e for e in evals if self._time_window_reaches_scored_rows(e)]):
            # train = df[(t >= start) & (t < week_end)], scored on df[(t >= week_start) & (t < week_end)]: a
            # split on time was made, but the training window runs into the period scored
            e = windows[0]
            self.add("LK-TEMPORAL", e.fitrec.line,
                     f"the model fitted at line {e.fitrec.line} is trained on a window of "
                     f"{', '.join(sorted(self.time_cols))} that reaches into the period scored at line {e.line}: "
                     f"training is not strictly before evaluation", self.inferred)
            # (the windows are cut on time alone: an entity's rows sit in both of them)
            cut = next((sp for _o, path in sorted(e.fitrec.rows) for sid, _side in path
                        if (sp := self.it.splits.get(sid)) is not None), None)
            if cut is not None and (group_cols := self._group_cols_of(cut)) and not self._group_safe(cut, group_cols):
                self.add("LK-GROUP", cut.line,
                         f"rows of one {', '.join(sorted(group_cols))} sit in both the training window and the period "
                         f"scored at line {e.line} (a cut on time alone); keep each entity on one side", self.inferred)
        elif not held or (refit_on_all and all(e.est is not None and e.est.cat == "dummy" for e in held)):
            train_evals = [e for e in evals if e.fitrec is not None]
            line = train_evals[0].line if train_evals else fits[0].line
            self.add("EV-NO-HOLDOUT", line,
                     f"no held-out evaluation: the model scored at line {refit_on_all[0].line} was fitted (line "
                     f"{refit_on_all[0].fitrec.line}) on every row, the test part included, so its metrics are "
                     f"computed on rows it was fitted on" if refit_on_all else
                     "no held-out evaluation: there is no split and no cross-validation, so every metric is "
                     "computed on rows the model was fitted on" if train_evals else
                     "no held-out evaluation: the model is fitted but never scored on rows it did not see")
        # a constant class's accuracy on the held-out rows (`(y_test == 0).mean()`) is a majority baseline
        held_rows = any(deps & self.targets and self.role(rows) in ("test", "val")
                        for rows, deps, _line in self.it.constant_predictions)
        if not self.it.baseline_lines and not held_rows and not self._baseline_statements:
            reported = [e for e in evals if e.metric != VALIDATION] or evals
            line = reported[0].line if reported else fits[0].line
            self.add("EV-NO-BASELINE", line,
                     "no baseline: nothing is compared against a DummyClassifier/DummyRegressor or a "
                     "majority/mean prediction, so the reported score has no reference point")


THRESHOLD_METRICS = frozenset({"accuracy", "balanced_accuracy", "f1", "fbeta", "precision", "recall", "mcc", "kappa",
                               "classification_report", "confusion_matrix", "precision_recall_f", "jaccard",
                               "threshold"})


def _quantile_of(est):
    """The quantile a model is fitted for (GradientBoostingRegressor(loss="quantile", alpha=0.9),
    QuantileRegressor(quantile=0.1), LightGBM's objective="quantile"), else None."""
    if est is None:
        return None
    est = est.steps[-1] if est.steps and isinstance(est.steps[-1], Est) else est
    loss = next((v.value for k in ("loss", "objective", "loss_function")
                 if isinstance(v := est.kw.get(k), Const) and isinstance(v.value, str)), "")
    if est.cls != "QuantileRegressor" and "quantile" not in loss.lower():
        return None
    level = next((v.value for k in ("alpha", "quantile", "quantile_alpha") if isinstance(v := est.kw.get(k), Const)),
                 None)
    return level if level is not None else loss.partition("alpha=")[2] or None


def _feature_name(col: str) -> str:
    """How a message names a feature (a name built by an f-string from values not known is left unnamed)."""
    if col[-1:] == "*":
        return f"a feature named by an f-string ('{col[:-1]}...')"
    return f"feature '{col}'" if col else "a feature named by an f-string"


def _fitted_on_every_row(e, held) -> bool:
    """The model was fitted on the whole table its scored rows were split from (before any split), and is not
    scored on held-out rows elsewhere (a refit on every row for the submission, analysed after a proper score,
    is no evaluation of its own); a search's refit is LK-TEST-REUSE's finding."""
    origins = {o for o, _p in e.rows}
    return not e.fitrec.is_search and any(o in origins and not path for o, path in e.fitrec.rows) \
        and not any(h.est is e.est for h in held)


def _drops_rows_only(infl: Infl) -> bool:
    """An under-sampler: it keeps a subset of the rows, so no copy of a row lands in another fold."""
    return str(infl.desc).split(" ", 1)[0] in UNDERSAMPLERS


DEV_NAME = re.compile(r"(?:^|_)dev(?:elopment)?(?:_|$)", re.I)


def _model_class(est) -> str:
    """The model behind a pipeline or a search: settings of one class are tuning, other classes a comparison."""
    while est is not None:
        if est.cat == "search" and est.inner is not None:
            est = est.inner
        elif est.steps:
            est = est.steps[-1]
        else:
            return str(est.cls)
    return ""


# column names that hold text or dates in practically every table: kept out of `select_dtypes("number")`
TEXT_NAME = re.compile(r"(?:^|_)(?:sha\d*|md5|hash|uuid|guid|email|url|reason|comments?|notes?|description|"
                       r"text|cat|category|date|datetime|timestamp|ts|at)$", re.I)


def _has(cols, col, text_cols=frozenset()) -> bool:
    mode, names = cols
    if mode == "num":  # numeric columns only: all but the dropped ones and those the code treats as text
        # (or whose name says they hold text: a hash, a reason, a category's name)
        return not _excluded(col, names) and col not in text_cols and not TEXT_NAME.search(col)
    return (mode == "all" and not _excluded(col, names)) or (mode in ("only", "some") and col in names)


def _name(e: Eval) -> str:
    est = e.est
    if est is None:
        return "a model"
    return est.label or est.cls


def run_rules(interp: Interpreter, context: Context) -> list[RawFinding]:
    return Rules(interp, context).run()


def _same_side_of(side: str, a, incl_a: bool, b, incl_b: bool) -> bool:
    """Rows on `side` ("lo" or "hi") of a cut at `a` are on the same side of a cut at `b` on the same column (a cut's
    own value lies on its "lo" side when it is inclusive: `<=` / `>`)."""
    if side == "lo":
        return a < b or (a == b and (incl_b or not incl_a))
    return a > b or (a == b and (incl_a or not incl_b))


def _not_after(a, b) -> bool:
    if isinstance(a, tuple) or isinstance(b, tuple):
        # symbolic positions: the same name, offsets in order
        return isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0] and a[1] <= b[1]
    try:
        return a <= b
    except TypeError:
        return False
