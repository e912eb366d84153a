import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

# ---------------------------------------------------------------
# load
# ---------------------------------------------------------------
df = pd.read_csv("train.csv", parse_dates=["application_date"])
print(df.shape)
print(df.isna().mean().sort_values(ascending=False).head(8))

# ---------------------------------------------------------------
# features
# ---------------------------------------------------------------
df["income_k"] = df["annual_income"] / 1000
df["payment_est"] = df["loan_amount"] * (df["interest_rate"] / 1200) / (
    1 - (1 + df["interest_rate"] / 1200) ** (-df["term_months"]))
df["pti"] = df["payment_est"] / (df["annual_income"] / 12)
df["is_repeat"] = (df["prior_applications"] > 0).astype(int)
df["dow"] = df["application_date"].dt.dayofweek

df = pd.get_dummies(df, columns=["home_ownership", "purpose", "channel"], dtype=int)

# ids, raw date, high-card state, the target, and anything only known after the loan goes bad
# (recovery_amount, max_dpd_12m, collection_agency are filled in by collections)
drop_cols = ["application_id", "applicant_id", "application_date", "state",
             "recovery_amount", "max_dpd_12m", "collection_agency", "defaulted"]
X_cols = [c for c in df.columns if c not in drop_cols]
print(len(X_cols), "features")

# ---------------------------------------------------------------
# split: 2023 = test, and people with an earlier application stay out of it
# ---------------------------------------------------------------
is_test = df["application_date"] >= "2023-01-01"
tr = df[~is_test]
te = df[is_test & ~df["applicant_id"].isin(tr["applicant_id"])]
print("train", len(tr), "test", len(te))

clf = xgb.XGBClassifier(
    n_estimators=400, max_depth=4, learning_rate=0.05,
    subsample=0.8, colsample_bytree=0.7, min_child_weight=5,
    eval_metric="auc", tree_method="hist", random_state=1,
)
clf.fit(tr[X_cols], tr["defaulted"])
pred = clf.predict_proba(te[X_cols])[:, 1]

dummy = DummyClassifier(strategy="most_frequent").fit(tr[X_cols], tr["defaulted"])
pred0 = dummy.predict_proba(te[X_cols])[:, 1]

print("xgb   AUC %.4f  PR-AUC %.4f" % (roc_auc_score(te["defaulted"], pred), average_precision_score(te["defaulted"], pred)))
print("dummy AUC %.4f  PR-AUC %.4f" % (roc_auc_score(te["defaulted"], pred0), average_precision_score(te["defaulted"], pred0)))

# top features
fi = pd.Series(clf.feature_importances_, index=X_cols).sort_values(ascending=False)
print(fi.head(15))

# approval-rate view: if we approve the 80% lowest risk, what's the bad rate?
cut = np.quantile(pred, 0.8)
print("bad rate in approved 80%:", te.loc[pred <= cut, "defaulted"].mean().round(4))
print("bad rate overall       :", te["defaulted"].mean().round(4))
