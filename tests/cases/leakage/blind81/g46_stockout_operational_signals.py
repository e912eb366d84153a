"""Stock-out next week: gradient boosting with inventory and replenishment signals.

CV: GroupKFold on store_id. Metrics: ROC-AUC and average precision vs. a prior baseline.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "stockout_next_week"
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def build(frame):
    out = pd.DataFrame(index=frame.index)
    cover = (frame["on_hand"] + frame["on_order"]) / frame["avg_daily_sales_4w"].clip(lower=0.1)
    out["days_of_cover"] = cover
    out["cover_gap"] = cover - frame["lead_time_days"]
    out["on_hand"] = frame["on_hand"]
    out["on_order"] = frame["on_order"]
    out["lead_time_days"] = frame["lead_time_days"]
    out["avg_daily_sales_4w"] = frame["avg_daily_sales_4w"]
    out["units_sold_last_week"] = frame["units_sold_last_week"]
    out["promo_next_week"] = frame["promo_next_week"]
    out["price"] = frame["price"]
    # replenishment signal from the ordering system
    out["emergency_order"] = frame.get("emergency_order", pd.Series(0, index=frame.index)).astype(int)
    out["category"] = frame["category"].astype("category")
    return out


X, y, groups = build(df), df[TARGET], df["store_id"]
oof_model = np.zeros(len(df))
oof_prior = np.zeros(len(df))
folds = GroupKFold(n_splits=5)
for k, (tr, va) in enumerate(folds.split(X, y, groups)):
    clf = LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31,
                         min_child_samples=40, is_unbalance=True, verbose=-1)
    clf.fit(X.iloc[tr], y.iloc[tr])
    oof_model[va] = clf.predict_proba(X.iloc[va])[:, 1]
    oof_prior[va] = DummyClassifier(strategy="prior").fit(X.iloc[tr], y.iloc[tr]).predict_proba(X.iloc[va])[:, 1]
    print(f"fold {k}: AUC {roc_auc_score(y.iloc[va], oof_model[va]):.4f}  "
          f"AP {average_precision_score(y.iloc[va], oof_model[va]):.4f}")

print(f"OOF ROC-AUC  model {roc_auc_score(y, oof_model):.4f}  prior {roc_auc_score(y, oof_prior):.4f}")
print(f"OOF PR-AUC   model {average_precision_score(y, oof_model):.4f}  prior {average_precision_score(y, oof_prior):.4f}")

# recall at a 20% review budget
k = int(0.2 * len(df))
top = np.argsort(-oof_model)[:k]
print(f"recall@20%: {y.iloc[top].sum() / y.sum():.3f}")

final = LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31,
                       min_child_samples=40, is_unbalance=True, verbose=-1).fit(X, y)
pd.DataFrame({"row_id": test["row_id"], "prediction": final.predict_proba(build(test))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
