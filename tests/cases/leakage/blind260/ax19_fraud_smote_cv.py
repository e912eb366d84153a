# BazaarHub - listing fraud classifier
# imbalanced (~6% fraud) -> SMOTE inside an imblearn pipeline so it only ever
# sees the training folds.
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.preprocessing import RobustScaler

listings = pd.read_csv("train.csv")
sellers = pd.read_csv("sellers.csv")
df = listings.merge(sellers, how="left", on="seller_id")

# seller-level context: how many listings the seller has in the file, how
# spread their prices are (no label involved)
by_seller = df.groupby("seller_id")
df["seller_listing_count"] = by_seller["listing_id"].transform("count")
df["seller_price_cv"] = (by_seller["price"].transform("std") / by_seller["price"].transform("mean")).fillna(0)
df["seller_n_categories"] = by_seller["category"].transform("nunique")

df["price_ratio"] = df["price"] / df["category_median_price"]
df["cheap_flag"] = (df["price_ratio"] < 0.4).astype(int)
df["kyc_verified"] = df["kyc_verified"].astype(int)
df = pd.get_dummies(df, columns=["category", "ships_from", "payout_method"], dtype=int)

drop = ["listing_id", "seller_id", "created_at", "title", "country", "signup_channel",
        "is_fraud", "buyer_complaints_30d", "takedown_reason"]
X = df.drop(columns=drop).fillna(0)
y = df["is_fraud"]
print(X.shape, y.mean())

pipe = Pipeline([
    ("scale", RobustScaler()),
    ("smote", SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=1)),
    ("clf", ExtraTreesClassifier(n_estimators=400, min_samples_leaf=4, n_jobs=-1, random_state=1)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
metrics = ["roc_auc", "average_precision", "recall", "precision"]
res = cross_validate(pipe, X, y, cv=cv, scoring=metrics)
dummy = cross_validate(DummyClassifier(strategy="stratified", random_state=1), X, y, cv=cv, scoring=metrics)

print("metric               model   baseline")
for m in metrics:
    print(f"{m:20s} {res['test_' + m].mean():.3f}   {dummy['test_' + m].mean():.3f}")
