import pandas as pd
import numpy as np
from xgboost import XGBClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
TARGET = "churned_next_month"

print(train[TARGET].mean())
for c in ["plan", "region", "contract_type"]:
    print(train.groupby(c)[TARGET].agg(["mean", "size"]))


def smoothed_te(frame, col, target, m=20):
    """mean churn per category, shrunk to the global mean"""
    glob = frame[target].mean()
    stats = frame.groupby(col)[target].agg(["sum", "count"])
    enc = (stats["sum"] + m * glob) / (stats["count"] + m)
    return enc, glob


encoders = {}
for c in ["plan", "region", "contract_type"]:
    enc, glob = smoothed_te(train, c, TARGET)
    encoders[c] = (enc, glob)
    train[c + "_te"] = train[c].map(enc).fillna(glob)
    test[c + "_te"] = test[c].map(enc).fillna(glob)

feats = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d",
         "payment_failures", "plan_te", "region_te", "contract_type_te"]

# hold out the last 3 months, new customers only
last = sorted(train.snapshot_month.unique())
cut = last[-3]
tr = train[train.snapshot_month < cut]
va = train[(train.snapshot_month >= cut) & (~train.customer_id.isin(set(tr.customer_id)))]
print("tr", tr.shape, "va", va.shape, "va churn", va[TARGET].mean())

clf = XGBClassifier(n_estimators=300, max_depth=4, learning_rate=0.05,
                    subsample=0.8, colsample_bytree=0.8,
                    scale_pos_weight=(1 - tr[TARGET].mean()) / tr[TARGET].mean(),
                    eval_metric="aucpr")
clf.fit(tr[feats], tr[TARGET])
p = clf.predict_proba(va[feats])[:, 1]

base = np.repeat(tr[TARGET].mean(), len(va))
print("baseline PR-AUC:", average_precision_score(va[TARGET], base))
print("xgb PR-AUC     :", average_precision_score(va[TARGET], p))
print("xgb ROC-AUC    :", roc_auc_score(va[TARGET], p))

# top-decile lift
va = va.assign(p=p)
top = va.nlargest(len(va) // 10, "p")
print("lift@10%", top[TARGET].mean() / va[TARGET].mean())

clf.fit(train[feats], train[TARGET])
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "prediction": clf.predict_proba(test[feats])[:, 1]}).to_csv("predictions.csv", index=False)
