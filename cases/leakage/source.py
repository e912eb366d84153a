"""Turn a script or a notebook into one Python text plus a line -> cell map.

A notebook's line numbers run through its code cells joined in order, each
cell contributing the lines Jupyter shows for it (a final newline does not
add an empty line); markdown and raw cells contribute nothing.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

# Whole-cell magics whose body is not Python.
_FOREIGN_CELL_MAGICS = {
    "bash", "sh", "script", "html", "javascript", "js", "latex", "markdown", "perl", "ruby",
    "writefile", "svg", "sql", "system", "file",
}
_MAGIC_LINE = re.compile(r"^\s*(?:[%!]|[\w.\[\]'\", ]+=\s*[%!]\w|[\w.]+\?{1,2}\s*$|\?{1,2}[\w.]+\s*$)")


class SourceError(Exception):
    """The file cannot be read as Python code; the message says why."""


# words with which an author says one result was picked over others (in markdown or a comment)
# prose that picks speaks of models or their scores ("the forest wins", "best AUC"), not of the data
_RESULT_WORDS = re.compile(r"model|score|accura|auc|rmse|mae|mse|f1|recall|precision|error|loss|perform|result|"
                           r"classifier|regress|forest|tree|boost|xgb|lgbm|catboost|svm|svc|knn|neighbo|network|"
                           r"logistic|linear|ridge|lasso|bayes|ensemble|baseline|metric", re.I)
_PICK_PROSE = re.compile(r"\b(?:best|winner|wins|won|outperform\w*|beats?|highest|choose|chose|chosen|pick(?:ed)?|"
                         r"go(?:ing)? with|selected(?![- ](?:columns?|features?|variables?|cols?|feats?)\b)|better than)\b", re.I)
# ("the selected-column model": columns a selection kept, no model picked over another)
# code that picks one of several results: max/min/sorted with a key, idxmax/argmax/sort_values, a name such as
# best_model / winner / final_model assigned or compared. Lines are first found by a plain keyword search.
_PICK_HINT = re.compile(r"best|winner|chosen|champion|top_model|selected|final|max\(|min\(|sorted\(|idxm|argm|"
                        r"nlargest|nsmallest|sort_values|#", re.I)
_PICK_CODE = re.compile(
    r"\b(?:max|min|sorted)\(.*\bkey\s*=|\.(?:idxmax|idxmin|argmax|argmin|nlargest|nsmallest|sort_values)\(|"
    r"\bnp\.(?:argmax|argmin)\(|"
    r"\b[a-z_]\w*\s*(?:[-+*/]?=(?!=)|[<>]=?|==)|[<>]=?\s*[a-z_]\w*", re.I)
# `if loss < best_loss:`: a result kept when it beats the best so far
_BEATS_BEST = re.compile(r"^\s*(?:if|elif)\b.*(?:[<>]=?\s*(?:self\.)?best\w*|\bbest\w*\s*[<>])", re.I)
# best = grid.best_estimator_: a search's own result, not a pick among the models compared on the test set
_SEARCH_RESULT = re.compile(r"\.best_(?:estimator|params|score|index|iteration)_?\b")
_NOT_RESULTS = re.compile(r"importance|coef|corr|value_counts|feature|isnull|isna|groupby|\.columns\b", re.I)
# scores of cross-validation (a search's best score, its results table, names saying so)
_CV_SCORES = re.compile(r"\.best_score_|cv_results_|mean_test_score|\bcv_\w+|\w+_cv\b", re.I)
# a criterion of the fit on its own rows (`min(fits, key=lambda k: fits[k].aic)`)
_FIT_CRITERION = re.compile(r"\.(?:aic|bic|aicc)\b", re.I)
# the first (or last) of an ordering taken: one result picked
_TAKES_FIRST = re.compile(r"\[-?[01]\]|\.iloc\[-?[01]|\.index\[-?[01]|\.(?:head|tail)\(1\)|\.(?:nlargest|nsmallest)\(1\b|"
                          r"\.(?:first|last)\(")
# a model class built with settings written out (`CalibratedClassifierCV(hgb(), cv=3).fit(X, y)`, `make_pipeline(...)`,
# a factory of the analysed code, `make_model(cfg)`)
# or a model taken from a dict by a key written out (`pipes["hgb+smote"].fit(X, y)`)
_FRESH_MODEL = re.compile(r"\s*(?:(?:[a-z_]\w*\.)*(?:[A-Z]\w*|(?:make|build|create)_\w+)\(|"
                          r"\w+\[\s*(?:\"[^\"]*\"|'[^']*')\s*\])")
# a model written out by name: a key of a dict or a string (`models["rf"]`, `"adaboost"`), nothing more
_NAMED_CHOICE = re.compile(r"""\s*(?:\w+\[\s*(?:"[^"]*"|'[^']*')\s*\]|"[^"]*"|'[^']*')\s*(?:#.*)?$""")
# a value computed by a numpy / pandas function (`np.expm1(...)`, `pd.concat(...)`)
_COMPUTED = re.compile(r"\s*(?:np|numpy|pd|pandas|scipy|torch|tf)\.\w+\(")
_PICK_WORDS_IN_CALL = re.compile(r"best|winner|chosen|champion|selected|top|max\(|min\(|idxm|argm", re.I)
# the number of rounds early stopping found (`n_estimators=best_iter`): a setting of the one model, no pick
_STOPPING_ROUNDS = re.compile(r"\bbest_?(?:iter\w*|ntree\w*|n_?rounds?\w*|rounds?\w*|epochs?\w*|n_?estimators\w*)",
                              re.I)
# (`final_stats`, `final_df`: the last version of some data, not a result picked)
_PICK_NAME = re.compile(r"best|winner|chosen|champion|top_model|selected|^final(?![_ ]?(?:stats?|df|data|frame|"
                        r"features?|feats?|cols|columns|x|y|table|train|test|preds?|predictions?|sub|submission|"
                        r"scores?|metrics?|report|results?|auc|ap|mae|rmse)$)", re.I)


def _prose_picks(text: str, start: int = 0) -> bool:
    """Words (a comment, a markdown cell) that pick one model or score over others. A sentence in which the
    models beat a baseline ("all models beat the naive forecast") compares them with the reference, it picks
    none of them."""
    if not (_PICK_PROSE.search(text, start) and _RESULT_WORDS.search(text, start)):
        return False
    for sentence in _SENTENCE_END.split(text[start:]):
        picks = [m.group(0).lower() for m in _PICK_PROSE.finditer(sentence)]
        if not picks or not _RESULT_WORDS.search(sentence):
            continue
        if _BASELINE_WORDS.search(sentence) and all(p in _BEATS for p in picks):
            continue
        if all(p in ("best", "highest") for p in picks) and not _CHOICE_WORDS.search(sentence):
            continue  # "HistGradientBoosting has the best AUC (~0.74)": a result stated, nothing chosen by it
        if _OTHER_ROWS_PROSE.search(sentence):
            continue  # "the method chosen by CV above": a choice made on other rows than the test set's
        return True
    return False


# a choice said to be made by cross-validation or on a validation part
_OTHER_ROWS_PROSE = re.compile(r"\b(?:by|on|from|with|using|via|in)\s+(?:the\s+)?(?:\d+-fold\s+)?(?:cv|cross[- ]?validat\w*|"
                               r"out[- ]of[- ]fold|oof|validation|valid(?:ation)?[- ](?:set|split|part|fold|block)s?)\b",
                               re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n")
_BASELINE_WORDS = re.compile(r"\b(?:baselines?|naive|dummy|prior|majority|persistence|reference|rule|always)\b", re.I)
_CHOICE_WORDS = re.compile(r"\b(?:go(?:ing)? with|choose|chose|chosen|pick|select|use|using|deploy|submit|final|"
                           r"winner|recommend|keep|retain|production|so|therefore|thus|hence)\w*", re.I)
_BEATS = frozenset({"beat", "beats", "outperform", "outperforms", "outperformed", "outperforming", "better than"})


# a line binding a name (`imp = pd.Series(...)`), the name a line starts by binding, the name a method is called on
_BINDING = re.compile(r"^[ \t]*([A-Za-z_]\w*)[ \t]*=(?!=)(.*)$", re.M)
_BOUND = re.compile(r"\s*([A-Za-z_]\w*)\s*=(?!=)")
_RECEIVER = re.compile(r"([A-Za-z_]\w*)\s*$")
# values that rank features or values, not results (importances, coefficients, correlations, counts)
_NON_RESULT_VALUES = re.compile(r"importance|coef|\.corr(?:with)?\(|value_counts|isnull|isna", re.I)
# a name whose first (or last) rows are taken, or rows picked by a condition
_TAKEN = re.compile(r"\b([A-Za-z_]\w*)(?:\.iloc\[-?[01]|\.index\[-?[01]\]|\[-?[01]\]|\.(?:head|tail)\(1\)|\.(?:first|last)\(|"
                    r"\.index\.tolist\(\)\[-?[01]\]|"
                    r"\.iloc\[:\s*\d|\.head\(\s*\d|\.index\[:|\.loc\[|\.query\()")


def _criterion_picked_names(text: str) -> frozenset:
    """Names bound by a pick made on a criterion of the fit (`chosen = min(fits, key=lambda k: fits[k].aic)`)."""
    return frozenset(m.group(1) for m in _BINDING.finditer(text)
                     if _FIT_CRITERION.search(m.group(2)) and re.search(r"\b(?:max|min|sorted)\(|idxm|argm", m.group(2)))


def _taken_names(text: str) -> frozenset:
    """Names whose first row or rows are taken somewhere (`board.iloc[0]`, `ranked.index[0]`, `top.head(3)`), or
    rows of which are picked by a condition (`ablation.loc[ablation.ap >= full_ap]`)."""
    return frozenset(m.group(1) for m in _TAKEN.finditer(text))


@functools.lru_cache(maxsize=4)
def _name_kinds(text: str) -> tuple[frozenset, frozenset, frozenset]:
    """The names of the text that hold no results, those whose rows are taken, and those bound by a pick on the
    fit's own criterion: read once per text (the picks are looked for again and again in one analysis)."""
    return _non_result_names(text), _taken_names(text), _criterion_picked_names(text)


def _non_result_names(text: str) -> frozenset:
    """Names every binding of which holds importances, coefficients, correlations or counts: put in order later,
    they rank features or values, not results."""
    kinds: dict[str, bool] = {}
    for m in _BINDING.finditer(text):
        name = m.group(1)
        kinds[name] = kinds.get(name, True) and bool(_NON_RESULT_VALUES.search(m.group(2)))
    return frozenset(name for name, quiet in kinds.items() if quiet)


def _line_picks(line: str, prose: bool = True, orders_rows: bool = False, quiet=frozenset(),
                taken=frozenset(), criterion_picked=frozenset()) -> bool:
    hash_at = line.find("#")
    if prose and hash_at >= 0 and _prose_picks(line, hash_at):
        return True
    code = line if hash_at < 0 else line[:hash_at]
    if _BEATS_BEST.search(code):
        return True
    for m in _PICK_CODE.finditer(code):
        text = m.group(0)
        if "(" in text:
            if _NOT_RESULTS.search(code):
                continue  # ranking feature importances or coefficients, not models
            if _CV_SCORES.search(code) or _FIT_CRITERION.search(code):
                continue  # max(searches, key=lambda n: searches[n].best_score_): a pick by cross-validation
            if text.startswith(".") and (r := _RECEIVER.search(code, 0, m.start())) is not None \
                    and r.group(1) in quiet:
                continue  # imp.sort_values().plot.barh(): importances bound on an earlier line, put in order
            if text.endswith(("sort_values(", "nlargest(", "nsmallest(")) and not _TAKES_FIRST.search(code) \
                    and (orders_rows or not ((b := _BOUND.match(code)) is not None and b.group(1) in taken)):
                # rows of the data put in order (the largest errors, a gain chart), none taken; a table of results
                # sorted to be read (a leaderboard printed), none taken from it either
                continue
            if text.lower().startswith("sorted(") and re.match(r"\s*for\b", code) and not re.search(
                    r"\)\s*\[", code[m.start():]):
                continue  # for name, acc in sorted(accs.items(), key=...): every result listed in order, none taken
            if text.lower().endswith(("argmax(", "argmin(")) and _compares(code, m.end()):
                continue  # np.argmax(prec >= 0.8): the first point of a curve that meets a bar, no result over others
            return True
        name = re.search(r"[a-z_]\w*", text, re.I).group(0)
        before = code[:m.start()]
        if before.count("(") > before.count(")") and before.rstrip().endswith(("(", ",")):
            continue  # a keyword argument (`final_estimator=LogisticRegression()`), not a name bound to a result
        if _PICK_NAME.search(name) and not _SEARCH_RESULT.search(code) and not _FIT_CRITERION.search(code):
            rest = code[m.end():]
            # (a name bound by a pick on the fit's own criterion says nothing of a pick on the test set)
            for chosen in criterion_picked:
                rest = re.sub(rf"\b{re.escape(chosen)}\b", "_", rest)
            if name.lower().startswith("final") and (_FRESH_MODEL.match(rest) or _COMPUTED.match(rest)
                                                     or criterion_picked and re.match(r"\s*[\w.]+\(", rest)) \
                    and not _PICK_WORDS_IN_CALL.search(_STOPPING_ROUNDS.sub("", rest)):
                continue  # final = CalibratedClassifierCV(make_model(), cv=3): a model built as planned, not picked;
                # final = np.expm1(combine(sub_pred, weights)): values computed, nothing taken from several
            if _NAMED_CHOICE.match(code[m.end():]):
                continue  # best = models["rf"], best_name = "adaboost": a model named in the code, not computed
            return True
    return False


def _compares(code: str, start: int) -> bool:
    """The call whose arguments begin at `start` is given a comparison (`argmax(prec >= 0.8)`)."""
    depth = 0
    for i in range(start, len(code)):
        ch = code[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                return False
            depth -= 1
        elif depth == 0 and (ch in "<>" or code.startswith("==", i)):
            return True
    return False


@dataclass(frozen=True)
class Source:
    text: str
    cells: tuple[int, ...] | None  # cell index (among all cells) of each line, for notebooks
    markdown: tuple[tuple[int, str], ...] = ()  # (next code line, text) of each markdown cell, for notebooks


PROSE_REACH = 60  # code lines after the scores within which a comment or markdown cell can speak of them


def picked_after(src: Source, line: int, row_orderings=frozenset(), until: int | None = None) -> bool:
    """Whether code at or after `line` (and before `until`, when given), or a comment or a markdown cell soon
    after it, picks one result over others (prose further on speaks of other results). Read on demand (only a
    comparison of several models on one test set needs it) and stopped at the first pick. `row_orderings`: lines
    that sort rows of the data (not results)."""
    if any(line <= at <= line + PROSE_REACH and (until is None or at < until) and _prose_picks(md)
           for at, md in src.markdown):
        return True
    text = src.text
    pos = _skip_lines(text, 0, line - 1)
    if pos is None:
        return False
    reach = _skip_lines(text, pos, PROSE_REACH)
    if reach is None:
        reach = len(text)
    stop = _skip_lines(text, pos, max(until - line, 0)) if until is not None else None
    for m in _PICK_HINT.finditer(text, pos, len(text) if stop is None else stop):
        begin = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        quiet, taken, criterion_picked = _name_kinds(text)
        if _line_picks(text[begin:end if end >= 0 else len(text)], prose=begin < reach,
                       orders_rows=bool(row_orderings) and text.count("\n", 0, begin) + 1 in row_orderings,
                       quiet=quiet, taken=taken, criterion_picked=criterion_picked):
            return True
    return False


def _skip_lines(text: str, pos: int, n: int) -> int | None:
    """The position n lines after `pos` (None when the text ends first)."""
    for _ in range(n):
        found = text.find("\n", pos)
        if found < 0:
            return None
        pos = found + 1
    return pos


def _decode(data: str | bytes) -> str:
    if isinstance(data, str):
        return data
    if b"\x00" in data[:8192]:
        raise SourceError("binary file: not a Python script or a notebook")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"binary or non-UTF-8 file: cannot decode byte {exc.start}") from None


def _blank_magics(lines: list[str]) -> list[str]:
    """Blank IPython magics and shell escapes, keeping line numbers."""
    if lines and lines[0].lstrip().startswith("%%"):
        magic = lines[0].lstrip()[2:].split(None, 1)[0] if lines[0].strip() != "%%" else ""
        if magic in _FOREIGN_CELL_MAGICS:
            return [""] * len(lines)
        lines = [""] + lines[1:]
    out = []
    continued = False
    for line in lines:
        if continued or _MAGIC_LINE.match(line):
            out.append("")
            continued = line.rstrip().endswith("\\")
        else:
            out.append(line)
            continued = False
    return out


def _notebook(text: str) -> Source:
    try:
        nb = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"invalid notebook JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise SourceError("invalid notebook: no 'cells' list (expected nbformat v4 JSON)")
    lines: list[str] = []
    cells: list[int] = []
    markdown: list[tuple[int, str]] = []
    n_code = 0
    for index, cell in enumerate(nb["cells"]):
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown":
            text = cell.get("source", "")
            text = "".join(t for t in text if isinstance(t, str)) if isinstance(text, list) else text
            if isinstance(text, str):
                markdown.append((len(lines) + 1, text))  # said after the code above it
            continue
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        src = cell.get("source", "")
        if isinstance(src, list):
            src = "".join(s for s in src if isinstance(s, str))
        if not isinstance(src, str):
            raise SourceError(f"invalid notebook: cell {index} has a non-text source")
        n_code += 1
        if src.endswith("\n"):
            src = src[:-1]
        cell_lines = src.split("\n")
        if "%" in src or "!" in src or "?" in src:  # (every magic, shell escape and help line holds one of them)
            cell_lines = _blank_magics(cell_lines)
        lines.extend(cell_lines)
        cells.extend([index] * len(cell_lines))
    if n_code == 0 or not any(line.strip() for line in lines):
        raise SourceError("empty notebook: no code cells")
    return Source(text="\n".join(lines), cells=tuple(cells), markdown=tuple(markdown))


def load_source(data: str | bytes, *, path: str) -> Source:
    text = _decode(data)
    if not text.strip():
        raise SourceError("empty file")
    stripped = text.lstrip()
    if path.lower().endswith(".ipynb") or (stripped.startswith("{") and '"cells"' in stripped[:4096]):
        return _notebook(text)
    return Source(text=text, cells=None)
