"""
Churn prediction - take home
Author: candidate

Gradient boosting on the monthly snapshots. I don't have much time so I
train on everything in train.csv and check how well it fits.
"""
import warnings
warnings.filterwarnings("ignore")

import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print("rows:", len(train), "customers:", train.customer_id.nunique())
print("positive rate:", round(train.churned_next_month.mean(), 4))

drop = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month",
        "retention_offer_accepted", "account_closed_date_known"]

X = pd.get_dummies(train.drop(columns=drop), columns=["plan", "payment_method"])
y = train.churned_next_month
X = X.fillna(0)

Xt = pd.get_dummies(test.drop(columns=[c for c in drop if c in test.columns]),
                    columns=["plan", "payment_method"])
Xt = Xt.reindex(columns=X.columns, fill_value=0).fillna(0)

# the data is imbalanced so weight positives up
w = y.map({0: 1.0, 1: (y == 0).sum() / (y == 1).sum()})

gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, subsample=0.8)
gbm.fit(X, y, sample_weight=w)

dummy = DummyClassifier(strategy="prior").fit(X, y)

p_gbm = gbm.predict_proba(X)[:, 1]
p_dum = dummy.predict_proba(X)[:, 1]
print("baseline (prior)  AUC %.3f  AP %.3f" % (roc_auc_score(y, p_dum), average_precision_score(y, p_dum)))
print("gradient boosting AUC %.3f  AP %.3f" % (roc_auc_score(y, p_gbm), average_precision_score(y, p_gbm)))
print("F1 at 0.5: %.3f" % f1_score(y, p_gbm > 0.5))

top = pd.Series(gbm.feature_importances_, index=X.columns).nlargest(10)
print(top)

pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": gbm.predict_proba(Xt)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
