# Fraud take-home: random forest on one-hot features
#
# I encode train and test together with get_dummies so both end up with the
# same columns (a category only present in test would otherwise break the
# column order). get_dummies is just a lookup per row, nothing is learned.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

SEED = 7

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("train", train.shape, "test", test.shape)
print(train.dtypes)
print("fraud share: %.2f%%" % (100 * train["is_fraud"].mean()))

# a few plots to understand the data
fig, axes = plt.subplots(1, 3, figsize=(15, 3.5))
np.log10(train["amount"] + 1).hist(by=train["is_fraud"], ax=axes[0], bins=40)
train.groupby("device_type")["is_fraud"].mean().plot.bar(ax=axes[1], title="fraud by device")
train.groupby("country")["is_fraud"].mean().nlargest(10).plot.bar(ax=axes[2], title="top-10 countries")
plt.tight_layout()
plt.savefig("eda.png")

# row-wise features
full = pd.concat([train.assign(_part="train"), test.assign(_part="test")], ignore_index=True)
full["amount_log"] = np.log1p(full["amount"])
full["is_night"] = full["hour"].between(0, 5).astype(int)
full = pd.get_dummies(full, columns=["merchant_category", "country", "device_type"], dtype=int)

train_enc = full[full["_part"] == "train"].drop(columns="_part")
test_enc = full[full["_part"] == "test"].drop(columns=["_part", "is_fraud"])

y = train_enc["is_fraud"].astype(int)
# ids are not features, and chargeback_flag is only filled in weeks after the
# transaction (cardholder dispute), so it cannot be used to score live payments
X = train_enc.drop(columns=["is_fraud", "transaction_id", "card_id", "chargeback_flag"]).select_dtypes("number")
print(X.shape[1], "numeric columns used")

X_train, X_val, y_train, y_val = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=SEED
)

rf = make_pipeline(
    SimpleImputer(strategy="median"),
    RandomForestClassifier(n_estimators=400, min_samples_leaf=3, class_weight="balanced_subsample",
                           n_jobs=-1, random_state=SEED),
)
rf.fit(X_train, y_train)
p_val = rf.predict_proba(X_val)[:, 1]

base = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_train, y_train)
p_base = base.predict_proba(X_val)[:, 1]

print("baseline  ROC AUC %.3f  PR AUC %.3f" % (roc_auc_score(y_val, p_base), average_precision_score(y_val, p_base)))
print("forest    ROC AUC %.3f  PR AUC %.3f" % (roc_auc_score(y_val, p_val), average_precision_score(y_val, p_val)))
print(classification_report(y_val, (p_val > 0.3).astype(int), digits=3))

imp = pd.Series(rf[-1].feature_importances_, index=X.columns).nlargest(15)
imp.sort_values().plot.barh(figsize=(6, 5), title="RF importances")
plt.tight_layout()
plt.savefig("importances.png")

# final model on all labelled rows
rf.fit(X, y)
pred = rf.predict_proba(test_enc[X.columns])[:, 1]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
