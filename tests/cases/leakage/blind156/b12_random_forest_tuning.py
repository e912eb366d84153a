"""Random forest for churn-snapshots.

Holdout = Jul-Sep snapshots of customers absent from Jan-Jun; the forest is
fitted on Jan-Jun. A small grid over depth / leaf size is run and the best
configuration is kept.
"""
import json

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
DROP = [TARGET, ID, "customer_id", "snapshot_month"] + task["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.groupby("snapshot_month").agg(rows=(ID, "size"), churn=(TARGET, "mean"),
                                       customers=("customer_id", "nunique")))


def prep(d):
    d = pd.get_dummies(d, columns=["plan", "region"], dtype=int)
    d["days_since_last_login"] = d["days_since_last_login"].fillna(999)
    d["low_usage"] = (d["logins_30d"] < 3).astype(int)
    return d


full = prep(pd.concat([df, test], keys=["lab", "sub"]))
lab, sub = full.loc["lab"], full.loc["sub"]
FEATS = [c for c in lab.columns if c not in DROP]

m = lab["snapshot_month"]
fit = lab[m < "2024-07-01"]
hold = lab[(m >= "2024-07-01") & ~lab["customer_id"].isin(fit["customer_id"])]
print(len(fit), len(hold), int(hold[TARGET].sum()))

grid = [dict(max_depth=d, min_samples_leaf=l) for d in (6, 10, None) for l in (5, 20, 50)]
rows = []
for g in grid:
    rf = RandomForestClassifier(n_estimators=300, class_weight="balanced_subsample",
                                n_jobs=-1, random_state=0, **g)
    rf.fit(fit[FEATS], fit[TARGET])
    p = rf.predict_proba(hold[FEATS])[:, 1]
    rows.append({**g, "auc": roc_auc_score(hold[TARGET], p),
                 "ap": average_precision_score(hold[TARGET], p)})
    print(g, round(rows[-1]["auc"], 4))

results = pd.DataFrame(rows).sort_values("auc", ascending=False)
print(results.to_string(index=False))
best_row = results.iloc[0]
best = {"max_depth": None if pd.isna(best_row["max_depth"]) else int(best_row["max_depth"]),
        "min_samples_leaf": int(best_row["min_samples_leaf"])}

dummy = DummyClassifier(strategy="prior").fit(fit[FEATS], fit[TARGET])
p_dummy = dummy.predict_proba(hold[FEATS])[:, 1]
print("dummy        auc=%.4f ap=%.4f" % (roc_auc_score(hold[TARGET], p_dummy),
                                         average_precision_score(hold[TARGET], p_dummy)))
print("best forest  auc=%.4f ap=%.4f  %s" % (best_row["auc"], best_row["ap"], best))

final = RandomForestClassifier(n_estimators=300, class_weight="balanced_subsample",
                               n_jobs=-1, random_state=0, **best).fit(lab[FEATS], lab[TARGET])
pd.DataFrame({ID: sub[ID].values, "prediction": final.predict_proba(sub[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(float(best_row["auc"]), 4),
           "average_precision": round(float(best_row["ap"]), 4)}, open("metrics.json", "w"))
