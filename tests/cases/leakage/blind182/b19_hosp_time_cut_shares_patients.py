import sys

import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, average_precision_score, recall_score

# ----------------------------------------------------------------------------
# 30-day readmission. Compare a simple logistic regression (my baseline)
# against gradient boosting. Hold-out: the latest 20% of admissions.
# ----------------------------------------------------------------------------

DATA = sys.argv[1] if len(sys.argv) > 1 else "train.csv"
df = pd.read_csv(DATA)
df["admit_date"] = pd.to_datetime(df["admit_date"])
print(df.shape)


def make_X(d):
    dx = d["diagnoses"].fillna("")
    out = pd.DataFrame({
        "los_days": d["los_days"],
        "n_dx": dx.str.count(";") + (dx != "").astype(int),
        "admit_month": d["admit_date"].dt.month,
        "admit_weekday": d["admit_date"].dt.weekday,
        "heart_failure": dx.str.contains("I50").astype(int),
        "diabetes": dx.str.contains(r"E1[01]").astype(int),
        "kidney": dx.str.contains("N18").astype(int),
        "copd": dx.str.contains("J44").astype(int),
        "pneumonia": dx.str.contains(r"J1[2-8]").astype(int),
    }, index=d.index)
    chapters = dx.str.split(";").apply(lambda l: sorted({c.strip()[:1] for c in l if c.strip()}))
    chapter_flags = chapters.str.join("|").str.get_dummies(sep="|").add_prefix("chap_")
    return out.join(chapter_flags)


X = make_X(df)
y = df["readmit_30d"]

# out-of-time split: train on earlier admissions, test on the most recent ones
cutoff = df["admit_date"].quantile(0.8)
is_train = df["admit_date"] < cutoff
X_train, y_train = X[is_train], y[is_train]
X_test, y_test = X[~is_train], y[~is_train]
X_test = X_test.reindex(columns=X_train.columns, fill_value=0)
print("train rows", len(X_train), "test rows", len(X_test))

models = {
    "baseline (logistic regression)": make_pipeline(
        SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression(max_iter=1000)
    ),
    "gradient boosting": GradientBoostingClassifier(
        n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=0
    ),
}

for name, m in models.items():
    m.fit(X_train.fillna(X_train.median()), y_train)
    prob = m.predict_proba(X_test.fillna(X_train.median()))[:, 1]
    pred = (prob >= y_train.mean()).astype(int)
    print(f"{name:32s} acc={accuracy_score(y_test, pred):.3f} "
          f"auc={roc_auc_score(y_test, prob):.3f} ap={average_precision_score(y_test, prob):.3f} "
          f"recall={recall_score(y_test, pred):.3f}")

# final model: gradient boosting on all patients
gb = models["gradient boosting"]
X_full = X.fillna(X.median())
gb.fit(X_full, y)
test_df = pd.read_csv("test.csv", parse_dates=["admit_date"])
X_new = make_X(test_df).reindex(columns=X.columns, fill_value=0).fillna(X.median())
pd.DataFrame({"admission_id": test_df["admission_id"],
              "prediction": gb.predict_proba(X_new)[:, 1]}).to_csv("predictions.csv", index=False)
print("done")
