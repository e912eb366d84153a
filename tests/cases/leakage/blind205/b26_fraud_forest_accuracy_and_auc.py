# Card fraud -- take-home
# Author's note: kept my scratch attempts (A, B) above the final model (C) on purpose.

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, average_precision_score, roc_auc_score

df = pd.read_csv("train.csv")
df["transaction_time"] = pd.to_datetime(df["transaction_time"])
df = df.sort_values("transaction_time").reset_index(drop=True)

print(df.shape)
print(df.head(10).to_string())
print(df["is_fraud"].value_counts())
print(pd.crosstab(df["channel"], df["is_fraud"], normalize="index").round(4))
print(pd.crosstab(df["is_foreign"], df["is_fraud"], normalize="index").round(4))

# ---- features -------------------------------------------------------------
df["hour"] = df["transaction_time"].dt.hour
df["dow"] = df["transaction_time"].dt.dayofweek
df["amount_log"] = np.log1p(df["amount"])
df = df.sort_values(["card_id", "transaction_time"])
df["card_seq"] = df.groupby("card_id").cumcount()
df["card_gap_h"] = df.groupby("card_id")["transaction_time"].diff().dt.total_seconds().div(3600).fillna(999)
df["card_prev_amt"] = df.groupby("card_id")["amount"].shift(1).fillna(-1)
df["same_merchant_as_prev"] = (df.groupby("card_id")["merchant_id"].shift(1) == df["merchant_id"]).astype(int)
df = df.sort_values("transaction_time")
dummies = pd.get_dummies(df[["merchant_category", "channel", "device_type"]], dtype=int)
df = pd.concat([df, dummies], axis=1)

features = ["amount_log", "hour", "dow", "is_foreign", "card_seq", "card_gap_h",
            "card_prev_amt", "same_merchant_as_prev"] + list(dummies.columns)

# ---- holdout: last 20% of time, only cards not seen before --------------
split_time = df["transaction_time"].quantile(0.8)
train = df[df["transaction_time"] < split_time]
later = df[df["transaction_time"] >= split_time]
test = later[~later["card_id"].isin(train["card_id"])]
print("train", len(train), "test", len(test))

X_train, y_train = train[features], train["is_fraud"]
X_test, y_test = test[features], test["is_fraud"]

# ---- A: logistic ----------------------------------------------------------
model = LogisticRegression(max_iter=2000)
model.fit(X_train, y_train)
acc_a = accuracy_score(y_test, model.predict(X_test))
print("A logistic accuracy:", round(acc_a, 5))

# ---- B: extra trees ---------------------------------------------------------
model = ExtraTreesClassifier(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=1)
model.fit(X_train, y_train)
acc_b = accuracy_score(y_test, model.predict(X_test))
print("B extra trees accuracy:", round(acc_b, 5))

# ---- C: random forest -------------------------------------------------------
model = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, max_features="sqrt",
                               class_weight="balanced_subsample", n_jobs=-1, random_state=1)
model.fit(X_train, y_train)
pred_c = model.predict(X_test)
acc_c = accuracy_score(y_test, pred_c)
proba_c = model.predict_proba(X_test)[:, 1]

majority = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
acc_base = accuracy_score(y_test, majority.predict(X_test))
proba_base = majority.predict_proba(X_test)[:, 1]

summary = pd.DataFrame(
    {"accuracy": [acc_base, acc_a, acc_b, acc_c],
     "roc_auc": [roc_auc_score(y_test, proba_base), np.nan, np.nan, roc_auc_score(y_test, proba_c)],
     "avg_precision": [average_precision_score(y_test, proba_base), np.nan, np.nan, average_precision_score(y_test, proba_c)]},
    index=["majority class (baseline)", "A logistic", "B extra trees", "C random forest"],
)
print(summary.round(5))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15).round(4))

# ---- submission -------------------------------------------------------------
sub = pd.read_csv("test.csv")
sub["transaction_time"] = pd.to_datetime(sub["transaction_time"])
sub["hour"] = sub["transaction_time"].dt.hour
sub["dow"] = sub["transaction_time"].dt.dayofweek
sub["amount_log"] = np.log1p(sub["amount"])
sub = sub.sort_values(["card_id", "transaction_time"])
sub["card_seq"] = sub.groupby("card_id").cumcount()
sub["card_gap_h"] = sub.groupby("card_id")["transaction_time"].diff().dt.total_seconds().div(3600).fillna(999)
sub["card_prev_amt"] = sub.groupby("card_id")["amount"].shift(1).fillna(-1)
sub["same_merchant_as_prev"] = (sub.groupby("card_id")["merchant_id"].shift(1) == sub["merchant_id"]).astype(int)
sub = pd.concat([sub, pd.get_dummies(sub[["merchant_category", "channel", "device_type"]], dtype=int)], axis=1)
sub = sub.reindex(columns=list(sub.columns.union(features)), fill_value=0)

model.fit(df[features], df["is_fraud"])
pd.DataFrame({"transaction_id": sub["transaction_id"], "prediction": model.predict_proba(sub[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
