"""
Predictive maintenance take-home: will a machine fail within the next 7 days?

Approach
--------
* lag / rolling features per machine, always shifted by one day so a row
  only sees readings from before its own date
* evaluation: hold out 20% of the machines and score only their rows after a
  cutoff date; the model is trained on the other machines before the cutoff
* LightGBM against a prior-probability baseline, scored with PR-AUC because
  failures are rare (~4% of machine-days)
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

SENSORS = ["volt", "rotate", "pressure", "vibration"]
TARGET = "failure_7d"
SEED = 7


def load():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    train["_part"] = "train"
    test["_part"] = "test"
    df = pd.concat([train, test], ignore_index=True)
    return df.sort_values(["machine_id", "date"]).reset_index(drop=True)


def add_features(df):
    g = df.groupby("machine_id")
    for col in SENSORS:
        prev = g[col].shift(1)
        df[f"{col}_lag1"] = prev
        df[f"{col}_mean_7d"] = prev.groupby(df["machine_id"]).transform(
            lambda s: s.rolling(7, min_periods=1).mean())
        df[f"{col}_std_7d"] = prev.groupby(df["machine_id"]).transform(
            lambda s: s.rolling(7, min_periods=2).std())
        df[f"{col}_delta"] = df[col] - prev
    df["errors_7d"] = g["error_count"].transform(lambda s: s.shift(1).rolling(7, min_periods=1).sum())
    df["errors_30d"] = g["error_count"].transform(lambda s: s.shift(1).rolling(30, min_periods=1).sum())
    df["dow"] = df["date"].dt.dayofweek
    df = pd.get_dummies(df, columns=["machine_model"], prefix="model", dtype=int)
    return df


df = add_features(load())
labelled = df[df["_part"] == "train"].copy()

DROP = ["row_id", "machine_id", "date", TARGET, "repair_ticket_closed", "_part"]
FEATURES = [c for c in labelled.columns if c not in DROP]
print(f"{len(FEATURES)} features, {len(labelled)} labelled machine-days")

# --- evaluation split -------------------------------------------------------
rng = np.random.default_rng(SEED)
machines = labelled["machine_id"].unique()
test_machines = rng.choice(machines, size=int(0.2 * len(machines)), replace=False)
cutoff = labelled["date"].quantile(0.8)
is_test_machine = labelled["machine_id"].isin(test_machines)
tr = labelled[~is_test_machine & (labelled["date"] < cutoff)]
te = labelled[is_test_machine & (labelled["date"] >= cutoff)]
# ----------------------------------------------------------------------------
print(f"train rows={len(tr)} (pos {tr[TARGET].mean():.3%})  test rows={len(te)} (pos {te[TARGET].mean():.3%})")

params = dict(n_estimators=400, learning_rate=0.03, num_leaves=31, subsample=0.8,
              subsample_freq=1, colsample_bytree=0.8, scale_pos_weight=10,
              random_state=SEED, verbose=-1)
model = lgb.LGBMClassifier(**params)
model.fit(tr[FEATURES], tr[TARGET])
p_model = model.predict_proba(te[FEATURES])[:, 1]

baseline = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
p_base = baseline.predict_proba(te[FEATURES])[:, 1]

for name, pred in [("baseline (prior)", p_base), ("lightgbm", p_model)]:
    print(f"{name:18s} PR-AUC={average_precision_score(te[TARGET], pred):.4f} "
          f"ROC-AUC={roc_auc_score(te[TARGET], pred):.4f}")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print("top features:\n", imp.head(12).to_string())

# refit on every labelled row and score the bundle's test.csv
final = lgb.LGBMClassifier(**params).fit(labelled[FEATURES], labelled[TARGET])
to_score = df[df["_part"] == "test"]
pd.DataFrame({"row_id": to_score["row_id"],
              "prediction": final.predict_proba(to_score[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
