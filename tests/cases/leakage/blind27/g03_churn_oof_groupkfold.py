import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
num_cols = ["tenure_months", "monthly_charges", "total_charges",
            "num_support_tickets", "data_usage_gb", "days_since_last_login"]
cat_cols = ["plan_type", "contract_type", "payment_method"]
text_col = "last_ticket_text"

snapshots = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
snapshots[text_col] = snapshots[text_col].fillna("no ticket")
print(snapshots["snapshot_month"].min(), "->", snapshots["snapshot_month"].max())

features = snapshots[num_cols + cat_cols + [text_col]]
labels = snapshots[TARGET]
customers = snapshots["customer_id"]

preprocess = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                      ("scale", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ("txt", TfidfVectorizer(min_df=5, ngram_range=(1, 2), max_features=20000), text_col),
])

model = Pipeline([
    ("prep", preprocess),
    ("clf", LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)),
])

folds = GroupKFold(n_splits=5)
oof = cross_val_predict(model, features, labels, groups=customers, cv=folds,
                        method="predict_proba")[:, 1]
oof_dummy = cross_val_predict(DummyClassifier(strategy="prior"), features, labels,
                              groups=customers, cv=folds, method="predict_proba")[:, 1]

report = pd.DataFrame({
    "model": [roc_auc_score(labels, oof), average_precision_score(labels, oof),
              brier_score_loss(labels, oof)],
    "prior baseline": [roc_auc_score(labels, oof_dummy),
                       average_precision_score(labels, oof_dummy),
                       brier_score_loss(labels, oof_dummy)],
}, index=["roc_auc", "avg_precision", "brier"])
print(report.round(4))

snapshots["oof_score"] = oof
by_month = snapshots.groupby("snapshot_month").apply(
    lambda g: roc_auc_score(g[TARGET], g["oof_score"]) if g[TARGET].nunique() > 1 else np.nan)
print(by_month.round(3))
