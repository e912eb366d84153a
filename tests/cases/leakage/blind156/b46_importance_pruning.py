"""churn-snapshots - feature pruning + gradient boosting.

1. Build a wide feature set (~35 columns).
2. Rank features with a random forest and keep the 10 most important ones.
3. Evaluate a gradient-boosting model on the pruned set against a prior-only
   dummy: fit Jan-Jun, score Jul-Sep rows of customers not seen in Jan-Jun.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
META = [TARGET, ID, "customer_id", "snapshot_month"] + task["leaky_columns"]
TOP_K = 10

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def wide_features(d):
    d = d.copy()
    d["days_since_last_login"] = d["days_since_last_login"].fillna(120)
    base = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
            "support_tickets_30d", "payment_failures_90d"]
    for col in base:
        d[f"log_{col}"] = np.log1p(d[col].clip(lower=0))
    for i, a in enumerate(base):
        for b in base[i + 1:]:
            d[f"{a}_per_{b}"] = d[a] / (d[b] + 1)
    return pd.get_dummies(d, columns=["plan", "region"], dtype=int)


df = wide_features(df)
test = wide_features(test).reindex(columns=df.columns, fill_value=0)
wide = [c for c in df.columns if c not in META]
print(len(wide), "features before pruning")

ranker = RandomForestClassifier(n_estimators=300, min_samples_leaf=10, n_jobs=-1, random_state=0)
ranker.fit(df[wide], df[TARGET])
ranking = pd.Series(ranker.feature_importances_, index=wide).sort_values(ascending=False)
keep = ranking.head(TOP_K).index.tolist()
print(ranking.head(15).round(4))

cut = pd.Timestamp("2024-07-01")
fit = df[df["snapshot_month"] < cut]
val = df[(df["snapshot_month"] >= cut) & ~df["customer_id"].isin(fit["customer_id"])]
print("fit", len(fit), "val", len(val), "val churners", int(val[TARGET].sum()))

gb = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8,
                                random_state=0).fit(fit[keep], fit[TARGET])
dummy = DummyClassifier(strategy="prior").fit(fit[keep], fit[TARGET])

summary = {}
for name, m in [("dummy", dummy), ("gb_pruned", gb)]:
    p = m.predict_proba(val[keep])[:, 1]
    summary[name] = {"roc_auc": round(roc_auc_score(val[TARGET], p), 4),
                     "average_precision": round(average_precision_score(val[TARGET], p), 4)}
print(pd.DataFrame(summary).T)

final = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8,
                                   random_state=0).fit(df[keep], df[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[keep])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump(summary["gb_pruned"], open("metrics.json", "w"))
