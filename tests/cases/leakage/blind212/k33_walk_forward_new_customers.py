# churn-snapshots: walk-forward backtest, scored on new customers
#
# Test = Oct-Dec snapshots of customers we have never seen. So each backtest fold
# fits on all months before a cutoff and scores the cutoff month, keeping only the
# customers that have no snapshot before the cutoff. SMOTE sits inside an imblearn
# pipeline, so it only ever sees the fitting rows of a fold.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
import lightgbm as lgb

TARGET = "churned_next_month"
NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
PLANS = ["basic", "standard", "premium", "family"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values("snapshot_month", kind="mergesort").reset_index(drop=True)


def design(d):
    X = d[NUM].fillna(0).astype(float)
    for p in PLANS:
        X["plan_" + p] = (d["plan"] == p).astype(float)
    return X


X, y = design(df), df[TARGET]
print(df.groupby(df["snapshot_month"].dt.strftime("%Y-%m")).agg(rows=(TARGET, "size"), churn=(TARGET, "mean")))


def make_model(seed):
    return ImbPipeline([
        ("smote", SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=seed)),
        ("lgbm", lgb.LGBMClassifier(
            n_estimators=400,
            learning_rate=0.03,
            num_leaves=16,
            min_child_samples=50,
            subsample=0.8,
            subsample_freq=1,
            colsample_bytree=0.8,
            random_state=seed,
            verbose=-1,
        )),
    ])


cutoffs = pd.to_datetime(["2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01"])
fold_scores = []
for fold, cutoff in enumerate(cutoffs):
    fit_mask = df["snapshot_month"] < cutoff
    seen = df.loc[fit_mask, "customer_id"].unique()
    score_mask = (df["snapshot_month"] == cutoff) & ~df["customer_id"].isin(seen)
    if y[score_mask].nunique() < 2:
        print(f"fold {fold}: cutoff {cutoff:%Y-%m} has a single class, skipped")
        continue

    X_tr, y_tr = X[fit_mask], y[fit_mask]
    X_va, y_va = X[score_mask], y[score_mask]

    model = make_model(fold).fit(X_tr, y_tr)
    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    p = model.predict_proba(X_va)[:, 1]
    p0 = dummy.predict_proba(X_va)[:, 1]
    row = {
        "fold": fold,
        "cutoff": f"{cutoff:%Y-%m}",
        "n_fit": int(fit_mask.sum()),
        "n_score": int(score_mask.sum()),
        "auc": roc_auc_score(y_va, p),
        "ap": average_precision_score(y_va, p),
        "auc_dummy": roc_auc_score(y_va, p0),
        "ap_dummy": average_precision_score(y_va, p0),
    }
    fold_scores.append(row)
    print(row)

res = pd.DataFrame(fold_scores)
print(res.round(4).to_string(index=False))
print("mean AUC %.4f | mean AP %.4f | dummy AP %.4f" % (res.auc.mean(), res.ap.mean(), res.ap_dummy.mean()))

res.plot(x="cutoff", y=["ap", "ap_dummy"], marker="o", title="PR AUC per backtest month (new customers)")
plt.savefig("backtest.png", dpi=80)

final = make_model(0).fit(X, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(design(test))[:, 1]}).to_csv(
    "predictions.csv", index=False
)
