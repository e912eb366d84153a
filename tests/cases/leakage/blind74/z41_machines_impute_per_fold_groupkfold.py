"""
Machine failure within 7 days.

Data cleaning
  - duplicate (machine_id, reading_date) rows: keep the last export
  - voltage reported in mV for some firmware versions -> convert to V
  - negative counters -> NaN
Validation
  - GroupKFold over machine_id: a machine is never in train and validation at the same time
  - imputation + scaling inside the pipeline, refit per fold
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["age_days", "vibration", "temperature", "pressure", "rpm", "voltage", "error_count_24h", "last_service_days"]
CATEGORICAL = ["model_type"]


def clean(df):
    df = df.copy()
    mv = df["voltage"] > 1000
    df.loc[mv, "voltage"] = df.loc[mv, "voltage"] / 1000.0
    for c in ["error_count_24h", "last_service_days", "age_days"]:
        df.loc[df[c] < 0, c] = np.nan
    df["log_errors"] = np.log1p(df["error_count_24h"])
    return df


raw = pd.read_csv("train.csv", parse_dates=["reading_date"])
raw = raw.sort_values("reading_date").drop_duplicates(subset=["machine_id", "reading_date"], keep="last")
data = clean(raw)
print(f"{len(data)} readings, {data['machine_id'].nunique()} machines, failure rate {data['failure_7d'].mean():.3f}")

features = NUMERIC + ["log_errors"] + CATEGORICAL
X, y, machines = data[features], data["failure_7d"], data["machine_id"]

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median", add_indicator=True)), ("sc", StandardScaler())]),
     NUMERIC + ["log_errors"]),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=5000, C=0.2, class_weight="balanced"))])

cv = GroupKFold(n_splits=5)
res = cross_validate(clf, X, y, groups=machines, cv=cv,
                     scoring={"auc": "roc_auc", "ap": "average_precision", "recall": "recall"})
print("AUC    per fold:", np.round(res["test_auc"], 4), "mean", res["test_auc"].mean().round(4))
print("AP     per fold:", np.round(res["test_ap"], 4), "mean", res["test_ap"].mean().round(4))
print("recall per fold:", np.round(res["test_recall"], 4))

clf.fit(X, y)
coef = pd.Series(clf.named_steps["lr"].coef_[0], index=clf.named_steps["pre"].get_feature_names_out())
print(coef.sort_values().round(3))

test = clean(pd.read_csv("test.csv", parse_dates=["reading_date"]))
pd.DataFrame({"reading_id": test["reading_id"], "prediction": clf.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
