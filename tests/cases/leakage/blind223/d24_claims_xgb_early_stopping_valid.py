# -*- coding: utf-8 -*-
"""
Claims frequency take-home (policy-year level), XGBoost.

Train: policy years 2017-2019.
Valid: policy year 2020, policies first seen in 2020 (early stopping only).
Test : policy years 2021-2022, policies first seen in 2021 or later -- scored once.
"""
import json
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

SEED = 99
LEAKY = ["claim_amount", "claim_settled_date"]

df = pd.read_csv("train.csv")

# ---- encode -------------------------------------------------------------------------
df = pd.get_dummies(df, columns=["region", "vehicle_type"], prefix=["rg", "vt"], dtype=np.int8)
df["mileage_band"] = pd.cut(df["annual_mileage"], [0, 5000, 10000, 15000, 20000, np.inf], labels=False)
df["driver_age_band"] = (df["driver_age"] // 10).clip(1, 8)
df["ncb_x_prior"] = df["no_claim_bonus_years"] * (df["prior_claims_3y"] == 0)

features = [c for c in df.columns if c not in ["record_id", "policy_id", "policy_year", "has_claim"] + LEAKY]
print(len(features), "features:", features)

# ---- split ------------------------------------------------------------------------------
train = df.loc[df.policy_year <= 2019]
valid = df.loc[(df.policy_year == 2020) & ~df.policy_id.isin(train.policy_id.unique())]
test = df.loc[df.policy_year >= 2021]
test = test.loc[~test.policy_id.isin(np.union1d(train.policy_id.unique(), valid.policy_id.unique()))]

X_train, y_train = train[features], train["has_claim"]
X_valid, y_valid = valid[features], valid["has_claim"]
X_test, y_test = test[features], test["has_claim"]
for name, yy in [("train", y_train), ("valid", y_valid), ("test", y_test)]:
    print(f"{name}: {len(yy)} rows, {int(yy.sum())} positives")

# ---- baseline: training-period claim frequency for everyone ---------------------------
prior = y_train.mean()
p0 = np.full(len(y_test), prior)
print(f"[baseline] auc={roc_auc_score(y_test, p0):.4f} ap={average_precision_score(y_test, p0):.4f} "
      f"logloss={log_loss(y_test, p0):.4f}")

# ---- xgboost ------------------------------------------------------------------------------
spw = (1 - prior) / prior
clf = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=4,
    min_child_weight=10,
    subsample=0.8,
    colsample_bytree=0.7,
    gamma=1.0,
    scale_pos_weight=spw,
    eval_metric="aucpr",
    early_stopping_rounds=100,
    tree_method="hist",
    random_state=SEED,
)
clf.fit(
    X_train, y_train,
    eval_set=[(X_train, y_train), (X_valid, y_valid)],
    verbose=250,
)
print("best iteration:", clf.best_iteration, "valid aucpr:", round(clf.best_score, 4))

p = clf.predict_proba(X_test)[:, 1]
metrics = {
    "roc_auc": roc_auc_score(y_test, p),
    "average_precision": average_precision_score(y_test, p),
}
print(f"[xgboost]  auc={metrics['roc_auc']:.4f} ap={metrics['average_precision']:.4f}")

# lift table
q = pd.qcut(p, 10, labels=False, duplicates="drop")
lift = pd.DataFrame({"decile": q, "y": y_test.values}).groupby("decile")["y"].agg(["mean", "sum", "count"])
lift["lift"] = lift["mean"] / y_test.mean()
print(lift.sort_index(ascending=False).round(3))

with open("metrics.json", "w") as fh:
    json.dump({k: round(float(v), 4) for k, v in metrics.items()}, fh)

# ---- curve for the memo -------------------------------------------------------------------
hist = clf.evals_result()
try:
    import matplotlib.pyplot as plt
    plt.plot(hist["validation_0"]["aucpr"], label="train")
    plt.plot(hist["validation_1"]["aucpr"], label="valid")
    plt.axvline(clf.best_iteration, ls="--", c="grey")
    plt.legend(); plt.xlabel("round"); plt.ylabel("AUC-PR")
    plt.savefig("learning_curve.png", dpi=120)
except Exception as exc:  # headless box
    print("plot skipped:", exc)
