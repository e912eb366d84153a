# First pass at the fraud task: class-weighted random forest.
# 5-fold stratified CV on the training part + a 20% stratified holdout.

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
print(df.head())
print(df.is_fraud.mean())

features = ["amount", "hour", "card_present", "distance_from_home_km",
            "txn_count_24h", "country_mismatch", "card_age_days"]
X = df[features].copy()
X = X.join(pd.get_dummies(df["merchant_category"], prefix="mcc", dtype=int))
X["distance_from_home_km"] = X["distance_from_home_km"].fillna(-1)        # sentinel, trees split it off
X["card_age_days"] = X["card_age_days"].fillna(-1)
y = df["is_fraud"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=3, class_weight="balanced",
                            n_jobs=-1, random_state=0)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(rf, X_tr, y_tr, cv=cv)
print("CV scores:", np.round(scores, 4))
print(f"CV mean {scores.mean():.4f}, sd {scores.std(ddof=1):.4f}")
# t-interval over folds
from scipy import stats
half = stats.t.ppf(0.975, len(scores) - 1) * scores.std(ddof=1) / np.sqrt(len(scores))
print(f"95% interval (fold-based, approximate): {scores.mean() - half:.4f} - {scores.mean() + half:.4f}")

rf.fit(X_tr, y_tr)
pred = rf.predict(X_te)
print("holdout accuracy:", round(accuracy_score(y_te, pred), 4))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp)

test = pd.read_csv("test.csv")
Xt = test[features].copy()
Xt = Xt.join(pd.get_dummies(test["merchant_category"], prefix="mcc", dtype=int))
Xt = Xt.reindex(columns=X.columns, fill_value=0).fillna(-1)
pd.DataFrame({"transaction_id": test.transaction_id,
              "prediction": rf.predict_proba(Xt[X.columns])[:, 1]}).to_csv("predictions.csv", index=False)
