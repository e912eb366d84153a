#!/usr/bin/env python
"""Compare a few classifiers for BazaarHub listing fraud and keep the best one."""
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

warnings.filterwarnings("ignore")

listings = pd.read_csv("train.csv")
sellers = pd.read_csv("sellers.csv")
df = listings.merge(sellers, on="seller_id", how="left")

df["price_ratio"] = df["price"] / df["category_median_price"]
df["photo_ratio"] = df["n_photos"] / df["n_photos"].clip(upper=12).max()
df["short_desc"] = (df["description_len"] < 80).astype(int)

num = ["price", "price_ratio", "n_photos", "description_len", "shipping_days_promised",
       "seller_account_age_days", "seller_rating", "seller_n_sales", "short_desc"]
cat = ["category", "ships_from", "payout_method", "country", "signup_channel",
       "kyc_verified", "has_return_policy"]

# hold out 20% of sellers
splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
train_idx, test_idx = next(splitter.split(df, df["is_fraud"], groups=df["seller_id"]))
train, test = df.iloc[train_idx], df.iloc[test_idx]
X_train, y_train = train[num + cat], train["is_fraud"]
X_test, y_test = test[num + cat], test["is_fraud"]


def prep():
    return make_column_transformer(
        (make_pipeline(StandardScaler()), num),
        (OneHotEncoder(handle_unknown="ignore"), cat),
    )


candidates = {
    "dummy_baseline": make_pipeline(prep(), DummyClassifier(strategy="prior")),
    "logreg": make_pipeline(prep(), LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)),
    "logreg_C0.1": make_pipeline(prep(), LogisticRegression(C=0.1, class_weight="balanced", max_iter=2000)),
    "rf": make_pipeline(prep(), RandomForestClassifier(n_estimators=500, min_samples_leaf=3,
                                                       class_weight="balanced_subsample", n_jobs=-1)),
    "hgb": make_pipeline(prep(), HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05)),
}

scores = {}
for name, pipe in candidates.items():
    pipe.fit(X_train.fillna(0), y_train)
    p = pipe.predict_proba(X_test.fillna(0))[:, 1]
    scores[name] = {"ap": average_precision_score(y_test, p), "auc": roc_auc_score(y_test, p)}
    print(f"{name:15s} AP={scores[name]['ap']:.3f} AUC={scores[name]['auc']:.3f}")

best = max((k for k in scores if k != "dummy_baseline"), key=lambda k: scores[k]["ap"])
print(f"\nbest model: {best}")
print(f"final test PR AUC: {scores[best]['ap']:.3f} (baseline {scores['dummy_baseline']['ap']:.3f})")
