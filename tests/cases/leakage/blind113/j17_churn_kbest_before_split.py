import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

pd.set_option("display.width", 160)

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.isna().sum()[train.isna().sum() > 0])
print(train[TARGET].value_counts())

# ---------- features ----------
def encode(df):
    X = df.drop(columns=[c for c in DROP if c in df.columns])
    X = pd.get_dummies(X, columns=["plan", "region", "contract_type"], dtype=int)
    X["autopay"] = X["autopay"].astype(int)
    X["tickets_ratio"] = X["support_tickets_30d"] / (X["logins_30d"] + 1)
    X["failures_flag"] = (X["payment_failures_90d"] > 0).astype(int)
    return X.fillna(0)

X_all = encode(train)
y_all = train[TARGET]
print("all features:", X_all.shape[1])

# keep the 15 most informative columns
selector = SelectKBest(mutual_info_classif, k=15)
selector.fit(X_all, y_all)
scores = pd.Series(selector.scores_, index=X_all.columns).sort_values(ascending=False)
print(scores.head(20))
keep = list(X_all.columns[selector.get_support()])
print("kept:", keep)

# ---------- holdout: Jul-Sep, customers unseen before July ----------
month = train["snapshot_month"].str[:7]
is_train = month < "2024-07"
is_valid = (month >= "2024-07") & ~train["customer_id"].isin(train.loc[is_train, "customer_id"])

X_tr, y_tr = X_all.loc[is_train, keep], y_all[is_train]
X_va, y_va = X_all.loc[is_valid, keep], y_all[is_valid]
print("train", X_tr.shape, "valid", X_va.shape, "valid churn rate", y_va.mean().round(4))

# ---------- models ----------
baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
pb = baseline.predict_proba(X_va)[:, 1]
print("baseline: auc %.3f ap %.3f" % (roc_auc_score(y_va, pb), average_precision_score(y_va, pb)))

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(C=0.3, class_weight="balanced", max_iter=3000)),
])
pipe.fit(X_tr, y_tr)
pv = pipe.predict_proba(X_va)[:, 1]
print("logreg:   auc %.3f ap %.3f" % (roc_auc_score(y_va, pv), average_precision_score(y_va, pv)))

# ---------- submission ----------
pipe.fit(X_all[keep], y_all)
X_test = encode(test).reindex(columns=X_all.columns, fill_value=0)
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pipe.predict_proba(X_test[keep])[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
