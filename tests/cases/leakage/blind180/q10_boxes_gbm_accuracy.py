# Subscription box take-home
# Predict if a subscriber cancels next week.
# Steps: read data -> features -> split by time (new subscribers in validation) -> model vs baseline -> predictions

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
train["week_start"] = pd.to_datetime(train["week_start"])
test["week_start"] = pd.to_datetime(test["week_start"])

print(train.shape)
print(train["cancelled_next_week"].value_counts())

# features
def features(df):
    X = pd.DataFrame(index=df.index)
    X["weeks_active"] = df["weeks_active"]
    X["skipped"] = df["boxes_skipped_4w"]
    X["tickets"] = df["support_tickets_4w"]
    X["discount"] = df["discount_pct"]
    X["rating"] = df["box_rating_last"].fillna(3.0)
    X["delay"] = df["delivery_delay_days"]
    X["payment_failed"] = df["payment_failed"]
    X["premium"] = (df["plan_tier"] == "premium").astype(int)
    X["family"] = (df["plan_tier"] == "family").astype(int)
    X["referral"] = (df["acquisition_channel"] == "referral").astype(int)
    X["low_rating"] = (X["rating"] <= 2).astype(int)
    X["many_skips"] = (X["skipped"] >= 2).astype(int)
    return X

# split: weeks before May are training, May onwards validation,
# and validation only keeps subscribers that are not in training at all
cutoff = pd.Timestamp("2024-05-01")
is_train = train["week_start"] < cutoff
tr = train[is_train]
va = train[~is_train]
va = va[~va["subscriber_id"].isin(tr["subscriber_id"])]

X_tr, y_tr = features(tr), tr["cancelled_next_week"]
X_va, y_va = features(va), va["cancelled_next_week"]

# baseline = always predict "no cancel"
baseline = DummyClassifier(strategy="most_frequent")
baseline.fit(X_tr, y_tr)
print("baseline accuracy:", accuracy_score(y_va, baseline.predict(X_va)))

# model
gbm = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.1, random_state=1)
gbm.fit(X_tr, y_tr)
print("model accuracy:", accuracy_score(y_va, gbm.predict(X_va)))

# how many cancellations does the model flag in validation?
print("flagged in validation:", int(gbm.predict(X_va).sum()), "of", int(y_va.sum()), "actual")

# predictions
test_pred = gbm.predict_proba(features(test))[:, 1]
submission = pd.DataFrame({"row_id": test["row_id"], "prediction": test_pred})
submission.to_csv("predictions.csv", index=False)
print("done")
