# ICU early warning - deterioration (pressors / intubation / death) within the next 6h
# rows = one per stay per charted hour
# labs (lactate, creatinine, wbc) are drawn a few times a day, so most hours are empty

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "deterioration_6h"
VITALS = ["heart_rate", "resp_rate", "spo2", "sbp", "dbp", "temp_c", "gcs", "fio2"]
LABS = ["lactate", "creatinine", "wbc"]

df = pd.read_csv("train.csv", parse_dates=["charttime", "admit_time"])
df = df.sort_values(["stay_id", "charttime"]).reset_index(drop=True)
print(df.shape, df.stay_id.nunique(), "stays")
print("event rate per hour:", round(df[TARGET].mean(), 4))
print(df[LABS].isna().mean().round(3))

# --- fill gaps within each stay ---
g = df.groupby("stay_id")
df[VITALS] = g[VITALS].ffill()
# labs: flag whether a value was ever drawn so far, then carry the last value forward only
# (hours before the first draw stay NaN and get the train median in the pipeline)
for c in LABS:
    df[c + "_measured"] = g[c].transform(lambda s: s.notna().cummax()).astype(int)
df[LABS] = g[LABS].ffill()

# --- trends over the previous hours ---
g = df.groupby("stay_id")
for c in ["heart_rate", "resp_rate", "sbp", "spo2"]:
    df[c + "_d1"] = df[c] - g[c].shift(1)
    df[c + "_prev4_mean"] = g[c].transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean())
df["shock_index"] = df["heart_rate"] / df["sbp"].replace(0, np.nan)
df["hours_in"] = (df["charttime"] - df["admit_time"]).dt.total_seconds() / 3600
df["emergency"] = (df["admission_type"] == "emergency").astype(int)

features = (VITALS + LABS + [c + "_measured" for c in LABS]
            + [c for c in df.columns if c.endswith("_d1") or c.endswith("_prev4_mean")]
            + ["shock_index", "hours_in", "age", "emergency"])

# --- split: whole stays, earlier stays train / later stays test ---
# stays that straddle the cutoff are dropped so no stay is on both sides
span = df.groupby("stay_id")["charttime"].agg(["min", "max"])
cutoff = pd.Timestamp("2022-07-01")
train_stays = span.index[span["max"] < cutoff]
test_stays = span.index[span["min"] >= cutoff]
tr = df[df.stay_id.isin(train_stays)]
te = df[df.stay_id.isin(test_stays)]
print(f"train {len(tr)} rows / {len(train_stays)} stays, test {len(te)} rows / {len(test_stays)} stays")

pipe = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(max_iter=2000, class_weight="balanced")),
])
pipe.fit(tr[features], tr[TARGET])
p = pipe.predict_proba(te[features])[:, 1]

base = DummyClassifier(strategy="prior").fit(tr[features], tr[TARGET])
pb = base.predict_proba(te[features])[:, 1]

print(f"prior baseline  AUROC {roc_auc_score(te[TARGET], pb):.3f}  AUPRC {average_precision_score(te[TARGET], pb):.3f}")
print(f"logistic        AUROC {roc_auc_score(te[TARGET], p):.3f}  AUPRC {average_precision_score(te[TARGET], p):.3f}")

coefs = pd.Series(pipe.named_steps["lr"].coef_[0], index=features).sort_values()
print(coefs.tail(10))
