"""A reading of the SQL that candidates run through DuckDB or sqlite for features and splits.

Pure text: statements are cut into their clauses at the top level (outside parentheses and quotes), and
each selected expression is read for what matters to leakage: which columns it uses, and for a window
function, its partition, whether it is ordered, and where its frame ends. Nothing is executed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORDS = re.compile(r"[A-Za-z_][A-Za-z_0-9]*|\"[^\"]+\"")
_JOIN = re.compile(r"\b(?:(natural|left|right|full|inner|cross|anti|semi|asof|positional)\s+)?"
                   r"(?:(outer)\s+)?join\b", re.I)
KEYWORDS = frozenset("""select from where group by having order limit as and or not in is null case when then else
end over partition rows range between unbounded preceding following current row distinct on using join left
right inner outer full cross anti semi asof cast true false like ilike interval date timestamp asc desc nulls first
last with filter within exists any all union except intersect sample percent bernoulli system reservoir qualify
window limit offset integer int bigint double float varchar text boolean real numeric decimal""".split())
AGGREGATES = frozenset({"avg", "sum", "count", "min", "max", "stddev", "stddev_samp", "stddev_pop", "variance",
                        "var_samp", "var_pop", "median", "mode", "quantile", "quantile_cont", "percentile_cont",
                        "mean", "corr", "covar_samp", "regr_slope", "bool_or", "bool_and", "any_value",
                        "first", "last", "first_value", "last_value", "count_if", "list", "string_agg",
                        "group_concat", "approx_count_distinct", "entropy", "kurtosis", "skewness"})
# window functions that read only the row itself or earlier rows' positions
POSITIONAL = frozenset({"row_number", "rank", "dense_rank", "ntile", "percent_rank", "cume_dist", "lag"})


@dataclass
class Window:
    func: str
    args: frozenset  # columns the function reads
    keys: tuple  # PARTITION BY
    order: tuple  # ORDER BY columns
    end: str  # where the frame ends: "current", "before", "after" (the whole partition or later rows)


@dataclass
class Item:
    text: str
    name: str | None  # alias, or the column's own name
    star: bool = False
    cols: frozenset = frozenset()  # columns the expression reads
    windows: list = field(default_factory=list)
    aggregate: bool = False  # an aggregate without OVER: one value per group
    random: bool = False  # built from random()
    excluded: tuple = ()  # `* EXCLUDE (a, b)`: the columns a star leaves out
    case: tuple = ()  # `CASE WHEN c1 THEN 'a' WHEN c2 THEN 'b' ELSE 'c' END`: ((c1, 'a'), (c2, 'b'), (None, 'c'))


@dataclass
class Table:
    name: str | None  # a table, a view or a Python frame of that name
    alias: str | None
    select: "Select | None" = None  # a subquery
    path: str | None = None  # read_parquet('...') / read_csv_auto('...') / a quoted file name


@dataclass
class Join:
    kind: str  # "left", "inner", "anti", "semi", ...
    table: Table
    keys: tuple  # USING (...) or the columns of ON a.k = b.k


@dataclass
class Select:
    ctes: list
    items: list
    source: Table | None
    joins: list
    where: str | None
    group_by: tuple
    sample: float | None  # USING SAMPLE / TABLESAMPLE share of rows
    union: list = field(default_factory=list)  # further SELECTs joined with UNION [ALL]
    having: str | None = None  # the HAVING clause


@dataclass
class Statement:
    kind: str  # "select", "create"
    name: str | None = None
    select: Select | None = None


def strip_comments(text: str) -> str:
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c in "'\"":
            j = text.find(c, i + 1)
            j = n - 1 if j < 0 else j
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _depth_map(text: str) -> list[int]:
    """Each character's nesting depth; characters inside quotes count as nested."""
    depth, out, quote = 0, [], None
    for c in text:
        if quote:
            out.append(depth + 1)
            if c == quote:
                quote = None
            continue
        if c in "'\"":
            quote = c
            out.append(depth + 1)
            continue
        if c == "(":
            out.append(depth)
            depth += 1
            continue
        if c == ")":
            depth = max(0, depth - 1)
        out.append(depth)
    return out


def _top_level(text: str, pattern: re.Pattern) -> list[re.Match]:
    depth = _depth_map(text)
    return [m for m in pattern.finditer(text) if depth[m.start()] == 0]


