"""Feature adoption (dashboards) - feature screening + random forest.

I generated a lot of candidate lag/window features, so I keep the most
informative ones with mutual information before fitting the forest.
"""
import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, f1_score

TARGET = "adopted_dashboards"
df = pd.read_csv("train.csv", parse_dates=["week_start"]).sort_values(["user_id", "week_start"])

ACTIVITY = ["sessions", "events", "reports_viewed", "reports_exported",
            "shared_links", "dashboards_viewed", "invited_by_teammate"]

# candidate features: lags 1-3 and past windows of 2/4/8 weeks
g = df.groupby("user_id")
cand = {}
for c in ACTIVITY:
    for L in (1, 2, 3):
        cand[f"{c}_lag{L}"] = g[c].shift(L)
    for w in (2, 4, 8):
        cand[f"{c}_past{w}w"] = g[c].transform(lambda s, w=w: s.shift(1).rolling(w, min_periods=1).sum())
cand = pd.DataFrame(cand, index=df.index).fillna(0)
df = pd.concat([df, cand], axis=1)
for p in ["free", "team", "business"]:
    df[f"plan_{p}"] = (df["plan"] == p).astype(int)
for r in ["admin", "editor", "viewer"]:
    df[f"role_{r}"] = (df["role"] == r).astype(int)

all_feats = ACTIVITY + list(cand.columns) + ["seats_in_workspace", "tenure_weeks"] + \
    [c for c in df.columns if c.startswith(("plan_", "role_"))]
print(len(all_feats), "candidate features")

# keep the 25 most informative
selector = SelectKBest(mutual_info_classif, k=25)
selector.fit(df[all_feats], df[TARGET])
kept = [f for f, keep in zip(all_feats, selector.get_support()) if keep]
print("kept:", kept)

# last 10 weeks are the test period
cut = df["week_start"].sort_values().unique()[-10]
train, test = df[df.week_start < cut], df[df.week_start >= cut]

rf = RandomForestClassifier(n_estimators=400, max_depth=12, min_samples_leaf=5, n_jobs=-1, random_state=42)
rf.fit(train[kept], train[TARGET])
proba = rf.predict_proba(test[kept])[:, 1]

# simple rule for comparison: will adopt iff they looked at a dashboard this week
rule = (test["dashboards_viewed"] > 0).astype(int)

print("rule baseline   auc %.3f  f1 %.3f" % (roc_auc_score(test[TARGET], rule), f1_score(test[TARGET], rule)))
print("random forest   auc %.3f  f1 %.3f" % (roc_auc_score(test[TARGET], proba), f1_score(test[TARGET], proba > 0.5)))
