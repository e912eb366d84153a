# churn snapshots -- feature screening with mutual information, then LightGBM
import warnings

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import average_precision_score, roc_auc_score

warnings.filterwarnings("ignore")

TARGET = "churned_next_month"
K = 10

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def engineer(d: pd.DataFrame) -> pd.DataFrame:
    d = d.copy()
    d["ym"] = d["snapshot_month"].astype(str).str[:7]
    d["spend_per_login"] = d["monthly_spend"] / d["logins_30d"].clip(lower=1)
    d["tickets_x_inactive"] = d["support_tickets_30d"] * d["days_since_last_login"]
    d["tenure_bucket"] = pd.cut(d["tenure_months"], [-1, 3, 6, 12, 24, 1000], labels=False)
    d["log_spend"] = np.log1p(d["monthly_spend"].clip(lower=0))
    d["low_usage"] = (d["logins_30d"] < 3).astype(int)
    return d


train = engineer(train)
test = engineer(test)

CANDIDATES = [
    "tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
    "days_since_last_login", "spend_per_login", "tickets_x_inactive",
    "tenure_bucket", "log_spend", "low_usage", "plan", "region",
]
X = pd.get_dummies(train[CANDIDATES], columns=["plan", "region"], dtype=float).fillna(-1)
X_test = (pd.get_dummies(test[CANDIDATES], columns=["plan", "region"], dtype=float)
          .reindex(columns=X.columns, fill_value=0.0).fillna(-1))
y = train[TARGET].astype(int)

# keep the K most informative columns
selector = SelectKBest(score_func=lambda a, b: mutual_info_classif(a, b, random_state=0), k=K)
selector.fit(X, y)
keep = X.columns[selector.get_support()].tolist()
print("kept:", keep)
scores = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print(scores.round(4).to_string())

# forward-in-time validation on unseen customers
fit_mask = train["ym"] < "2024-08"
fit_customers = train.loc[fit_mask, "customer_id"].unique()
val_mask = (train["ym"] >= "2024-08") & ~train["customer_id"].isin(fit_customers)

X_fit, y_fit = X.loc[fit_mask, keep], y[fit_mask]
X_val, y_val = X.loc[val_mask, keep], y[val_mask]

lgbm = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=24,
                          min_child_samples=40, colsample_bytree=0.9,
                          is_unbalance=True, random_state=5, verbose=-1)
lgbm.fit(X_fit, y_fit)
p = lgbm.predict_proba(X_val)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
pd_ = dummy.predict_proba(X_val)[:, 1]

print("val rows:", len(y_val), "positives:", int(y_val.sum()))
print("DummyClassifier  roc_auc %.4f  pr_auc %.4f" % (roc_auc_score(y_val, pd_), average_precision_score(y_val, pd_)))
print("LightGBM         roc_auc %.4f  pr_auc %.4f" % (roc_auc_score(y_val, p), average_precision_score(y_val, p)))

lgbm.fit(X[keep], y)
pred = lgbm.predict_proba(X_test[keep])[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
