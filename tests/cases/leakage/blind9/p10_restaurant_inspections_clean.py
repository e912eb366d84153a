"""Critical-grade model for restaurant inspections, validated across restaurants."""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit, GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from lightgbm import LGBMClassifier

insp = pd.read_csv("data/restaurant_inspections.csv").dropna(subset=["score"])
insp["critical"] = (insp["score"] >= 28).astype(int)

# how often is a restaurant re-inspected, and how stable is its outcome?
per_rest = insp.groupby("camis").agg(n=("score", "size"), crit_rate=("critical", "mean"))
print(per_rest.describe().round(3))

insp["cuisine"] = insp["cuisine_description"].fillna("Unknown")
top = insp["cuisine"].value_counts().index[:30]
insp["cuisine"] = insp["cuisine"].where(insp["cuisine"].isin(top), "Other")
insp["chain_like"] = insp["dba"].str.contains(r"\b(?:MCDONALD|SUBWAY|DUNKIN|STARBUCKS)\b",
                                             case=False, na=False).astype(int)
insp["inspection_type"] = insp["inspection_type"].str.split("/").str[0].str.strip()
insp["zip3"] = insp["zipcode"].astype(str).str[:3]
insp["seats_log"] = np.log1p(insp["seating_capacity"])

num_cols = ["seats_log", "latitude", "longitude", "n_prior_violations_listed"]
cat_cols = ["boro", "cuisine", "inspection_type", "zip3"]
X = insp[num_cols + cat_cols + ["chain_like"]]
y = insp["critical"]
groups = insp["camis"]

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=1)
tr_idx, te_idx = next(outer.split(X, y, groups))
X_tr, X_te, y_tr, y_te = X.iloc[tr_idx], X.iloc[te_idx], y.iloc[tr_idx], y.iloc[te_idx]
assert set(groups.iloc[tr_idx]).isdisjoint(groups.iloc[te_idx])

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), cat_cols),
], remainder="passthrough")
pipe = Pipeline([("pre", pre),
                 ("clf", LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31,
                                        class_weight="balanced", random_state=1, verbose=-1))])

res = cross_validate(pipe, X_tr, y_tr, groups=groups.iloc[tr_idx], cv=GroupKFold(n_splits=5),
                     scoring=["roc_auc", "average_precision"], return_estimator=True)
print("grouped CV AUC", res["test_roc_auc"].mean().round(4),
      "AP", res["test_average_precision"].mean().round(4))

pipe.fit(X_tr, y_tr)
p = pipe.predict_proba(X_te)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
print(f"unseen restaurants: AUC {roc_auc_score(y_te, p):.4f}  AP {average_precision_score(y_te, p):.4f}")
print(f"prior baseline:     AUC {roc_auc_score(y_te, base):.4f}  AP {average_precision_score(y_te, base):.4f}")
