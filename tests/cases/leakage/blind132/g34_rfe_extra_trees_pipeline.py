# -*- coding: utf-8 -*-
"""
Fraud detection with recursive feature elimination.

I engineer a fairly wide set of candidate features, use RFE with an ExtraTrees
estimator to keep the 10 best, then estimate performance with stratified 5-fold CV.
RFE sits inside the pipeline, so each fold selects its own features.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.feature_selection import RFE
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline

RANDOM_STATE = 31

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def wide_features(df):
    f = pd.DataFrame(index=df.index)
    f["amount"] = df["amount"]
    f["log_amount"] = np.log1p(df["amount"])
    f["round_amount"] = (df["amount"] % 1 == 0).astype(int)
    f["hour"] = df["hour"]
    f["night"] = df["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    f["card_present"] = df["card_present"]
    f["dist"] = df["distance_from_home_km"].fillna(0)
    f["log_dist"] = np.log1p(f["dist"])
    f["txn24"] = df["txn_count_24h"]
    f["txn24_sq"] = df["txn_count_24h"] ** 2
    f["mismatch"] = df["country_mismatch"]
    f["card_age"] = df["card_age_days"]
    f["card_age_lt7"] = (df["card_age_days"] < 7).astype(int)
    f["mismatch_cnp"] = df["country_mismatch"] * (1 - df["card_present"])
    f["amount_per_txn"] = df["amount"] / (1 + df["txn_count_24h"])
    f["dist_per_age"] = f["dist"] / (1 + df["card_age_days"])
    dummies = pd.get_dummies(df["merchant_category"], prefix="mc", dtype=int)
    return pd.concat([f, dummies], axis=1)


X = wide_features(train)
y = train["is_fraud"]
print("candidate features:", X.shape[1])

selector = RFE(
    ExtraTreesClassifier(n_estimators=200, class_weight="balanced", n_jobs=-1, random_state=RANDOM_STATE),
    n_features_to_select=10,
    step=2,
)
model = Pipeline([
    ("rfe", selector),
    ("et", ExtraTreesClassifier(n_estimators=500, min_samples_leaf=2, class_weight="balanced",
                                n_jobs=-1, random_state=RANDOM_STATE)),
])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
res = cross_validate(model, X, y, cv=cv, scoring=["average_precision", "roc_auc", "recall"])
for key in ["test_average_precision", "test_roc_auc", "test_recall"]:
    print(f"{key:24s} {res[key].mean():.4f} (+/- {res[key].std():.4f})")

model.fit(X, y)
selected = list(X.columns[model.named_steps["rfe"].support_])
print("selected on full train:", selected)
X_test = wide_features(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": model.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
