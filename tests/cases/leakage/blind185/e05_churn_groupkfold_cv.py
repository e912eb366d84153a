# Churn take-home - customer-grouped cross-validation + LightGBM
#
# Several snapshots per customer, so I keep every customer inside a single fold
# (GroupKFold) to avoid the model memorising customers. All preprocessing lives in the
# pipeline so it is refitted inside each fold.

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "churned_next_month"
DROP = [
    "snapshot_id",
    "customer_id",
    "snapshot_month",
    "retention_offer_accepted",
    "account_closed_date_known",
    TARGET,
]
CATS = ["plan", "region"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def add_features(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["month_num"] = pd.to_datetime(out["snapshot_month"]).dt.month
    out["inactive"] = (out["days_since_last_login"] > 14).astype(int)
    out["tickets_x_inactive"] = out["support_tickets_30d"] * out["inactive"]
    out["log_spend"] = np.log1p(out["monthly_spend"].clip(lower=0))
    return out


train = add_features(train)
test = add_features(test)

features = [c for c in train.columns if c not in DROP]
numeric = [c for c in features if c not in CATS]
print("features:", features)

pre = ColumnTransformer(
    [("cat", OneHotEncoder(handle_unknown="ignore"), CATS)],
    remainder="passthrough",
)

models = {
    "dummy_prior": Pipeline([("pre", pre), ("clf", DummyClassifier(strategy="prior"))]),
    "lgbm": Pipeline(
        [
            ("pre", pre),
            (
                "clf",
                LGBMClassifier(
                    n_estimators=500,
                    learning_rate=0.03,
                    num_leaves=15,
                    min_child_samples=40,
                    reg_lambda=1.0,
                    colsample_bytree=0.8,
                    random_state=7,
                    verbose=-1,
                ),
            ),
        ]
    ),
}

X = train[features]
y = train[TARGET]
groups = train["customer_id"]
cv = GroupKFold(n_splits=5)

results = {}
for name, model in models.items():
    res = cross_validate(
        model, X, y, groups=groups, cv=cv,
        scoring=["roc_auc", "average_precision"],
    )
    results[name] = {
        "roc_auc": res["test_roc_auc"].mean(),
        "roc_auc_std": res["test_roc_auc"].std(),
        "pr_auc": res["test_average_precision"].mean(),
    }

summary = pd.DataFrame(results).T
print(summary.round(4))

best = models["lgbm"]
best.fit(X, y)
pred = best.predict_proba(test[features])[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", len(pred))