def _split_top(text: str, sep: str | re.Pattern = ",") -> list[str]:
    """The non-empty parts of `text` between the separators (a character, or a pattern) outside brackets."""
    parts, start = [], 0
    for m in _top_level(text, sep if isinstance(sep, re.Pattern) else re.compile(re.escape(sep))):
        parts.append(text[start:m.start()])
        start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def statements(text: str) -> list[Statement]:
    out = []
    for part in _split_top(strip_comments(text), ";"):
        st = statement(part)
        if st is not None:
            out.append(st)
    return out


_CREATE = re.compile(r"^\s*create\s+(?:or\s+replace\s+)?(?:temp(?:orary)?\s+)?(?:table|view)\s+"
                     r"(?:if\s+not\s+exists\s+)?([\w.\"]+)\s+as\s+(.*)$", re.I | re.S)


def statement(text: str) -> Statement | None:
    m = _CREATE.match(text)
    if m:
        sel = select(m.group(2))
        return Statement("create", _unquote(m.group(1)), sel) if sel is not None else None
    sel = select(text)
    return Statement("select", None, sel) if sel is not None else None


def _unquote(name: str) -> str:
    return name.strip().strip('"').split(".")[-1].strip('"')


_CLAUSE_RE = re.compile(r"\b(select|from|where|group\s+by|having|qualify|window|order\s+by|limit|"
                        r"using\s+sample|tablesample|union\s+all|union|except|intersect)\b", re.I)


def select(text: str) -> Select | None:
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and _depth_map(text)[-1] == 0 \
            and all(d > 0 for d in _depth_map(text)[1:-1]):
        text = text[1:-1].strip()
    ctes = []
    m = re.match(r"with\s+(?:recursive\s+)?", text, re.I)
    if m:
        rest = text[m.end():]
        while True:
            cm = re.match(r"\s*([\w\"]+)\s*(?:\([^)]*\)\s*)?as\s*\(", rest, re.I)
            if not cm:
                break
            start = cm.end() - 1
            end = _closing(rest, start)
            if end < 0:
                return None
            sub = select(rest[start + 1:end])
            if sub is not None:
                ctes.append((_unquote(cm.group(1)), sub))
            rest = rest[end + 1:].lstrip()
            if rest.startswith(","):
                rest = rest[1:]
                continue
            break
        text = rest
    marks = _top_level(text, _CLAUSE_RE)
    if not marks or marks[0].group(1).lower() != "select":
        return None
    clauses: dict[str, str] = {}
    union: list = []
    for i, mk in enumerate(marks):
        key = re.sub(r"\s+", " ", mk.group(1).lower())
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        if key in ("union all", "union", "except", "intersect"):
            rest = select(text[mk.end():])
            if rest is not None:
                union = [rest, *rest.union]
                rest.union = []
            break
        if key not in clauses:
            clauses[key] = text[mk.end():end].strip()
    items = [item(t) for t in _split_top(_named_windows(clauses.get("select", ""), clauses.get("window")))]
    source, joins = _from(clauses.get("from", ""))
    group = tuple(_bare(c) for c in _split_top(clauses.get("group by", "")))
    sample = _share(clauses.get("using sample") or clauses.get("tablesample"))
    return Select(ctes, items, source, joins, clauses.get("where"), group, sample, union, clauses.get("having"))


def _named_windows(select_list: str, window: str | None) -> str:
    """`avg(x) OVER w ... WINDOW w AS (PARTITION BY ...)`: each named window written out where it is used."""
    if not window:
        return select_list
    specs = {}
    for part in _split_top(window):
        m = re.match(r"\s*([\w\"]+)\s+as\s*\(", part, re.I)
        if m and (end := _closing(part, m.end() - 1)) > 0:
            specs[_unquote(m.group(1)).lower()] = part[m.end():end]
    if not specs:
        return select_list
    select_list = re.sub(r"\bover\s+([\w\"]+)(?![\w\"]|\s*\()",
                         lambda m: f"OVER ({specs[key]})" if (key := _unquote(m.group(1)).lower()) in specs
                         else m.group(0), select_list, flags=re.I)
    # `OVER (w ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)`: the named window with a frame of its own
    return re.sub(r"\bover\s*\(\s*([\w\"]+)(?=\s+(?:rows|range|groups)\b|\s*\))",
                  lambda m: f"OVER ({specs[key]} " if (key := _unquote(m.group(1)).lower()) in specs else m.group(0),
                  select_list, flags=re.I)


def _closing(text: str, start: int) -> int:
    depth, quote = 0, None
    for i in range(start, len(text)):
        c = text[i]
        if quote:
            if c == quote:
                quote = None
            continue
        if c in "'\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _share(text: str | None) -> float | None:
    if not text:
        return None
    m = re.search(r"(\d+(?:\.\d+)?)\s*(%|percent)", text, re.I)
    if m:
        return float(m.group(1)) / 100
    return 0.5


