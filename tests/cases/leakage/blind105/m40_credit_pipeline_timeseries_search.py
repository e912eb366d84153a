"""Credit-line default - rebuilt training pipeline after the bureau vendor change.

Everything that learns from data (imputation, scaling, PCA on bureau attributes,
feature selection) sits in one Pipeline, tuned with TimeSeriesSplit on the
training months only. The last quarter is the held-out evaluation.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import TimeSeriesSplit, GridSearchCV
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.sort_values("snapshot_month").reset_index(drop=True)
df["log_limit"] = np.log1p(df["credit_limit"])

bur = [c for c in df.columns if c.startswith("bur_")]
base = ["log_limit", "utilization", "payment_ratio", "months_on_book", "bureau_score",
        "n_delinq_12m", "income_band"]
FEATS = base + bur
DROP = ["snapshot_id", "default_90d", "collections_stage", "recovery_amount"]
assert not set(DROP) & set(FEATS)

cut = pd.Timestamp("2024-04-01")
train = df[df["snapshot_month"] < cut]
hold = df[df["snapshot_month"] >= cut]

pre = ColumnTransformer([
    ("base", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), base),
    ("bur", Pipeline([("imp", SimpleImputer(strategy="constant", fill_value=0)),
                      ("sc", StandardScaler()), ("pca", PCA(n_components=10, random_state=0))]), bur),
])
pipe = Pipeline([
    ("pre", pre),
    ("sel", SelectKBest(mutual_info_classif, k=12)),
    ("clf", LogisticRegression(max_iter=2000)),
])

grid = {"sel__k": [8, 12, "all"], "clf__C": [0.05, 0.2, 1.0]}
search = GridSearchCV(pipe, grid, cv=TimeSeriesSplit(n_splits=4), scoring="average_precision", n_jobs=-1)
search.fit(train[FEATS], train["default_90d"])
print("best params:", search.best_params_, "cv AP %.3f" % search.best_score_)

p = search.best_estimator_.predict_proba(hold[FEATS])[:, 1]
prior = DummyClassifier(strategy="prior").fit(train[FEATS], train["default_90d"])
pb = prior.predict_proba(hold[FEATS])[:, 1]
print("holdout AUC %.3f  AP %.3f  Brier %.4f" % (roc_auc_score(hold["default_90d"], p),
                                                 average_precision_score(hold["default_90d"], p),
                                                 brier_score_loss(hold["default_90d"], p)))
print("prior   AUC %.3f  AP %.3f  Brier %.4f" % (roc_auc_score(hold["default_90d"], pb),
                                                 average_precision_score(hold["default_90d"], pb),
                                                 brier_score_loss(hold["default_90d"], pb)))

test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
test["log_limit"] = np.log1p(test["credit_limit"])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": search.best_estimator_.predict_proba(test[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
