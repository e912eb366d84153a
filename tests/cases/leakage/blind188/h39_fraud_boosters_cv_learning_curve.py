import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from lightgbm import LGBMClassifier
from xgboost import XGBClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_validate, learning_curve, train_test_split

# ---------------------------------------------------------------------------------------------
# Fraud take-home: XGBoost vs LightGBM (two configs each), compared by 5-fold stratified CV on the
# development part; learning curve for the winner; the 20% test part is scored once at the end.
# ---------------------------------------------------------------------------------------------

def load(path):
    d = pd.read_csv(path)
    t = pd.to_datetime(d["transaction_time"])
    X = pd.DataFrame({"amount": d["amount"], "log_amount": np.log1p(d["amount"]),
                      "hour": t.dt.hour, "dow": t.dt.dayofweek, "dom": t.dt.day}, index=d.index)
    X = X.join(pd.get_dummies(d[["merchant_category", "country", "device"]], dtype=float))
    return d, X


raw, X = load("train.csv")
y = raw["is_fraud"].to_numpy()
X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=99)

spw = (1 - y_dev.mean()) / y_dev.mean()
candidates = {
    "xgb_d4": XGBClassifier(n_estimators=500, max_depth=4, learning_rate=0.05, subsample=0.8,
                            colsample_bytree=0.8, eval_metric="aucpr", random_state=0),
    "xgb_d6_weighted": XGBClassifier(n_estimators=500, max_depth=6, learning_rate=0.05, subsample=0.8,
                                     colsample_bytree=0.8, scale_pos_weight=np.sqrt(spw),
                                     eval_metric="aucpr", random_state=0),
    "lgbm_31": LGBMClassifier(n_estimators=500, num_leaves=31, learning_rate=0.03, verbose=-1, random_state=0),
    "lgbm_127_reg": LGBMClassifier(n_estimators=500, num_leaves=127, min_child_samples=100, reg_lambda=5.0,
                                   learning_rate=0.03, verbose=-1, random_state=0),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
rows = []
for name, est in candidates.items():
    r = cross_validate(est, X_dev, y_dev, cv=cv, scoring={"ap": "average_precision", "auc": "roc_auc"},
                       return_train_score=True, n_jobs=-1)
    rows.append({"model": name, "cv_ap": r["test_ap"].mean(), "cv_ap_sd": r["test_ap"].std(),
                 "cv_auc": r["test_auc"].mean(), "train_ap": r["train_ap"].mean()})
table = pd.DataFrame(rows).set_index("model").sort_values("cv_ap", ascending=False)
print(table.round(4))
winner = table.index[0]

sizes, tr_scores, cv_scores = learning_curve(candidates[winner], X_dev, y_dev, cv=cv,
                                             scoring="average_precision",
                                             train_sizes=np.linspace(0.15, 1.0, 6), n_jobs=-1)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(sizes, tr_scores.mean(axis=1), "o-", label="train")
ax.plot(sizes, cv_scores.mean(axis=1), "o-", label="cross-validation")
ax.fill_between(sizes, cv_scores.mean(1) - cv_scores.std(1), cv_scores.mean(1) + cv_scores.std(1), alpha=0.2)
ax.set_xlabel("training transactions"); ax.set_ylabel("average precision"); ax.legend(); ax.set_title(winner)
fig.savefig("learning_curve.png", dpi=120, bbox_inches="tight")

model = candidates[winner].fit(X_dev, y_dev)
p = model.predict_proba(X_test)[:, 1]
ap, auc = average_precision_score(y_test, p), roc_auc_score(y_test, p)
rng = np.random.default_rng(1)
bs = np.array([[average_precision_score(y_test[i], p[i]), roc_auc_score(y_test[i], p[i])]
               for i in (rng.integers(0, len(y_test), len(y_test)) for _ in range(1000))])
print(f"TEST {winner}: AP {ap:.4f} [{np.percentile(bs[:, 0], 2.5):.4f}, {np.percentile(bs[:, 0], 97.5):.4f}] "
      f"AUC {auc:.4f} [{np.percentile(bs[:, 1], 2.5):.4f}, {np.percentile(bs[:, 1], 97.5):.4f}]")

final = candidates[winner].fit(X, y)
test_raw, X_sub = load("test.csv")
X_sub = X_sub.reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"transaction_id": test_raw["transaction_id"],
              "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
