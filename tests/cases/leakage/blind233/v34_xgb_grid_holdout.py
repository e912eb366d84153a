"""
XGBoost hyper-parameter tuning for the fraud take-home.

- categorical columns -> one-hot (pd.get_dummies, train and test together so the columns line up)
- 80/20 stratified split
- small grid over depth / learning rate / min_child_weight / scale_pos_weight
- report the tuned model's PR AUC (primary metric, because positives are ~3%) and ROC AUC
"""
import itertools
import time

import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score, fbeta_score

SEED = 123

train_df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

cat_cols = ["merchant_category", "country", "device_type"]
num_cols = ["amount", "hour", "card_age_days", "tx_count_24h"]

stacked = pd.concat([train_df[cat_cols + num_cols], test_df[cat_cols + num_cols]], ignore_index=True)
stacked["amount"] = np.log1p(stacked["amount"])
stacked = pd.get_dummies(stacked, columns=cat_cols, dtype=np.int8)
X = stacked.iloc[: len(train_df)].reset_index(drop=True)
X_submit = stacked.iloc[len(train_df):].reset_index(drop=True)
y = train_df["is_fraud"].to_numpy()

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
neg_pos = (y_train == 0).sum() / (y_train == 1).sum()

grid = {
    "max_depth": [3, 5, 7],
    "learning_rate": [0.03, 0.1],
    "min_child_weight": [1, 5],
    "scale_pos_weight": [1.0, np.sqrt(neg_pos), neg_pos],
}

results = []
best = {"ap": -1}
t0 = time.time()
for depth, lr, mcw, spw in itertools.product(*grid.values()):
    clf = XGBClassifier(
        n_estimators=400,
        max_depth=depth,
        learning_rate=lr,
        min_child_weight=mcw,
        scale_pos_weight=spw,
        subsample=0.8,
        colsample_bytree=0.8,
        tree_method="hist",
        eval_metric="aucpr",
        random_state=SEED,
        n_jobs=-1,
    )
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_test)[:, 1]
    ap = average_precision_score(y_test, proba)
    results.append({"max_depth": depth, "learning_rate": lr, "min_child_weight": mcw,
                    "scale_pos_weight": round(spw, 2), "ap": ap})
    if ap > best["ap"]:
        best = {"ap": ap, "params": clf.get_params(), "proba": proba}
print(f"grid of {len(results)} done in {time.time() - t0:.0f}s")

res = pd.DataFrame(results).sort_values("ap", ascending=False)
print(res.head(10).to_string(index=False))

proba = best["proba"]
print("\nTuned XGBoost")
print("  params :", {k: best["params"][k] for k in grid})
print(f"  PR AUC : {best['ap']:.4f}")
print(f"  ROC AUC: {roc_auc_score(y_test, proba):.4f}")
for t in (0.3, 0.5, 0.7):
    print(f"  F2 @ {t}: {fbeta_score(y_test, (proba >= t).astype(int), beta=2):.4f}")

final = XGBClassifier(**best["params"])
final.fit(X, y)
pd.DataFrame({"transaction_id": test_df["transaction_id"],
              "prediction": final.predict_proba(X_submit)[:, 1]}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
