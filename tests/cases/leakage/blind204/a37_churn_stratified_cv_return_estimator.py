"""Churn: 5-fold stratified CV for three candidates, with per-fold estimators
kept so I can look at feature importances and average the fold models.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
SEED = 2024
LEAVE_OUT = ["snapshot_id", "customer_id", "snapshot_month", "retention_offer_accepted",
             "cancellation_reason", TARGET]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(df.shape, "churn rate", df[TARGET].mean().round(4))
print(df.describe().T[["mean", "std", "min", "max"]].round(2))

X = df.drop(columns=LEAVE_OUT)
y = df[TARGET]


def preprocessor(scale):
    num_steps = [SimpleImputer(strategy="median")] + ([StandardScaler()] if scale else [])
    return ColumnTransformer(
        [
            ("num", make_pipeline(*num_steps), make_column_selector(dtype_include="number")),
            ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False, min_frequency=30),
             make_column_selector(dtype_include=object)),
        ],
        verbose_feature_names_out=False,
    ).set_output(transform="pandas")


candidates = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(preprocessor(True),
                            LogisticRegression(C=0.3, class_weight="balanced", max_iter=3000)),
    "forest": make_pipeline(preprocessor(False),
                            RandomForestClassifier(n_estimators=400, min_samples_leaf=10,
                                                   class_weight="balanced_subsample",
                                                   n_jobs=-1, random_state=SEED)),
    "hgb": make_pipeline(preprocessor(False),
                         HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400,
                                                        random_state=SEED)),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
scoring = {"roc_auc": "roc_auc", "pr_auc": "average_precision", "brier": "neg_brier_score"}

table, fitted = {}, {}
for name, est in candidates.items():
    out = cross_validate(est, X, y, cv=skf, scoring=scoring,
                         return_estimator=True, return_indices=True, n_jobs=-1)
    fitted[name] = out
    table[name] = {m: f"{out['test_' + m].mean():.4f} ± {out['test_' + m].std():.4f}" for m in scoring}
print(pd.DataFrame(table).T)

# impurity importances of the forest, averaged over folds
forest_folds = fitted["forest"]["estimator"]
names = forest_folds[0][0].get_feature_names_out()
imp = np.mean([f[-1].feature_importances_ for f in forest_folds], axis=0)
print(pd.Series(imp, index=names).sort_values(ascending=False).head(12).round(4))

# out-of-fold predictions of the HGB, stitched back using the returned indices
oof = np.zeros(len(y))
for est, idx in zip(fitted["hgb"]["estimator"], fitted["hgb"]["indices"]["test"]):
    oof[idx] = est.predict_proba(X.iloc[idx])[:, 1]
df["oof"] = oof
print(df.groupby("plan_type")[["oof", TARGET]].mean().round(3).head(10))

# submission: average of the five fold models
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
X_sub = test.drop(columns=[c for c in LEAVE_OUT if c in test.columns])
pred = np.mean([e.predict_proba(X_sub)[:, 1] for e in fitted["hgb"]["estimator"]], axis=0)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
