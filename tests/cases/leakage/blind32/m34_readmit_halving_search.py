"""30-day readmission - tuned gradient boosting.

Holdout: 20% of *patients* (GroupShuffleSplit), so no patient is in both the
development data and the holdout. Hyperparameters: successive-halving random
search with stratified 5-fold CV on the development encounters.
"""
import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint
from sklearn.experimental import enable_halving_search_cv  # noqa: F401
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss
from sklearn.model_selection import GroupShuffleSplit, HalvingRandomSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

SEED = 6
TARGET = "readmit_30d"
GROUP = "patient_id"
EXCLUDE = ["encounter_id", GROUP, "admit_date", "days_to_next_admission", TARGET]
SPACE = {
    "clf__learning_rate": loguniform(0.01, 0.3),
    "clf__max_leaf_nodes": randint(7, 64),
    "clf__min_samples_leaf": randint(10, 300),
    "clf__l2_regularization": loguniform(1e-4, 10),
    "clf__max_bins": [63, 127, 255],
}


def featurize(df):
    df = df.copy()
    df["los_per_dx"] = df["length_of_stay"] / df["n_diagnoses"].clip(lower=1)
    df["meds_per_day"] = df["n_medications"] / df["length_of_stay"].clip(lower=1)
    df["prior_util"] = df["n_prior_inpatient_12m"] + df["n_prior_er_12m"]
    return df


def pipeline():
    enc = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, encoded_missing_value=-1),
         make_column_selector(dtype_include=object)),
        remainder="passthrough",
        verbose_feature_names_out=False,
    ).set_output(transform="pandas")
    return Pipeline([("enc", enc), ("clf", HistGradientBoostingClassifier(max_iter=300, random_state=SEED))])


def main():
    df = featurize(pd.read_csv("train.csv"))
    X = df.drop(columns=EXCLUDE)
    y = df[TARGET]
    groups = df[GROUP]

    dev_idx, hold_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED).split(X, y, groups))
    X_dev, y_dev = X.iloc[dev_idx], y.iloc[dev_idx]
    X_hold, y_hold = X.iloc[hold_idx], y.iloc[hold_idx]
    print(f"dev: {len(dev_idx):,} encounters / {groups.iloc[dev_idx].nunique():,} patients; "
          f"holdout: {len(hold_idx):,} / {groups.iloc[hold_idx].nunique():,}")

    search = HalvingRandomSearchCV(
        pipeline(), SPACE, n_candidates=60, factor=3, resource="n_samples", min_resources=2000,
        cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED),
        scoring="roc_auc", random_state=SEED, n_jobs=-1, refit=True,
    )
    search.fit(X_dev, y_dev)
    print(f"best CV AUC {search.best_score_:.4f} after {search.n_iterations_} halving rounds")
    print(search.best_params_)

    hist = pd.DataFrame(search.cv_results_).groupby("iter").agg(
        candidates=("params", "size"), resources=("n_resources", "first"), best_auc=("mean_test_score", "max"))
    print(hist.round(4))

    dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
    for name, m in [("dummy_prior", dummy), ("hgb_tuned", search.best_estimator_)]:
        p = m.predict_proba(X_hold)[:, 1]
        print(f"holdout {name:12s} AUC {roc_auc_score(y_hold, p):.4f}  AP {average_precision_score(y_hold, p):.4f}  "
              f"logloss {log_loss(y_hold, p):.4f}")

    final = pipeline().set_params(**search.best_params_).fit(X, y)
    sub = featurize(pd.read_csv("test.csv"))
    pd.DataFrame({"encounter_id": sub["encounter_id"], "prediction": final.predict_proba(sub[X.columns])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
