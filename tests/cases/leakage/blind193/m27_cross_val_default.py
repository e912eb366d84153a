import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# --- load -------------------------------------------------------------------
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values("snapshot_month").reset_index(drop=True)
print(df.shape)
print(df["churned_next_month"].value_counts())

# --- features ---------------------------------------------------------------
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
IDS = ["snapshot_id", "customer_id"]


def featurize(d):
    d = d.drop(columns=LEAKY + IDS + ["snapshot_month"], errors="ignore")
    d = pd.get_dummies(d, columns=["plan", "region"], dtype=int)
    d["days_since_last_login"] = d["days_since_last_login"].fillna(-1)
    d["engagement"] = d["logins_30d"] - 2 * d["support_tickets_30d"]
    return d


X = featurize(df).drop(columns=["churned_next_month"])
y = df["churned_next_month"]
X_test = featurize(test).reindex(columns=X.columns, fill_value=0)
print(X.columns.tolist())

# --- compare a few models with 5-fold CV ------------------------------------
candidates = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
    "random_forest": RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0),
    "extra_trees": ExtraTreesClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0),
}

results = {}
for name, model in candidates.items():
    scores = cross_val_score(model, X, y, cv=5, n_jobs=-1)
    results[name] = scores
    print(f"{name:14s} CV score: {scores.mean():.4f} +/- {scores.std():.4f}")

best_name = max(results, key=lambda k: results[k].mean())
print("best model:", best_name)

# --- fit best model on everything and predict --------------------------------
best = candidates[best_name]
best.fit(X, y)
proba = best.predict_proba(X_test)[:, 1]
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": proba})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
print("mean predicted churn:", proba.mean().round(4))
