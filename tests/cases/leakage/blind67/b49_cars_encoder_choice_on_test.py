"""Which categorical encoding works best for the used-car price model?

Three feature sets for the categorical columns, same gradient-boosting model:
  A) one-hot (pandas dummies)
  B) frequency encoding (category_encoders.CountEncoder)
  C) smoothed target encoding (category_encoders.TargetEncoder)
The winner is used for the submission.
"""
import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

CATS = ["make", "model", "fuel_type", "transmission", "body_type", "color", "seller_type", "region"]
NUMS = ["year", "mileage_km", "engine_cc", "power_kw", "n_photos"]

df = pd.read_csv("train.csv")
X = df[CATS + NUMS]
y = df["price"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=4)


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


feature_sets = {"onehot": onehot, "count": counts, "target": target}
scores = {}
for name, fn in feature_sets.items():
    A, B = fn(X_tr, X_te, y_tr)
    model = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, random_state=4)
    model.fit(A, y_tr)
    scores[name] = mean_absolute_error(y_te, model.predict(B))
    print(f"{name:7s} test MAE = {scores[name]:,.0f}")

best = min(scores, key=scores.get)
print(f"\nbest encoding: {best}  (test MAE {scores[best]:,.0f})")

test = pd.read_csv("test.csv")
A, B = feature_sets[best](X, test[CATS + NUMS], y)
final = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, random_state=4).fit(A, y)
pd.DataFrame({"listing_id": test["listing_id"], "prediction": final.predict(B)}).to_csv(
    "predictions.csv", index=False)
