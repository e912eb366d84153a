# churn-snapshots submission
# Gradient boosting on all labelled snapshots; predictions for test.csv.
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier

TARGET = "churned_next_month"
ID = "snapshot_id"
DROP = ["snapshot_id", "customer_id", "snapshot_month", "retention_offer_accepted", "account_closed_date_known"]


def prepare(d):
    return (
        d.assign(
            month=lambda x: pd.to_datetime(x.snapshot_month).dt.month,
            plan=lambda x: x.plan.map({"basic": 0, "standard": 1, "premium": 2}).fillna(-1),
            region=lambda x: x.region.astype("category").cat.codes,
            low_usage=lambda x: x.logins_30d.le(2).astype(int),
            billing_issue=lambda x: x.payment_failures_90d.gt(0).astype(int),
        )
        .drop(columns=DROP, errors="ignore")
    )


train = pd.read_csv("train.csv")
print(train.shape)
print(train[TARGET].value_counts())

X = train.pipe(prepare).drop(columns=TARGET)
y = train[TARGET]

model = GradientBoostingClassifier(n_estimators=200, max_depth=4, learning_rate=0.1, random_state=0)
model.fit(X, y)
print("accuracy:", round(model.score(X, y), 4))

importances = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances)

test = pd.read_csv("test.csv")
X_test = test.pipe(prepare).reindex(columns=X.columns, fill_value=0)
(
    test[[ID]]
    .assign(prediction=model.predict_proba(X_test)[:, 1])
    .to_csv("predictions.csv", index=False)
)
print("done")
