"""Which categorical encoding works best for the used-car price model?

Three feature sets for the categorical columns, same gradient-boosting model:
  A) one-hot (pandas dummies)
  B) frequency encoding (category_encoders.CountEncoder)
  C) smoothed target encoding (category_encoders.TargetEncoder)
Chosen on a validation split; the test split is scored once with the chosen encoding,
next to a median-price baseline.
"""
import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

CATS = ["make", "model", "fuel_type", "transmission", "body_type", "color", "seller_type", "region"]
NUMS = ["year", "mileage_km", "engine_cc", "power_kw", "n_photos"]

df = pd.read_csv("train.csv")
X = df[CATS + NUMS]
y = df["price"]
X_dev, X_te, y_dev, y_te = train_test_split(X, y, test_size=0.2, random_state=4)
X_tr, X_va, y_tr, y_va = train_test_split(X_dev, y_dev, test_size=0.25, random_state=4)


def onehot(a, b, ya):
    A = pd.get_dummies(a, columns=CATS, dtype=float)
    B = pd.get_dummies(b, columns=CATS, dtype=float).reindex(columns=A.columns, fill_value=0)
    return A, B


def counts(a, b, ya):
    enc = ce.CountEncoder(cols=CATS, normalize=True, handle_unknown=0).fit(a)
    return enc.transform(a), enc.transform(b)


def target(a, b, ya):
    enc = ce.TargetEncoder(cols=CATS, smoothing=10).fit(a, ya)
    return enc.transform(a), enc.transform(b)


def gbm():
    return HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, random_state=4)


feature_sets = {"onehot": onehot, "count": counts, "target": target}
val_scores = {}
for name, fn in feature_sets.items():
    A, B = fn(X_tr, X_va, y_tr)
    val_scores[name] = mean_absolute_error(y_va, gbm().fit(A, y_tr).predict(B))
    print(f"{name:7s} validation MAE = {val_scores[name]:,.0f}")

best = min(val_scores, key=val_scores.get)
print(f"\nchosen encoding: {best}")

A, B = feature_sets[best](X_dev, X_te, y_dev)
test_mae = mean_absolute_error(y_te, gbm().fit(A, y_dev).predict(B))
base_mae = mean_absolute_error(y_te, DummyRegressor(strategy="median").fit(A, y_dev).predict(B))
print(f"test MAE {test_mae:,.0f}  vs median baseline {base_mae:,.0f}")

test = pd.read_csv("test.csv")
A, B = feature_sets[best](X, test[CATS + NUMS], y)
final = gbm().fit(A, y)
pd.DataFrame({"listing_id": test["listing_id"], "prediction": final.predict(B)}).to_csv(
    "predictions.csv", index=False)
