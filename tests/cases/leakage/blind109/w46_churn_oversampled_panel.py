# Churn refresh after the pricing change.
# Churners are ~7% of account-months and the January model almost never flags anyone from the
# new-signup cohort. Oversample churners, retrain, and check on accounts that joined after April.
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score, precision_score

CUT = pd.Timestamp("2024-04-01")
NUM = ["seats", "monthly_fee", "discount_pct", "logins_30d", "active_users_30d", "tickets_30d",
       "nps_last", "tenure_months", "payment_failures_90d"]

panel = pd.read_parquet("data/account_months.parquet")
panel["snapshot_month"] = pd.to_datetime(panel["snapshot_month"])
panel = panel.sort_values(["account_id", "snapshot_month"]).reset_index(drop=True)
panel[NUM] = panel[NUM].fillna(0)
panel = pd.get_dummies(panel, columns=["plan", "region"], dtype=int)
dummies = [c for c in panel.columns if c.startswith(("plan_", "region_"))]
features = NUM + dummies
print(panel.shape, "churn rate:", round(panel["churned"].mean(), 4))

ros = RandomOverSampler(sampling_strategy=0.3, random_state=8)
cols = ["account_id", "snapshot_month"] + features
X_bal, y_bal = ros.fit_resample(panel[cols], panel["churned"])
bal = X_bal.assign(churned=y_bal.to_numpy())
print("after oversampling:", bal.shape, round(bal["churned"].mean(), 4))

train = bal[bal["snapshot_month"] < CUT]
known = set(train["account_id"])
test = bal[(bal["snapshot_month"] >= CUT) & (~bal["account_id"].isin(known))]
print(f"train {len(train)}  test {len(test)}  new accounts {test['account_id'].nunique()}")

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=10, max_features="sqrt",
                            n_jobs=-1, random_state=8)
rf.fit(train[features], train["churned"])
prior = DummyClassifier(strategy="prior").fit(train[features], train["churned"])

for name, m in [("prior baseline", prior), ("random forest", rf)]:
    p = m.predict_proba(test[features])[:, 1]
    flag = p >= 0.5
    print(f"{name:15s} AP={average_precision_score(test['churned'], p):.3f} AUC={roc_auc_score(test['churned'], p):.3f} "
          f"recall={recall_score(test['churned'], flag):.3f} precision={precision_score(test['churned'], flag, zero_division=0):.3f}")

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10).round(4))
