"""Churn: monthly snapshots, forward-chaining CV, random forest on tabular + call-graph degree."""
import numpy as np
import pandas as pd
import networkx as nx
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
calls = pd.read_csv("calls.csv", parse_dates=["call_time"])
calls["month"] = calls.call_time.dt.to_period("M").astype(str)

# degree in the call graph of the snapshot month
feats = []
for m, g in calls.groupby("month"):
    G = nx.from_pandas_edgelist(g, "caller", "callee")
    feats.append(pd.DataFrame({"msisdn": list(G.nodes()), "month": m,
                               "n_contacts": [G.degree(n) for n in G.nodes()],
                               "avg_contact_deg": [np.mean([G.degree(v) for v in G.neighbors(n)]) for n in G.nodes()]}))
df = df.merge(pd.concat(feats), on=["msisdn", "month"], how="left").fillna({"n_contacts": 0, "avg_contact_deg": 0})

df = df.sort_values("month").reset_index(drop=True)
df = pd.get_dummies(df, columns=["plan_type"], drop_first=True)
X = df.drop(columns=["churned", "row_id", "msisdn", "month"])
y = df["churned"]
print(X.columns.tolist())

tscv = TimeSeriesSplit(n_splits=5)
scores = []
for i, (tr, te) in enumerate(tscv.split(X)):
    rf = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=i)
    rf.fit(X.iloc[tr], y.iloc[tr])
    acc = accuracy_score(y.iloc[te], rf.predict(X.iloc[te]))
    scores.append(acc)
    print(f"fold {i}: train up to {df.month.iloc[tr].max()}, test {df.month.iloc[te].min()}..{df.month.iloc[te].max()}  acc={acc:.4f}")

print(f"mean accuracy {np.mean(scores):.4f} (+/- {np.std(scores):.4f})")

rf_full = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=0).fit(X, y)
importances = pd.Series(rf_full.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(10))

test = pd.read_csv("test.csv")
test = test.merge(pd.concat(feats), on=["msisdn", "month"], how="left").fillna({"n_contacts": 0, "avg_contact_deg": 0})
test = pd.get_dummies(test, columns=["plan_type"], drop_first=True).reindex(columns=X.columns.tolist() + ["row_id"], fill_value=0)
pd.DataFrame({"row_id": test.row_id, "prediction": rf_full.predict_proba(test[X.columns])[:, 1]}).to_csv(
    "predictions.csv", index=False)