def _bare(expr: str) -> str:
    return _unquote(expr.strip().split()[0]) if expr.strip() else ""


_TABLE_FUNC = re.compile(r"^(read_\w+|parquet_scan|read_csv_auto)\s*\(\s*'([^']*)'", re.I)


def _table(text: str) -> Table:
    text = text.strip()
    if text.startswith("("):
        end = _closing(text, 0)
        sub = select(text[1:end]) if end > 0 else None
        alias = _alias_after(text[end + 1:]) if end > 0 else None
        return Table(None, alias, sub)
    m = _TABLE_FUNC.match(text)
    if m:
        end = _closing(text, text.index("("))
        return Table(None, _alias_after(text[end + 1:]) if end > 0 else None, path=m.group(2))
    if text.startswith("'"):
        end = text.find("'", 1)
        return Table(None, _alias_after(text[end + 1:]), path=text[1:end])
    words = text.split()
    name = _unquote(words[0]) if words else None
    return Table(name, _alias_after(" ".join(words[1:])))


def _alias_after(text: str) -> str | None:
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    if words and words[0].lower() == "as":
        words = words[1:]
    if words and re.match(r"^[\w\"]+$", words[0]) and words[0].lower() not in KEYWORDS:
        return _unquote(words[0])
    return None


def _from(text: str):
    if not text:
        return None, []
    joins_at = _top_level(text, _JOIN)
    first = text[:joins_at[0].start()] if joins_at else text
    # FROM a, b: a cross join written with a comma
    parts = _split_top(first)
    source = _table(parts[0]) if parts else None
    joins = [Join("cross", _table(p), ()) for p in parts[1:]]
    for i, jm in enumerate(joins_at):
        body = text[jm.end():joins_at[i + 1].start() if i + 1 < len(joins_at) else len(text)]
        kind = (jm.group(1) or "inner").lower()
        on = re.search(r"\b(using|on)\b", body, re.I)
        table = _table(body[:on.start()] if on else body)
        keys: tuple = ()
        if on and on.group(1).lower() == "using":
            inner = body[on.end():].strip()
            if inner.startswith("("):
                inner = inner[1:_closing(inner, 0)]
            keys = tuple(_unquote(k) for k in inner.split(","))
        elif on:
            cond = body[on.end():]
            keys = tuple(dict.fromkeys(_unquote(b) for _a, b in re.findall(
                r"([\w\"]+)\.([\w\"]+)\s*=\s*[\w\"]+\.[\w\"]+", cond)))
        joins.append(Join(kind, table, keys))
    return source, joins


_OVER = re.compile(r"(\w+)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?:filter\s*\([^)]*\)\s*)?over\s*\(", re.I)


def item(text: str) -> Item:
    text = text.strip()
    alias = None
    m = re.search(r"\s+as\s+([\w\"]+)\s*$", text, re.I)
    if m and _depth_map(text)[m.start()] == 0:
        alias, expr = _unquote(m.group(1)), text[:m.start()]
    else:
        m2 = re.search(r"\)\s*([A-Za-z_]\w*)\s*$", text)
        if m2 and m2.group(1).lower() not in KEYWORDS:
            alias, expr = m2.group(1), text[:m2.start() + 1]
        else:
            expr = text
    if (star := re.fullmatch(r"(?:[\w\"]+\.)?\*(?:\s+exclude\s*\((.*)\))?", expr.strip(), re.I | re.S)):
        excluded = tuple(_unquote(c) for c in _split_top(star.group(1))) if star.group(1) else ()
        return Item(text, None, star=True, excluded=excluded)
    windows = []
    for wm in _OVER.finditer(expr):
        spec_end = _closing(expr, wm.end() - 1)
        spec = expr[wm.end():spec_end] if spec_end > 0 else ""
        windows.append(_window(wm.group(1).lower(), wm.group(2), spec))
    cols = columns(expr)
    name = alias or (_unquote(expr.strip().split(".")[-1]) if re.fullmatch(r"[\w\".]+", expr.strip()) else None)
    case = case_branches(expr)
    calls = {f.lower() for f in re.findall(r"(\w+)\s*\(", expr)}
    aggregate = not windows and bool(calls & AGGREGATES)
    return Item(text, name, cols=cols, windows=windows, aggregate=aggregate,
                random=bool(calls & {"random", "rand", "uniform"}), case=case)


