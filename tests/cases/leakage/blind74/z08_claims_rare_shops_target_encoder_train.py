# Claims fraud - take home
#
# repair_shop has hundreds of levels. Plan:
#   * split first
#   * rare shops (< 15 claims in the training part) -> "OTHER"
#   * target-encode the grouped shop with category_encoders, fitted on the training part
#   * gradient boosting, compared with a prior-only classifier

import pandas as pd
import numpy as np
import category_encoders as ce
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, balanced_accuracy_score

data = pd.read_csv("train.csv")
holdout = pd.read_csv("test.csv")
print("shape:", data.shape)

data = data.drop_duplicates()
for frame in (data, holdout):
    frame["region"] = frame["region"].str.title().str.strip()
    frame["claim_amount"] = frame["claim_amount"].clip(lower=0, upper=250_000)
    frame["vehicle_age"] = frame["vehicle_age"].clip(lower=0, upper=40)
    frame["amount_per_value"] = frame["claim_amount"] / (frame["vehicle_value"] + 1)

numeric = ["policy_tenure_months", "claim_amount", "vehicle_age", "vehicle_value", "num_prior_claims",
           "witnesses", "hour_of_incident", "amount_per_value"]
categorical = ["incident_type", "incident_severity", "region"]

train_df, val_df = train_test_split(data, test_size=0.3, random_state=1, stratify=data["is_fraud"])


class ShopGrouper:
    """Map shops seen fewer than `min_count` times to OTHER (learned on the frame passed to fit)."""

    def __init__(self, min_count=15):
        self.min_count = min_count

    def fit(self, shops):
        counts = shops.value_counts()
        self.keep_ = set(counts[counts >= self.min_count].index)
        return self

    def transform(self, shops):
        return shops.where(shops.isin(self.keep_), "OTHER")


def build(frame, grouper, encoder, columns=None):
    X = pd.get_dummies(frame[numeric + categorical], columns=categorical, dummy_na=True)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    shop = grouper.transform(frame["repair_shop"]).to_frame("shop")
    X["shop_te"] = encoder.transform(shop)["shop"].values
    return X.fillna(-1)


grouper = ShopGrouper().fit(train_df["repair_shop"])
encoder = ce.TargetEncoder(cols=["shop"], smoothing=20)
encoder.fit(grouper.transform(train_df["repair_shop"]).to_frame("shop"), train_df["is_fraud"])

X_train = build(train_df, grouper, encoder)
X_val = build(val_df, grouper, encoder, columns=X_train.columns.drop("shop_te"))
y_train, y_val = train_df["is_fraud"], val_df["is_fraud"]

prior = DummyClassifier(strategy="prior").fit(X_train, y_train)
gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=1)
gbm.fit(X_train, y_train)

for name, m in [("prior only", prior), ("gbm", gbm)]:
    p = m.predict_proba(X_val)[:, 1]
    print(f"{name:10s} acc={accuracy_score(y_val, p > 0.5):.4f} "
          f"bal_acc={balanced_accuracy_score(y_val, p > 0.5):.4f} auc={roc_auc_score(y_val, p):.4f}")

# submission: refit grouping, encoding and model on all labelled rows
grouper = ShopGrouper().fit(data["repair_shop"])
encoder = ce.TargetEncoder(cols=["shop"], smoothing=20)
encoder.fit(grouper.transform(data["repair_shop"]).to_frame("shop"), data["is_fraud"])
X_all = build(data, grouper, encoder)
gbm.fit(X_all, data["is_fraud"])
X_hold = build(holdout, grouper, encoder, columns=X_all.columns.drop("shop_te"))
pd.DataFrame({"claim_id": holdout["claim_id"], "prediction": gbm.predict_proba(X_hold)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
