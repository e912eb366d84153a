"""Predictive maintenance: will a machine fail within the next 24 hours?

Azure AI predictive-maintenance sample data (100 machines, hourly telemetry, 2015):
  PdM_telemetry.csv: datetime, machineID, volt, rotate, pressure, vibration
  PdM_errors.csv   : datetime, machineID, errorID
  PdM_machines.csv : machineID, model, age
  labels_24h.csv   : datetime, machineID, fail_24h   (built by the data team from PdM_failures)
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, precision_recall_fscore_support, roc_auc_score
from xgboost import XGBClassifier

SENSORS = ["volt", "rotate", "pressure", "vibration"]
CUTOFF = pd.Timestamp("2015-10-01")

tele = pd.read_csv("data/PdM_telemetry.csv", parse_dates=["datetime"])
errors = pd.read_csv("data/PdM_errors.csv", parse_dates=["datetime"])
machines = pd.read_csv("data/PdM_machines.csv")
labels = pd.read_csv("data/labels_24h.csv", parse_dates=["datetime"])

# hourly error counts per machine
err = (pd.get_dummies(errors.set_index(["datetime", "machineID"])["errorID"], dtype=int)
         .groupby(level=[0, 1]).sum().reset_index())
df = (tele.merge(err, on=["datetime", "machineID"], how="left")
          .merge(machines, on="machineID", how="left")
          .merge(labels, on=["datetime", "machineID"], how="left"))
err_cols = [c for c in err.columns if c.startswith("error")]
df[err_cols] = df[err_cols].fillna(0)
df["fail_24h"] = df["fail_24h"].fillna(0).astype(int)
df = df.sort_values(["machineID", "datetime"]).reset_index(drop=True)

# lagged rolling statistics per machine (previous 3h / 24h, current hour excluded)
g = df.groupby("machineID")
for s in SENSORS:
    prev = g[s].shift(1)
    df[f"{s}_mean3"] = prev.groupby(df["machineID"]).transform(lambda x: x.rolling(3).mean())
    df[f"{s}_mean24"] = prev.groupby(df["machineID"]).transform(lambda x: x.rolling(24).mean())
    df[f"{s}_std24"] = prev.groupby(df["machineID"]).transform(lambda x: x.rolling(24).std())
for e in err_cols:
    prev = g[e].shift(1)
    df[f"{e}_24h"] = prev.groupby(df["machineID"]).transform(lambda x: x.rolling(24).sum())
df["model"] = df["model"].str.replace("model", "").astype(int)
df = df.dropna()

features = ([f"{s}_{w}" for s in SENSORS for w in ("mean3", "mean24", "std24")]
            + [f"{e}_24h" for e in err_cols] + ["model", "age"])

# --- train on Jan-Sep, evaluate on Oct-Dec of machines the model never saw ------------
rng = np.random.default_rng(42)
machine_ids = df["machineID"].unique()
holdout_machines = set(rng.choice(machine_ids, size=len(machine_ids) // 5, replace=False))
is_holdout = df["machineID"].isin(holdout_machines)
train = df[(df["datetime"] < CUTOFF) & ~is_holdout]
test = df[(df["datetime"] >= CUTOFF) & is_holdout]
assert not set(train["machineID"]) & set(test["machineID"])
print("train:", train.shape, train["fail_24h"].mean().round(4),
      "| test:", test.shape, test["fail_24h"].mean().round(4))

clf = XGBClassifier(n_estimators=300, max_depth=4, learning_rate=0.05, subsample=0.8,
                    colsample_bytree=0.8, eval_metric="aucpr", n_jobs=-1,
                    scale_pos_weight=(train["fail_24h"] == 0).sum() / train["fail_24h"].sum())
clf.fit(train[features], train["fail_24h"])
p = clf.predict_proba(test[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[features], train["fail_24h"])
p_dummy = dummy.predict_proba(test[features])[:, 1]
rule = (test[[f"{e}_24h" for e in err_cols]].sum(axis=1) > 0).astype(float)

for name, score in [("dummy", p_dummy), ("rule: any error in 24h", rule), ("xgboost", p)]:
    print(f"{name:>24s} ROC-AUC={roc_auc_score(test['fail_24h'], score):.3f} "
          f"PR-AUC={average_precision_score(test['fail_24h'], score):.3f}")

prec, rec, f1, _ = precision_recall_fscore_support(test["fail_24h"], p > 0.5, average="binary")
print(f"xgboost @0.5: precision={prec:.3f} recall={rec:.3f} f1={f1:.3f}")
