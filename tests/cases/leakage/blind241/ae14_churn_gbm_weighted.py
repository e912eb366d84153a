"""
Churn prediction - take home
Author: candidate

Gradient boosting on the monthly snapshots. Checked on the last months of
train.csv (new customers only), then retrained on everything for the submission.
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

# holdout: last two snapshot months, minus customers already in the earlier months
month = pd.to_datetime(train.snapshot_month)
last2 = month >= sorted(month.unique())[-2]
seen = set(train.loc[~last2, "customer_id"])
hold = last2 & ~train.customer_id.isin(seen)
fit_rows = ~last2

def weights(target):
    return target.map({0: 1.0, 1: (target == 0).sum() / (target == 1).sum()})

gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, subsample=0.8)
gbm.fit(X[fit_rows], y[fit_rows], sample_weight=weights(y[fit_rows]))
dummy = DummyClassifier(strategy="prior").fit(X[fit_rows], y[fit_rows])

p_gbm = gbm.predict_proba(X[hold])[:, 1]
p_dum = dummy.predict_proba(X[hold])[:, 1]
print("holdout rows:", hold.sum())
print("baseline (prior)  AUC %.3f  AP %.3f" % (roc_auc_score(y[hold], p_dum), average_precision_score(y[hold], p_dum)))
print("gradient boosting AUC %.3f  AP %.3f" % (roc_auc_score(y[hold], p_gbm), average_precision_score(y[hold], p_gbm)))
print("F1 at 0.5: %.3f" % f1_score(y[hold], p_gbm > 0.5))

# numbers above are the ones I report. Now refit on all of train.csv for test.csv
gbm_all = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, subsample=0.8)
gbm_all.fit(X, y, sample_weight=weights(y))
p_all = gbm_all.predict_proba(X)[:, 1]
print("(fit on all rows, in-sample AUC %.3f - not a real score)" % roc_auc_score(y, p_all))

top = pd.Series(gbm_all.feature_importances_, index=X.columns).nlargest(10)
print(top)

pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": gbm_all.predict_proba(Xt)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
