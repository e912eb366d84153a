# seller churn - logistic regression on a downsampled panel
# (ran out of time for boosting, logit is easier to explain to the AM team anyway)
import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, confusion_matrix

y_col = "churned_next_month"

panel = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
sellers = pd.read_csv("sellers.csv", parse_dates=["signup_date"])
regions = pd.read_csv("regions.csv")

panel = (panel.drop(columns=["deactivation_date", "final_payout_status"])
              .merge(sellers[["seller_id", "signup_date", "region_id", "is_pro"]], on="seller_id", how="left")
              .merge(regions[["region_id", "urban_share", "hub_distance_km"]], on="region_id", how="left")
              .sort_values(["seller_id", "snapshot_month"]))

s = panel.groupby("seller_id")
panel["orders_l1"] = s.orders_m.shift(1).fillna(0)
panel["gmv_l1"] = s.gmv_m.shift(1).fillna(0)
panel["orders_chg"] = panel.orders_m - panel.orders_l1
panel["log_gmv"] = np.log1p(panel.gmv_m.clip(lower=0))
panel["tenure"] = (panel.snapshot_month - panel.signup_date).dt.days.clip(lower=0)
panel["inactive_30"] = (panel.days_since_last_order > 30).astype(int)

X_COLS = ["orders_m", "log_gmv", "avg_review_m", "late_share_m", "cancel_rate_m", "active_listings",
          "days_since_last_order", "support_tickets_m", "orders_l1", "gmv_l1", "orders_chg", "tenure",
          "inactive_30", "is_pro", "urban_share", "hub_distance_km"]
panel[X_COLS] = panel[X_COLS].fillna(0)

print("rows", len(panel), "| churn rate", round(panel[y_col].mean(), 3))

# 1 churner : 3 stayers, otherwise the logit hardly ever says churn
churn = panel[panel[y_col] == 1]
stay = panel[panel[y_col] == 0]
stay_small = resample(stay, replace=False, n_samples=3 * len(churn), random_state=0)
panel = pd.concat([churn, stay_small]).sort_values(["seller_id", "snapshot_month"])
print("after downsampling", len(panel), "| churn rate", round(panel[y_col].mean(), 3))

# train: before Mar 2018; test: Mar 2018+ and only sellers with no rows in train
train = panel[panel.snapshot_month < "2018-03-01"]
test = panel[(panel.snapshot_month >= "2018-03-01") & (~panel.seller_id.isin(train.seller_id))]
print("train", len(train), "test", len(test))

logit = Pipeline([("sc", StandardScaler()), ("lr", LogisticRegression(C=0.5, max_iter=2000))])
logit.fit(train[X_COLS], train[y_col])
dumb = DummyClassifier(strategy="prior").fit(train[X_COLS], train[y_col])

p = logit.predict_proba(test[X_COLS])[:, 1]
p_dumb = dumb.predict_proba(test[X_COLS])[:, 1]
print("logit   AUC %.3f AP %.3f" % (roc_auc_score(test[y_col], p), average_precision_score(test[y_col], p)))
print("dummy   AUC %.3f AP %.3f" % (roc_auc_score(test[y_col], p_dumb), average_precision_score(test[y_col], p_dumb)))
print(confusion_matrix(test[y_col], (p > 0.5).astype(int)))

odds = np.exp(pd.Series(logit.named_steps["lr"].coef_[0], index=X_COLS)).sort_values()
print(odds.round(2))
