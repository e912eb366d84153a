"""Purged k-fold over months for the churn snapshots task.

Contiguous month blocks are held out one at a time. Customers in the held-out
block are purged from training, and an embargo removes the month(s) right next
to the block so that label look-ahead cannot bleed into training.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import BaseCrossValidator, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer

task = json.load(open("task.json"))
TARGET, TIME = task["target"], task["time_column"]
GROUP, ID = task["group_column"], task["id_column"]

df = pd.read_csv("train.csv", parse_dates=[TIME])
df = df.sort_values(TIME).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[TIME])


class PurgedMonthKFold(BaseCrossValidator):
    def __init__(self, n_splits=3, embargo=1):
        self.n_splits = n_splits
        self.embargo = embargo

    def get_n_splits(self, X=None, y=None, groups=None):
        return self.n_splits

    def split(self, X, y=None, groups=None):
        month_idx = X[TIME].dt.year * 12 + X[TIME].dt.month
        months = np.sort(month_idx.unique())
        blocks = np.array_split(months, self.n_splits)
        groups = np.asarray(groups)
        for block in blocks:
            test_mask = month_idx.isin(block).to_numpy()
            # embargo: drop the months just before the held-out block
            embargo_months = np.arange(block.min() - self.embargo, block.min())
            train_mask = ~test_mask & ~month_idx.isin(embargo_months).to_numpy()
            # purge: customers in the held-out block are removed from training
            test_customers = np.unique(groups[test_mask])
            train_mask &= ~np.isin(groups, test_customers)
            yield np.flatnonzero(train_mask), np.flatnonzero(test_mask)


numeric = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d", "has_discount"]
categorical = ["plan", "region"]
cols_for_model = numeric + categorical + [TIME]

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
], remainder="drop")

logit = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=3000, C=0.3))])
prior = DummyClassifier(strategy="prior")

cv = PurgedMonthKFold(n_splits=3, embargo=1)
X = df[cols_for_model]
y = df[TARGET]
g = df[GROUP]

for k, (a, b) in enumerate(cv.split(X, y, g)):
    print(f"block {k}: train rows {len(a)} months {sorted(X.iloc[a][TIME].dt.month.unique())} "
          f"| test rows {len(b)} months {sorted(X.iloc[b][TIME].dt.month.unique())}")

auc_model = cross_val_score(logit, X, y, groups=g, cv=cv, scoring="roc_auc")
auc_prior = cross_val_score(prior, X, y, groups=g, cv=cv, scoring="roc_auc")
ap_model = cross_val_score(logit, X, y, groups=g, cv=cv, scoring="average_precision")
ap_prior = cross_val_score(prior, X, y, groups=g, cv=cv, scoring="average_precision")

print("ROC AUC per block:", np.round(auc_model, 4), "mean", auc_model.mean().round(4))
print("prior baseline AUC:", auc_prior.mean().round(4))
print("AP model vs prior:", ap_model.mean().round(4), ap_prior.mean().round(4))

logit.fit(X, y)
coefs = pd.Series(logit.named_steps["lr"].coef_.ravel(),
                  index=logit.named_steps["pre"].get_feature_names_out())
print(coefs.sort_values().to_string())

out = pd.DataFrame({ID: test[ID], "prediction": logit.predict_proba(test[cols_for_model])[:, 1]})
out.to_csv("predictions.csv", index=False)