_CASE = re.compile(r"^\s*case\s+(.*)\s+end\s*$", re.I | re.S)
_WHEN = re.compile(r"\bwhen\s+(.*?)\s+then\s+'([^']*)'\s*(?=\bwhen\b|\belse\b|$)", re.I | re.S)
_NEGATED_OP = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "<>", "<>": "=", "!=": "="}


def case_branches(expr: str) -> tuple:
    """The branches of a searched CASE that names a string for each condition (a part of a split written in SQL)."""
    m = _CASE.match(expr)
    if not m:
        return ()
    body = m.group(1)
    branches = [(cond.strip(), value) for cond, value in _WHEN.findall(body)]
    other = re.search(r"\belse\s+'([^']*)'\s*$", body, re.I)
    if not branches:
        return ()
    return tuple(branches) + (((None, other.group(1)),) if other else ())


def with_case_conditions(text: str, cases: dict) -> str:
    """WHERE part = 'holdout', `part` a CASE of conditions (`cases`: column -> branches): the condition that gives
    'holdout' instead of the comparison."""
    parts = []
    for term in _split_top(text, _AND):
        m = re.match(r"^\s*\(?\s*(?:[\w\"]+\.)?([\w\"]+)\s*=\s*'([^']*)'\s*\)?\s*$", term, re.S)
        cond = case_condition(cases[m.group(1)], m.group(2)) if m and m.group(1) in cases else None
        parts.append(cond or term)
    return " AND ".join(parts)


def case_condition(branches: tuple, value: str) -> str | None:
    """The rows a CASE gives `value`: its own condition, and not those of the branches before it (each negated
    only where it is a single comparison)."""
    terms = []
    for cond, v in branches:
        if v == value:
            if cond is not None:
                terms.append(cond)
            return " AND ".join(f"({t})" for t in terms) if terms else None
        one = where_terms(cond) if cond is not None else []
        if len(one) == 1 and len(_split_top(cond, _AND)) == 1:
            col, op, lit = one[0]
            terms.append(f"{col} {_NEGATED_OP[op]} {lit}")
    return None


def _window(func: str, args: str, spec: str) -> Window:
    part = re.search(r"partition\s+by\s+(.*?)(?=\border\s+by\b|\brows\b|\brange\b|\bgroups\b|$)", spec,
                     re.I | re.S)
    order = re.search(r"order\s+by\s+(.*?)(?=\brows\b|\brange\b|\bgroups\b|$)", spec, re.I | re.S)
    frame = re.search(r"\b(?:rows|range|groups)\b(.*)$", spec, re.I | re.S)
    keys = tuple(_bare(k) for k in _split_top(part.group(1))) if part else ()
    ordered = tuple(_bare(k) for k in _split_top(order.group(1))) if order else ()
    if not ordered:
        end = "after"  # the whole partition
    elif frame is None:
        end = "current"  # the default frame: up to the current row
    else:
        f = frame.group(1).lower()
        tail = f.split(" and ", 1)[1] if " and " in f else f
        if "following" in tail:
            end = "after"
        elif "current" in tail:
            end = "current"
        elif re.search(r"\d+\s+preceding", tail) or "unbounded preceding" in tail:
            end = "before"
        else:
            end = "current"
    return Window(func, columns(args), keys, ordered, end)


def columns(expr: str) -> frozenset:
    """Names an expression reads: identifiers that are not keywords, functions, types or strings."""
    text = re.sub(r"'[^']*'", " ", expr)
    text = re.sub(r"::\s*\w+", " ", text)
    out = set()
    for m in _WORDS.finditer(text):
        word = m.group(0)
        after = text[m.end():].lstrip()
        if after.startswith("("):
            continue  # a function
        if word.startswith('"'):
            out.add(word.strip('"'))
            continue
        if word.lower() in KEYWORDS or word[0].isdigit():
            continue
        before = text[:m.start()].rstrip()
        if before.endswith("."):
            out.discard(before[:-1].split()[-1].split(".")[-1] if before[:-1].split() else "")
        out.add(word)
    return frozenset(out)


_AND = re.compile(r"\band\b", re.I)


