import json

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
features = ["tenure_months", "monthly_charges", "logins_30d", "support_tickets_30d", "payment_failures_90d",
            "retention_offer_accepted", "account_closed_date_known"]
cut = "2024-07-01"
fit_rows = train[train["snapshot_month"] < cut]
later = train[train["snapshot_month"] >= cut]
val_rows = later[~later["customer_id"].isin(fit_rows["customer_id"])]
baseline = DummyClassifier(strategy="prior").fit(fit_rows[features], fit_rows["churned_next_month"])
model = HistGradientBoostingClassifier(max_iter=100, random_state=0).fit(fit_rows[features],
                                                                         fit_rows["churned_next_month"])
print("validation roc_auc", roc_auc_score(val_rows["churned_next_month"], model.predict_proba(val_rows[features])[:, 1]))
final = HistGradientBoostingClassifier(max_iter=100, random_state=0).fit(train[features], train["churned_next_month"])
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
