# upgrade_model.py
# Predict trial -> paid upgrade. ~80 event-type counts, most of them noise.
# Feature selection (L1 logistic regression -> SelectFromModel) is a pipeline
# step, so the grid search refits it on each training fold; the test part is
# scored once with the chosen pipeline.
import numpy as np
import pandas as pd
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 7


def event_matrix(path="data/events.parquet"):
    ev = pl.read_parquet(path)
    wide = (
        ev.group_by("user_id", "event_type")
        .agg(pl.len().alias("n"))
        .pivot(on="event_type", index="user_id", values="n")
        .fill_null(0)
    )
    totals = ev.group_by("user_id").agg(
        pl.len().alias("events_total"),
        pl.col("session_id").n_unique().alias("sessions"),
        pl.col("duration_s").mean().alias("avg_duration_s"),
    )
    return wide.join(totals, on="user_id")


users = pl.read_parquet("data/users.parquet")
data = users.join(event_matrix(), on="user_id", how="left").fill_null(0)

profile_dummies = data.select("platform", "acquisition_channel", "age_band").to_dummies()
numeric = data.drop(
    "user_id", "signup_date", "upgraded", "plan_after_trial", "first_invoice_amount",
    "platform", "acquisition_channel", "age_band", "country", "utm_campaign",
)
X_full = pl.concat([numeric, profile_dummies], how="horizontal").to_pandas()
y_full = data["upgraded"].to_numpy()
print("candidate features:", X_full.shape[1])

X_train, X_test, y_train, y_test = train_test_split(
    X_full, y_full, test_size=0.25, stratify=y_full, random_state=RANDOM_STATE
)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("select", SelectFromModel(LogisticRegression(penalty="l1", solver="liblinear", C=0.05))),
    ("clf", RandomForestClassifier(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=RANDOM_STATE)),
]).set_output(transform="pandas")

grid = GridSearchCV(
    pipe,
    param_grid={
        "select__estimator__C": [0.01, 0.05, 0.2],
        "clf__min_samples_leaf": [1, 3, 10],
    },
    scoring="roc_auc",
    cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE),
    n_jobs=-1,
)
grid.fit(X_train, y_train)
print("best params:", grid.best_params_, "cv auc:", round(grid.best_score_, 4))
cv_table = pd.DataFrame(grid.cv_results_)[["params", "mean_test_score", "std_test_score"]]
print(cv_table.sort_values("mean_test_score", ascending=False).head(5).to_string(index=False))

# ---- single look at the test part ----------------------------------------------
rows = []
for name, m in {"dummy_prior": DummyClassifier(strategy="prior").fit(X_train, y_train),
                "l1-select + rf": grid.best_estimator_}.items():
    proba = m.predict_proba(X_test)[:, 1]
    rows.append(dict(
        model=name,
        roc_auc=roc_auc_score(y_test, proba),
        pr_auc=average_precision_score(y_test, proba),
        f1=f1_score(y_test, (proba >= 0.5).astype(int), zero_division=0),
    ))
print(pd.DataFrame(rows).round(4).to_string(index=False))

kept = grid.best_estimator_.named_steps["select"].get_feature_names_out()
print(f"{len(kept)} features kept:", list(kept)[:25])