def where_terms(text: str) -> list[tuple[str, str, str]]:
    """`a < 'x' AND b = 1`: the (column, operator, value) comparisons joined by AND at the top level."""
    out = []
    # (an AND inside a subquery, `NOT IN (SELECT ... WHERE a AND b)`, belongs to that query)
    for part in _split_top(text, _AND):
        if re.search(r"\bselect\b", part, re.I):
            continue
        m = re.match(r"^\s*\(?\s*(?:[\w\"]+\.)?([\w\"]+)\s*(<=|>=|<>|!=|=|<|>)\s*(.+?)\s*\)?\s*$", part, re.S)
        if m:
            out.append((_unquote(m.group(1)), m.group(2), m.group(3).strip()))
            continue
        # `labelled AND NOT holdout_customer`: a boolean column held true, or false
        flag = re.match(r"^\s*\(?\s*(not\s+)?(?:[\w\"]+\.)?([\w\"]+)\s*\)?\s*$", part, re.I | re.S)
        if flag and _unquote(flag.group(2)).lower() not in KEYWORDS:
            out.append((_unquote(flag.group(2)), "=", "false" if flag.group(1) else "true"))
    return out


_IN_SUB = re.compile(r"(?:[\w\"]+\.)?([\w\"]+)\s+(not\s+)?in\s*\(\s*(?=select\b|with\b)", re.I)


def in_subqueries(text: str) -> list[tuple[str, bool, Select]]:
    """`g NOT IN (SELECT g FROM train)`: (column, negated, the subquery) for each such term; `NOT EXISTS (SELECT 1
    FROM t WHERE t.g = v.g AND ...)` is read as `v.g NOT IN (SELECT g FROM t WHERE ...)`."""
    out = []
    for m in _IN_SUB.finditer(text):
        start = text.rfind("(", 0, m.end())
        end = _closing(text, start)
        sub = select(text[start + 1:end]) if end > 0 else None
        if sub is not None:
            out.append((_unquote(m.group(1)), bool(m.group(2)), sub))
    for m in _EXISTS_SUB.finditer(text):
        start = text.rfind("(", 0, m.end())
        end = _closing(text, start)
        term = _correlated_key(text[start + 1:end]) if end > 0 else None
        if term is not None:
            out.append((term[0], bool(m.group(1)), term[1]))
    return out


_EXISTS_SUB = re.compile(r"\b(not\s+)?exists\s*\(\s*(?=select\b)", re.I)
_KEY_EQ = re.compile(r"^\s*\(?\s*(?:([\w\"]+)\.)?([\w\"]+)\s*=\s*(?:([\w\"]+)\.)?([\w\"]+)\s*\)?\s*$")


def _correlated_key(text: str) -> tuple[str, Select] | None:
    """`SELECT 1 FROM t WHERE t.g = v.g AND t.month <= '2024-06'`: the outer query's column (`g`) and the
    subquery of the inner ones it is matched against (`SELECT g FROM t WHERE t.month <= '2024-06'`)."""
    sub = select(text)
    if sub is None or sub.source is None or not sub.where or sub.joins or sub.union:
        return None
    inner = {n.lower() for n in (sub.source.alias, sub.source.name) if n}
    terms = _split_top(sub.where, _AND)
    for i, part in enumerate(terms):
        m = _KEY_EQ.match(part)
        if not m or not m.group(1) or not m.group(3):
            continue
        (qa, a), (qb, b) = (_unquote(m.group(1)).lower(), m.group(2)), (_unquote(m.group(3)).lower(), m.group(4))
        if (qa in inner) == (qb in inner):
            continue
        inner_col, outer_col = (a, b) if qa in inner else (b, a)
        rest = " AND ".join(t.strip() for j, t in enumerate(terms) if j != i)
        # the subquery with the inner column selected and the matching term taken out
        return _unquote(outer_col), Select(sub.ctes, [item(inner_col)], sub.source, [], rest or None, (), sub.sample)
    return None


def scalar_subqueries(text: str) -> list[Select]:
    """The subqueries in parentheses within one selected expression (`(SELECT median(x) FROM t)`)."""
    out = []
    for m in re.finditer(r"\(\s*select\b", text, re.I):
        end = _closing(text, m.start())
        sub = select(text[m.start() + 1:end]) if end > 0 else None
        if sub is not None:
            out.append(sub)
    return out


_FIRST_AFTER = re.compile(r"^\s*min\s*\(\s*([\w\"]+)\s*\)\s*(>=|>)\s*(?:date\s+|timestamp\s+)?('[^']*'|-?\d+(?:\.\d+)?)\s*$",
                          re.I)


def first_after(having: str | None):
    """`HAVING MIN(month) >= DATE '2024-07-01'`: (column, literal value) of a group's first value at or after a
    cut, else None."""
    m = _FIRST_AFTER.match(having or "")
    if not m:
        return None
    value = m.group(3)
    return _unquote(m.group(1)), value[1:-1] if value.startswith("'") else float(value) if "." in value \
        else int(value)
